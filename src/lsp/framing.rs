//! A guard between the client's byte stream and tower-lsp-server: only well-formed JSON-RPC
//! messages get through.
//!
//! tower-lsp-server stops reading at the first message its codec cannot decode (tokio-util's
//! `FramedRead` ends the stream after a decoder error), so one malformed message would end
//! the server. Here every frame is read and checked first; a frame that is not JSON, not a
//! JSON-RPC message, or has no usable `Content-Length` is replaced by a
//! `copydesk/invalidMessage` request that the server answers with the JSON-RPC error the
//! client should see (-32700 parse error, -32600 invalid request). The same route answers a
//! `$/` request the server does not know with -32601, which tower-lsp-server would leave
//! unanswered.
//!
//! Limits, so that a hostile or broken client cannot take the server's memory or its input:
//! - A body may be at most [`MAX_MESSAGE_BYTES`] (64 MiB: a 10 MB draft escaped as JSON is
//!   about 11 MB). A longer one is never allocated: it is answered at once with -32600 (id
//!   null, as the id is inside the unread body), then its bytes are read and dropped.
//! - A header line keeps at most its last [`MAX_HEADER_LINE`] bytes, so a stream without line
//!   breaks cannot grow a buffer either.
//!
//! Recovery when a `Content-Length` lies: a body shorter than announced swallows the start of
//! the next message, and a body that is announced as too long swallows whatever follows. Both
//! are caught by the same observation: a header (`Content-Length: 123` followed by a line break)
//! can never occur inside valid JSON, as JSON strings cannot hold a raw line break and letters
//! outside strings are not JSON. So a body that fails to parse is searched for the start of a
//! header (or ends with the first letters of one), and those bytes are read again as the next
//! message; a body being dropped for its length stops where a complete header begins. Only
//! the messages whose own bytes were cut are lost, each answered with a parse error. A frame
//! is complete only when its bytes arrive: the server never times out a slow client.

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWriteExt, BufReader, DuplexStream};
use tower_lsp_server::jsonrpc::{ErrorCode, Request, Response};

/// The method that carries a rejected message's error to the server.
pub const INVALID_MESSAGE: &str = "copydesk/invalidMessage";

/// The largest message body accepted; a longer one is dropped unread and answered with an
/// error.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024 * 1024;

/// The most of one header line kept (its end, where a header after garbage would be).
pub const MAX_HEADER_LINE: usize = 4 * 1024;

/// The part of a header line that gives the body's length.
const CONTENT_LENGTH: &[u8] = b"Content-Length:";

/// A message as tower-lsp-server's codec reads one (its own type is private): a body passes
/// the guard only if it reads as this, since the codec stops the server at any other.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Message {
    Response(#[allow(dead_code)] Response),
    Request(Request),
}

/// What a rejected message is answered with, as `copydesk/invalidMessage` params.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Rejection {
    pub code: i64,
    pub message: String,
}

/// Checks the messages read from `input` and passes them on through the returned stream.
pub fn guard<I>(input: I) -> DuplexStream
where
    I: AsyncRead + Unpin + Send + 'static,
{
    let (mut checked, out) = tokio::io::duplex(256 * 1024);
    tokio::spawn(async move {
        let mut input = Input::new(input);
        while let Some(frame) = read_frame(&mut input).await {
            let body = match &frame {
                Frame::Body(body) => check(body, &mut input),
                Frame::Rejected(rejection) => rejected(Value::Null, rejection.clone()),
                Frame::TooLong(length) => rejected(Value::Null, too_long(*length)),
            };
            let header = format!("Content-Length: {}\r\n\r\n", body.len());
            let written = async {
                checked.write_all(header.as_bytes()).await?;
                checked.write_all(&body).await?;
                checked.flush().await
            };
            if written.await.is_err() {
                break; // the server stopped reading: it has exited
            }
            if let Frame::TooLong(length) = frame
                && input.skip(length).await.is_err()
            {
                break;
            }
        }
    });
    out
}

