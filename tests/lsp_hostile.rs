//! A hostile client over stdio: `copydesk lsp` is fed malformed framing, lying
//! `Content-Length`s, invalid UTF-8, an announced 100 MB body, requests out of order, edits
//! with reversed and out-of-range ranges, versions going backwards, and a thousand requests
//! cancelled in flight. After each sequence the server must still answer a normal request,
//! every message it sends must be spec-conformant JSON-RPC, its copy of every document must
//! equal the client's, and it must never panic.
//!
//! The harness here writes raw bytes and reads every message the server sends with a
//! per-message deadline (a guard against hangs, not a timing assertion); it checks each
//! message's shape as it arrives. The client's copy of a document is kept by an independent
//! model of the protocol's rules and of the server's documented clamping (see
//! `src/lsp/position.rs`).

use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::{Value, json};

/// The longest wait for any one message before the server counts as hung.
const PER_MESSAGE: Duration = Duration::from_secs(60);

/// A running `copydesk lsp` driven byte by byte.
struct Hostile {
    child: Child,
    stdin: Arc<Mutex<Option<ChildStdin>>>,
    incoming: Receiver<Value>,
    backlog: VecDeque<Value>,
    stderr: Option<JoinHandle<String>>,
    next_id: i64,
    /// "utf-8", "utf-16" or "utf-32", as negotiated.
    encoding: String,
    /// The client's copy of each open document: (version, text).
    documents: HashMap<String, (i64, String)>,
    /// Messages that broke JSON-RPC's rules.
    violations: Vec<String>,
}

impl Hostile {
    /// Starts the server without initializing it.
    fn spawn() -> Hostile {
        let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start copydesk: {e}"));
        let stdin = Arc::new(Mutex::new(child.stdin.take()));
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let mut stderr = child.stderr.take().unwrap_or_else(|| panic!("no stderr"));
        let (sender, incoming) = channel();
        let reply_to = Arc::clone(&stdin);
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                // Answer the server's own requests (configuration, registration) with null.
                if let (Some(id), Some(_)) = (message.get("id"), message.get("method")) {
                    let reply = json!({"jsonrpc": "2.0", "id": id, "result": null});
                    if let Ok(mut stdin) = reply_to.lock()
                        && let Some(stdin) = stdin.as_mut()
                    {
                        let _ = write_frame(stdin, reply.to_string().as_bytes());
                    }
                }
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let stderr = std::thread::spawn(move || {
            let mut all = String::new();
            let _ = stderr.read_to_string(&mut all);
            all
        });
        Hostile {
            child,
            stdin,
            incoming,
            backlog: VecDeque::new(),
            stderr: Some(stderr),
            next_id: 0,
            encoding: "utf-16".to_string(),
            documents: HashMap::new(),
            violations: Vec::new(),
        }
    }

    /// Starts the server and initializes it, offering `encodings`, with no debounce.
    fn start(encodings: &[&str]) -> Hostile {
        let mut server = Hostile::spawn();
        let response = server.request("initialize", initialize_params(encodings));
        let result = response
            .get("result")
            .unwrap_or_else(|| panic!("initialize failed: {response}"));
        if let Some(encoding) = result
            .pointer("/capabilities/positionEncoding")
            .and_then(Value::as_str)
        {
            server.encoding = encoding.to_string();
        }
        server.notify("initialized", json!({}));
        server
    }

    fn send_raw(&mut self, bytes: &[u8]) {
        let mut stdin = self.stdin.lock().unwrap_or_else(|e| e.into_inner());
        let Some(stdin) = stdin.as_mut() else {
            panic!("the server's input is closed")
        };
        stdin
            .write_all(bytes)
            .and_then(|()| stdin.flush())
            .unwrap_or_else(|e| panic!("cannot write to the server: {e}"));
    }

