//! A JSON writer for the outputs made in bulk: a keystroke's `publishDiagnostics` (hundreds
//! of diagnostics on every edit) and `copydesk check --format json` (megabytes for a desk's
//! folder). serde_json's serialiser spends about twenty instructions per byte written on
//! such flat records; this writer appends the few shapes they need straight into one buffer,
//! and copies runs of text that need no escaping in one go. Its strings are escaped exactly
//! as serde_json escapes them, so the outputs stay byte for byte what they were.

/// The bytes a JSON string cannot hold as they are: control characters, quote, backslash.
static NEEDS_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// Where the first byte of `bytes` that a JSON string cannot hold is, if anywhere: eight
/// bytes at a time (most strings have none), then byte by byte in the eight that have one.
fn first_to_escape(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // Some byte of `x` is below `n` (n at most 0x80): the bit tricks of "has a zero byte".
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH != 0;
    let mut at = 0;
    for chunk in bytes.chunks_exact(8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_ne_bytes(word);
        if below(x, 0x20)
            || below(x ^ (ONES * u64::from(b'"')), 1)
            || below(x ^ (ONES * u64::from(b'\\')), 1)
        {
            break;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| NEEDS_ESCAPE[usize::from(b)])
        .map(|k| at + k)
}

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
        let bytes = text.as_bytes();
        self.buf.reserve(bytes.len() + 2);
        self.buf.push(b'"');
        let mut run = 0;
        while let Some(k) = first_to_escape(&bytes[run..]) {
            let i = run + k;
            self.buf.extend_from_slice(&bytes[run..i]);
            self.escape(bytes[i]);
            run = i + 1;
        }
        self.buf.extend_from_slice(&bytes[run..]);
        self.buf.push(b'"');
    }

    fn escape(&mut self, b: u8) {
        let short: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            _ => b"",
        };
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            self.buf.extend_from_slice(b"\\u00");
            self.buf.push(HEX[usize::from(b >> 4)]);
            self.buf.push(HEX[usize::from(b & 0xf)]);
        } else {
            self.buf.extend_from_slice(short);
        }
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

/// A JSON number as `copydesk check` prints it: whole values without a fraction (`14400`,
/// not `14400.0`), others as serde_json writes them, and null for what JSON cannot hold
/// (infinities, NaN).
impl JsonOut {
    pub fn number(&mut self, value: f64) {
        if !value.is_finite() {
            self.raw("null");
        } else if let Some(whole) = whole_number(value) {
            self.int(whole);
        } else if serde_json::to_writer(&mut self.buf, &value).is_err() {
            self.raw("null");
        }
    }

    /// A string, or null.
    pub fn optional_string(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.string(text),
            None => self.raw("null"),
        }
    }

    /// A number, or null.
    pub fn optional_number(&mut self, value: Option<f64>) {
        match value {
            Some(value) => self.number(value),
            None => self.raw("null"),
        }
    }

    /// Starts an object or array at nesting `depth`, pretty-printed as serde_json's
    /// `to_vec_pretty` prints it (two spaces a level; `{}` and `[]` when empty).
    pub fn pretty(&mut self, array: bool, depth: usize) -> Pretty<'_> {
        Pretty {
            out: self,
            depth,
            array,
            empty: true,
        }
    }
}

impl JsonOut {
    /// Starts a run of an array's items at nesting `depth` written apart from the array (on
    /// another thread): each item as it would follow an earlier one. [`Pretty::append`]
    /// adds the run to the array.
    pub fn items_apart(&mut self, depth: usize) -> Pretty<'_> {
        Pretty {
            out: self,
            depth,
            array: true,
            empty: false,
        }
    }
}

/// `value` as a whole number when it is one and an `f64` holds it exactly (below 2^53):
/// such values print without a fraction (`14400`, not `14400.0`).
pub fn whole_number(value: f64) -> Option<i64> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every whole f64 below is exact.
    (value.is_finite() && value.fract() == 0.0 && value.abs() < EXACT).then_some(value as i64)
}

/// An object or array being written pretty-printed: [`Pretty::key`] or [`Pretty::item`] before
/// each value, [`Pretty::end`] after the last.
pub struct Pretty<'a> {
    out: &'a mut JsonOut,
    depth: usize,
    array: bool,
    empty: bool,
}

