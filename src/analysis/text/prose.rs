//! Which bytes of a draft are prose. Markdown goes through a CommonMark parser (pulldown-cmark)
//! with source offsets: paragraphs, headings, list items, table cells and block quotes are
//! prose; code (fenced, indented, inline), HTML blocks and comments, front matter, link
//! destinations and image URLs are not. Plain text is prose as it stands.
//!
//! The result keeps byte offsets unchanged: [`Prose::masked`] is the draft with every
//! non-prose byte replaced by a space (line breaks kept), so a match found in it is a match
//! at the same offsets in the draft.

use std::borrow::Cow;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::analysis::text::span::Span;

/// How a draft is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    PlainText,
}

impl Format {
    /// `.md` and `.markdown` are Markdown; everything else is plain text.
    pub fn from_path(path: &std::path::Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown") => {
                Format::Markdown
            }
            _ => Format::PlainText,
        }
    }

    /// Markdown for the LSP language ids "markdown" and "mdx", plain text otherwise.
    pub fn from_language_id(language_id: &str) -> Format {
        match language_id {
            "markdown" | "mdx" | "quarto" | "rmd" => Format::Markdown,
            _ => Format::PlainText,
        }
    }
}

/// What kind of block a run of prose is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Paragraph,
    /// A heading with its level (1 to 6); in plain text, a short first line without a full stop.
    Heading(u8),
    ListItem,
    TableCell,
    /// A paragraph inside a block quote.
    Quote,
}

/// A run of prose the engine analyses as one unit (and caches by its text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}

/// An HTML comment in a Markdown draft, kept for in-document switches
/// (`<!-- copydesk-ignore -->`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    pub span: Span,
    /// The comment's text between `<!--` and `-->`, trimmed.
    pub body: String,
}

/// The prose of a draft.
#[derive(Clone, Debug)]
pub struct Prose<'a> {
    /// The draft with non-prose bytes blanked out; same length and offsets as the draft.
    pub masked: Cow<'a, str>,
    pub blocks: Vec<Block>,
    pub comments: Vec<Comment>,
}

/// Extracts the prose of `text` written in `format`.
pub fn extract(text: &str, format: Format) -> Prose<'_> {
    match format {
        Format::PlainText => Prose {
            masked: Cow::Borrowed(text),
            blocks: plain_blocks(text),
            comments: Vec::new(),
        },
        Format::Markdown => markdown(text),
    }
}

/// Plain text: blocks are runs of lines separated by blank lines.
fn plain_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    // Lines found with memchr: this walks the whole draft on every keystroke.
    let breaks = memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1);
    let ends = breaks.chain((!text.ends_with('\n')).then_some(text.len()));
    let mut line_start = 0;
    for line_end in ends {
        let line = &text[line_start..line_end];
        line_start = line_end;
        let content = line.trim_end_matches(['\n', '\r']);
        // Most lines start and end with a visible ASCII character: no trimming to do.
        let bytes = content.as_bytes();
        let plain_edges = bytes.first().is_some_and(u8::is_ascii_graphic)
            && bytes.last().is_some_and(u8::is_ascii_graphic);
        if plain_edges {
            if start.is_none() {
                start = Some(offset);
            }
            end = offset + content.len();
        } else if content.trim().is_empty() {
            if let Some(s) = start.take() {
                blocks.push(Block {
                    span: Span::new(s, end),
                    kind: BlockKind::Paragraph,
                });
            }
        } else {
            let lead = content.len() - content.trim_start().len();
            if start.is_none() {
                start = Some(offset + lead);
            }
            end = offset + content.trim_end().len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        blocks.push(Block {
            span: Span::new(s, end),
            kind: BlockKind::Paragraph,
        });
    }
    blocks
}

/// An open container while walking Markdown events.
struct Open {
    kind: BlockKind,
    start: Option<usize>,
    end: usize,
}