    fn send(&mut self, message: &Value) {
        let mut stdin = self.stdin.lock().unwrap_or_else(|e| e.into_inner());
        let Some(stdin) = stdin.as_mut() else {
            panic!("the server's input is closed")
        };
        write_frame(stdin, message.to_string().as_bytes())
            .unwrap_or_else(|e| panic!("cannot write to the server: {e}"));
    }

    fn send_request(&mut self, method: &str, params: Value) -> i64 {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.response(id)
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next message, checked for conformance; fails after [`PER_MESSAGE`] of silence.
    fn next_message(&mut self, waiting_for: &str) -> Value {
        match self.incoming.recv_timeout(PER_MESSAGE) {
            Ok(message) => {
                if let Err(why) = conformant(&message) {
                    self.violations.push(format!("{why}: {message}"));
                }
                message
            }
            Err(RecvTimeoutError::Timeout) => self.fail(&format!("hung: no {waiting_for}")),
            Err(RecvTimeoutError::Disconnected) => self.fail(&format!(
                "the server closed its output while the client waited for {waiting_for}"
            )),
        }
    }

    /// Waits for (and consumes) the first message `matches` accepts.
    fn wait_for(&mut self, what: &str, matches: impl Fn(&Value) -> bool) -> Value {
        if let Some(at) = self.backlog.iter().position(&matches) {
            return self.backlog.remove(at).unwrap_or_default();
        }
        loop {
            let message = self.next_message(what);
            if matches(&message) {
                return message;
            }
            self.backlog.push_back(message);
        }
    }

    fn response(&mut self, id: i64) -> Value {
        self.wait_for(&format!("response to request {id}"), |m| {
            m.get("method").is_none() && m.get("id") == Some(&json!(id))
        })
    }

    /// Waits for an error response with `code` and a null id (the answer to a message whose
    /// id could not be read).
    fn anonymous_error(&mut self, code: i64) -> Value {
        self.wait_for(&format!("an error {code} with id null"), |m| {
            m.get("method").is_none() && m["id"].is_null() && m["error"]["code"] == json!(code)
        })
    }

    fn log_message(&mut self, fragment: &str) -> String {
        let message = self.wait_for(&format!("a log message with {fragment:?}"), |m| {
            m["method"] == json!("window/logMessage")
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|text| text.contains(fragment))
        });
        message["params"]["message"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// Opens `uri` in the server and in the client's model.
    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}),
        );
        self.documents
            .insert(uri.to_string(), (1, text.to_string()));
    }

    /// Sends `didChange` with `changes` and applies them to the client's model.
    fn change(&mut self, uri: &str, version: i64, changes: Vec<Value>) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
        let encoding = self.encoding.clone();
        if let Some((current, text)) = self.documents.get_mut(uri) {
            for change in &changes {
                apply(text, change, &encoding);
            }
            *current = version;
        }
    }

    /// The server's copy of `uri`, or `None` when it has none.
    fn server_text(&mut self, uri: &str) -> Option<(i64, String)> {
        let response = self.request(
            "copydesk/documentText",
            json!({"textDocument": {"uri": uri}}),
        );
        let result = response
            .get("result")
            .unwrap_or_else(|| panic!("documentText failed: {response}"));
        if result.is_null() {
            return None;
        }
        Some((
            result["version"].as_i64().unwrap_or(-1),
            result["text"].as_str().unwrap_or_default().to_string(),
        ))
    }

    /// The server still serves: a normal request is answered, and every document it holds
    /// is the client's, version and text.
    fn still_serves(&mut self) {
        let response = self.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": "file:///never-opened.txt"}, "position": {"line": 0, "character": 0}}),
        );
        assert_eq!(response["result"], Value::Null, "{response}");
        let mut uris: Vec<String> = self.documents.keys().cloned().collect();
        uris.sort();
        for uri in uris {
            let expected = self.documents.get(&uri).cloned();
            assert_eq!(
                self.server_text(&uri),
                expected,
                "the server's copy of {uri}"
            );
        }
        assert!(self.violations.is_empty(), "{:#?}", self.violations);
    }

    /// Shuts the server down properly; checks its exit status and that it never panicked.
    fn finish(mut self) {
        self.still_serves();
        let id = self.send_request("shutdown", Value::Null);
        let response = self.response(id);
        assert_eq!(response["result"], Value::Null, "{response}");
        self.notify("exit", Value::Null);
        let status = self.wait_exit();
        assert_eq!(status.code(), Some(0));
        self.assert_no_panic();
    }

    fn wait_exit(&mut self) -> ExitStatus {
        let (sender, receiver) = channel();
        let pid = self.child.id();
        // The child is waited for on another thread so that a hang fails the test.
        let mut child = std::mem::replace(
            &mut self.child,
            Command::new("true")
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start `true`: {e}")),
        );
        std::thread::spawn(move || {
            let _ = sender.send(child.wait());
        });
        match receiver.recv_timeout(PER_MESSAGE) {
            Ok(Ok(status)) => status,
            Ok(Err(error)) => panic!("cannot wait for server {pid}: {error}"),
            Err(_) => self.fail("the server did not exit"),
        }
    }

    fn assert_no_panic(&mut self) {
        self.stdin.lock().unwrap_or_else(|e| e.into_inner()).take();
        let stderr = self
            .stderr
            .take()
            .and_then(|thread| thread.join().ok())
            .unwrap_or_default();
        assert!(
            !stderr.contains("panicked"),
            "the server panicked:\n{stderr}"
        );
    }

    fn fail(&self, why: &str) -> ! {
        let recent: Vec<String> = self
            .backlog
            .iter()
            .rev()
            .take(5)
            .map(|m| m.to_string().chars().take(300).collect())
            .collect();
        panic!("{why}\nlast messages: {recent:#?}");
    }
}