/// One frame read from the client.
#[derive(Debug, PartialEq)]
enum Frame {
    /// A body of the announced length (not yet checked).
    Body(Vec<u8>),
    /// A frame that cannot be read as one (no usable `Content-Length`).
    Rejected(Rejection),
    /// A body announced longer than [`MAX_MESSAGE_BYTES`]; its bytes are still to be dropped.
    TooLong(usize),
}

/// The client's bytes, with room to read some of them again.
struct Input<R> {
    reader: BufReader<R>,
    /// Bytes given back by [`Input::unread`], read before the reader's; `again[at..]` is left.
    again: Vec<u8>,
    at: usize,
}

impl<R: AsyncRead + Unpin> Input<R> {
    fn new(reader: R) -> Self {
        Input {
            reader: BufReader::with_capacity(256 * 1024, reader),
            again: Vec::new(),
            at: 0,
        }
    }

    /// Makes `bytes` the next bytes read.
    fn unread(&mut self, bytes: &[u8]) {
        let mut again = bytes.to_vec();
        again.extend_from_slice(&self.again[self.at..]);
        self.again = again;
        self.at = 0;
    }

    /// The next bytes available (empty at the end of input).
    async fn available(&mut self) -> std::io::Result<&[u8]> {
        if self.at < self.again.len() {
            return Ok(&self.again[self.at..]);
        }
        self.reader.fill_buf().await
    }

    /// Marks `n` bytes of [`Input::available`] as read.
    fn consume(&mut self, n: usize) {
        if self.at < self.again.len() {
            self.at += n;
            if self.at == self.again.len() {
                self.again = Vec::new();
                self.at = 0;
            }
        } else {
            self.reader.consume(n);
        }
    }

    /// The next line, without its line break, keeping at most its last [`MAX_HEADER_LINE`]
    /// bytes; `None` at the end of input.
    async fn line(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        let mut line = Vec::new();
        let mut any = false;
        loop {
            let available = self.available().await?;
            if available.is_empty() {
                return Ok(any.then_some(line));
            }
            any = true;
            let (taken, ended) = match memchr::memchr(b'\n', available) {
                Some(at) => (at + 1, true),
                None => (available.len(), false),
            };
            line.extend_from_slice(&available[..taken]);
            self.consume(taken);
            if line.len() > MAX_HEADER_LINE {
                line.drain(..line.len() - MAX_HEADER_LINE);
            }
            if ended {
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                return Ok(Some(line));
            }
        }
    }

    /// The next `length` bytes; `None` when the input ends first.
    async fn exactly(&mut self, length: usize) -> std::io::Result<Option<Vec<u8>>> {
        // Grown as bytes arrive, so a length that is announced but never sent costs nothing.
        let mut body = Vec::with_capacity(length.min(1024 * 1024));
        while body.len() < length {
            let available = self.available().await?;
            if available.is_empty() {
                return Ok(None);
            }
            let taken = available.len().min(length - body.len());
            body.extend_from_slice(&available[..taken]);
            self.consume(taken);
        }
        Ok(Some(body))
    }

    /// Drops up to `length` bytes, stopping early where a complete header begins.
    async fn skip(&mut self, length: usize) -> std::io::Result<()> {
        let mut left = length;
        // The end of the bytes dropped so far, in case a header starts across two reads.
        let mut tail: Vec<u8> = Vec::new();
        while left > 0 {
            let available = self.available().await?;
            if available.is_empty() {
                return Ok(());
            }
            let taken = available.len().min(left);
            let mut window = std::mem::take(&mut tail);
            window.extend_from_slice(&available[..taken]);
            self.consume(taken);
            left -= taken;
            if let Some(at) = header_start(&window) {
                // From `at` on, the bytes (some perhaps from the previous read) are read again.
                self.unread(&window[at..]);
                return Ok(());
            }
            let keep = window.len().min(HEADER_PROBE);
            tail = window[window.len() - keep..].to_vec();
        }
        // The announced length may end inside the next message's header.
        if let Some(at) = swallowed_header(&tail) {
            self.unread(&tail[at..]);
        }
        Ok(())
    }
}

