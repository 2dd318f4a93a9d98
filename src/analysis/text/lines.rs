//! Line and column arithmetic over a text: byte offset to 1-based line and column (columns
//! count Unicode scalar values, as the CLI's JSON contract says). Lines end at `\n`, `\r\n`
//! or a lone `\r`, like the Language Server Protocol's.

/// Start offsets of every line of a text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

/// A 1-based line and column; the column counts Unicode scalar values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        // memchr finds the breaks many bytes at a time: this runs over the whole draft on
        // every analysis.
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// Number of lines (a text ending in a line break has an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 0-based line holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        }
    }

    /// Byte offset where 0-based `line` starts, or `None` past the end.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).copied()
    }

    /// 1-based line and column (in Unicode scalar values) of `offset` in `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = text.get(start..offset).map_or(0, |s| s.chars().count());
        LineCol {
            line: line + 1,
            column: column + 1,
        }
    }

    /// 1-based line number of `offset`.
    pub fn line_number(&self, offset: usize) -> usize {
        self.line_of(offset) + 1
    }
}

/// The largest char boundary of `text` at or below `offset`.
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_at_lf_crlf_and_lone_cr() {
        let text = "a\nb\r\nc\rd";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(text, 2), LineCol { line: 2, column: 1 });
        assert_eq!(index.line_col(text, 5), LineCol { line: 3, column: 1 });
        assert_eq!(index.line_col(text, 7), LineCol { line: 4, column: 1 });
    }

    #[test]
    fn columns_count_scalar_values() {
        let text = "😀 é 14";
        let index = LineIndex::new(text);
        let at = text.find("14").unwrap_or(0);
        assert_eq!(index.line_col(text, at), LineCol { line: 1, column: 5 });
    }

    #[test]
    fn offsets_inside_a_char_round_down() {
        let text = "€5";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 1).column, 1);
    }
}