impl Drop for Hostile {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn initialize_params(encodings: &[&str]) -> Value {
    json!({
        "processId": null,
        "rootUri": null,
        "capabilities": {"general": {"positionEncodings": encodings}},
        "initializationOptions": {"copydesk": {"debounceMs": 0}},
    })
}

fn write_frame(writer: &mut impl Write, body: &[u8]) -> std::io::Result<()> {
    write!(writer, "Content-Length: {}\r\n\r\n", body.len())?;
    writer.write_all(body)?;
    writer.flush()
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length:") {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    Some(
        serde_json::from_slice(&body)
            .unwrap_or_else(|_| json!({"not json": String::from_utf8_lossy(&body)})),
    )
}

/// Checks one message from the server against JSON-RPC 2.0.
fn conformant(message: &Value) -> Result<(), &'static str> {
    if message["jsonrpc"] != json!("2.0") {
        return Err("no \"jsonrpc\": \"2.0\"");
    }
    let id = message.get("id");
    let id_ok = |id: &Value| id.is_null() || id.is_i64() || id.is_string();
    if let Some(method) = message.get("method") {
        if !method.is_string() {
            return Err("a method that is not a string");
        }
        if id.is_some_and(|id| !(id.is_i64() || id.is_string())) {
            return Err("a request id that is not a number or string");
        }
        return Ok(());
    }
    if !id.is_some_and(id_ok) {
        return Err("a response without a usable id");
    }
    match (message.get("result"), message.get("error")) {
        (Some(_), None) => Ok(()),
        (None, Some(error)) => {
            if !error["code"].is_i64() || !error["message"].is_string() {
                return Err("an error without an integer code and a message");
            }
            Ok(())
        }
        _ => Err("a response without exactly one of result and error"),
    }
}

/// The units `c` takes in a column of `encoding`.
fn units(c: char, encoding: &str) -> usize {
    match encoding {
        "utf-8" => c.len_utf8(),
        "utf-32" => 1,
        _ => c.len_utf16(),
    }
}