/// How many bytes a complete header line is looked for in: "Content-Length:", spaces, up to
/// 20 digits and a line break.
const HEADER_PROBE: usize = 64;

/// Where the first complete `Content-Length: N` header line in `bytes` begins.
fn header_start(bytes: &[u8]) -> Option<usize> {
    memchr::memmem::find_iter(bytes, CONTENT_LENGTH).find(|&at| {
        let rest = &bytes[at + CONTENT_LENGTH.len()..];
        let rest = trim_blanks(rest);
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let after = trim_blanks(&rest[digits..]);
        digits > 0 && matches!(after, [b'\n', ..] | [b'\r', b'\n', ..])
    })
}

fn trim_blanks(bytes: &[u8]) -> &[u8] {
    let blanks = bytes
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    &bytes[blanks..]
}

/// Reads one frame; `None` at the end of input (or when it fails).
async fn read_frame<R: AsyncRead + Unpin>(input: &mut Input<R>) -> Option<Frame> {
    let mut length: Option<Result<usize, ()>> = None;
    let mut saw_header = false;
    loop {
        let content = input.line().await.ok()??;
        if content.is_empty() {
            if saw_header {
                break;
            }
            continue; // stray blank lines between messages
        }
        saw_header = true;
        // Garbage left before a header (the tail of a body shorter than announced, say) is
        // skipped: the last `Content-Length:` on the line is the real one.
        if let Some(at) = memchr::memmem::rfind(&content, CONTENT_LENGTH) {
            let value = &content[at + CONTENT_LENGTH.len()..];
            length = Some(
                std::str::from_utf8(value)
                    .ok()
                    .and_then(|v| v.trim().parse().ok())
                    .ok_or(()),
            );
        }
    }
    let length = match length {
        Some(Ok(length)) => length,
        Some(Err(())) => {
            return Some(Frame::Rejected(parse_error(
                "the Content-Length header is not a number",
            )));
        }
        None => {
            return Some(Frame::Rejected(parse_error(
                "the message has no Content-Length header",
            )));
        }
    };
    if length > MAX_MESSAGE_BYTES {
        return Some(Frame::TooLong(length));
    }
    input.exactly(length).await.ok()?.map(Frame::Body)
}

fn too_long(length: usize) -> Rejection {
    Rejection {
        code: ErrorCode::InvalidRequest.code(),
        message: format!("the message is {length} bytes; the most accepted is {MAX_MESSAGE_BYTES}"),
    }
}

/// The body itself when tower-lsp-server can take it, else a stand-in carrying the error.
/// A body that is not JSON gives back to `input` any header it swallowed (see the module
/// comment).
fn check<R: AsyncRead + Unpin>(body: &[u8], input: &mut Input<R>) -> Vec<u8> {
    match serde_json::from_slice::<Message>(body) {
        Ok(Message::Response(_)) => return body.to_vec(),
        Ok(Message::Request(request)) => {
            let unknown_dollar_request = request.id().is_some()
                && request.method().starts_with("$/")
                && request.method() != "$/cancelRequest";
            if !unknown_dollar_request {
                return body.to_vec();
            }
            let id = serde_json::to_value(request.id()).unwrap_or(Value::Null);
            return rejected(
                id,
                Rejection {
                    code: ErrorCode::MethodNotFound.code(),
                    message: format!("unknown method {}", request.method()),
                },
            );
        }
        Err(_) => {}
    }
    match serde_json::from_slice::<Value>(body) {
        Err(error) => {
            if let Some(at) = swallowed_header(body) {
                input.unread(&body[at..]);
            }
            rejected(
                Value::Null,
                parse_error(&format!("the message is not JSON: {error}")),
            )
        }
        Ok(value) => {
            // Answer with the message's own id when JSON-RPC allows it (a string or an
            // integer: tower-lsp-server stops reading at a message whose id is 3.5).
            let id = match value.get("id") {
                Some(id @ Value::String(_)) => id.clone(),
                Some(id @ Value::Number(n)) if n.is_i64() => id.clone(),
                _ => Value::Null,
            };
            let rejection = Rejection {
                code: ErrorCode::InvalidRequest.code(),
                message: "the message is not a JSON-RPC 2.0 request, notification or response"
                    .to_string(),
            };
            rejected(id, rejection)
        }
    }
}

