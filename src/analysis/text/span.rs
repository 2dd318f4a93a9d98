//! Byte ranges into the analysed text. Every position the engine hands out is a [`Span`];
//! converting to lines, columns or protocol positions is the adapters' business.

use serde::Serialize;

/// A half-open byte range `start..end` into the analysed text, always on char boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The same span moved `by` bytes to the right.
    pub const fn shifted(self, by: usize) -> Self {
        Span::new(self.start + by, self.end + by)
    }

    /// True when `offset` lies inside the span (or at its end, so a cursor just after a
    /// figure still counts as on it).
    pub const fn touches(&self, offset: usize) -> bool {
        self.start <= offset && offset <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text the span covers, or "" when it does not fit `text`.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}
