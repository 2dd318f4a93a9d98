-- End-to-end test of copydesk in a real headless Neovim (run by e2e.sh, not by hand):
--   nvim --clean --headless -l e2e.lua SERVER RUNTIME_DIR DRAFT FIXED_DRAFT [DRAFT FIXED_DRAFT ...]
-- Uses the shipped lsp/copydesk.lua through vim.lsp.enable, then for each draft: opens it,
-- waits for the unattributed-claim diagnostic on "300 tanks", hovers "300" (what `K` asks),
-- applies the "Attribute to the ministry" quick fix the way `gra` does, and checks the buffer
-- against FIXED_DRAFT byte for byte and that the diagnostic clears.
local server, runtime_dir = arg[1], arg[2]
local TIMEOUT = tonumber(vim.env.COPYDESK_E2E_TIMEOUT_MS or '20000')
local HOVER_PATTERN = vim.env.COPYDESK_E2E_HOVER_PATTERN or 'no attribution'
local FIX_TITLE = 'Attribute to the ministry'

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

--- The file's bytes, as the buffer should hold them once written the same way.
local function read_bytes(path)
  local file = assert(io.open(path, 'rb'))
  local bytes = file:read('*a')
  file:close()
  return bytes
end

--- The buffer as it would be written: its lines joined by its own line ending.
local function buffer_bytes(buf)
  local eol = ({ unix = '\n', dos = '\r\n', mac = '\r' })[vim.bo[buf].fileformat]
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), eol) .. (vim.bo[buf].eol and eol or '')
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

