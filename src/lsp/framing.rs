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

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream};
use tower_lsp_server::jsonrpc::{ErrorCode, Request, Response};

/// The method that carries a rejected message's error to the server.
pub const INVALID_MESSAGE: &str = "copydesk/invalidMessage";

/// The largest message accepted; a larger one is skipped and answered with an error.
const MAX_MESSAGE_BYTES: usize = 512 * 1024 * 1024;

/// The part of a header line that gives the body's length.
const CONTENT_LENGTH: &[u8] = b"Content-Length:";

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
        let mut input = BufReader::with_capacity(256 * 1024, input);
        while let Some(frame) = read_frame(&mut input).await {
            let body = match frame {
                Ok(body) => check(body),
                Err(rejection) => rejected(Value::Null, rejection),
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
        }
    });
    out
}

/// Reads one frame: `Ok(body)`, `Err` for a frame that cannot be read as one, `None` at
/// the end of input.
async fn read_frame<R: AsyncRead + Unpin>(
    input: &mut BufReader<R>,
) -> Option<Result<Vec<u8>, Rejection>> {
    let mut length: Option<Result<usize, ()>> = None;
    let mut saw_header = false;
    loop {
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line).await.ok()? == 0 {
            return None;
        }
        let content = line.strip_suffix(b"\n").unwrap_or(&line);
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        if content.is_empty() {
            if saw_header {
                break;
            }
            continue; // stray blank lines between messages
        }
        saw_header = true;
        // Garbage left before a header (a body shorter than announced, say) is skipped.
        if let Some(at) = find(content, CONTENT_LENGTH) {
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
            return Some(Err(parse_error(
                "the Content-Length header is not a number",
            )));
        }
        None => return Some(Err(parse_error("the message has no Content-Length header"))),
    };
    if length > MAX_MESSAGE_BYTES {
        let skipped = tokio::io::copy(&mut input.take(length as u64), &mut tokio::io::sink())
            .await
            .ok()?;
        if skipped < length as u64 {
            return None;
        }
        return Some(Err(Rejection {
            code: ErrorCode::InvalidRequest.code(),
            message: format!(
                "the message is {length} bytes; the most accepted is {MAX_MESSAGE_BYTES}"
            ),
        }));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body).await.ok()?;
    Some(Ok(body))
}

/// The body itself when tower-lsp-server can take it, else a stand-in carrying the error.
fn check(body: Vec<u8>) -> Vec<u8> {
    if let Ok(request) = serde_json::from_slice::<Request>(&body) {
        let unknown_dollar_request = request.id().is_some()
            && request.method().starts_with("$/")
            && request.method() != "$/cancelRequest";
        if !unknown_dollar_request {
            return body;
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
    if serde_json::from_slice::<Response>(&body).is_ok() {
        return body;
    }
    match serde_json::from_slice::<Value>(&body) {
        Err(error) => rejected(
            Value::Null,
            parse_error(&format!("the message is not JSON: {error}")),
        ),
        Ok(value) => {
            // Answer with the message's own id when it has a usable one.
            let id = match value.get("id") {
                Some(id @ (Value::Number(_) | Value::String(_))) => id.clone(),
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

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn frames(input: &'static [u8]) -> Vec<Value> {
        let mut out = guard(input);
        let mut all = Vec::new();
        let _ = out.read_to_end(&mut all).await;
        let mut reader = BufReader::new(&all[..]);
        let mut messages = Vec::new();
        while let Some(Ok(body)) = read_frame(&mut reader).await {
            messages.push(serde_json::from_slice(&body).unwrap_or(Value::Null));
        }
        messages
    }

    #[tokio::test]
    async fn good_messages_pass_unchanged() {
        let input = b"Content-Length: 40\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"}";
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
        let messages = frames(input).await;
        let codes: Vec<Value> = messages
            .iter()
            .map(|m| m["params"]["code"].clone())
            .collect();
        assert_eq!(
            codes,
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
        let messages = frames(input).await;
        assert_eq!(messages[0]["id"], json!(7));
        assert_eq!(messages[0]["params"]["code"], json!(-32600));
    }

    #[tokio::test]
    async fn unknown_dollar_requests_get_method_not_found() {
        let input =
            b"Content-Length: 45\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"$/nothing\"}";
        let messages = frames(input).await;
        assert_eq!(messages[0]["params"]["code"], json!(-32601));
        assert_eq!(messages[0]["id"], json!(3));
    }
}
