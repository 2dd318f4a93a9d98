//! Targeted edits to a project file's text: one new entry in its `sources` or `ignore` list,
//! inserted where the list ends with the file's own indentation and line endings, so a desk's
//! hand-formatted `copydesk.json` stays as it was written (no re-serialisation). Also the
//! Markdown `<!-- copydesk-ignore CODE -->` line above a block. Pure text in, edit out.

use crate::analysis::Span;
use crate::analysis::findings::json_text::{self, Node};

/// Replace `span` of the file with `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextChange {
    pub span: Span,
    pub text: String,
}

/// The text of a new project file holding one entry in list `key`.
pub fn new_file(key: &str, entry: &str) -> String {
    format!("{{\n  \"{key}\": [\n    {entry}\n  ]\n}}\n")
}

/// The change that appends `entry` (one JSON value, as text) to the list `key` of the project
/// file `text`, creating the list when missing. `None` when the file is not a JSON object (a
/// broken file is fixed by hand first) or `key` holds something other than a list.
pub fn append_to_list(text: &str, key: &str, entry: &str) -> Option<TextChange> {
    let body_start = text.len() - text.strip_prefix('\u{feff}').unwrap_or(text).len();
    let body = &text[body_start..];
    let root = json_text::parse(body)?;
    let Node::Object { span, members } = &root else {
        return None;
    };
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let unit = indent_unit(body, &root);
    let shift = |s: Span| Span::new(s.start + body_start, s.end + body_start);
    let change = |s: Span, text: String| {
        Some(TextChange {
            span: shift(s),
            text,
        })
    };
    match members.iter().find(|m| m.key == key) {
        Some(member) => {
            let Node::Array { span: list, items } = &member.value else {
                return None;
            };
            match items.last() {
                Some(last) => {
                    let first = items[0].span();
                    let multiline = body[list.start..first.start].contains('\n');
                    let text = if multiline {
                        format!(",{eol}{}{entry}", line_indent(body, first.start))
                    } else {
                        format!(", {entry}")
                    };
                    change(Span::new(last.span().end, last.span().end), text)
                }
                None => {
                    let outer = line_indent(body, member.key_span.start);
                    change(*list, format!("[{eol}{outer}{unit}{entry}{eol}{outer}]"))
                }
            }
        }
        None => match members.last() {
            Some(last) => {
                let multiline = body[span.start..members[0].key_span.start].contains('\n');
                let at = last.value.span().end;
                let text = if multiline {
                    let outer = line_indent(body, last.key_span.start);
                    format!(",{eol}{outer}\"{key}\": [{eol}{outer}{unit}{entry}{eol}{outer}]")
                } else {
                    format!(", \"{key}\": [{entry}]")
                };
                change(Span::new(at, at), text)
            }
            None => change(
                *span,
                format!("{{{eol}{unit}\"{key}\": [{eol}{unit}{unit}{entry}{eol}{unit}]{eol}}}"),
            ),
        },
    }
}

