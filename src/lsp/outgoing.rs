//! The server's output: one queue of whole JSON-RPC frames, written to the client in order.
//!
//! tower-lsp-server turns every outgoing notification into a `serde_json::Value` tree before
//! writing it. For `textDocument/publishDiagnostics` that tree is most of a keystroke's cost
//! on a figure-dense draft: 560 diagnostics make some 5,000 small maps, built, written and
//! dropped on every edit (issue 6: a 36,000-word draft took 30 ms from keystroke to
//! diagnostics, the engine's part of it 2.4 ms). So diagnostics are serialised straight from
//! their typed form into one frame ([`Outgoing::publish_diagnostics`]) and queued beside what
//! tower-lsp-server writes, which reaches the queue through [`FrameSink`] cut into whole
//! frames, so the two never interleave inside a message.
//!
//! The writer ([`write_frames`]) ends after the frame sink is dropped (when the server stops)
//! and every frame queued before that is written.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use serde::Serialize;
use tokio::io::{AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tower_lsp_server::ls_types::{Diagnostic, Uri};

/// What the queue carries.
enum Out {
    Frame(Vec<u8>),
    /// The server stopped: write what came before, then end.
    End,
}

/// A handle that queues frames for the client.
#[derive(Clone)]
pub struct Outgoing {
    frames: UnboundedSender<Out>,
}

/// The receiving end, for [`write_frames`].
pub struct Frames {
    frames: UnboundedReceiver<Out>,
}

/// A new output queue: the handle, the sink tower-lsp-server writes to, and the frames for
/// [`write_frames`].
pub fn queue() -> (Outgoing, FrameSink, Frames) {
    let (sender, receiver) = unbounded_channel();
    (
        Outgoing {
            frames: sender.clone(),
        },
        FrameSink {
            pending: Vec::new(),
            frames: sender,
        },
        Frames { frames: receiver },
    )
}

/// `params` of `textDocument/publishDiagnostics`, borrowed.
#[derive(Serialize)]
struct PublishDiagnostics<'a, D: ?Sized> {
    uri: &'a Uri,
    diagnostics: &'a D,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<i32>,
}

#[derive(Serialize)]
struct Notification<P> {
    jsonrpc: &'static str,
    method: &'static str,
    params: P,
}

/// The whole frame of `textDocument/publishDiagnostics` for `uri`, serialised without an
/// intermediate JSON tree: `diagnostics` is anything that serialises as an array of
/// diagnostics; `size` is about how long its JSON will be (written into one buffer of that
/// size rather than one doubled a dozen times for a long draft's quarter megabyte). `None`
/// only if serialisation failed (it cannot for plain data), so nothing half-made is ever
/// sent.
pub fn publish_diagnostics_frame<D: Serialize + ?Sized>(
    uri: &Uri,
    diagnostics: &D,
    version: Option<i32>,
    size: usize,
) -> Option<Vec<u8>> {
    let message = Notification {
        jsonrpc: "2.0",
        method: "textDocument/publishDiagnostics",
        params: PublishDiagnostics {
            uri,
            diagnostics,
            version,
        },
    };
    let mut body = Vec::with_capacity(size + 128);
    serde_json::to_writer(&mut body, &message).ok()?;
    Some(frame(&body))
}

impl Outgoing {
    /// Queues `textDocument/publishDiagnostics` for `uri`.
    pub fn publish_diagnostics(&self, uri: &Uri, diagnostics: &[Diagnostic], version: Option<i32>) {
        let size = diagnostics.len() * 300;
        if let Some(frame) = publish_diagnostics_frame(uri, diagnostics, version, size) {
            self.send(frame);
        }
    }

    /// Queues a whole frame (see [`publish_diagnostics_frame`]).
    pub fn send(&self, frame: Vec<u8>) {
        // Fails only once the writer has ended, when nothing more can reach the client.
        let _ = self.frames.send(Out::Frame(frame));
    }
}

/// `body` with its header.
pub fn frame(body: &[u8]) -> Vec<u8> {
    let header = format!("Content-Length: {}\r\n\r\n", body.len());
    let mut frame = Vec::with_capacity(header.len() + body.len());
    frame.extend_from_slice(header.as_bytes());
    frame.extend_from_slice(body);
    frame
}

/// Where tower-lsp-server writes: its bytes are gathered until a frame is whole, then queued.
/// Writes never block or fail, so tower-lsp-server's output never waits on the client.
pub struct FrameSink {
    pending: Vec<u8>,
    frames: UnboundedSender<Out>,
}

impl FrameSink {
    /// Queues every whole frame at the start of `pending`.
    fn queue_whole_frames(&mut self) {
        while let Some(length) = frame_length(&self.pending) {
            let frame = if length == self.pending.len() {
                std::mem::take(&mut self.pending)
            } else {
                let rest = self.pending.split_off(length);
                std::mem::replace(&mut self.pending, rest)
            };
            let _ = self.frames.send(Out::Frame(frame));
        }
    }
}

