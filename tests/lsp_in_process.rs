//! The server in process over `tokio::io::duplex`: the same protocol without a child process,
//! so the exit code `serve` returns can be checked directly.

use copydesk::lsp::serve;
use serde_json::{Value, json};
use tokio::io::{
    AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf,
};

struct Peer {
    reader: BufReader<ReadHalf<DuplexStream>>,
    writer: WriteHalf<DuplexStream>,
}

impl Peer {
    async fn send(&mut self, message: Value) {
        let body = message.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.writer
            .write_all(frame.as_bytes())
            .await
            .unwrap_or_else(|e| panic!("write: {e}"));
    }

    async fn receive(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            let read = self
                .reader
                .read_line(&mut line)
                .await
                .unwrap_or_else(|e| panic!("read: {e}"));
            assert!(read > 0, "the server closed its output");
            match line.trim_end() {
                "" => break,
                header => {
                    if let Some(value) = header.strip_prefix("Content-Length:") {
                        length = value.trim().parse().unwrap_or(0);
                    }
                }
            }
        }
        let mut body = vec![0; length];
        self.reader
            .read_exact(&mut body)
            .await
            .unwrap_or_else(|e| panic!("read: {e}"));
        serde_json::from_slice(&body).unwrap_or(Value::Null)
    }

    async fn receive_until(&mut self, matches: impl Fn(&Value) -> bool) -> Value {
        loop {
            let message = self.receive().await;
            if matches(&message) {
                return message;
            }
        }
    }

    async fn initialize(&mut self) {
        self.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                         "params": {"capabilities": {}, "initializationOptions": {"debounceMs": 0}}}))
            .await;
        let response = self.receive_until(|m| m["id"] == json!(1)).await;
        assert_eq!(
            response["result"]["capabilities"]["positionEncoding"],
            json!("utf-16")
        );
        self.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
            .await;
    }
}

/// Starts the server on a duplex pipe; returns the client's end and the server task.
fn start() -> (Peer, tokio::task::JoinHandle<i32>) {
    let (client_end, server_end) = tokio::io::duplex(1 << 16);
    let (server_read, server_write) = tokio::io::split(server_end);
    let server = tokio::spawn(serve(server_read, server_write));
    let (reader, writer) = tokio::io::split(client_end);
    (
        Peer {
            reader: BufReader::new(reader),
            writer,
        },
        server,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_in_process_ends_with_status_0() {
    let (mut peer, server) = start();
    peer.initialize().await;
    let text = "“Quoted” 😀 東京 — the depot held 300 tanks.\r\nNext line.";
    peer.send(
        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument":
        {"uri": "file:///in-process.txt", "languageId": "plaintext", "version": 1, "text": text}}}),
    )
    .await;
    let published = peer
        .receive_until(|m| m["method"] == json!("textDocument/publishDiagnostics"))
        .await;
    let diagnostic = &published["params"]["diagnostics"][0];
    assert_eq!(published["params"]["version"], json!(1));
    // “Quoted” 😀 東京 — the depot held = 8 + 1 + 2 + 1 + 2 + 3 + 15 UTF-16 units.
    assert_eq!(
        diagnostic["range"]["start"],
        json!({"line": 0, "character": 32})
    );
    peer.send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        .await;
    peer.receive_until(|m| m["id"] == json!(2)).await;
    peer.send(json!({"jsonrpc": "2.0", "method": "exit"})).await;
    assert_eq!(server.await.ok(), Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_without_shutdown_in_process_ends_with_status_1() {
    let (mut peer, server) = start();
    peer.initialize().await;
    peer.send(json!({"jsonrpc": "2.0", "method": "exit"})).await;
    assert_eq!(server.await.ok(), Some(1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_end_of_input_ends_the_server() {
    let (mut peer, server) = start();
    peer.initialize().await;
    drop(peer);
    assert_eq!(server.await.ok(), Some(1));
}
