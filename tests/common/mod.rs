//! A small JSON-RPC client for end-to-end tests of `copydesk lsp`: it starts the real binary,
//! speaks Content-Length framed JSON-RPC over its stdin and stdout, answers the server's own
//! requests, and waits for a given response or notification with a generous timeout (a guard
//! against hangs, never a timing assertion).

#![allow(dead_code)] // each test file uses part of the client

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// How long to wait for any one message before declaring the server hung.
pub const TIMEOUT: Duration = Duration::from_secs(120);

/// The seed article (tests/corpus/ukraine-losses.txt): ten claims, every one attributed.
pub const SEED_ARTICLE: &str = include_str!("../corpus/ukraine-losses.txt");

/// A running `copydesk lsp` and the messages it sent that no one has consumed yet.
pub struct Client {
    child: Option<Child>,
    stdin: Arc<Mutex<Option<ChildStdin>>>,
    incoming: Receiver<Value>,
    backlog: VecDeque<Value>,
    next_id: i64,
    stderr: Arc<Mutex<String>>,
    /// What the client answers to `workspace/configuration` (one item per request item).
    pub configuration: Arc<Mutex<Value>>,
    /// The position encoding the server chose ("utf-8" or "utf-16").
    pub encoding: String,
}

/// Client capabilities like VS Code's: UTF-16 only, Markdown hovers, versioned edits, nested
/// symbols.
pub fn vscode_capabilities() -> Value {
    json!({
        "general": {"positionEncodings": ["utf-16"]},
        "textDocument": {
            "hover": {"contentFormat": ["markdown", "plaintext"]},
            "documentSymbol": {"hierarchicalDocumentSymbolSupport": true},
            "publishDiagnostics": {"relatedInformation": true, "versionSupport": true}
        },
        "workspace": {"workspaceEdit": {"documentChanges": true}}
    })
}

/// Client capabilities like Neovim 0.11's as far as copydesk cares: UTF-8 offered, plain
/// `changes` edits, plain-text hovers.
pub fn neovim_capabilities() -> Value {
    json!({
        "general": {"positionEncodings": ["utf-8", "utf-16", "utf-32"]},
        "textDocument": {
            "hover": {"contentFormat": ["plaintext"]},
            "documentSymbol": {"hierarchicalDocumentSymbolSupport": true}
        },
        "workspace": {"workspaceEdit": {"documentChanges": false}}
    })
}

impl Client {
    /// Starts `copydesk ARGS...` without initializing it.
    pub fn spawn(args: &[&str]) -> Client {
        Client::spawn_with_env(args, &[])
    }