/// (start, end before the line break) of each line: lines end at `\n`, `\r\n` or `\r`.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        let width = match (bytes[i], bytes.get(i + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => 0,
        };
        if width > 0 {
            lines.push((start, i));
            start = i + width;
            i += width;
        } else {
            i += 1;
        }
    }
    lines.push((start, bytes.len()));
    lines
}

/// The byte offset a protocol position means, clamped as the server documents: past a
/// line's end is its end (before the break), past the last line is the end of the text,
/// inside a character is its start.
fn offset(text: &str, position: &Value, encoding: &str) -> usize {
    let line = position["line"].as_u64().unwrap_or(u64::MAX);
    let column = position["character"].as_u64().unwrap_or(u64::MAX);
    let Some((start, end)) = usize::try_from(line)
        .ok()
        .and_then(|l| lines(text).get(l).copied())
    else {
        return text.len();
    };
    let mut counted = 0u64;
    for (at, c) in text[start..end].char_indices() {
        counted += units(c, encoding) as u64;
        if counted > column {
            return start + at;
        }
    }
    end
}

/// Applies one protocol change to the client's text.
fn apply(text: &mut String, change: &Value, encoding: &str) {
    let new = change["text"].as_str().unwrap_or_default();
    match change.get("range") {
        None => *text = new.to_string(),
        Some(range) => {
            let a = offset(text, &range["start"], encoding);
            let b = offset(text, &range["end"], encoding);
            text.replace_range(a.min(b)..a.max(b), new);
        }
    }
}

fn range(start: (u64, u64), end: (u64, u64)) -> Value {
    json!({"start": {"line": start.0, "character": start.1},
           "end": {"line": end.0, "character": end.1}})
}

fn uri(name: &str) -> String {
    format!("file:///hostile/{name}")
}

const DRAFT: &str = "“Quoted” 😀 figures:\r\nThe ministry said 14,400 soldiers died.\n東京 held 300 tanks 👍🏽.\rMore than 2,000 people fled.\n";

#[test]
fn malformed_and_missing_content_length_get_parse_errors() {
    let mut server = Hostile::start(&["utf-16"]);
    server.open(&uri("a.txt"), DRAFT);
    for header in [
        &b"Content-Length: abc\r\n\r\n"[..],
        b"Content-Length: -5\r\n\r\n",
        b"Content-Length: 99999999999999999999999999\r\n\r\n",
        b"Content-Length:\r\n\r\n",
        b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
        b"Content-Length 12\r\n\r\n",
    ] {
        server.send_raw(header);
        server.anonymous_error(-32700);
        server.still_serves();
    }
    // A missing header with its body after it: the body is skipped as garbage.
    server.send_raw(
        b"\r\n\r\nX-Nothing: 1\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\"}",
    );
    server.anonymous_error(-32700);
    // Headers with bare line feeds, a zero length, and a length of plain garbage bytes.
    let body = br#"{"jsonrpc":"2.0","id":"lf","method":"copydesk/documentText","params":{"textDocument":{"uri":"file:///x"}}}"#;
    server.send_raw(format!("Content-Length: {}\n\n", body.len()).as_bytes());
    server.send_raw(body);
    let answer = server.wait_for("the answer to a request framed with bare LFs", |m| {
        m["id"] == json!("lf")
    });
    assert_eq!(answer["result"], Value::Null, "{answer}");
    server.send_raw(b"Content-Length: 0\r\n\r\n");
    server.anonymous_error(-32700);
    server.send_raw(b"Content-Length: 4\r\n\r\n\x00\x01\x02\x03");
    server.anonymous_error(-32700);
    server.finish();
}

