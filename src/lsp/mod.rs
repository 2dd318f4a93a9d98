//! `copydesk lsp`: the Language Server Protocol adapter over stdio.

/// Serves the protocol over stdin and stdout; returns the process exit code.
pub fn run() -> i32 {
    eprintln!("copydesk lsp: not built yet");
    2
}
