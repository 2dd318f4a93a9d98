//! What the writer switched off: Markdown comments (`<!-- copydesk-ignore -->` for the next
//! block, `<!-- copydesk-ignore unattributed-claim -->` for one code, `<!-- copydesk off -->`
//! ... `<!-- copydesk on -->` for a region) and the configuration's `ignore` list for plain
//! text (a figure as written plus a hash of its sentence, so it survives edits elsewhere).

use crate::analysis::figures::claims::Figure;
use crate::analysis::findings::config::Config;
use crate::analysis::findings::finding::Code;
use crate::analysis::text::prose::Prose;
use crate::analysis::text::span::Span;

/// One switch: a region where some codes (or all, when `codes` is empty) are off.
#[derive(Clone, Debug)]
struct Off {
    region: Span,
    codes: Vec<Code>,
}

/// The switches of one draft.
#[derive(Clone, Debug, Default)]
pub struct Switches<'c> {
    off: Vec<Off>,
    ignored: Vec<&'c crate::analysis::findings::config::IgnoredFigure>,
}

impl<'c> Switches<'c> {
    /// Reads the switches from the draft's comments and the configuration.
    pub fn new(text: &str, prose: &Prose<'_>, config: &'c Config) -> Self {
        let mut off = Vec::new();
        let mut open: Option<usize> = None;
        for comment in &prose.comments {
            let mut words = comment.body.split_whitespace();
            match (words.next(), words.next()) {
                (Some("copydesk-ignore"), first) => {
                    let codes: Vec<Code> = first
                        .into_iter()
                        .chain(words)
                        .filter_map(Code::parse)
                        .collect();
                    // The next block after the comment.
                    if let Some(block) = prose
                        .blocks
                        .iter()
                        .find(|b| b.span.start >= comment.span.end)
                    {
                        off.push(Off {
                            region: block.span,
                            codes,
                        });
                    }
                }
                (Some("copydesk"), Some("off")) => {
                    open.get_or_insert(comment.span.end);
                }
                (Some("copydesk"), Some("on")) => {
                    if let Some(start) = open.take() {
                        off.push(Off {
                            region: Span::new(start, comment.span.start),
                            codes: Vec::new(),
                        });
                    }
                }
                _ => {}
            }
        }
        if let Some(start) = open {
            off.push(Off {
                region: Span::new(start, text.len()),
                codes: Vec::new(),
            });
        }
        Switches {
            off,
            ignored: config.ignore.iter().collect(),
        }
    }

    /// True when findings of `code` on figure `f` are switched off.
    pub fn ignores(&self, f: &Figure, code: Code, text: &str) -> bool {
        let by_comment = self.off.iter().any(|o| {
            o.region.start <= f.span.start
                && f.span.end <= o.region.end
                && (o.codes.is_empty() || o.codes.contains(&code))
        });
        by_comment
            || (!self.ignored.is_empty() && {
                let figure = f.number.of(text);
                let hash = sentence_hash(f.sentence.of(text));
                self.ignored.iter().any(|i| {
                    i.figure == figure
                        && i.sentence == hash
                        && i.code.as_deref().is_none_or(|c| c == code.as_str())
                })
            })
    }
}

/// A short stable hash of a sentence, ignoring differences in whitespace: the key of the
/// configuration's `ignore` entries.
pub fn sentence_hash(sentence: &str) -> String {
    // FNV-1a: stable across versions and platforms, unlike the standard library's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for word in sentence.split_whitespace() {
        for byte in word.bytes().chain(std::iter::once(b' ')) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Format, analyze};

    fn codes(text: &str, format: Format, config: &Config) -> Vec<Code> {
        analyze(text, format, config)
            .findings
            .iter()
            .map(|f| f.code)
            .collect()
    }

    #[test]
    fn ignore_comment_silences_the_next_block() {
        let text = "<!-- copydesk-ignore -->\nRussia lost 300 tanks.\n\nRussia lost 200 planes.\n";
        assert_eq!(
            codes(text, Format::Markdown, &Config::default()),
            vec![Code::UnattributedClaim]
        );
    }

    #[test]
    fn ignore_comment_for_another_code_does_not_silence() {
        let text = "<!-- copydesk-ignore conflicting-figure -->\nRussia lost 300 tanks.\n";
        assert_eq!(
            codes(text, Format::Markdown, &Config::default()),
            vec![Code::UnattributedClaim]
        );
    }

    #[test]
    fn off_and_on_bracket_a_region() {
        let text = "<!-- copydesk off -->\n\nRussia lost 300 tanks.\n\n<!-- copydesk on -->\n\nRussia lost 200 planes.\n";
        assert_eq!(codes(text, Format::Markdown, &Config::default()).len(), 1);
    }

    #[test]
    fn plain_text_ignore_list_survives_edits_elsewhere() {
        let sentence = "Russia lost 300 tanks.";
        let mut config = Config::default();
        config
            .ignore
            .push(crate::analysis::findings::config::IgnoredFigure {
                figure: "300".into(),
                sentence: sentence_hash(sentence),
                code: None,
            });
        let text = format!("An edit above.\n\n{sentence}\n");
        assert!(codes(&text, Format::PlainText, &config).is_empty());
    }

    #[test]
    fn hashes_ignore_whitespace() {
        assert_eq!(sentence_hash("a  b\nc"), sentence_hash("a b c"));
    }
}