#[test]
fn a_truncated_body_costs_only_itself() {
    let mut server = Hostile::start(&["utf-16"]);
    server.open(&uri("a.txt"), DRAFT);
    // Announced longer than sent, by less than a header, by a header, and by several
    // messages: the next request is still answered, whichever way the cut falls.
    for missing in [1, 5, 17, 30, 64, 200] {
        let body = br#"{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","par"#;
        server.send_raw(format!("Content-Length: {}\r\n\r\n", body.len() + missing).as_bytes());
        server.send_raw(body);
        // The client, waiting, sends its next requests; the server takes the first bytes it
        // needs, answers the cut message with a parse error, and serves the rest.
        let mut ids = Vec::new();
        for _ in 0..4 {
            ids.push(server.send_request(
                "copydesk/documentText",
                json!({"textDocument": {"uri": uri("a.txt")}}),
            ));
        }
        server.anonymous_error(-32700);
        let last = ids.last().copied().unwrap_or_default();
        let answer = server.response(last);
        assert_eq!(
            answer["result"]["text"],
            json!(DRAFT),
            "missing {missing}: {answer}"
        );
        server.still_serves();
    }
    server.finish();
}

#[test]
fn invalid_utf8_in_a_body_is_a_parse_error_and_changes_nothing() {
    let mut server = Hostile::start(&["utf-8"]);
    server.open(&uri("a.txt"), DRAFT);
    // A change whose text is not UTF-8 must not reach the document.
    let mut body = br#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///hostile/a.txt","version":2},"contentChanges":[{"text":""#.to_vec();
    body.extend_from_slice(b"\xff\xfe\xc3\x28 300 tanks");
    body.extend_from_slice(br#""}]}}"#);
    server.send_raw(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    server.send_raw(&body);
    server.anonymous_error(-32700);
    // A request whose id sits after invalid bytes: its id cannot be trusted, so null.
    let body = b"{\"jsonrpc\":\"2.0\",\"method\":\"\xe2\x82\",\"id\":5}";
    server.send_raw(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    server.send_raw(body);
    server.anonymous_error(-32700);
    // Overlong encodings and lone surrogates escaped in JSON.
    let body = br#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///hostile/b.txt","languageId":"plaintext","version":1,"text":"\ud800 300"}}}"#;
    server.send_raw(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    server.send_raw(body);
    server.still_serves();
    assert_eq!(server.server_text(&uri("b.txt")), None, "a lone surrogate");
    server.finish();
}

/// The server's peak resident memory in bytes (Linux), to show a body is not allocated.
fn peak_memory(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[test]
fn an_announced_100_mb_body_is_refused_at_once_without_allocating_it() {
    let mut server = Hostile::start(&["utf-16"]);
    server.open(&uri("a.txt"), DRAFT);
    let before = peak_memory(server.child.id());
    // Announced and never sent: the refusal comes at once, and the next message (which the
    // refused body would have swallowed) is served.
    server.send_raw(b"Content-Length: 104857600\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,");
    let refusal = server.anonymous_error(-32600);
    assert!(
        refusal["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("104857600")),
        "{refusal}"
    );
    server.still_serves();
    // Announced and sent in full (JSON cannot hold a header, so none is found in it): it is
    // read and dropped, and the server goes on.
    let mut body = br#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///hostile/huge.txt","languageId":"plaintext","version":1,"text":""#.to_vec();
    let filler = "The ministry said 300 tanks were lost. Content-Length: 12 ".repeat(2048);
    while body.len() < 100 * 1024 * 1024 {
        body.extend_from_slice(filler.as_bytes());
    }
    body.extend_from_slice(br#""}}}"#);
    server.send_raw(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    server.send_raw(&body);
    drop(body);
    server.anonymous_error(-32600);
    server.still_serves();
    assert_eq!(server.server_text(&uri("huge.txt")), None);
    if let (Some(before), Some(after)) = (before, peak_memory(server.child.id())) {
        println!("peak resident memory: {before} bytes before, {after} after");
        assert!(
            after < before + 50 * 1024 * 1024,
            "the refused body was allocated: peak {before} → {after} bytes"
        );
    }
    server.finish();
}

#[test]
fn requests_before_initialize_get_32002_and_notifications_are_dropped() {
    let mut server = Hostile::spawn();
    for (method, params) in [
        (
            "textDocument/hover",
            json!({"textDocument": {"uri": uri("a.txt")}, "position": {"line": 0, "character": 0}}),
        ),
        (
            "copydesk/documentText",
            json!({"textDocument": {"uri": uri("a.txt")}}),
        ),
        (
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri("a.txt")}}),
        ),
        ("shutdown", Value::Null),
    ] {
        let response = server.request(method, params);
        assert_eq!(
            response["error"]["code"],
            json!(-32002),
            "{method}: {response}"
        );
    }
    // tower-lsp-server routes a method it does not know before it looks at the state, so
    // that one is "method not found" rather than "not initialized"; an error either way.
    let response = server.request("copydesk/noSuchThing", json!({}));
    let code = response["error"]["code"].as_i64();
    assert!(matches!(code, Some(-32002 | -32601)), "{response}");
    // A document opened before initialize is not open afterwards (the notification is
    // dropped, as the protocol says).
    server.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri("early.txt"), "languageId": "plaintext", "version": 1, "text": "300 tanks"}}),
    );
    server.notify("initialized", json!({}));
    let response = server.request("initialize", initialize_params(&["utf-16"]));
    assert!(response.get("result").is_some(), "{response}");
    server.notify("initialized", json!({}));
    assert_eq!(server.server_text(&uri("early.txt")), None);
    server.finish();
}

#[test]
fn a_second_initialize_is_an_error_and_changes_nothing() {
    let mut server = Hostile::start(&["utf-8"]);
    server.open(&uri("a.txt"), DRAFT);
    let response = server.request("initialize", initialize_params(&["utf-16"]));
    assert_eq!(response["error"]["code"], json!(-32600), "{response}");
    // Still UTF-8: an edit at byte columns lands where the client meant it.
    let emoji_end = DRAFT.find("😀").unwrap_or_default() + "😀".len();
    server.change(
        &uri("a.txt"),
        2,
        vec![json!({"range": range((0, emoji_end as u64), (0, emoji_end as u64)), "text": "!"})],
    );
    server.still_serves();
    server.finish();
}

#[test]
fn notifications_for_unknown_documents_are_logged_and_ignored() {
    let mut server = Hostile::start(&["utf-16"]);
    server.open(&uri("a.txt"), DRAFT);
    let ghost = uri("ghost.txt");
    server.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": ghost, "version": 2}, "contentChanges": [{"text": "300 tanks"}]}),
    );
    server.log_message("not open");
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": ghost}}),
    );
    server.log_message("not open");
    server.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": ghost}, "text": "300"}),
    );
    // Closing twice: the second close is for a document no longer open.
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri("a.txt")}}),
    );
    server.documents.remove(&uri("a.txt"));
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri("a.txt")}}),
    );
    server.log_message("not open");
    assert_eq!(server.server_text(&ghost), None);
    // A change after the close does not resurrect the document.
    server.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri("a.txt"), "version": 3}, "contentChanges": [{"text": "x"}]}),
    );
    server.log_message("not open");
    assert_eq!(server.server_text(&uri("a.txt")), None);
    server.finish();
}

