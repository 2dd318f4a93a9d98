//! `copydesk rules [ID] [--format human|json]`: the engine's named rules, so a writer who
//! disagrees with a call can read the rule that made it and the sentences it is written for.

use std::io::{self, Write};

use serde::Serialize;

use crate::analysis::catalogue;
use crate::analysis::rules::Rule;

/// The hint printed under a usage error.
const USAGE_HINT: &str = "usage: copydesk rules [ID] [--format human|json]";

/// Runs `copydesk rules` with the arguments after `rules`; returns the exit status.
pub fn run(args: &[String]) -> i32 {
    let (id, json) = match parse(args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("copydesk rules: {message}\n{USAGE_HINT}");
            return 2;
        }
    };
    let rules: Vec<&'static Rule> = match id {
        None => catalogue::all(),
        Some(id) => match catalogue::find(&id) {
            Some(rule) => vec![rule],
            None => {
                eprintln!("copydesk rules: unknown rule '{id}' (copydesk rules lists them)");
                return 2;
            }
        },
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = if json {
        write_json(&rules, &mut out)
    } else if rules.len() == 1 {
        write_one(rules[0], &mut out)
    } else {
        write_list(&rules, &mut out)
    }
    .and_then(|()| out.flush());
    match written {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("copydesk rules: {err}");
            2
        }
        _ => 0,
    }
}

/// The rule id asked for, if any, and whether JSON was asked for.
fn parse(args: &[String]) -> Result<(Option<String>, bool), String> {
    let mut id = None;
    let mut json = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let format = match arg.as_str() {
            "--format" => Some(
                rest.next()
                    .ok_or("--format needs a value: human or json")?
                    .as_str(),
            ),
            other => other.strip_prefix("--format="),
        };
        match (format, arg.as_str()) {
            (Some("json"), _) => json = true,
            (Some("human"), _) => json = false,
            (Some(other), _) => return Err(format!("unknown format '{other}' (human or json)")),
            (None, "-h" | "--help") => return Err("lists the engine's named rules".into()),
            (None, flag) if flag.starts_with('-') => return Err(format!("unknown flag '{flag}'")),
            (None, name) if id.is_none() => id = Some(name.to_string()),
            (None, name) => return Err(format!("one rule id at a time ('{name}' is a second)")),
        }
    }
    Ok((id, json))
}

#[derive(Serialize)]
struct JsonRule {
    id: &'static str,
    summary: &'static str,
    examples: Vec<JsonExample>,
}

#[derive(Serialize)]
struct JsonExample {
    text: &'static str,
    fires: bool,
}

fn json_rule(rule: &'static Rule) -> JsonRule {
    let fires = rule
        .fires
        .iter()
        .map(|&text| JsonExample { text, fires: true });
    let spares = rule
        .spares
        .iter()
        .map(|&text| JsonExample { text, fires: false });
    JsonRule {
        id: rule.id,
        summary: rule.summary,
        examples: fires.chain(spares).collect(),
    }
}

fn write_json(rules: &[&'static Rule], out: &mut dyn Write) -> io::Result<()> {
    let list: Vec<JsonRule> = rules.iter().map(|r| json_rule(r)).collect();
    serde_json::to_writer_pretty(&mut *out, &list).map_err(io::Error::other)?;
    writeln!(out)
}

/// One line a rule: its id, padded, and its summary.
fn write_list(rules: &[&'static Rule], out: &mut dyn Write) -> io::Result<()> {
    let width = rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
    for rule in rules {
        writeln!(out, "{:width$}  {}", rule.id, rule.summary)?;
    }
    writeln!(
        out,
        "\n{} rules. copydesk rules ID shows one with its examples.",
        rules.len()
    )
}

/// A rule with its examples: the sentences it fires on and the near misses it spares.
fn write_one(rule: &Rule, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}\n  {}", rule.id, rule.summary)?;
    if !rule.fires.is_empty() {
        writeln!(out, "\nFires on:")?;
        for text in rule.fires {
            writeln!(out, "  + {}", one_line(text))?;
        }
    }
    if !rule.spares.is_empty() {
        writeln!(out, "\nDoes not fire on:")?;
        for text in rule.spares {
            writeln!(out, "  - {}", one_line(text))?;
        }
    }
    Ok(())
}

/// An example on one line: its paragraph breaks shown as a pilcrow.
fn one_line(text: &str) -> String {
    text.replace("\n\n", " ¶ ").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn arguments_name_a_rule_and_a_format() {
        assert_eq!(parse(&args(&[])), Ok((None, false)));
        assert_eq!(
            parse(&args(&["kind.age-at", "--format", "json"])),
            Ok((Some("kind.age-at".into()), true))
        );
        assert_eq!(parse(&args(&["--format=json"])), Ok((None, true)));
        assert!(parse(&args(&["--format", "xml"])).is_err());
        assert!(parse(&args(&["a", "b"])).is_err());
        assert!(parse(&args(&["--bogus"])).is_err());
    }

    #[test]
    fn one_rule_shows_its_examples() {
        let mut out = Vec::new();
        let Some(rule) = catalogue::find("kind.age-at") else {
            panic!("kind.age-at is a rule");
        };
        write_one(rule, &mut out).unwrap_or_default();
        let text = String::from_utf8_lossy(&out);
        assert!(text.starts_with("kind.age-at\n"), "{text}");
        assert!(
            text.contains("Fires on:") && text.contains("Does not fire on:"),
            "{text}"
        );
    }
}
