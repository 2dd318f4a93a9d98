//! The draft's text as written, line by line with line numbers, each figure marked with its
//! status. Lines break where the CLI and the editor break them (`\n`, `\r\n`, a lone `\r`),
//! so the numbers agree with theirs; a figure written over a line break is marked on both
//! lines.

use super::html::Page;
use super::model::{DraftSheet, Mark};
use crate::analysis::LineIndex;

/// Writes the text of draft `d` (its index on the sheet, for the anchors).
pub fn write_text(page: &mut Page, d: usize, draft: &DraftSheet) {
    let text = draft.text.as_str();
    let lines = LineIndex::new(text);
    page.raw("<div class=\"text\">");
    let mut marks = draft.marks.iter().peekable();
    let mut open: Option<&Mark> = None;
    for line in 0..lines.line_count() {
        let start = lines.line_start(line).unwrap_or(text.len());
        let next = lines.line_start(line + 1).unwrap_or(text.len());
        let line_text = text.get(start..next).unwrap_or("");
        let end = start + line_text.trim_end_matches(['\n', '\r']).len();
        page.fmt(format_args!(
            "<div class=\"l\" id=\"d{d}-l{n}\"><span class=\"n\">{n}</span><span class=\"t\">",
            n = line + 1
        ));
        let mut at = start;
        // A mark left open at the end of the last line goes on here, without its anchor.
        if let Some(mark) = open.take() {
            at = write_mark(page, text, d, mark, at, end, false);
            if mark.span.end > end {
                open = Some(mark);
            }
        }
        while let Some(mark) = marks.next_if(|m| m.span.start < end) {
            let from = mark.span.start.max(at);
            page.text(text.get(at..from).unwrap_or(""));
            at = write_mark(page, text, d, mark, from, end, true);
            if mark.span.end > end {
                open = Some(mark);
            }
        }
        page.text(text.get(at..end).unwrap_or(""));
        page.raw("</span></div>\n");
    }
    page.raw("</div>\n");
}

/// Writes the part of `mark` between `from` and the end of the line; returns where it
/// stopped. `first`: this is where the figure starts (it gets the anchor).
fn write_mark(
    page: &mut Page,
    text: &str,
    d: usize,
    mark: &Mark,
    from: usize,
    line_end: usize,
    first: bool,
) -> usize {
    let to = mark.span.end.min(line_end).max(from);
    let status = mark.status;
    page.fmt(format_args!("<mark class=\"f s-{}\"", status.key()));
    if first {
        page.fmt(format_args!(" id=\"d{d}-f{}\"", mark.figure));
    }
    page.fmt(format_args!(" title=\"{}\">", status.label()));
    page.text(text.get(from..to).unwrap_or(""));
    page.raw("</mark>");
    to
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Config, Format, analyze};

    fn html(text: &str) -> String {
        let analysis = analyze(text, Format::Markdown, &Config::default());
        let draft = DraftSheet::new("draft.md", text, &analysis);
        let mut page = Page::default();
        write_text(&mut page, 0, &draft);
        page.out
    }

    #[test]
    fn figures_are_marked_and_the_rest_is_escaped_text() {
        let out = html("Russia lost 300 tanks <script>alert(1)</script> & more.\n");
        assert!(out.contains("&lt;script&gt;alert("), "{out}");
        assert!(out.contains(")&lt;/script&gt;"), "{out}");
        assert!(!out.contains("<script"), "{out}");
        assert!(out.contains("&amp; more."), "{out}");
        assert!(
            out.contains(
                "<mark class=\"f s-unattributed\" id=\"d0-f0\" title=\"unattributed\">300 tanks</mark>"
            ),
            "{out}"
        );
    }

    #[test]
    fn crlf_lines_are_numbered_like_the_cli_and_lose_their_breaks() {
        let out = html("記者 🚜\r\n\r\n“Quoted,” 300 tanks were lost.\r\n");
        assert!(out.contains("id=\"d0-l3\""), "{out}");
        assert!(!out.contains('\r'), "{out}");
        assert!(out.contains("“Quoted,” <mark"), "{out}");
        assert!(out.contains("記者 🚜"), "{out}");
    }

    #[test]
    fn a_figure_over_a_line_break_is_marked_on_both_lines() {
        let out = html("Officials said about\n14,400 people fled.\n");
        let marks = out.matches("<mark").count();
        let anchors = out.matches("id=\"d0-f").count();
        assert_eq!((marks, anchors), (2, 1), "{out}");
        assert!(out.contains(">about</mark></span>"), "{out}");
    }
}
