//! Quick-fixes, worked out when an editor asks for one rather than with every finding: where
//! an attribution goes and the sources cited nearest, or the earlier figure a conflicting one
//! should match.

use crate::analysis::Analysis;
use crate::analysis::attribution::Grade;
use crate::analysis::figures::claims::Figure;
use crate::analysis::findings::config::Config;
use crate::analysis::findings::finding::{Code, Finding, Fix};
use crate::analysis::text::span::Span;

/// The quick-fix for `finding` of `analysis` (of `text`, under `config`), worked out when
/// one is asked for rather than with every finding: on every keystroke the engine
/// rebuilds every finding of the draft, while quick-fixes are asked for one diagnostic at a
/// time. `None` for a finding with no fix (a conflict with the source list's figure) or one
/// the analysis does not hold.
pub fn fix(text: &str, analysis: &Analysis, finding: &Finding, config: &Config) -> Option<Fix> {
    let f = analysis.figures.get(finding.figure)?;
    match finding.code {
        Code::UnattributedClaim | Code::VagueSource => {
            let anchors: Vec<(usize, &str)> = analysis
                .attributions
                .iter()
                .filter(|a| matches!(a.grade, Grade::Named | Grade::Document))
                .map(|a| (a.source_span.start, a.source.as_str()))
                .collect();
            let (insert_at, replace_end, prefix, suffix) = clause_end(text, f);
            let mut candidates = nearest_sources(&anchors, f.span.start, 5);
            crate::analysis::findings::source_list::CandidateNames::new(&config.sources)
                .add_to(&mut candidates);
            Some(Fix::Attribute {
                insert_at,
                replace_end,
                prefix,
                suffix,
                candidates,
            })
        }
        Code::ConflictingFigure => {
            // The earlier figure is the one the finding points back to.
            let related = finding.related.first()?;
            let e = analysis
                .mentions(finding.figure)
                .iter()
                .map(|&k| &analysis.figures[k])
                .find(|e| e.span == related.span)?;
            let from = |g: &Figure| {
                g.qualifier
                    .as_ref()
                    .map_or(g.number.start, |_| g.span.start.min(g.number.start))
            };
            Some(Fix::UseEarlier {
                replace: Span::new(from(f), f.number.end),
                with: text.get(from(e)..e.number.end)?.to_string(),
            })
        }
    }
}

/// The end of the claim's clause: before the first clause-closing punctuation after the
/// figure (skipping quotations and brackets that open after it). When a quotation holding
/// the claim closes first, the attribution goes after the closing mark; when the sentence's
/// full stop sits inside that mark (`tanks.”`), it becomes a comma inside and the full stop
/// moves after the attribution.
fn clause_end(text: &str, f: &Figure) -> (usize, usize, String, String) {
    let plain = |at: usize| (at, at, ", ".to_string(), String::new());
    let end = f.sentence.end.min(text.len());
    let Some(rest) = text.get(f.span.end..end) else {
        return plain(f.span.end);
    };
    let mut depth: Vec<char> = Vec::new();
    let mut chars = rest.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        let at = f.span.end + k;
        let next = chars.peek().map(|(_, n)| *n);
        match c {
            '“' | '(' | '[' => depth.push(c),
            '”' | ')' | ']' if !depth.is_empty() => {
                depth.pop();
            }
            '"' if depth.last() == Some(&'"') => {
                depth.pop();
            }
            '"' if next.is_some_and(|n| !n.is_whitespace() && !n.is_ascii_punctuation()) => {
                depth.push('"')
            }
            // A quotation that holds the claim closes here.
            '”' | '"' | '’' => return plain(at + c.len_utf8()),
            ',' | ';' | ':' | '.' | '!' | '?' | '—' | '–' if depth.is_empty() => {
                if c == ',' && next.is_some_and(|n| n.is_ascii_digit()) {
                    continue;
                }
                if c == '–' && next != Some(' ') {
                    continue;
                }
                // "tanks.”": the stop sits inside the closing quotation mark.
                if matches!(c, '.' | ',' | '!' | '?')
                    && let Some(q) = next.filter(|n| matches!(n, '”' | '"' | '’'))
                {
                    let after = at + c.len_utf8() + q.len_utf8();
                    let stop = if c == ',' {
                        String::new()
                    } else {
                        c.to_string()
                    };
                    return (at, after, format!(",{q} "), stop);
                }
                if c == '—' || c == '–' {
                    let trimmed = text[..at].trim_end().len();
                    return plain(trimmed);
                }
                return plain(at);
            }
            _ => {}
        }
    }
    // No punctuation: the end of the sentence, before trailing spaces.
    let trimmed = f.span.end + rest.trim_end().len();
    plain(trimmed)
}

/// A source as it reads inside a sentence: a capital article that only opened its sentence
/// ("The ministry said ...") becomes lower case ("according to the ministry").
fn in_running_text(source: &str) -> String {
    for article in ["The ", "A ", "An "] {
        if let Some(rest) = source.strip_prefix(article) {
            return format!("{}{rest}", article.to_lowercase());
        }
    }
    source.to_string()
}

/// The distinct sources cited nearest to `at`, at most `limit`.
pub(crate) fn nearest_sources(anchors: &[(usize, &str)], at: usize, limit: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let split = anchors.partition_point(|(pos, _)| *pos < at);
    let (mut left, mut right) = (split, split);
    // Bounded so a draft citing one source ten thousand times stays linear.
    let mut steps = 0;
    while out.len() < limit && (left > 0 || right < anchors.len()) && steps < 400 {
        steps += 1;
        let take_left = match (left.checked_sub(1).map(|l| anchors[l]), anchors.get(right)) {
            (Some((lp, _)), Some((rp, _))) => at - lp <= rp - at,
            (Some(_), None) => true,
            _ => false,
        };
        let source = if take_left {
            left -= 1;
            anchors[left].1
        } else {
            right += 1;
            anchors[right - 1].1
        };
        let source = in_running_text(source);
        if !out.iter().any(|s| s.eq_ignore_ascii_case(&source)) {
            out.push(source);
        }
    }
    out
}
