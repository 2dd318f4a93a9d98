//! The `copydesk` command: `copydesk check ...` and `copydesk lsp` (also `copydesk --stdio`).

use std::process::ExitCode;

/// The analysis makes many small, short-lived allocations (cue lists, source strings, subject
/// keys) from several threads; mimalloc serves them in about half the instructions of the
/// system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
copydesk checks the figures in news drafts.

Usage:
  copydesk check [--format human|json|sarif|github] [--config FILE] [--isolated] PATH...
  copydesk ledger [--format human|json|csv] [--config FILE] PATH...   every claim by subject
  copydesk report [--output FILE] [--config FILE] PATH...   a fact-check sheet (HTML)
  copydesk rules [ID] [--format human|json]   the engine's named rules and their examples
  copydesk lsp [--stdio]      serve the Language Server Protocol over stdio
  copydesk --version
  copydesk --help";

fn main() -> ExitCode {
    // `std::env::args` panics on an argument that is not Unicode; such a path is shown lossily
    // and then reported as not found, never as a panic.
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let code = match args.first().map(String::as_str) {
        Some("check") => copydesk::cli::run(&args[1..]),
        Some("ledger") => copydesk::cli::ledger::run(&args[1..]),
        Some("report") => copydesk::cli::sheet::run(&args[1..]),
        Some("rules") => copydesk::cli::rules::run(&args[1..]),
        Some("lsp") | Some("--stdio") => copydesk::lsp::run(),
        Some("--version") | Some("-V") => {
            println!("copydesk {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Some("--help") | Some("-h") | Some("help") => {
            println!("{USAGE}");
            0
        }
        Some(other) => {
            eprintln!("copydesk: unknown command '{other}'\n\n{USAGE}");
            2
        }
        None => {
            eprintln!("{USAGE}");
            2
        }
    };
    ExitCode::from(u8::try_from(code).unwrap_or(2))
}
