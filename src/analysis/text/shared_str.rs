//! [`SharedStr`]: an immutable string whose copies share one allocation.
//!
//! A keystroke re-analyses one paragraph, but the document-wide steps take every figure of the
//! draft from the paragraph cache, moved to document offsets: a copy of each. With its unit,
//! subject, scope, qualifier and source as `String`s, a 36,000-word draft made some 10,000
//! allocations per keystroke for text that never changes once a paragraph is analysed (issue
//! 6). Copying a `SharedStr` only counts a reference.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Serialize, Serializer};

/// An immutable, cheaply copied string; reads as a `&str`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SharedStr(Arc<str>);

impl SharedStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for SharedStr {
    fn default() -> Self {
        SharedStr::from("")
    }
}

impl Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl From<&str> for SharedStr {
    fn from(text: &str) -> Self {
        SharedStr(Arc::from(text))
    }
}

impl From<String> for SharedStr {
    fn from(text: String) -> Self {
        SharedStr(Arc::from(text))
    }
}

impl From<&String> for SharedStr {
    fn from(text: &String) -> Self {
        SharedStr::from(text.as_str())
    }
}

impl From<std::borrow::Cow<'_, str>> for SharedStr {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        SharedStr::from(text.as_ref())
    }
}

impl From<SharedStr> for String {
    fn from(text: SharedStr) -> Self {
        text.0.to_string()
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == &*other.0
    }
}

impl PartialEq<SharedStr> for String {
    fn eq(&self, other: &SharedStr) -> bool {
        **self == *other.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_share_the_text_and_compare_as_strings() {
        let unit = SharedStr::from("tanks".to_string());
        let copy = unit.clone();
        assert!(std::ptr::eq(unit.as_str(), copy.as_str()));
        assert_eq!(unit, "tanks");
        assert_eq!("tanks", unit);
        assert_eq!(unit, "tanks".to_string());
        assert_eq!(unit.len(), 5);
        assert_eq!(format!("{unit} {unit:?}"), "tanks \"tanks\"");
        assert_eq!(
            serde_json::to_string(&unit).ok().as_deref(),
            Some("\"tanks\"")
        );
        assert_eq!(SharedStr::default(), "");
    }
}
