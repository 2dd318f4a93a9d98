#!/usr/bin/env node
// A stand-in for `copydesk lsp` that proves the editor test harnesses without the real server.
// It knows one thing: "300 tanks" in a sentence with no "according to" or "said" is an
// unattributed claim. It publishes that diagnostic, answers hover on it, and offers the quick
// fix "Attribute to the ministry", which inserts ", according to the ministry" before the
// sentence's full stop. Positions are UTF-16 (JavaScript strings), as the protocol's default.
// Every message received is appended as a JSON line to $FAKE_LSP_LOG when that is set.
'use strict';
const fs = require('node:fs');

const FIGURE = '300 tanks';
const FIX = ', according to the ministry';
const logFile = process.env.FAKE_LSP_LOG;
const log = (entry) => {
  if (logFile) fs.appendFileSync(logFile, JSON.stringify(entry) + '\n');
};

const docs = new Map(); // uri -> { text, version }
let documentChanges = false;
let shuttingDown = false;

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
  process.stdout.write(body);
}

// --- positions ---------------------------------------------------------------------------
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') { starts.push(i + 2); i++; }
    else if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}
function offsetAt(text, pos) {
  const starts = lineStarts(text);
  if (pos.line >= starts.length) return text.length;
  return Math.min(starts[pos.line] + pos.character, pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length);
}
function positionAt(text, offset) {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

// --- the one check -----------------------------------------------------------------------
function findings(text) {
  const out = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(FIGURE, from);
    if (at < 0) break;
    from = at + FIGURE.length;
    const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n\n', at)) + 1;
    let end = text.indexOf('.', at);
    if (end < 0) end = text.length;
    const sentence = text.slice(start, end);
    if (/according to|\bsaid\b/.test(sentence)) continue;
    out.push({ start: at, end: at + FIGURE.length, stop: end });
  }
  return out;
}

function diagnosticsFor(uri) {
  const doc = docs.get(uri);
  return findings(doc.text).map((f) => ({
    range: { start: positionAt(doc.text, f.start), end: positionAt(doc.text, f.end) },
    severity: 2,
    code: 'unattributed-claim',
    source: 'copydesk',
    message: 'Unattributed figure: "300 tanks" has no attribution in its sentence (fake server).',
    data: { stop: f.stop },
  }));
}

function publish(uri) {
  const doc = docs.get(uri);
  send({ method: 'textDocument/publishDiagnostics', params: { uri, version: doc.version, diagnostics: diagnosticsFor(uri) } });
}

function applyChange(text, change) {
  if (!change.range) return change.text;
  const a = offsetAt(text, change.range.start);
  const b = offsetAt(text, change.range.end);
  return text.slice(0, a) + change.text + text.slice(b);
}

// --- requests ----------------------------------------------------------------------------
const handlers = {
  initialize(params) {
    documentChanges = Boolean(params.capabilities?.workspace?.workspaceEdit?.documentChanges);
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: 2 },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'copydesk-fake', version: '0.0.0' },
    };
  },
  shutdown() {
    shuttingDown = true;
    return null;
  },
  'textDocument/hover'(params) {
    const doc = docs.get(params.textDocument.uri);
    if (!doc) return null;
    const offset = offsetAt(doc.text, params.position);
    const hit = findings(doc.text).find((f) => offset >= f.start && offset <= f.end);
    if (!hit) return null;
    return {
      contents: {
        kind: 'markdown',
        value: '**300 tanks** (fake server)\n\nA claim: 300, between 250 and 350 tanks. Unattributed: no attribution in its sentence.',
      },
      range: { start: positionAt(doc.text, hit.start), end: positionAt(doc.text, hit.end) },
    };
  },
  'textDocument/codeAction'(params) {
    const uri = params.textDocument.uri;
    const doc = docs.get(uri);
    if (!doc) return [];
    const wanted = params.context.only;
    if (wanted && !wanted.some((k) => k === 'quickfix' || 'quickfix'.startsWith(k + '.'))) return [];
    const a = offsetAt(doc.text, params.range.start);
    const b = offsetAt(doc.text, params.range.end);
    return findings(doc.text)
      .filter((f) => a <= f.end && b >= f.start)
      .map((f) => {
        const at = positionAt(doc.text, f.stop);
        const textEdit = { range: { start: at, end: at }, newText: FIX };
        const edit = documentChanges
          ? { documentChanges: [{ textDocument: { uri, version: doc.version }, edits: [textEdit] }] }
          : { changes: { [uri]: [textEdit] } };
        const diagnostic = diagnosticsFor(uri).find((d) => d.data.stop === f.stop);
        return { title: 'Attribute to the ministry', kind: 'quickfix', isPreferred: true, diagnostics: [diagnostic], edit };
      });
  },
};

const notifications = {
  exit() {
    process.exit(shuttingDown ? 0 : 1);
  },
  'textDocument/didOpen'(params) {
    const { uri, text, version } = params.textDocument;
    docs.set(uri, { text, version });
    publish(uri);
  },
  'textDocument/didChange'(params) {
    const doc = docs.get(params.textDocument.uri);
    if (!doc) return;
    for (const change of params.contentChanges) doc.text = applyChange(doc.text, change);
    doc.version = params.textDocument.version;
    publish(params.textDocument.uri);
  },
  'textDocument/didClose'(params) {
    docs.delete(params.textDocument.uri);
    send({ method: 'textDocument/publishDiagnostics', params: { uri: params.textDocument.uri, diagnostics: [] } });
  },
};

function dispatch(message) {
  log(message);
  if (message.method === undefined) return; // a response to something we never ask
  if (message.id !== undefined) {
    const handler = handlers[message.method];
    if (!handler) {
      send({ id: message.id, error: { code: -32601, message: `unhandled: ${message.method}` } });
      return;
    }
    try {
      send({ id: message.id, result: handler(message.params ?? {}) });
    } catch (error) {
      send({ id: message.id, error: { code: -32603, message: String(error) } });
    }
  } else {
    notifications[message.method]?.(message.params ?? {});
  }
}

// --- framing -------------------------------------------------------------------------------
let buffer = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const header = buffer.subarray(0, headerEnd).toString('ascii');
    const match = /Content-Length:\s*(\d+)/i.exec(header);
    if (!match) { buffer = buffer.subarray(headerEnd + 4); continue; }
    const length = Number(match[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
    buffer = buffer.subarray(headerEnd + 4 + length);
    try {
      dispatch(JSON.parse(body));
    } catch (error) {
      log({ parseError: String(error) });
    }
  }
});
process.stdin.on('end', () => process.exit(0));
