//! Escaping: every piece of text that comes from a draft, a file name or the desk's
//! configuration goes through [`escape`] before it reaches the page, in text and in
//! attribute values alike, so a draft holding `<script>` shows it as text.

use std::fmt::Write;

/// Appends `text` to `out` with `& < > " '` replaced by character references. Safe in text
/// and in quoted attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..at]);
        let entity = match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        };
        out.push_str(entity);
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

/// `text` escaped, as a new string.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    escape_into(&mut out, text);
    out
}

/// A page being written: a string with helpers for escaped text and elements.
#[derive(Default)]
pub struct Page {
    pub out: String,
}

impl Page {
    /// Appends markup as is: only for the writer's own constant strings.
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// Appends text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.out, text);
        self
    }

    /// Appends formatted markup; every argument that is not the writer's own must be
    /// escaped first.
    pub fn fmt(&mut self, args: std::fmt::Arguments<'_>) -> &mut Self {
        // Writing to a String cannot fail.
        let _ = self.out.write_fmt(args);
        self
    }

    /// `<tag class="class">text</tag>`, the text escaped.
    pub fn element(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.fmt(format_args!("<{tag} class=\"{class}\">"));
        self.text(text);
        self.fmt(format_args!("</{tag}>"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_quotes_become_text() {
        assert_eq!(
            escape(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
    }

    #[test]
    fn everything_else_passes_through_including_emoji_and_cjk() {
        assert_eq!(escape("記者 🚜 “300” tanks\r\n"), "記者 🚜 “300” tanks\r\n");
    }

    #[test]
    fn elements_escape_their_text() {
        let mut page = Page::default();
        page.element("td", "figure", "<b>300</b>");
        assert_eq!(page.out, "<td class=\"figure\">&lt;b&gt;300&lt;/b&gt;</td>");
    }
}