/// The whitespace that starts the line holding byte `at`.
fn line_indent(text: &str, at: usize) -> &str {
    let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let line = &text[start..];
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

/// One level of the file's indentation: its first member's, or two spaces.
fn indent_unit(text: &str, root: &Node) -> String {
    let Node::Object { span, members } = root else {
        return "  ".into();
    };
    members
        .first()
        .filter(|first| text[span.start..first.key_span.start].contains('\n'))
        .map(|first| line_indent(text, first.key_span.start))
        .filter(|indent| !indent.is_empty())
        .unwrap_or("  ")
        .to_string()
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// The line that switches a finding off for the Markdown block starting at `block_start`:
/// `<!-- copydesk-ignore CODE -->` on its own line above the block's first line, indented
/// like it (with a block quote's `>` markers), ending as the draft's lines end.
pub fn ignore_comment(text: &str, block_start: usize, code: &str) -> TextChange {
    let block_start = block_start.min(text.len());
    let line_start = text[..block_start].rfind('\n').map_or(0, |n| n + 1);
    let line = &text[line_start..];
    let prefix_len = line.len() - line.trim_start_matches([' ', '\t', '>']).len();
    let prefix = &line[..prefix_len];
    let eol = if text[line_start..].contains("\r\n") || text.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    TextChange {
        span: Span::new(line_start, line_start),
        text: format!("{prefix}<!-- copydesk-ignore {code} -->{eol}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(text: &str, change: Option<TextChange>) -> String {
        let Some(change) = change else {
            return "<none>".into();
        };
        format!(
            "{}{}{}",
            &text[..change.span.start],
            change.text,
            &text[change.span.end..]
        )
    }

    const ENTRY: &str = "{\"name\": \"the UN\"}";

    #[test]
    fn appends_after_the_last_entry_with_its_indentation() {
        let text = "{\n    \"sources\": [\n        {\"name\": \"Reuters\"}\n    ]\n}\n";
        assert_eq!(
            applied(text, append_to_list(text, "sources", ENTRY)),
            "{\n    \"sources\": [\n        {\"name\": \"Reuters\"},\n        {\"name\": \"the UN\"}\n    ]\n}\n"
        );
    }

    #[test]
    fn keeps_crlf_tabs_and_an_inline_list_inline() {
        let text = "{\r\n\t\"sources\": [{\"name\": \"“AP” 😀\"}]\r\n}\r\n";
        assert_eq!(
            applied(text, append_to_list(text, "sources", ENTRY)),
            "{\r\n\t\"sources\": [{\"name\": \"“AP” 😀\"}, {\"name\": \"the UN\"}]\r\n}\r\n"
        );
    }

    #[test]
    fn fills_an_empty_list() {
        let text = "{\r\n  \"cues\": [\"tallied\"],\r\n  \"sources\": []\r\n}";
        assert_eq!(
            applied(text, append_to_list(text, "sources", ENTRY)),
            "{\r\n  \"cues\": [\"tallied\"],\r\n  \"sources\": [\r\n    {\"name\": \"the UN\"}\r\n  ]\r\n}"
        );
    }

    #[test]
    fn adds_the_list_after_the_last_key() {
        let text = "{\n  \"$schema\": \"./schema.json\",\n  \"maxDiagnostics\": 50\n}\n";
        let done = applied(text, append_to_list(text, "ignore", ENTRY));
        assert_eq!(
            done,
            "{\n  \"$schema\": \"./schema.json\",\n  \"maxDiagnostics\": 50,\n  \"ignore\": [\n    {\"name\": \"the UN\"}\n  ]\n}\n"
        );
        assert!(
            crate::analysis::Config::from_json(&done).is_err(),
            "names are not ignore entries"
        );
        let one_line = "{\"maxDiagnostics\": 50}";
        assert_eq!(
            applied(one_line, append_to_list(one_line, "sources", ENTRY)),
            "{\"maxDiagnostics\": 50, \"sources\": [{\"name\": \"the UN\"}]}"
        );
    }

    #[test]
    fn fills_an_empty_object_and_keeps_a_byte_order_mark() {
        let text = "\u{feff}{}";
        let done = applied(text, append_to_list(text, "sources", ENTRY));
        assert_eq!(
            done,
            "\u{feff}{\n  \"sources\": [\n    {\"name\": \"the UN\"}\n  ]\n}"
        );
        assert!(crate::analysis::Config::from_json(&done).is_ok());
    }

    #[test]
    fn a_broken_file_or_a_list_of_the_wrong_type_gets_no_edit() {
        assert_eq!(append_to_list("{\"sources\": [", "sources", ENTRY), None);
        assert_eq!(append_to_list("{\"sources\": 3}", "sources", ENTRY), None);
        assert_eq!(append_to_list("[]", "sources", ENTRY), None);
    }

    #[test]
    fn new_files_load() {
        let text = new_file("sources", ENTRY);
        assert!(crate::analysis::Config::from_json(&text).is_ok(), "{text}");
    }

    #[test]
    fn the_ignore_comment_copies_indentation_and_quote_markers() {
        let text = "Intro.\r\n\r\n> Quoted 300 tanks.\r\n";
        let at = text.find("Quoted").unwrap_or(0);
        assert_eq!(
            applied(text, Some(ignore_comment(text, at, "unattributed-claim"))),
            "Intro.\r\n\r\n> <!-- copydesk-ignore unattributed-claim -->\r\n> Quoted 300 tanks.\r\n"
        );
        let nested = "- one\n  - 300 tanks\n";
        let at = nested.find("300").unwrap_or(0);
        assert_eq!(
            applied(
                nested,
                Some(ignore_comment(nested, at, "unattributed-claim"))
            ),
            "- one\n  <!-- copydesk-ignore unattributed-claim -->\n  - 300 tanks\n"
        );
    }

    /// The draft with "Ignore this figure" applied to the figure at `needle`, and what the
    /// engine then reports for it.
    fn ignored(text: &str, needle: &str) -> (String, usize) {
        use crate::analysis::{Config, Format, analyze};
        let before = analyze(text, Format::Markdown, &Config::default());
        let at = text.find(needle).unwrap_or(0);
        let finding = before
            .findings
            .iter()
            .find(|f| f.span.start <= at && at < f.span.end)
            .unwrap_or_else(|| panic!("no finding at {needle:?}"));
        let figure = &before.figures[finding.figure];
        let block = before
            .blocks
            .iter()
            .find(|b| b.span.start <= figure.span.start && figure.span.end <= b.span.end)
            .map_or(0, |b| b.span.start);
        let edited = applied(
            text,
            Some(ignore_comment(text, block, finding.code.as_str())),
        );
        let after = analyze(&edited, Format::Markdown, &Config::default());
        let still = after
            .findings
            .iter()
            .filter(|f| f.span.of(&edited).contains(needle))
            .count();
        let others_before = before.findings.len() - 1;
        assert_eq!(after.findings.len() - still, others_before, "{edited}");
        (edited, still)
    }

    #[test]
    fn the_ignore_comment_silences_its_block_and_nothing_else() {
        for (text, needle) in [
            (
                "Intro 20 jets.\n\nRussia lost 300 tanks.\nIt was bad.\n",
                "300 tanks",
            ),
            (
                "# Russia lost 300 tanks\n\nUkraine lost 20 jets.\n",
                "300 tanks",
            ),
            (
                "1. Ukraine lost 20 jets.\n2. Russia lost 300 tanks.\n",
                "300 tanks",
            ),
            (
                "- a\n\n  Russia lost 300 tanks.\n\n- Ukraine lost 20 jets.\n",
                "300 tanks",
            ),
            (
                "> Ukraine lost 20 jets.\n>\n> Russia lost 300 tanks.\n",
                "300 tanks",
            ),
            (
                "Intro “20 jets” 😀.\r\n\r\n* Russia lost 300 tanks.\r\n",
                "300 tanks",
            ),
        ] {
            let (edited, still) = ignored(text, needle);
            assert_eq!(still, 0, "{edited}");
        }
    }
}
