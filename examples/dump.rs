//! Prints what the engine understood of a draft: every figure with its kind, interval,
//! subject and attribution, then the findings. `cargo run --example dump -- FILE`.

use copydesk::analysis::{Config, Format, LineIndex, analyze};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let analysis = analyze(&text, Format::from_path(path.as_ref()), &Config::default());
    let index = LineIndex::new(&text);
    for f in &analysis.figures {
        let at = index.line_col(&text, f.span.start);
        let attribution = f.attribution.as_ref().map_or("-".to_string(), |a| {
            format!(
                "{} [{} {}{}]",
                a.effective_source(),
                a.cue,
                a.grade.as_str(),
                if a.carried { " carried" } else { "" }
            )
        });
        println!(
            "{}:{} {:<14} {:<40} subj={:?} scope={:?} cmp={} {:?}..{:?} <- {}",
            at.line,
            at.column,
            f.kind.as_str(),
            format!("\"{}\"", f.span.of(&text)),
            f.subject,
            f.scope,
            f.comparable,
            f.interval.low_value(),
            f.interval.high_value(),
            attribution
        );
    }
    for finding in &analysis.findings {
        let at = index.line_col(&text, finding.span.start);
        println!(
            "! {}:{} {} {}",
            at.line, at.column, finding.code, finding.message
        );
    }
}