#[test]
fn reversed_and_out_of_range_ranges_keep_the_text_identical() {
    for encoding in ["utf-8", "utf-16", "utf-32"] {
        let mut server = Hostile::start(&[encoding]);
        let doc = uri("ranges.txt");
        server.open(&doc, DRAFT);
        let edits = [
            // reversed, across lines
            (range((1, 9), (0, 3)), "—"),
            // a column far past the end of a line
            (range((0, 1_000), (0, 4_000_000_000)), "😀"),
            // a line far past the end, and u32::MAX
            (
                range((99, 0), (4_294_967_295, 4_294_967_295)),
                "\r\n東京 400 tanks",
            ),
            // a column inside a surrogate pair or a multi-byte character
            (range((0, 13), (0, 14)), "x"),
            (range((2, 1), (2, 2)), "y"),
            // between the \r and \n of a CRLF (only reachable past a line's end)
            (range((0, 30), (1, 0)), "\r"),
            // an empty range at the very end, and a reversed one at the start
            (range((50, 50), (50, 50)), "\n"),
            (range((0, 2), (0, 0)), ""),
        ];
        let mut version = 1;
        for (at, text) in edits {
            version += 1;
            server.change(&doc, version, vec![json!({"range": at, "text": text})]);
            server.still_serves();
        }
        // Several changes in one notification, each on the text the previous one left.
        version += 1;
        server.change(
            &doc,
            version,
            vec![
                json!({"range": range((0, 0), (0, 0)), "text": "👍🏽\r"}),
                json!({"range": range((1, 3), (0, 1)), "text": "\u{2028}"}),
                json!({"text": "whole\r\ntext 😀 300"}),
                json!({"range": range((1, 6), (1, 7)), "text": "東"}),
            ],
        );
        server.still_serves();
        server.finish();
    }
}

