#!/usr/bin/env python3
"""Where a keystroke's round trip goes, seen from a client; run by hand:

    cargo build --release
    python3 benches/lsp_first_byte.py target/release/copydesk DRAFT [KEYSTROKES]

Opens DRAFT in `copydesk lsp` (no debounce), then types and deletes one character in the
middle of it KEYSTROKES times (default 300), each time waiting for the diagnostics of the new
version. Prints the medians of: the time from sending the change to the first byte of the
answering `publishDiagnostics` (the server's part), the time to read the rest of the message
(the pipe), the whole round trip (which adds this client's JSON parse, slow in Python), and
the server's CPU time per keystroke (from /proc, Linux only).
"""
import json
import os
import subprocess
import sys
import time


def main():
    binary, path = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    server = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL)
    arrived = {}

    def send(message):
        body = json.dumps(message).encode()
        server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        server.stdin.flush()

    def receive():
        length, first = None, True
        while True:
            line = server.stdout.readline()
            if first:
                arrived["header"] = time.perf_counter()
                first = False
            if line in (b"\r\n", b"\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        body = server.stdout.read(length)
        arrived["body"] = time.perf_counter()
        return json.loads(body)

    def wait(matches):
        while True:
            message = receive()
            if matches(message):
                return message
            if "id" in message and "method" in message:
                send({"jsonrpc": "2.0", "id": message["id"], "result": None})

    def diagnostics_of(version):
        return lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"].get("version") == version)

    def cpu_seconds():
        fields = open("/proc/%d/stat" % server.pid).read().split(")")[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    capabilities = {"general": {"positionEncodings": ["utf-16"]},
                    "textDocument": {"publishDiagnostics": {
                        "relatedInformation": True, "versionSupport": True,
                        "codeDescriptionSupport": True}}}
    send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
          "params": {"capabilities": capabilities,
                     "initializationOptions": {"copydesk": {"debounceMs": 0}}}})
    wait(lambda m: m.get("id") == 1)
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    text = open(path, encoding="utf-8").read()
    uri = "file:///draft.txt"
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1,
                                      "text": text}}})
    opened = wait(diagnostics_of(1))
    lines = text.split("\n")
    middle = len(lines) // 2
    while len(lines[middle]) < 20:
        middle += 1
    cpu_before = cpu_seconds()
    first_byte, rest, round_trip = [], [], []
    for version in range(2, count + 2):
        at = {"line": middle, "character": 5}
        if version % 2 == 0:
            change = {"range": {"start": at, "end": at}, "text": "x"}
        else:
            change = {"range": {"start": at, "end": {"line": middle, "character": 6}},
                      "text": ""}
        began = time.perf_counter()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": version},
                         "contentChanges": [change]}})
        wait(diagnostics_of(version))
        round_trip.append(time.perf_counter() - began)
        first_byte.append(arrived["header"] - began)
        rest.append(arrived["body"] - arrived["header"])
    cpu = (cpu_seconds() - cpu_before) / count
    # A clean exit, so that a profiler wrapped around the server (valgrind) writes its data.
    send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    wait(lambda m: m.get("id") == 2)
    send({"jsonrpc": "2.0", "method": "exit"})
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()

    def median(values):
        return sorted(values)[len(values) // 2] * 1e3

    print("%s: %d bytes, %d diagnostics" % (path, len(text.encode()),
                                             len(opened["params"]["diagnostics"])))
    print("keystroke to first byte of its diagnostics: median %.2f ms" % median(first_byte))
    print("rest of the message read: median %.2f ms" % median(rest))
    print("round trip with this client's JSON parse: median %.2f ms" % median(round_trip))
    print("server CPU per keystroke: %.2f ms" % (cpu * 1e3))


if __name__ == "__main__":
    main()
