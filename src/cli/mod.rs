//! `copydesk check`: files and directories in, human / JSON / SARIF / GitHub output out.

/// Runs `copydesk check` with the arguments after `check`; returns the process exit code.
pub fn run(_args: &[String]) -> i32 {
    eprintln!("copydesk check: not built yet");
    2
}