impl Pretty<'_> {
    /// Opens the next member of an object: the writer is ready for its value.
    /// The key is one of the writer's own names, which never need escaping.
    pub fn key(&mut self, key: &str) -> &mut JsonOut {
        self.next();
        let buf = &mut self.out.buf;
        buf.reserve(key.len() + 4);
        buf.push(b'"');
        buf.extend_from_slice(key.as_bytes());
        buf.extend_from_slice(b"\": ");
        self.out
    }

    /// Opens the next item of an array: the writer is ready for it.
    pub fn item(&mut self) -> &mut JsonOut {
        self.next();
        self.out
    }

    /// Adds a run of items written with [`JsonOut::items_apart`] at this array's depth by
    /// writing the JSON so far, then the run, to `w` (the run is not copied into this
    /// buffer): what reaches `w`, and after it what is written here later, reads as if the
    /// items had been written into the array one by one.
    pub fn write_run(
        &mut self,
        items: &JsonOut,
        w: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let Some(rest) = items.buf.strip_prefix(b",") else {
            return Ok(());
        };
        // The run's first item is written as a later one (",\n"); the array's first opens
        // it ("[\n") instead.
        let open = if std::mem::take(&mut self.empty) {
            b'['
        } else {
            b','
        };
        self.out.buf.push(open);
        w.write_all(&self.out.buf)?;
        self.out.buf.clear();
        w.write_all(rest)
    }

    /// The depth of the values written inside (for nested objects and arrays).
    pub fn inner(&self) -> usize {
        self.depth + 1
    }

    /// Closes the object or array.
    pub fn end(self) {
        let close = if self.array { "]" } else { "}" };
        if self.empty {
            self.out.raw(if self.array { "[]" } else { "{}" });
            return;
        }
        self.out.buf.push(b'\n');
        indent(self.out, self.depth);
        self.out.raw(close);
    }

    fn next(&mut self) {
        let open = match (std::mem::take(&mut self.empty), self.array) {
            (true, true) => b'[',
            (true, false) => b'{',
            (false, _) => b',',
        };
        self.out.buf.push(open);
        // The line break and the indentation in one copy (twice a key's or an item's
        // punctuation and indentation were written piece by piece).
        match BREAK.get(..1 + 2 * (self.depth + 1)) {
            Some(line) => self.out.buf.extend_from_slice(line),
            None => {
                self.out.buf.push(b'\n');
                indent(self.out, self.depth + 1);
            }
        }
    }
}

/// A line break and the indentation of up to 32 levels.
const BREAK: &[u8; 65] = b"\n                                                                ";

fn indent(out: &mut JsonOut, depth: usize) {
    const SPACES: &[u8; 32] = b"                                ";
    let mut left = 2 * depth;
    while left > 0 {
        let n = left.min(SPACES.len());
        out.buf.extend_from_slice(&SPACES[..n]);
        left -= n;
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
    fn every_byte_that_needs_escaping_is_found_wherever_it_stands() {
        for b in 0u8..=0x7f {
            for at in 0..20 {
                let mut text = vec![b'a'; 20];
                text[at] = b;
                text.extend_from_slice("é…".as_bytes());
                let text = String::from_utf8_lossy(&text).into_owned();
                let mut out = JsonOut::default();
                out.string(&text);
                let expected = serde_json::to_string(&text).unwrap_or_default();
                assert_eq!(String::from_utf8_lossy(&out.buf), expected, "{b} at {at}");
            }
        }
    }

    #[test]
    fn pretty_printing_is_serde_jsons() {
        let mut out = JsonOut::default();
        // Keys in alphabetical order, as `json!` without `preserve_order` keeps them.
        let mut top = out.pretty(false, 0);
        top.key("a").uint(1);
        let depth = top.inner();
        top.key("empty").pretty(false, depth).end();
        top.key("inf").number(f64::INFINITY);
        let mut list = top.key("list").pretty(true, depth);
        list.item().string("x");
        let depth = list.inner();
        let mut inner = list.item().pretty(false, depth);
        inner.key("n").number(2.5);
        inner.key("none").optional_string(None);
        inner.end();
        list.item().pretty(true, depth).end();
        list.end();
        top.key("whole").number(14400.0);
        top.end();
        let expected = serde_json::json!({
            "a": 1, "list": ["x", {"n": 2.5, "none": null}, []], "empty": {},
            "whole": 14400, "inf": null
        });
        let expected = serde_json::to_vec_pretty(&expected).unwrap_or_default();
        assert_eq!(
            String::from_utf8_lossy(&out.buf),
            String::from_utf8_lossy(&expected)
        );
    }

    #[test]
    fn deep_nesting_is_indented_as_serde_json_indents_it() {
        let mut value = serde_json::json!(1);
        for _ in 0..40 {
            value = serde_json::json!([value]);
        }
        fn write(out: &mut JsonOut, value: &serde_json::Value, depth: usize) {
            match value.as_array() {
                Some(items) => {
                    let mut list = out.pretty(true, depth);
                    for item in items {
                        let inner = list.inner();
                        write(list.item(), item, inner);
                    }
                    list.end();
                }
                None => out.uint(1),
            }
        }
        let mut out = JsonOut::default();
        write(&mut out, &value, 0);
        let expected = serde_json::to_vec_pretty(&value).unwrap_or_default();
        assert_eq!(
            String::from_utf8_lossy(&out.buf),
            String::from_utf8_lossy(&expected)
        );
    }

    #[test]
    fn items_written_apart_read_as_written_in_place() {
        let write = |list: &mut Pretty<'_>, n: u64| {
            let depth = list.inner();
            let mut item = list.item().pretty(false, depth);
            item.key("n").uint(n);
            item.end();
        };
        let mut whole = JsonOut::default();
        let mut list = whole.pretty(true, 1);
        (0..5).for_each(|n| write(&mut list, n));
        list.end();
        let mut apart = JsonOut::default();
        let mut written = Vec::new();
        let mut list = apart.pretty(true, 1);
        for run in [0..0, 0..2, 2..2, 2..5] {
            let mut part = JsonOut::default();
            let mut items = part.items_apart(1);
            run.for_each(|n| write(&mut items, n));
            assert!(list.write_run(&part, &mut written).is_ok());
        }
        list.end();
        written.extend_from_slice(&apart.buf);
        assert_eq!(
            String::from_utf8_lossy(&written),
            String::from_utf8_lossy(&whole.buf)
        );
        let mut none = JsonOut::default();
        let mut list = none.pretty(true, 1);
        assert!(list.write_run(&JsonOut::default(), &mut written).is_ok());
        list.end();
        assert_eq!(none.buf, b"[]");
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