/// The length of the whole frame at the start of `bytes`, header included, once it is all
/// there. A header without a readable `Content-Length` (which tower-lsp-server never writes)
/// counts as a frame on its own, so its bytes still go out, in order.
fn frame_length(bytes: &[u8]) -> Option<usize> {
    let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let header = std::str::from_utf8(&bytes[..end]).ok();
    let body = header.and_then(|header| {
        header.lines().find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.trim()
                .eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse::<usize>().ok())?
        })
    });
    match body {
        Some(body) => {
            let length = end.checked_add(body)?;
            (bytes.len() >= length).then_some(length)
        }
        None => Some(end),
    }
}

impl AsyncWrite for FrameSink {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let sink = self.get_mut();
        sink.pending.extend_from_slice(buf);
        sink.queue_whole_frames();
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

impl Drop for FrameSink {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            let _ = self.frames.send(Out::Frame(rest));
        }
        let _ = self.frames.send(Out::End);
    }
}

/// [`write_frames`] with blocking writes, for a thread of its own.
pub fn write_frames_blocking<O: std::io::Write>(mut frames: Frames, mut output: O) {
    while let Some(Out::Frame(frame)) = frames.frames.blocking_recv() {
        if output.write_all(&frame).is_err() {
            return;
        }
        if frames.frames.is_empty() && output.flush().is_err() {
            return;
        }
    }
    let _ = output.flush();
}

/// Writes the queued frames to `output` in order, flushing whenever the queue runs dry, until
/// the frame sink is dropped or `output` fails (the client went away).
pub async fn write_frames<O: AsyncWrite>(mut frames: Frames, output: O) {
    let mut output = std::pin::pin!(output);
    while let Some(Out::Frame(frame)) = frames.frames.recv().await {
        if output.write_all(&frame).await.is_err() {
            return;
        }
        if frames.frames.is_empty() && output.flush().await.is_err() {
            return;
        }
    }
    let _ = output.flush().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_cut_whole_however_the_bytes_arrive() {
        let one = frame(br#"{"jsonrpc":"2.0","method":"a","params":"\u00e9 \r\n\r\n"}"#);
        let two = frame("{\"x\":\"😀 東京\"}".as_bytes());
        let stream = [one.clone(), two.clone()].concat();
        for step in [1, 2, 3, 7, stream.len()] {
            let (_, mut sink, mut frames) = queue();
            for chunk in stream.chunks(step) {
                sink.pending.extend_from_slice(chunk);
                sink.queue_whole_frames();
            }
            drop(sink);
            let mut got = Vec::new();
            while let Ok(Out::Frame(frame)) = frames.frames.try_recv() {
                got.push(frame);
            }
            assert_eq!(got, [one.clone(), two.clone()], "chunks of {step}");
        }
    }

    #[test]
    fn the_blocking_writer_writes_every_frame_in_order_then_ends() {
        let (outgoing, sink, frames) = queue();
        let first = frame(br#"{"jsonrpc":"2.0","id":1,"result":null}"#);
        outgoing.send(first.clone());
        let second = frame("{\"x\":\"😀 東京\"}".as_bytes());
        outgoing.send(second.clone());
        // The server stopping drops the sink, which ends the queue after what came before.
        drop(sink);
        let mut written = Vec::new();
        write_frames_blocking(frames, &mut written);
        assert_eq!(written, [first, second].concat());
    }

    #[test]
    fn a_header_without_a_length_still_goes_out() {
        assert_eq!(frame_length(b"X: 1\r\n\r\nrest"), Some(8));
        assert_eq!(frame_length(b"Content-Length: 4\r\n\r\nab"), None);
        assert_eq!(frame_length(b"content-length: 2\r\n\r\nab"), Some(23));
    }

    #[tokio::test]
    async fn diagnostics_and_server_frames_go_out_whole_and_in_order() {
        let (outgoing, mut sink, frames) = queue();
        let uri: Uri = "file:///d.txt"
            .parse()
            .unwrap_or_else(|_| unreachable!("a valid URI"));
        let server = frame(br#"{"jsonrpc":"2.0","id":1,"result":null}"#);
        sink.write_all(&server[..10]).await.ok();
        outgoing.publish_diagnostics(&uri, &[], Some(3));
        sink.write_all(&server[10..]).await.ok();
        drop(sink);
        let mut written = Vec::new();
        write_frames(frames, &mut written).await;
        let text = String::from_utf8(written).unwrap_or_default();
        let published = r#"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///d.txt","diagnostics":[],"version":3}}"#;
        assert_eq!(
            text,
            format!(
                "Content-Length: {}\r\n\r\n{published}{}",
                published.len(),
                String::from_utf8_lossy(&server)
            )
        );
    }
}