local function run_draft(draft, fixed_draft)
  local name = vim.fs.basename(draft)
  say('--- %s', name)
  vim.cmd.edit(vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  check(vim.bo[buf].filetype == 'markdown', name .. ' has filetype markdown', vim.bo[buf].filetype)

  local client
  vim.wait(TIMEOUT, function()
    client = vim.lsp.get_clients({ bufnr = buf, name = 'copydesk' })[1]
    return client ~= nil and client.initialized
  end, 50)
  if not check(client ~= nil and client.initialized, 'copydesk attached and initialised') then
    return
  end
  say('      server: %s, encoding %s, root %s, fileformat %s',
    vim.inspect(client.server_info, { newline = ' ', indent = '' }), client.offset_encoding,
    tostring(client.root_dir), vim.bo[buf].fileformat)
  check(client.root_dir == vim.fs.dirname(draft), 'root found through copydesk.json', tostring(client.root_dir))

  -- 1. The diagnostic.
  local diags
  vim.wait(TIMEOUT, function()
    diags = vim.diagnostic.get(buf)
    return #diags > 0
  end, 50)
  check(#diags == 1, 'one diagnostic', vim.inspect(diags))
  local d = diags[1]
  if not d then return end
  check(d.code == 'unattributed-claim', 'its code is unattributed-claim', tostring(d.code))
  check(d.severity == vim.diagnostic.severity.WARN, 'it is a warning', tostring(d.severity))
  check(d.source == 'copydesk', 'its source is copydesk', tostring(d.source))
  local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
  local flagged = line:sub(d.col + 1, d.end_col)
  check(d.lnum == d.end_lnum and flagged == '300 tanks', 'it covers exactly "300 tanks"', string.format('%q', flagged))
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
  check(hover_text:lower():find(HOVER_PATTERN:lower(), 1, true) ~= nil, 'hover mentions "' .. HOVER_PATTERN .. '"', hover_text)

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
  check(vim.tbl_contains(titles, FIX_TITLE), 'quick fix "' .. FIX_TITLE .. '" offered', vim.inspect(titles))

  local changedtick = vim.b[buf].changedtick
  vim.lsp.buf.code_action({
    context = { only = { 'quickfix' } },
    -- Applied whatever the case of its title, so that the checks below still tell whether
    -- the edit itself is right when only the title is off.
    filter = function(action) return action.title:lower() == FIX_TITLE:lower() end,
    apply = true,
  })
  vim.wait(TIMEOUT, function() return vim.b[buf].changedtick ~= changedtick end, 50)
  local expected = read_bytes(fixed_draft)
  local after = buffer_bytes(buf)
  local expected_line = vim.split(expected, '\r?\n')[d.lnum + 1]
  local after_line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
  check(after_line == expected_line, 'the fix attributes the figure', string.format('%q', after_line))
  check(after == expected, 'the draft is now ' .. vim.fs.basename(fixed_draft) .. ', byte for byte', string.format('%q', after))

  -- 4. The diagnostic clears.
  vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) == 0 end, 50)
  check(#vim.diagnostic.get(buf) == 0, 'the diagnostic clears', vim.inspect(vim.diagnostic.get(buf)))

  -- 5. Undo brings it back: the server follows incremental edits both ways.
  vim.cmd('silent undo')
  vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) == 1 end, 50)
  check(#vim.diagnostic.get(buf) == 1, 'undo brings the diagnostic back')
  check(buffer_bytes(buf) == read_bytes(draft), 'undo restores the draft byte for byte')
end

--- The fact-check sheet: the code lens atop the draft counts its figures and keeps up with an
--- edit; :CopydeskReport and the lens both write the server's sheet to a temporary file and
--- open it with vim.ui.open (stubbed here to record the path instead of starting a browser).
local function run_sheet(draft)
  say('--- fact-check sheet of %s', vim.fs.basename(draft))
  vim.cmd.edit(vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  local function lens_title()
    local lens = vim.lsp.codelens.get(buf)[1]
    return lens and lens.command and lens.command.title or ''
  end
  vim.wait(TIMEOUT, function() return lens_title() ~= '' end, 50)
  local title = lens_title()
  say('      code lens: %s', title)
  check(title:match('^%d+ figures? · %d+ unattributed · %d+ conflicts?$') ~= nil,
    'a code lens "N figures · N unattributed · N conflicts" tops the draft', title)

  local opened = {}
  local real_open = vim.ui.open
  vim.ui.open = function(path)
    opened[#opened + 1] = path
    return nil, nil
  end
  local ok, err = pcall(vim.cmd, 'CopydeskReport')
  check(ok, ':CopydeskReport exists in the draft', err and tostring(err))
  vim.wait(TIMEOUT, function() return #opened > 0 end, 50)
  check(#opened == 1, ':CopydeskReport opens the sheet with vim.ui.open', vim.inspect(opened))
  local html = opened[1] and read_bytes(opened[1]) or ''
  check(html:sub(1, 15) == '<!DOCTYPE html>', 'the sheet is an HTML page in a temporary file', html:sub(1, 80))
  check(html:find('>300 tanks</td>', 1, true) ~= nil, 'the sheet lists the draft\'s claims')

  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  vim.lsp.codelens.run()
  vim.wait(TIMEOUT, function() return #opened > 1 end, 50)
  check(#opened == 2, 'running the code lens opens the sheet too', vim.inspect(opened))

  vim.api.nvim_buf_set_lines(buf, -1, -1, false, { '', 'Officials said 77 jets were lost.' })
  vim.wait(TIMEOUT, function() return lens_title() ~= title end, 50)
  say('      code lens after the edit: %s', lens_title())
  check(lens_title() ~= title and lens_title():match('^%d+ figures') ~= nil,
    'the code lens keeps up with an edit', lens_title())
  vim.ui.open = real_open
  vim.cmd('silent undo')
end

local ok, err = pcall(function()
  for i = 3, #arg, 2 do
    run_draft(arg[i], arg[i + 1])
  end
  if not vim.env.COPYDESK_E2E_FAKE or vim.env.COPYDESK_E2E_FAKE ~= '1' then
    run_sheet(arg[3])
  end
end)
check(ok, 'the session ran to the end', err and tostring(err))
finish()