fn markdown(text: &str) -> Prose<'_> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
    options.insert(Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS);

    let mut keep = vec![false; text.len()];
    let mut blocks = Vec::new();
    let mut comments = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut quote_depth = 0usize;
    let mut hidden_depth = 0usize; // inside an image or metadata block: text is not prose

    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        if let Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell) =
            &event
        {
            // A block inside an open one (a heading or a list in a tight list item) ends the
            // outer block's run of text so far; the outer block's text after the inner one
            // starts a new run. Otherwise the outer block's span would cover the inner block
            // and its figures would be analysed twice.
            if let Some(open) = stack.last_mut()
                && let Some(start) = open.start.take()
            {
                blocks.push(Block {
                    span: Span::new(start, open.end),
                    kind: open.kind,
                });
            }
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => stack.push(Open {
                    kind: if quote_depth > 0 {
                        BlockKind::Quote
                    } else {
                        BlockKind::Paragraph
                    },
                    start: None,
                    end: 0,
                }),
                Tag::Heading { level, .. } => stack.push(Open {
                    kind: BlockKind::Heading(level as u8),
                    start: None,
                    end: 0,
                }),
                Tag::Item => stack.push(Open {
                    kind: BlockKind::ListItem,
                    start: None,
                    end: 0,
                }),
                Tag::TableCell => stack.push(Open {
                    kind: BlockKind::TableCell,
                    start: None,
                    end: 0,
                }),
                Tag::BlockQuote(_) => quote_depth += 1,
                Tag::Image { .. } | Tag::MetadataBlock(_) | Tag::CodeBlock(_) => hidden_depth += 1,
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell => {
                    if let Some(open) = stack.pop()
                        && let Some(start) = open.start
                    {
                        blocks.push(Block {
                            span: Span::new(start, open.end),
                            kind: open.kind,
                        });
                    }
                }
                TagEnd::BlockQuote(_) => quote_depth = quote_depth.saturating_sub(1),
                TagEnd::Image | TagEnd::MetadataBlock(_) | TagEnd::CodeBlock => {
                    hidden_depth = hidden_depth.saturating_sub(1)
                }
                _ => {}
            },
            Event::Text(_) if hidden_depth == 0 => {
                if let Some(open) = stack.last_mut() {
                    for flag in &mut keep[range.clone()] {
                        *flag = true;
                    }
                    open.start.get_or_insert(range.start);
                    open.end = open.end.max(range.end);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let body = html.trim();
                if let Some(inner) = body
                    .strip_prefix("<!--")
                    .and_then(|b| b.strip_suffix("-->"))
                {
                    comments.push(Comment {
                        span: Span::new(range.start, range.end),
                        body: inner.trim().to_string(),
                    });
                }
            }
            _ => {}
        }
    }
    blocks.sort_by_key(|b| b.span.start);

    let masked: String = {
        let bytes = text.as_bytes();
        let out: Vec<u8> = bytes
            .iter()
            .zip(&keep)
            .map(|(&b, &k)| {
                if k || b == b'\n' || b == b'\r' {
                    b
                } else {
                    b' '
                }
            })
            .collect();
        // Only whole characters were kept or blanked (text events are char-aligned), and a
        // blanked multi-byte character becomes ASCII spaces, so the bytes stay valid UTF-8.
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    };
    Prose {
        masked: Cow::Owned(masked),
        blocks,
        comments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose_of(text: &str) -> Vec<String> {
        let prose = extract(text, Format::Markdown);
        prose
            .blocks
            .iter()
            .map(|b| {
                prose.masked[b.span.start..b.span.end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn code_html_and_front_matter_are_not_prose() {
        let text = "---\ncount: 5\n---\n\n# Title 3\n\nSome `x = 7` text.\n\n```\n12 tanks\n```\n\n    40 ships\n\n<div>60 planes</div>\n";
        assert_eq!(prose_of(text), vec!["Title 3", "Some text."]);
    }

    #[test]
    fn link_destinations_and_images_are_not_prose() {
        let text = "See [the UN report](https://un.org/2022/816) and ![chart 5](img/99.png).\n";
        assert_eq!(prose_of(text), vec!["See the UN report and ."]);
    }

    #[test]
    fn lists_tables_and_quotes_are_prose() {
        let text = "- one 5\n- two 6\n\n> quoted 7\n\n| a | b |\n|---|---|\n| 8 | 9 |\n";
        assert_eq!(
            prose_of(text),
            vec!["one 5", "two 6", "quoted 7", "a", "b", "8", "9"]
        );
    }

    #[test]
    fn text_after_a_nested_block_is_a_block_of_its_own() {
        // Found by fuzzing (fuzz/fuzz_targets/markdown.rs): the tight list item's span ran
        // from "300 tanks" to "more ships" and covered the heading, so "400 planes" was
        // analysed twice.
        let text =
            "\n- 300 tanks\n  # 400 planes\n  more ships\n- 5 ships\n  - 6 tanks\n  7 guns\n";
        assert_eq!(
            prose_of(text),
            vec![
                "300 tanks",
                "400 planes",
                "more ships",
                "5 ships",
                "6 tanks 7 guns" // a lazy continuation line: one paragraph
            ]
        );
        let prose = extract(text, Format::Markdown);
        for pair in prose.blocks.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
        }
        let minimal = extract("\n- A\n  # h\n  e", Format::Markdown);
        for pair in minimal.blocks.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
        }
    }

    #[test]
    fn masked_text_keeps_offsets() {
        let text = "**14,400** soldiers 😀 `1`";
        let prose = extract(text, Format::Markdown);
        assert_eq!(prose.masked.len(), text.len());
        let at = text.find("14,400").unwrap_or(0);
        assert_eq!(&prose.masked[at..at + 6], "14,400");
    }

    #[test]
    fn comments_are_collected() {
        let prose = extract("<!-- copydesk-ignore -->\nText 5.\n", Format::Markdown);
        assert_eq!(prose.comments.len(), 1);
        assert_eq!(prose.comments[0].body, "copydesk-ignore");
    }

    #[test]
    fn plain_text_blocks_split_on_blank_lines() {
        let text = "Head\n\nOne. Two\nthree.\r\n\r\n  Last";
        let blocks = plain_blocks(text);
        let got: Vec<&str> = blocks
            .iter()
            .map(|b| &text[b.span.start..b.span.end])
            .collect();
        assert_eq!(got, vec!["Head", "One. Two\nthree.", "Last"]);
    }
}
