//! A JSON writer for the outputs made in bulk: a keystroke's `publishDiagnostics` (hundreds
//! of diagnostics on every edit) and `copydesk check --format json` (megabytes for a desk's
//! folder). serde_json's serialiser spends about twenty instructions per byte written on
//! such flat records; this writer appends the few shapes they need straight into one buffer,
//! and copies runs of text that need no escaping in one go. Its strings are escaped exactly
//! as serde_json escapes them, so the outputs stay byte for byte what they were.

/// A buffer that JSON is written into.
#[derive(Default)]
pub struct JsonOut {
    /// The JSON written so far.
    pub buf: Vec<u8>,
}

impl JsonOut {
    /// An empty writer with room for about `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            buf: Vec::with_capacity(capacity),
        }
    }

    /// Appends `text` as it is: punctuation and keys known to need no escaping.
    pub fn raw(&mut self, text: &str) {
        self.buf.extend_from_slice(text.as_bytes());
    }

    /// Appends `text` as a JSON string, quoted and escaped.
    pub fn string(&mut self, text: &str) {
        self.buf.push(b'"');
        let bytes = text.as_bytes();
        let mut run = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0x00..=0x1f => b"",
                _ => continue,
            };
            self.buf.extend_from_slice(&bytes[run..i]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.buf.extend_from_slice(b"\\u00");
                self.buf.push(HEX[usize::from(b >> 4)]);
                self.buf.push(HEX[usize::from(b & 0xf)]);
            } else {
                self.buf.extend_from_slice(escape);
            }
            run = i + 1;
        }
        self.buf.extend_from_slice(&bytes[run..]);
        self.buf.push(b'"');
    }

    /// Appends a whole number.
    pub fn uint(&mut self, n: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.buf.extend_from_slice(&digits[at..]);
    }

    /// Appends a signed whole number.
    pub fn int(&mut self, n: i64) {
        if n < 0 {
            self.buf.push(b'-');
        }
        self.uint(n.unsigned_abs());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let all: String = (0u8..0x80).map(char::from).collect();
        for text in [
            "",
            "plain",
            "“curly” quotes, 😀 and 東京",
            "tab\tnew\nline\r\u{8}\u{c}\u{1}\u{1f}\u{7f}",
            "\"quoted\" \\ back",
            all.as_str(),
        ] {
            let mut out = JsonOut::default();
            out.string(text);
            let expected = serde_json::to_string(text).unwrap_or_default();
            assert_eq!(String::from_utf8_lossy(&out.buf), expected, "{text:?}");
        }
    }

    #[test]
    fn numbers_are_written_in_full() {
        for n in [0i64, 7, 10, 99, 1_234_567, -1, -40, i64::MAX, i64::MIN] {
            let mut out = JsonOut::default();
            out.int(n);
            assert_eq!(String::from_utf8_lossy(&out.buf), n.to_string());
        }
        let mut out = JsonOut::default();
        out.uint(u64::MAX);
        assert_eq!(String::from_utf8_lossy(&out.buf), u64::MAX.to_string());
    }
}
