//! The number tables: `tests/numbers/*.tsv`, one case a line (`category`, `sentence`,
//! `target`, then what is expected), read by one test that reports the share right by
//! category and fails when a share falls below its recorded floor.
//!
//! - `value`: the figure at `target` has this value (fractions and shares are percentages:
//!   "a third" is 33.333).
//! - `range`: the figure's interval runs from `low` to `high` (`-inf`/`inf` for an open
//!   side); an end may be widened by its rounding (half a unit of its last digit, or 10%).
//! - `nonclaim`: the figure at `target` is a date, time, ordinal, age or time window; it is
//!   right unless it is called a claim. The `kind` column, where given, is the kind it must
//!   get (`time`, `date`, `year`, `ordinal`, `age`, `duration`, `time-reference`, ...),
//!   counted apart as `nonclaim-kind` (a number dropped as no figure at all misses it).
//! - `claim`: a near miss of a non-claim rule: the figure at `target` stays a claim with
//!   this value.
//!
//! `cargo test --test numbers -- --nocapture` prints the shares and every miss.

use std::path::Path;

use copydesk::analysis::{Config, Figure, Format, Kind, analyze};

/// The lowest share right each category may reach; raise a floor as the engine improves.
const FLOORS: [(&str, f64); 5] = [
    ("value", 0.99),
    ("range", 0.95),
    ("nonclaim", 0.97),
    ("nonclaim-kind", 0.95),
    ("claim", 0.95),
];

struct Case {
    category: String,
    sentence: String,
    target: String,
    expected: Vec<String>,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/numbers");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "tsv"));
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 {
                continue;
            }
            // A non-claim row with a kind is also judged by its kind.
            if cols[0] == "nonclaim" && cols.len() > 3 && !cols[3].trim().is_empty() {
                out.push(Case {
                    category: "nonclaim-kind".to_string(),
                    sentence: cols[1].to_string(),
                    target: cols[2].to_string(),
                    expected: vec![cols[3].trim().to_string()],
                });
            }
            out.push(Case {
                category: cols[0].to_string(),
                sentence: cols[1].to_string(),
                target: cols[2].to_string(),
                expected: cols[3..].iter().map(|s| s.trim().to_string()).collect(),
            });
        }
    }
    out
}

/// The figure whose phrase holds the start of `target`.
fn figure_at<'a>(figures: &'a [Figure], sentence: &str, target: &str) -> Option<&'a Figure> {
    let at = sentence.find(target)?;
    let end = at + target.len();
    figures
        .iter()
        .find(|f| f.number.start <= at && at < f.number.end)
        .or_else(|| {
            figures
                .iter()
                .find(|f| f.span.start <= at && at < f.span.end)
        })
        .or_else(|| {
            figures
                .iter()
                .find(|f| f.span.start < end && at < f.span.end)
        })
}

fn parse(v: &str) -> f64 {
    match v {
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        _ => v.parse().unwrap_or(f64::NAN),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-3 * b.abs().max(1.0)
}

/// Half a unit of the last significant digit of a whole number: 2000 → 500, 15 → 0.5.
fn half_unit(v: f64) -> f64 {
    let mut unit = 1.0;
    while v != 0.0 && v.fract() == 0.0 && (v / (unit * 10.0)).fract() == 0.0 {
        unit *= 10.0;
    }
    unit / 2.0
}

/// An end at the expected one or widened outward by at most its rounding (half a unit of
/// its last digit, or 10%): `outward` is -1 for a low end, +1 for a high end.
fn near(got: Option<f64>, want: f64, outward: f64) -> bool {
    match got {
        None => want.is_infinite(),
        Some(g) if want.is_infinite() => g.is_infinite(),
        Some(g) => {
            let widening = (g - want) * outward;
            let slack = (0.1 * want.abs()).max(half_unit(want));
            widening >= -1e-9 && widening <= slack
        }
    }
}

fn judge(case: &Case) -> Result<(), String> {
    let analysis = analyze(&case.sentence, Format::PlainText, &Config::default());
    let figure = figure_at(&analysis.figures, &case.sentence, &case.target);
    match case.category.as_str() {
        "value" => {
            let want = parse(&case.expected[0]);
            match figure {
                Some(f) if close(f.value, want) => Ok(()),
                Some(f) => Err(format!("value {} (kind {:?})", f.value, f.kind)),
                None => Err("no figure".into()),
            }
        }
        "range" => {
            let (lo, hi) = (parse(&case.expected[0]), parse(&case.expected[1]));
            let Some(f) = figure else {
                return Err("no figure".into());
            };
            let low = f.interval.low.map(|b| b.value);
            let high = f.interval.high.map(|b| b.value);
            if f.kind == Kind::Claim && near(low, lo, -1.0) && near(high, hi, 1.0) {
                Ok(())
            } else {
                Err(format!("{:?} [{low:?}, {high:?}]", f.kind))
            }
        }
        "nonclaim" => match figure {
            Some(f) if f.kind == Kind::Claim => Err("called a claim".into()),
            _ => Ok(()),
        },
        "nonclaim-kind" => {
            let want = case.expected.first().map(String::as_str).unwrap_or("");
            match figure {
                Some(f) if f.kind.as_str() == want => Ok(()),
                Some(f) => Err(format!(
                    "kind {} (rule {:?}), not {want}",
                    f.kind.as_str(),
                    f.rules.iter().map(|r| r.id).collect::<Vec<_>>()
                )),
                None => Err(format!("no figure, not {want}")),
            }
        }
        "claim" => {
            let want = parse(&case.expected[0]);
            match figure {
                Some(f) if f.kind == Kind::Claim && close(f.value, want) => Ok(()),
                Some(f) => Err(format!("{} {}", f.kind.as_str(), f.value)),
                None => Err("no figure".into()),
            }
        }
        other => Err(format!("unknown category {other}")),
    }
}

#[test]
fn number_tables_stay_above_their_floors() {
    let cases = cases();
    assert!(cases.len() >= 300, "only {} cases", cases.len());
    let mut report = String::new();
    let mut below = Vec::new();
    for (category, floor) in FLOORS {
        let mine: Vec<&Case> = cases.iter().filter(|c| c.category == category).collect();
        let mut right = 0;
        for case in &mine {
            match judge(case) {
                Ok(()) => right += 1,
                Err(why) => report.push_str(&format!(
                    "  miss {category}: {:?} at {:?}: {why}\n",
                    case.sentence, case.target
                )),
            }
        }
        let share = right as f64 / mine.len().max(1) as f64;
        println!(
            "{category}: {right}/{} right ({:.1}%), floor {:.1}%",
            mine.len(),
            share * 100.0,
            floor * 100.0
        );
        if share + 1e-9 < floor {
            below.push(category);
        }
    }
    println!("{report}");
    assert!(below.is_empty(), "below the floor: {below:?}");
}
