//! JSON text with byte spans: a small parser that keeps where every key and value sits in the
//! text, so that a mistake in `copydesk.json` can be shown where it is and an edit can insert
//! into the file without re-serialising it (keeping the desk's formatting and comments-free
//! layout as written). It only maps text; what the keys mean is [`crate::analysis::findings::config`]'s business.

use crate::analysis::text::span::Span;

/// One JSON value and where it is.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Object {
        span: Span,
        members: Vec<Member>,
    },
    Array {
        span: Span,
        items: Vec<Node>,
    },
    /// A string, number, `true`, `false` or `null`; `text` is the decoded string for strings
    /// and the literal otherwise.
    Scalar {
        span: Span,
        text: String,
    },
}

/// One `"key": value` of an object.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub key: String,
    pub key_span: Span,
    pub value: Node,
}

/// One step of a path into a document: a key of an object or an index of an array.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

impl Node {
    /// Where the value is, from its first to its last byte.
    pub fn span(&self) -> Span {
        match self {
            Node::Object { span, .. } | Node::Array { span, .. } | Node::Scalar { span, .. } => {
                *span
            }
        }
    }

    /// The member `key` of an object.
    pub fn member(&self, key: &str) -> Option<&Member> {
        match self {
            Node::Object { members, .. } => members.iter().find(|m| m.key == key),
            _ => None,
        }
    }

    /// The value at `path`, and the span of its key when the last step is a key.
    pub fn at(&self, path: &[Step]) -> Option<(&Node, Option<Span>)> {
        let mut node = self;
        let mut key = None;
        for step in path {
            match (step, node) {
                (Step::Key(k), Node::Object { members, .. }) => {
                    let member = members.iter().find(|m| &m.key == k)?;
                    key = Some(member.key_span);
                    node = &member.value;
                }
                (Step::Index(i), Node::Array { items, .. }) => {
                    node = items.get(*i)?;
                    key = None;
                }
                _ => return None,
            }
        }
        Some((node, key))
    }
}

/// Parses `text` as one JSON value; `None` when it is not valid JSON.
pub fn parse(text: &str) -> Option<Node> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    parser.skip_space();
    let node = parser.value()?;
    parser.skip_space();
    (parser.at == parser.bytes.len()).then_some(node)
}

/// Deeper nesting than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 128;

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Option<Node> {
        self.skip_space();
        match self.bytes.get(self.at)? {
            b'{' => self.nested(Self::object),
            b'[' => self.nested(Self::array),
            b'"' => {
                let (text, span) = self.string()?;
                Some(Node::Scalar { span, text })
            }
            _ => self.literal(),
        }
    }

    fn nested(&mut self, parse: fn(&mut Self) -> Option<Node>) -> Option<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let node = parse(self);
        self.depth -= 1;
        node
    }

    fn object(&mut self) -> Option<Node> {
        let start = self.at;
        self.at += 1;
        let mut members = Vec::new();
        if !self.eat(b'}') {
            loop {
                self.skip_space();
                let (key, key_span) = self.string()?;
                if !self.eat(b':') {
                    return None;
                }
                let value = self.value()?;
                members.push(Member {
                    key,
                    key_span,
                    value,
                });
                if self.eat(b',') {
                    continue;
                }
                if self.eat(b'}') {
                    break;
                }
                return None;
            }
        }
        Some(Node::Object {
            span: Span::new(start, self.at),
            members,
        })
    }

    fn array(&mut self) -> Option<Node> {
        let start = self.at;
        self.at += 1;
        let mut items = Vec::new();
        if !self.eat(b']') {
            loop {
                items.push(self.value()?);
                if self.eat(b',') {
                    continue;
                }
                if self.eat(b']') {
                    break;
                }
                return None;
            }
        }
        Some(Node::Array {
            span: Span::new(start, self.at),
            items,
        })
    }

    /// A string at the cursor: its decoded text and its span, quotes included.
    fn string(&mut self) -> Option<(String, Span)> {
        let start = self.at;
        if self.bytes.get(self.at) != Some(&b'"') {
            return None;
        }
        self.at += 1;
        loop {
            match self.bytes.get(self.at)? {
                b'"' => break,
                b'\\' => self.at += 2,
                _ => self.at += 1,
            }
        }
        self.at += 1;
        let raw = self.text.get(start..self.at)?;
        let text: String = serde_json::from_str(raw).ok()?;
        Some((text, Span::new(start, self.at)))
    }

    fn literal(&mut self) -> Option<Node> {
        let start = self.at;
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.'))
        {
            self.at += 1;
        }
        let text = self.text.get(start..self.at)?;
        let valid = matches!(text, "true" | "false" | "null")
            || serde_json::from_str::<serde_json::Number>(text).is_ok();
        valid.then(|| Node::Scalar {
            span: Span::new(start, self.at),
            text: text.to_string(),
        })
    }
}

/// The byte offset of 1-based `line` and byte `column` (serde_json's positions; lines end at
/// `\n`), clamped to the text.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line.max(1) {
        match text[start..].find('\n') {
            Some(newline) => start += newline + 1,
            None => return text.len(),
        }
    }
    let mut at = (start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The 1-based line and column (counting Unicode scalar values, as copydesk's command line
/// does) of byte `offset`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_values_keep_their_spans() {
        let text = "{\r\n  \"sources\": [ {\"name\": \"the UN 😀\"} ],\r\n  \"n\": -1.5e3\r\n}";
        let Some(root) = parse(text) else {
            panic!("valid JSON")
        };
        let path = [
            Step::Key("sources".into()),
            Step::Index(0),
            Step::Key("name".into()),
        ];
        let Some((Node::Scalar { span, text: name }, Some(key))) = root.at(&path) else {
            panic!("path")
        };
        assert_eq!(name, "the UN 😀");
        assert_eq!(span.of(text), "\"the UN 😀\"");
        assert_eq!(key.of(text), "\"name\"");
        assert_eq!(
            root.at(&[Step::Key("n".into())])
                .map(|(n, _)| n.span().of(text)),
            Some("-1.5e3")
        );
    }

    #[test]
    fn invalid_json_is_none() {
        for text in ["{", "{\"a\" 1}", "[1,]", "{\"a\":1} x", "tru", "\"open"] {
            assert!(parse(text).is_none(), "{text}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let text = "[".repeat(100_000);
        assert!(parse(&text).is_none());
    }

    #[test]
    fn positions_convert_both_ways_across_emoji() {
        let text = "{\n  \"a😀\": x\n}";
        let offset = offset_of(text, 2, 12);
        assert_eq!(&text[offset..offset + 1], "x");
        assert_eq!(line_column(text, offset), (2, 9));
    }
}
