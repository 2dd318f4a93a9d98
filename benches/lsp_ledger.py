#!/usr/bin/env python3
"""The desk's ledger in the language server, seen from a client; run by `benches/ledger.sh`
or by hand:

    python3 benches/lsp_ledger.py BINARY FOLDER DRAFT [KEYSTROKES]

Starts `copydesk lsp` with FOLDER as its workspace folder (no debounce, progress reports
on), waits for the indexing pass to end and reports its time (from `initialized` to the
end of the `$/progress` stream, and the server's own count from its log) and the server's
peak resident memory (VmHWM) once it is done. Then opens DRAFT (a path inside FOLDER), and
types and deletes one character in its middle paragraph KEYSTROKES times (default 300),
each time waiting for the diagnostics of the new version; prints the median and the 95th
percentile of the time from sending the change to the diagnostics' arrival. Linux only
(/proc). Prints one `key: value` line per figure.
"""
import json
import os
import statistics
import subprocess
import sys
import time


def main():
    binary, folder, draft = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 300
    server = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL)
    logs = []

    def send(message):
        body = json.dumps(message).encode()
        server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        server.stdin.flush()

    def receive():
        length = None
        while True:
            line = server.stdout.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(server.stdout.read(length))

    def wait(matches):
        while True:
            message = receive()
            if message.get("method") == "window/logMessage":
                logs.append(message["params"]["message"])
            if matches(message):
                return message
            if "id" in message and "method" in message:
                send({"jsonrpc": "2.0", "id": message["id"], "result": None})

    def status(field):
        for line in open("/proc/%d/status" % server.pid):
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
        return 0.0

    def cpu_seconds():
        fields = open("/proc/%d/stat" % server.pid).read().split(")")[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    uri = "file://" + folder
    capabilities = {"general": {"positionEncodings": ["utf-16"]},
                    "window": {"workDoneProgress": True},
                    "textDocument": {"publishDiagnostics": {
                        "relatedInformation": True, "versionSupport": True}}}
    send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
          "params": {"capabilities": capabilities, "rootUri": uri,
                     "workspaceFolders": [{"uri": uri, "name": "desk"}],
                     "initializationOptions": {"copydesk": {"debounceMs": 0}}}})
    wait(lambda m: m.get("id") == 1)
    started = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    wait(lambda m: m.get("method") == "$/progress"
         and m["params"]["value"].get("kind") == "end")
    indexed = time.perf_counter() - started
    wait(lambda m: m.get("method") == "window/logMessage"
         and "the ledger indexed" in m["params"]["message"])
    print("index_seconds: %.3f" % indexed)
    print("index_cpu_seconds: %.3f" % cpu_seconds())
    print("server_log: %s" % [l for l in logs if "the ledger indexed" in l][-1])
    print("peak_rss_mb: %.1f" % status("VmHWM"))
    print("rss_mb: %.1f" % status("VmRSS"))

    text = open(draft, encoding="utf-8").read()
    doc = "file://" + draft
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": doc, "languageId": "markdown", "version": 1,
                                      "text": text}}})
    opened = wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                  and m["params"].get("uri") == doc and m["params"].get("version") == 1)
    cross = sum(1 for d in opened["params"]["diagnostics"]
                if any(r["location"]["uri"] != doc for r in d.get("relatedInformation", [])))
    print("open_diagnostics: %d (of which across drafts: %d)"
          % (len(opened["params"]["diagnostics"]), cross))
    lines = text.split("\n")
    middle = len(lines) // 2
    while middle < len(lines) and not lines[middle].strip():
        middle += 1
    column = len(lines[middle].encode("utf-16-le")) // 2
    times = []
    version = 1
    cpu_before = cpu_seconds()
    for k in range(count):
        version += 1
        if k % 2 == 0:
            change = {"range": {"start": {"line": middle, "character": column},
                                "end": {"line": middle, "character": column}}, "text": "x"}
        else:
            change = {"range": {"start": {"line": middle, "character": column},
                                "end": {"line": middle, "character": column + 1}}, "text": ""}
        sent = time.perf_counter()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": doc, "version": version},
                         "contentChanges": [change]}})
        wait(lambda m, v=version: m.get("method") == "textDocument/publishDiagnostics"
             and m["params"].get("uri") == doc and m["params"].get("version") == v)
        times.append((time.perf_counter() - sent) * 1000)
    print("keystroke_cpu_ms: %.3f" % ((cpu_seconds() - cpu_before) * 1000 / count))
    times.sort()
    print("keystroke_median_ms: %.3f" % statistics.median(times))
    print("keystroke_p95_ms: %.3f" % times[int(len(times) * 0.95) - 1])
    send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
    wait(lambda m: m.get("id") == 2)
    send({"jsonrpc": "2.0", "method": "exit", "params": None})
    server.wait(timeout=30)


if __name__ == "__main__":
    main()
