-- copydesk: checks the figures in news drafts (every number needs an attribution, no figure may
-- contradict an earlier one). For Neovim 0.11+: put this folder on 'runtimepath' (or copy this
-- file to ~/.config/nvim/lsp/copydesk.lua) and call vim.lsp.enable('copydesk').
--
-- Override anything with vim.lsp.config('copydesk', { ... }), e.g.
--   vim.lsp.config('copydesk', {
--     cmd = { vim.fn.expand('~/src/copydesk/target/release/copydesk'), 'lsp' },
--     settings = { copydesk = { namedSources = 'hint', severity = { ['unattributed-claim'] = 'error' } } },
--   })

--- Writes the server's fact-check sheet of buffer `bufnr` to a temporary file and opens it
--- with vim.ui.open (your browser). The server answers `workspace/executeCommand`
--- `copydesk.report` with the page; the code lens atop each draft runs the same command.
---@param client vim.lsp.Client
---@param bufnr integer
local function open_sheet(client, bufnr)
  local params = { command = 'copydesk.report', arguments = { { uri = vim.uri_from_bufnr(bufnr) } } }
  client:request('workspace/executeCommand', params, function(err, result)
    if err or type(result) ~= 'table' or type(result.html) ~= 'string' then
      local why = err and err.message or 'the server did not answer with a sheet'
      vim.notify('copydesk: no fact-check sheet: ' .. why, vim.log.levels.ERROR)
      return
    end
    local path = vim.fn.tempname() .. '-fact-check.html'
    local file, open_err = io.open(path, 'wb')
    if not file then
      vim.notify('copydesk: cannot write ' .. path .. ': ' .. tostring(open_err), vim.log.levels.ERROR)
      return
    end
    file:write(result.html)
    file:close()
    vim.b[bufnr].copydesk_sheet = path
    local _, ui_err = vim.ui.open(path)
    if ui_err then
      vim.notify('copydesk: the sheet is in ' .. path .. ' (' .. ui_err .. ')', vim.log.levels.WARN)
    end
  end, bufnr)
end

---@type vim.lsp.Config
return {
  cmd = { 'copydesk', 'lsp' },
  filetypes = { 'markdown', 'text' },
  root_markers = { 'copydesk.json', '.git' },
  -- The server reads these under the `copydesk` section. Leave a key out to keep the project's
  -- copydesk.json value (or the default):
  --   severity       = { ['unattributed-claim'] = 'warning', ['conflicting-figure'] = 'warning',
  --                      ['vague-source'] = 'off' },   -- off | error | warning | information | hint
  --   namedSources   = 'off',   -- off | hint | warning: figures attributed to "officials" only
  --   maxDiagnostics = 1000,    -- the most findings per document
  --   debounceMs     = 10,      -- the shortest time between two checks while typing (at most 10000)
  -- An empty dict, not {}, so that it is sent as a JSON object.
  settings = { copydesk = vim.empty_dict() },
  -- The code lens ("12 figures · 2 unattributed · 1 conflict", `:lua vim.lsp.codelens.run()`
  -- on the first line) runs this on the client side.
  commands = {
    ['copydesk.report'] = function(_, ctx)
      local client = vim.lsp.get_client_by_id(ctx.client_id)
      if client then open_sheet(client, ctx.bufnr) end
    end,
  },
  -- :CopydeskReport opens the sheet of the current draft, and the code lens is asked for again
  -- whenever the server publishes diagnostics, so its counts follow the squiggles. If you set
  -- your own on_attach, copy these lines into it.
  on_attach = function(client, bufnr)
    vim.api.nvim_buf_create_user_command(bufnr, 'CopydeskReport', function()
      open_sheet(client, bufnr)
    end, { desc = 'copydesk: open the fact-check sheet of this draft' })
    vim.lsp.codelens.refresh({ bufnr = bufnr })
    vim.api.nvim_create_autocmd({ 'BufEnter', 'DiagnosticChanged' }, {
      buffer = bufnr,
      group = vim.api.nvim_create_augroup('copydesk-codelens-' .. bufnr, { clear = true }),
      callback = function() vim.lsp.codelens.refresh({ bufnr = bufnr }) end,
    })
  end,
}