    /// Starts `copydesk ARGS...` with extra environment variables.
    pub fn spawn_with_env(args: &[&str], env: &[(&str, &str)]) -> Client {
        let mut command = Command::new(env!("CARGO_BIN_EXE_copydesk"));
        command
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start copydesk: {e}"));
        let stdin = Arc::new(Mutex::new(child.stdin.take()));
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let mut stderr_pipe = child.stderr.take().unwrap_or_else(|| panic!("no stderr"));
        let stderr = Arc::new(Mutex::new(String::new()));
        let configuration = Arc::new(Mutex::new(Value::Null));
        let (sender, incoming) = channel();

        let reply_to = Arc::clone(&stdin);
        let answers = Arc::clone(&configuration);
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if let (Some(id), Some(method)) = (message.get("id"), message.get("method")) {
                    let result = match method.as_str() {
                        Some("workspace/configuration") => {
                            answers.lock().map(|a| a.clone()).unwrap_or(Value::Null)
                        }
                        _ => Value::Null,
                    };
                    let reply = json!({"jsonrpc": "2.0", "id": id, "result": result});
                    if let Ok(mut stdin) = reply_to.lock()
                        && let Some(stdin) = stdin.as_mut()
                    {
                        let _ = write_message(stdin, &reply);
                    }
                }
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let collected = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buffer = String::new();
            let _ = stderr_pipe.read_to_string(&mut buffer);
            if let Ok(mut all) = collected.lock() {
                all.push_str(&buffer);
            }
        });
        Client {
            child: Some(child),
            stdin,
            incoming,
            backlog: VecDeque::new(),
            next_id: 0,
            stderr,
            configuration,
            encoding: "utf-16".to_string(),
        }
    }

    /// Starts `copydesk lsp`, initializes it with `capabilities` and `options`, and sends
    /// `initialized`.
    pub fn start(capabilities: Value, options: Value) -> Client {
        let mut client = Client::spawn(&["lsp"]);
        client.initialize(capabilities, options);
        client
    }

    /// A VS Code-like client (UTF-16) with no debounce.
    pub fn vscode() -> Client {
        Client::start(
            vscode_capabilities(),
            json!({"copydesk": {"debounceMs": 0}}),
        )
    }

    /// A Neovim-like client (UTF-8) with no debounce.
    pub fn neovim() -> Client {
        Client::start(
            neovim_capabilities(),
            json!({"copydesk": {"debounceMs": 0}}),
        )
    }

    /// Sends `initialize` then `initialized`; returns the initialize result.
    pub fn initialize(&mut self, capabilities: Value, options: Value) -> Value {
        let params = json!({"processId": null, "rootUri": null, "capabilities": capabilities,
                            "initializationOptions": options});
        let response = self.request("initialize", params);
        let result = response
            .get("result")
            .cloned()
            .unwrap_or_else(|| panic!("initialize failed: {response}"));
        if let Some(encoding) = result
            .pointer("/capabilities/positionEncoding")
            .and_then(Value::as_str)
        {
            self.encoding = encoding.to_string();
        }
        self.notify("initialized", json!({}));
        result
    }

    /// Sends raw bytes, framing and all.
    pub fn send_raw(&mut self, bytes: &[u8]) {
        let mut stdin = self.stdin.lock().unwrap_or_else(|e| e.into_inner());
        let Some(stdin) = stdin.as_mut() else {
            panic!("the input is closed")
        };
        stdin
            .write_all(bytes)
            .and_then(|()| stdin.flush())
            .unwrap_or_else(|e| panic!("cannot write: {e}"));
    }

    /// Closes the server's input (end of file).
    pub fn close_input(&mut self) {
        self.stdin.lock().unwrap_or_else(|e| e.into_inner()).take();
    }

    /// Sends a message body with its Content-Length header.
    pub fn send_body(&mut self, body: &str) {
        self.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    /// Sends a request; returns its id.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        self.next_id += 1;
        let id = self.next_id;
        self.send_body(
            &json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}).to_string(),
        );
        id
    }

    /// Sends a request and waits for its response (the whole response object).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.response(id)
    }

    /// Sends a request and returns its result, failing on an error response.
    pub fn result(&mut self, method: &str, params: Value) -> Value {
        let response = self.request(method, params);
        match response.get("result") {
            Some(result) => result.clone(),
            None => panic!("{method} failed: {response}"),
        }
    }

    /// Waits for the response to request `id`.
    pub fn response(&mut self, id: i64) -> Value {
        self.wait_for(&format!("the response to request {id}"), |m| {
            m.get("method").is_none() && m.get("id") == Some(&json!(id))
        })
    }

    /// Sends a notification.
    pub fn notify(&mut self, method: &str, params: Value) {
        self.send_body(&json!({"jsonrpc": "2.0", "method": method, "params": params}).to_string());
    }

    /// Waits for (and consumes) the first message, old or new, that `matches` accepts.
    pub fn wait_for(&mut self, what: &str, matches: impl Fn(&Value) -> bool) -> Value {
        if let Some(at) = self.backlog.iter().position(&matches) {
            return self.backlog.remove(at).unwrap_or_default();
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(message) if matches(&message) => return message,
                Ok(message) => self.backlog.push_back(message),
                Err(RecvTimeoutError::Timeout) => {
                    self.fail(&format!("timed out waiting for {what}"))
                }
                Err(RecvTimeoutError::Disconnected) => self.fail(&format!(
                    "the server closed its output while waiting for {what}"
                )),
            }
        }
    }

    /// Waits for a notification `method` whose params `matches` accepts; returns the params.
    pub fn notification(&mut self, method: &str, matches: impl Fn(&Value) -> bool) -> Value {
        let mut message = self.wait_for(&format!("a {method} notification"), |m| {
            m.get("id").is_none()
                && m.get("method") == Some(&json!(method))
                && m.get("params").is_some_and(&matches)
        });
        message
            .get_mut("params")
            .map(Value::take)
            .unwrap_or_default()
    }

    /// Waits for a `window/logMessage` containing `fragment`; returns its text.
    pub fn log_message(&mut self, fragment: &str) -> String {
        let params = self.notification("window/logMessage", |p| {
            p.get("message")
                .and_then(Value::as_str)
                .is_some_and(|m| m.contains(fragment))
        });
        params
            .get("message")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    }

    /// Waits for the diagnostics of `uri` at `version`; returns them.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let mut params = self.notification("textDocument/publishDiagnostics", |p| {
            p.get("uri") == Some(&json!(uri)) && p.get("version") == Some(&json!(version))
        });
        match params.get_mut("diagnostics").map(Value::take) {
            Some(Value::Array(diagnostics)) => diagnostics,
            _ => Vec::new(),
        }
    }

    /// Every message received so far and not consumed, after waiting for a `copydesk/documentText`
    /// round trip so everything sent before is in.
    pub fn messages_so_far(&mut self, uri: &str) -> Vec<Value> {
        self.document_text(uri);
        while let Ok(message) = self.incoming.try_recv() {
            self.backlog.push_back(message);
        }
        self.backlog.iter().cloned().collect()
    }

    /// Opens `uri` as version 1.
    pub fn open(&mut self, uri: &str, language: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        );
    }

    /// Opens `uri` as plain text and waits for its first diagnostics.
    pub fn open_and_check(&mut self, uri: &str, text: &str) -> Vec<Value> {
        self.open(uri, "plaintext", text);
        self.diagnostics(uri, 1)
    }

    /// Sends `didChange` with `changes` (each `{"range"?, "text"}`) as `version`.
    pub fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    /// The server's copy of `uri`: (version, text).
    pub fn document_text(&mut self, uri: &str) -> (i64, String) {
        let result = self.result(
            "copydesk/documentText",
            json!({"textDocument": {"uri": uri}}),
        );
        let version = result.get("version").and_then(Value::as_i64).unwrap_or(-1);
        let text = result
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        (version, text)
    }

    /// The protocol position of byte `offset` of `text` in the negotiated encoding, computed
    /// independently of the server.
    pub fn position(&self, text: &str, offset: usize) -> Value {
        position(text, offset, &self.encoding)
    }

    /// Sends `shutdown` then `exit`; returns the exit status.
    pub fn shutdown_and_exit(mut self) -> ExitStatus {
        let response = self.request("shutdown", Value::Null);
        assert!(
            response.get("error").is_none(),
            "shutdown failed: {response}"
        );
        self.notify("exit", Value::Null);
        self.wait_exit()
    }

    /// Waits for the server to end; returns its status.
    pub fn wait_exit(mut self) -> ExitStatus {
        let Some(mut child) = self.child.take() else {
            panic!("already waited for")
        };
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let _ = sender.send(child.wait());
        });
        match receiver.recv_timeout(TIMEOUT) {
            Ok(Ok(status)) => status,
            Ok(Err(error)) => panic!("cannot wait for the server: {error}"),
            Err(_) => self.fail("the server did not exit"),
        }
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().map_or(0, Child::id)
    }

    /// What the server wrote to stderr so far.
    pub fn stderr(&self) -> String {
        self.stderr.lock().map(|s| s.clone()).unwrap_or_default()
    }

    fn fail(&self, why: &str) -> ! {
        let recent: Vec<String> = self
            .backlog
            .iter()
            .rev()
            .take(5)
            .map(|m| {
                let text = m.to_string();
                text.chars().take(300).collect()
            })
            .collect();
        panic!(
            "{why}\nlast messages: {recent:#?}\nserver stderr: {}",
            self.stderr()
        );
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
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
    serde_json::from_slice(&body).ok()
}