#[test]
fn versions_going_backwards_are_applied_and_logged() {
    let mut server = Hostile::start(&["utf-16"]);
    let doc = uri("versions.txt");
    server.open(&doc, DRAFT);
    server.change(
        &doc,
        5,
        vec![json!({"range": range((0, 0), (0, 0)), "text": "A"})],
    );
    // The client's text is the truth: a change with an older (or equal) version is still
    // its edit, so it is applied, its version taken, and the oddity logged.
    server.change(
        &doc,
        3,
        vec![json!({"range": range((0, 0), (0, 0)), "text": "B"})],
    );
    let log = server.log_message("stale version");
    assert!(log.contains("got 3 after 5"), "{log}");
    server.change(
        &doc,
        3,
        vec![json!({"range": range((0, 1), (0, 1)), "text": "C"})],
    );
    server.log_message("got 3 after 3");
    server.change(
        &doc,
        -7,
        vec![json!({"range": range((1, 0), (1, 0)), "text": "D"})],
    );
    server.log_message("got -7 after 3");
    server.still_serves();
    let (version, text) = server.server_text(&doc).unwrap_or_default();
    assert_eq!(version, -7);
    assert!(text.starts_with("BCA"), "{text}");
    // Diagnostics follow the text: the newest version analysed is published with it.
    server.wait_for("diagnostics for version -7", |m| {
        m["method"] == json!("textDocument/publishDiagnostics")
            && m["params"]["version"] == json!(-7)
    });
    server.finish();
}

#[test]
fn a_thousand_requests_cancelled_in_flight_are_all_answered() {
    let mut server = Hostile::start(&["utf-16"]);
    let doc = uri("cancel.txt");
    server.open(&doc, &DRAFT.repeat(50));
    let at = json!({"line": 1, "character": 20});
    let mut ids = Vec::new();
    for i in 0..1000 {
        let (method, params) = match i % 4 {
            0 => (
                "textDocument/hover",
                json!({"textDocument": {"uri": doc}, "position": at}),
            ),
            1 => (
                "textDocument/documentSymbol",
                json!({"textDocument": {"uri": doc}}),
            ),
            2 => (
                "textDocument/references",
                json!({"textDocument": {"uri": doc}, "position": at, "context": {"includeDeclaration": true}}),
            ),
            _ => (
                "copydesk/documentText",
                json!({"textDocument": {"uri": doc}}),
            ),
        };
        ids.push(server.send_request(method, params));
    }
    for id in &ids {
        server.notify("$/cancelRequest", json!({"id": id}));
    }
    // Cancelling what was never sent, or with a bad id, is harmless.
    server.notify("$/cancelRequest", json!({"id": 999_999}));
    server.notify("$/cancelRequest", json!({"id": {"nested": true}}));
    server.notify("$/cancelRequest", json!({}));
    let (mut answered, mut cancelled) = (0, 0);
    for id in ids {
        let response = server.response(id);
        match (response.get("result"), response["error"]["code"].as_i64()) {
            (Some(_), None) => answered += 1,
            (None, Some(-32800)) => cancelled += 1,
            _ => panic!("request {id}: neither a result nor RequestCancelled: {response}"),
        }
    }
    println!("{answered} answered, {cancelled} cancelled");
    server.still_serves();
    server.finish();
}

