#!/usr/bin/env python3
"""How a command's work is spread over threads (Linux only); run by `benches/ledger.sh`:

    python3 benches/cpu_split.py COMMAND [ARGS...]

Runs COMMAND (its output discarded), samples /proc/PID/task/*/stat every 20 ms, and prints
its wall time, CPU time (user + system), CPU time / wall time (above 1 when more than one
core worked at once), and the share of the CPU time of each thread that did at least a tenth
of the work: two such threads of about half each mean the work was split over both cores,
whatever else the machine was doing.
"""
import os
import subprocess
import sys
import time


def main():
    tick = os.sysconf("SC_CLK_TCK")
    started = time.perf_counter()
    process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    threads = {}
    while process.poll() is None:
        try:
            for tid in os.listdir("/proc/%d/task" % process.pid):
                try:
                    fields = open("/proc/%d/task/%s/stat" % (process.pid, tid)).read()
                except OSError:
                    continue
                fields = fields.split(")")[1].split()
                threads[tid] = (int(fields[11]) + int(fields[12])) / tick
        except OSError:
            pass
        time.sleep(0.02)
    wall = time.perf_counter() - started
    total = sum(threads.values())
    busy = sorted((t for t in threads.values() if total and t >= total / 10), reverse=True)
    print("wall_seconds: %.2f" % wall)
    print("cpu_seconds (sampled): %.2f" % total)
    print("cpu_over_wall: %.2f" % (total / wall if wall else 0))
    print("busy_threads: %d (%s of the CPU time)"
          % (len(busy), ", ".join("%.0f%%" % (100 * t / total) for t in busy)))


if __name__ == "__main__":
    main()