/// Where the next message's header begins inside a body that is not JSON: the first
/// `Content-Length:`, or else a tail of the body that is the start of one.
fn swallowed_header(body: &[u8]) -> Option<usize> {
    if let Some(at) = memchr::memmem::find(body, CONTENT_LENGTH) {
        return Some(at);
    }
    (1..CONTENT_LENGTH.len())
        .rev()
        .find(|&n| body.ends_with(&CONTENT_LENGTH[..n]))
        .map(|n| body.len() - n)
}

fn rejected(id: Value, rejection: Rejection) -> Vec<u8> {
    json!({"jsonrpc": "2.0", "id": id, "method": INVALID_MESSAGE, "params": rejection})
        .to_string()
        .into_bytes()
}

fn parse_error(message: &str) -> Rejection {
    Rejection {
        code: ErrorCode::ParseError.code(),
        message: message.to_string(),
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    async fn frames(input: Vec<u8>) -> Vec<Value> {
        let mut out = guard(std::io::Cursor::new(input));
        let mut all = Vec::new();
        let _ = out.read_to_end(&mut all).await;
        let mut reader = Input::new(&all[..]);
        let mut messages = Vec::new();
        while let Some(Frame::Body(body)) = read_frame(&mut reader).await {
            messages.push(serde_json::from_slice(&body).unwrap_or(Value::Null));
        }
        messages
    }

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    const INITIALIZED: &str = r#"{"jsonrpc":"2.0","method":"initialized"}"#;

    fn codes(messages: &[Value]) -> Vec<Value> {
        messages
            .iter()
            .map(|m| m["params"]["code"].clone())
            .collect()
    }

    #[tokio::test]
    async fn good_messages_pass_unchanged() {
        let input = framed(INITIALIZED).into_bytes();
        assert_eq!(
            frames(input).await,
            vec![json!({"jsonrpc": "2.0", "method": "initialized"})]
        );
    }

    #[tokio::test]
    async fn bad_json_becomes_a_parse_error_and_reading_goes_on() {
        let input = b"Content-Length: 5\r\n\r\n{oops\
                      Content-Length: nonsense\r\n\r\n\
                      Content-Length: 7\r\n\r\n[1,2,3]\
                      Content-Length: 40\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"}";
        let messages = frames(input.to_vec()).await;
        assert_eq!(
            codes(&messages),
            vec![json!(-32700), json!(-32700), json!(-32600), Value::Null]
        );
        assert!(
            messages[..3]
                .iter()
                .all(|m| m["method"] == json!(INVALID_MESSAGE) && m["id"].is_null())
        );
        assert_eq!(messages[3]["method"], json!("initialized"));
    }

    #[tokio::test]
    async fn invalid_requests_keep_their_id() {
        let input = b"Content-Length: 36\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":12}";
        let messages = frames(input.to_vec()).await;
        assert_eq!(messages[0]["id"], json!(7));
        assert_eq!(messages[0]["params"]["code"], json!(-32600));
    }

    #[tokio::test]
    async fn ids_json_rpc_does_not_allow_are_answered_as_null() {
        for id in ["3.5", "1e3", "18446744073709551615", "[1]", "{}", "true"] {
            let body = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"shutdown"}}"#);
            let messages = frames(framed(&body).into_bytes()).await;
            assert_eq!(messages[0]["id"], Value::Null, "{id}");
            assert_eq!(messages[0]["params"]["code"], json!(-32600), "{id}");
        }
    }

    #[tokio::test]
    async fn unknown_dollar_requests_get_method_not_found() {
        let input =
            b"Content-Length: 45\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"$/nothing\"}";
        let messages = frames(input.to_vec()).await;
        assert_eq!(messages[0]["params"]["code"], json!(-32601));
        assert_eq!(messages[0]["id"], json!(3));
    }

    #[tokio::test]
    async fn a_body_shorter_than_announced_costs_only_itself() {
        // Announced 60, sent 20: the 40 bytes taken from the next message are read again.
        for cut in [0, 3, 10, 15, 16, 20, 23, 40] {
            let next = framed(INITIALIZED);
            let mut input = format!("Content-Length: {}\r\n\r\n", 20 + cut).into_bytes();
            input.extend_from_slice(br#"{"jsonrpc":"2.0","id"#);
            input.extend_from_slice(next.as_bytes());
            input.extend_from_slice(next.as_bytes());
            let messages = frames(input).await;
            let last = messages.last().cloned().unwrap_or_default();
            assert_eq!(
                last["method"],
                json!("initialized"),
                "cut {cut}: {messages:?}"
            );
            assert!(messages.len() >= 2, "cut {cut}: {messages:?}");
            assert_eq!(messages[0]["params"]["code"], json!(-32700), "cut {cut}");
        }
    }

    #[tokio::test]
    async fn a_body_cut_inside_the_next_header_is_recovered() {
        let next = framed(INITIALIZED);
        // The bad body swallows "Content-Le" of the next header.
        let mut input = b"Content-Length: 14\r\n\r\n{oopsContent-Le".to_vec();
        input.extend_from_slice(&next.as_bytes()["Content-Le".len()..]);
        let messages = frames(input).await;
        assert_eq!(codes(&messages), vec![json!(-32700), Value::Null]);
        assert_eq!(messages[1]["method"], json!("initialized"));
    }

    #[tokio::test]
    async fn an_announced_100_mb_body_is_refused_at_once_and_not_allocated() {
        let mut input = b"Content-Length: 104857600\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,".to_vec();
        input.extend_from_slice(framed(INITIALIZED).as_bytes());
        let messages = frames(input).await;
        assert_eq!(codes(&messages), vec![json!(-32600), Value::Null]);
        assert_eq!(messages[1]["method"], json!("initialized"));
    }

    #[tokio::test]
    async fn a_long_body_is_dropped_in_full_when_it_holds_no_header() {
        // JSON cannot hold a header line, so a real oversized message is dropped whole, even
        // when its text mentions one.
        let head = br#"{"jsonrpc":"2.0","method":"x","params":"Content-Length: 12 "#;
        let length = head.len() + MAX_MESSAGE_BYTES + 2;
        let mut input = format!("Content-Length: {length}\r\n\r\n").into_bytes();
        input.extend_from_slice(head);
        input.resize(input.len() + MAX_MESSAGE_BYTES, b'a');
        input.extend_from_slice(br#""}"#);
        input.extend_from_slice(framed(INITIALIZED).as_bytes());
        let messages = frames(input).await;
        assert_eq!(codes(&messages), vec![json!(-32600), Value::Null]);
    }

    #[tokio::test]
    async fn a_stream_without_line_breaks_keeps_a_bounded_line() {
        let mut input = vec![b'x'; 3 * MAX_HEADER_LINE];
        input.extend_from_slice(framed(INITIALIZED).as_bytes());
        let messages = frames(input).await;
        assert_eq!(messages[0]["method"], json!("initialized"), "{messages:?}");
    }

    #[tokio::test]
    async fn invalid_utf8_is_a_parse_error() {
        let mut input = b"Content-Length: 46\r\n\r\n".to_vec();
        input.extend_from_slice(b"{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":\"\xff\xfe\"}");
        input.extend_from_slice(framed(INITIALIZED).as_bytes());
        let messages = frames(input).await;
        assert_eq!(codes(&messages), vec![json!(-32700), Value::Null]);
    }

    #[test]
    fn a_header_is_found_only_when_complete() {
        assert_eq!(header_start(b"xxContent-Length: 12\r\n"), Some(2));
        assert_eq!(header_start(b"Content-Length:12\n"), Some(0));
        assert_eq!(header_start(b"Content-Length: 12"), None);
        assert_eq!(header_start(b"Content-Length: x\r\n"), None);
        assert_eq!(swallowed_header(b"{oopsConte"), Some(5));
        assert_eq!(swallowed_header(b"{oops}"), None);
    }
}
