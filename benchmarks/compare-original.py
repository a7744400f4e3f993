#!/usr/bin/env python3
"""Start-up and big-diagram figures of ./deferred-sim against the original simulator.

Usage: benchmarks/compare-original.py ORIGINAL.py [ROUNDS] [3|2000] [BEFORE-LAUNCHER]

ORIGINAL.py is twisted-deferred/deferred-simulator.py of the twisted-intro repository (not part
of this project), run with /usr/bin/python3 and Debian's python3-twisted. The commands run one
after another in each round, with the same bytes piped in; the figures are medians of wall time,
CPU time (user + system) and peak RSS, from os.wait4. The load average is printed too: on a shared
machine, compare ratios, not absolute times.
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pairs(count):
    if count == 3:
        return b"r good f bad\nf googly p\n\n"
    members = ["r a", "f b", "p"]
    lines = [members[i % 3] + " " + members[(i // 3) % 3] for i in range(count)]
    return ("\n".join(lines) + "\n\n").encode()


def main():
    original = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    commands = {"original": ["/usr/bin/python3", original], "deferred-sim": [os.path.join(ROOT, "deferred-sim")]}
    if len(sys.argv) > 4:
        commands["before"] = [sys.argv[4]]
    data = pairs(count)
    wall, cpu, rss = ({k: [] for k in commands} for _ in range(3))
    loads = []
    for _ in range(rounds):
        for name, command in commands.items():
            start = time.perf_counter()
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            process.stdin.write(data)
            process.stdin.close()
            _, _, usage = os.wait4(process.pid, 0)
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(usage.ru_utime + usage.ru_stime)
            rss[name].append(usage.ru_maxrss / 1024)
        loads.append(os.getloadavg()[0])
    base = {f: statistics.median(v["original"]) for f, v in (("wall", wall), ("cpu", cpu), ("rss", rss))}
    print(f"{count} pairs, {rounds} interleaved rounds, load average {min(loads):.1f}-{max(loads):.1f}")
    for name in commands:
        w, c, r = (statistics.median(v[name]) for v in (wall, cpu, rss))
        print(f"{name:14s} wall {w * 1000:7.0f} ms ({w / base['wall']:.2f}x)  cpu {c * 1000:6.0f} ms "
              f"({c / base['cpu']:.2f}x)  peak RSS {r:6.1f} MiB ({r / base['rss']:.2f}x)")


if __name__ == "__main__":
    main()
