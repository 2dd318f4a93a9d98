-- copydesk for Neovim before 0.11, through nvim-lspconfig (which has no built-in entry for
-- copydesk): register it as a custom server once, then set it up like any other.
-- Put this in your init.lua (after nvim-lspconfig is on 'runtimepath').
local configs = require('lspconfig.configs')
local util = require('lspconfig.util')

if not configs.copydesk then
  configs.copydesk = {
    default_config = {
      cmd = { 'copydesk', 'lsp' },
      filetypes = { 'markdown', 'text' },
      root_dir = function(fname)
        return util.root_pattern('copydesk.json', '.git')(fname) or vim.fs.dirname(fname)
      end,
      single_file_support = true,
      settings = { copydesk = vim.empty_dict() },
    },
    docs = {
      description = 'copydesk: checks that every figure in a news draft is attributed and consistent.',
    },
  }
end

require('lspconfig').copydesk.setup({
  -- settings = { copydesk = { namedSources = 'hint' } },
})