#[test]
fn duplicate_ids_in_flight_each_get_an_answer() {
    let mut server = Hostile::start(&["utf-16"]);
    server.open(&uri("a.txt"), DRAFT);
    let request = json!({"jsonrpc": "2.0", "id": "same", "method": "copydesk/documentText",
                         "params": {"textDocument": {"uri": uri("a.txt")}}});
    for _ in 0..10 {
        server.send(&request);
    }
    for _ in 0..10 {
        let response = server.wait_for("an answer to a duplicate id", |m| {
            m.get("method").is_none() && m["id"] == json!("same")
        });
        assert!(
            response.get("result").is_some() || response["error"]["code"] == json!(-32600),
            "{response}"
        );
    }
    server.still_serves();
    server.finish();
}

#[test]
fn after_shutdown_requests_are_invalid_and_exit_ends_with_0() {
    let mut server = Hostile::start(&["utf-16"]);
    server.open(&uri("a.txt"), DRAFT);
    let response = server.request("shutdown", Value::Null);
    assert_eq!(response["result"], Value::Null, "{response}");
    for (method, params) in [
        (
            "copydesk/documentText",
            json!({"textDocument": {"uri": uri("a.txt")}}),
        ),
        ("shutdown", Value::Null),
        ("initialize", initialize_params(&["utf-16"])),
    ] {
        let response = server.request(method, params);
        assert_eq!(
            response["error"]["code"],
            json!(-32600),
            "{method}: {response}"
        );
    }
    // Notifications after shutdown are dropped; exit still ends the server.
    server.notify("textDocument/didChange", json!({"textDocument": {"uri": uri("a.txt"), "version": 9}, "contentChanges": [{"text": "x"}]}));
    server.notify("exit", Value::Null);
    assert_eq!(server.wait_exit().code(), Some(0));
    server.assert_no_panic();
    assert!(server.violations.is_empty(), "{:#?}", server.violations);
}

#[test]
fn exit_without_shutdown_and_end_of_input_end_with_1() {
    let mut server = Hostile::start(&["utf-16"]);
    server.open(&uri("a.txt"), DRAFT);
    server.notify("exit", Value::Null);
    assert_eq!(server.wait_exit().code(), Some(1));
    server.assert_no_panic();

    // End of input in the middle of a message.
    let mut server = Hostile::start(&["utf-16"]);
    server.send_raw(b"Content-Length: 500\r\n\r\n{\"jsonrpc\":");
    server
        .stdin
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take();
    assert_eq!(server.wait_exit().code(), Some(1));
    server.assert_no_panic();
}

#[test]
fn responses_and_garbage_json_rpc_from_the_client_are_survived() {
    let mut server = Hostile::start(&["utf-16"]);
    server.open(&uri("a.txt"), DRAFT);
    for body in [
        // responses to requests the server never sent
        json!({"jsonrpc": "2.0", "id": 424242, "result": {"x": 1}}),
        json!({"jsonrpc": "2.0", "id": "nope", "error": {"code": -1, "message": "x"}}),
        // wrong versions and shapes
        json!({"jsonrpc": "1.0", "id": 1, "method": "shutdown"}),
        json!({"id": 2, "method": "shutdown"}),
        json!({"jsonrpc": "2.0", "id": [1], "method": "shutdown"}),
        json!({"jsonrpc": "2.0", "id": 3.5, "method": "shutdown"}),
        json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri("a.txt"), "version": "two"}, "contentChanges": [{"text": "lost"}]}}),
        json!([]),
        json!(null),
        json!("a string"),
    ] {
        server.send(&body);
    }
    server.still_serves();
    server.finish();
}