fn write_message(writer: &mut impl Write, message: &Value) -> std::io::Result<()> {
    let body = message.to_string();
    write!(writer, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    writer.flush()
}

/// The protocol position of byte `offset` of `text`: lines end at `\n`, `\r\n` or `\r`;
/// columns count in `encoding` ("utf-8", "utf-16" or "utf-32").
pub fn position(text: &str, offset: usize, encoding: &str) -> Value {
    let before = &text[..offset];
    let mut line = 0;
    let mut line_start = 0;
    let bytes = before.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ends_line = b == b'\n' || (b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n'));
        if ends_line {
            line += 1;
            line_start = i + 1;
        }
    }
    let column_text = &before[line_start..];
    let character = match encoding {
        "utf-8" => column_text.len(),
        "utf-32" => column_text.chars().count(),
        _ => column_text.encode_utf16().count(),
    };
    json!({"line": line, "character": character})
}

/// The range of the first occurrence of `needle` in `text`.
pub fn range_of(text: &str, needle: &str, encoding: &str) -> Value {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not in the text"));
    json!({"start": position(text, start, encoding), "end": position(text, start + needle.len(), encoding)})
}

/// A file URI for a test document.
pub fn uri(name: &str) -> String {
    format!("file:///drafts/{name}")
}

/// Replaces bytes `start..end` of `text` with `new` and returns the matching protocol change
/// (positions computed on the text before the edit, in `encoding`).
pub fn edit(text: &mut String, start: usize, end: usize, new: &str, encoding: &str) -> Value {
    let range =
        json!({"start": position(text, start, encoding), "end": position(text, end, encoding)});
    text.replace_range(start..end, new);
    json!({"range": range, "text": new})
}
