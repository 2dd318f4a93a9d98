-- End-to-end test of copydesk in a real headless Neovim (run by e2e.sh, not by hand):
--   nvim --clean --headless -l e2e.lua SERVER RUNTIME_DIR DRAFT
-- Uses the shipped lsp/copydesk.lua through vim.lsp.enable, opens DRAFT, waits for the
-- unattributed-claim diagnostic on "300 tanks", hovers "300", applies the "Attribute to the
-- ministry" quick fix the way `gra` does, and checks the buffer and that the diagnostic clears.
local server, runtime_dir, draft = arg[1], arg[2], arg[3]
local TIMEOUT = tonumber(vim.env.COPYDESK_E2E_TIMEOUT_MS or '20000')
local EXPECTED_LINE = 'Officials counted 300 tanks on Tuesday, according to the ministry.'
local HOVER_PATTERN = vim.env.COPYDESK_E2E_HOVER_PATTERN or 'no attribution'

local checks, failures = 0, 0
local function say(fmt, ...)
  io.stdout:write(string.format(fmt, ...) .. '\n')
  io.stdout:flush()
end
local function check(ok, what, detail)
  checks = checks + 1
  if ok then
    say('ok    %s', what)
  else
    failures = failures + 1
    say('FAIL  %s%s', what, detail and (': ' .. detail) or '')
  end
  return ok
end
local function finish()
  say('%d passed, %d failed', checks - failures, failures)
  -- Stop the server politely, so that a crash on shutdown shows in its log too.
  for _, client in ipairs(vim.lsp.get_clients()) do
    client:stop()
  end
  vim.wait(2000, function() return #vim.lsp.get_clients() == 0 end, 50)
  os.exit(failures == 0 and 0 or 1)
end
local function fatal(what, detail)
  check(false, what, detail)
  finish()
end

vim.opt.runtimepath:prepend(runtime_dir)
vim.cmd('filetype on')
vim.lsp.log.set_level(vim.log.levels.DEBUG)

-- The shipped configuration, with only the program swapped for the one under test.
local shipped = dofile(runtime_dir .. '/lsp/copydesk.lua')
check(vim.deep_equal(shipped.cmd, { 'copydesk', 'lsp' }), 'lsp/copydesk.lua runs `copydesk lsp`')
check(vim.deep_equal(shipped.filetypes, { 'markdown', 'text' }), 'lsp/copydesk.lua covers markdown and text')
check(vim.deep_equal(shipped.root_markers, { 'copydesk.json', '.git' }), 'lsp/copydesk.lua root markers')
vim.lsp.config('copydesk', { cmd = { server, 'lsp' } })
vim.lsp.enable('copydesk')

vim.cmd.edit(vim.fn.fnameescape(draft))
local buf = vim.api.nvim_get_current_buf()
check(vim.bo[buf].filetype == 'markdown', 'draft.md has filetype markdown', vim.bo[buf].filetype)

local client
vim.wait(TIMEOUT, function()
  client = vim.lsp.get_clients({ bufnr = buf, name = 'copydesk' })[1]
  return client ~= nil and client.initialized
end, 50)
if not check(client ~= nil and client.initialized, 'copydesk attached and initialised') then
  fatal('no client', 'see lsp.log')
end
say('      server: %s, encoding %s, root %s', vim.inspect(client.server_info, { newline = ' ', indent = '' }), client.offset_encoding,
  tostring(client.root_dir))
check(client.root_dir == vim.fs.dirname(draft), 'root found through copydesk.json', tostring(client.root_dir))

-- 1. The diagnostic.
local diags
vim.wait(TIMEOUT, function()
  diags = vim.diagnostic.get(buf)
  return #diags > 0
end, 50)
if not check(#diags == 1, 'one diagnostic', vim.inspect(diags)) then
  if #diags == 0 then fatal('no diagnostics') end
end
local d = diags[1]
check(d.code == 'unattributed-claim', 'its code is unattributed-claim', tostring(d.code))
check(d.severity == vim.diagnostic.severity.WARN, 'it is a warning', tostring(d.severity))
check(d.source == 'copydesk', 'its source is copydesk', tostring(d.source))
local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
local flagged = line:sub(d.col + 1, d.end_col)
check(d.lnum == d.end_lnum and flagged:find('300', 1, true) ~= nil, 'it covers 300 tanks', string.format('%q', flagged))
say('      diagnostic: %s [%s] on %q', d.message, d.code, flagged)

-- 2. Hover on the figure, as `K` asks.
vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, TIMEOUT) or {}
local hover_text = ''
for _, response in pairs(responses) do
  if response.result and response.result.contents then
    hover_text = hover_text .. table.concat(vim.lsp.util.convert_input_to_markdown_lines(response.result.contents), '\n')
  elseif response.err then
    hover_text = hover_text .. 'error: ' .. vim.inspect(response.err)
  end
end
say('      hover: %s', (hover_text:gsub('\n', ' | ')))
check(hover_text:lower():find(HOVER_PATTERN:lower()) ~= nil, 'hover mentions "' .. HOVER_PATTERN .. '"', hover_text)

-- 3. The quick fix, through vim.lsp.buf.code_action as `gra` runs it, applied without a menu.
local titles = {}
local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = params.position, ['end'] = params.position },
  context = { diagnostics = vim.lsp.diagnostic.from(vim.diagnostic.get(buf)), only = { 'quickfix' } },
}, TIMEOUT) or {}
for _, response in pairs(actions) do
  for _, action in ipairs(response.result or {}) do
    titles[#titles + 1] = action.title
  end
end
say('      code actions: %s', table.concat(titles, '; '))
check(vim.tbl_contains(titles, 'Attribute to the ministry'), 'quick fix "Attribute to the ministry" offered', vim.inspect(titles))

local changedtick = vim.b[buf].changedtick
vim.lsp.buf.code_action({
  context = { only = { 'quickfix' } },
  filter = function(action) return action.title == 'Attribute to the ministry' end,
  apply = true,
})
vim.wait(TIMEOUT, function() return vim.b[buf].changedtick ~= changedtick end, 50)
local after = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
check(after == EXPECTED_LINE, 'the fix attributes the figure', string.format('%q', after))
check(vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1] == 'The ministry said 120 soldiers were wounded.',
  'the rest of the draft is untouched')

-- 4. The diagnostic clears.
vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) == 0 end, 50)
check(#vim.diagnostic.get(buf) == 0, 'the diagnostic clears', vim.inspect(vim.diagnostic.get(buf)))

-- 5. Undo brings it back: the server follows incremental edits both ways.
vim.cmd('silent undo')
vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) == 1 end, 50)
check(#vim.diagnostic.get(buf) == 1, 'undo brings the diagnostic back')

finish()
