-- copydesk: checks the figures in news drafts (every number needs an attribution, no figure may
-- contradict an earlier one). For Neovim 0.11+: put this folder on 'runtimepath' (or copy this
-- file to ~/.config/nvim/lsp/copydesk.lua) and call vim.lsp.enable('copydesk').
--
-- Override anything with vim.lsp.config('copydesk', { ... }), e.g.
--   vim.lsp.config('copydesk', {
--     cmd = { vim.fn.expand('~/src/copydesk/target/release/copydesk'), 'lsp' },
--     settings = { copydesk = { namedSources = 'hint', severity = { ['unattributed-claim'] = 'error' } } },
--   })

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
}
