#!/usr/bin/env python3
"""Benchmark: `pbxc check` against a bare libyaml event loop over the same files.

usage: scripts/bench/run.py [--customers N] [--users M] [--runs R]

Builds release binaries, generates a repository (default about 50 MB), then runs
each program R times as its own process and reports the median wall time,
throughput (MB/s) and peak RSS (from wait4), and the ratios the foundation issue
sets as targets: check ≥ 0.6× the libyaml throughput, peak memory ≤ 4× input.
"""
import argparse, os, statistics, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, measure, release_binaries, repository  # noqa: E402


def instructions(cmd, cwd):
    """Instructions executed (valgrind callgrind): unlike wall time, the same on every
    run, so regressions show even on a noisy machine. Debug info is stripped from a
    copy of the binary first (valgrind cannot read Swift's)."""
    import shutil, tempfile
    with tempfile.TemporaryDirectory() as tmp:
        binary = os.path.join(tmp, os.path.basename(cmd[0]))
        shutil.copy(cmd[0], binary)
        subprocess.run(["strip", "--strip-debug", binary], check=True)
        out = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", binary] + cmd[1:],
                             cwd=cwd, capture_output=True, text=True)
        for line in out.stderr.splitlines():
            if "Collected :" in line:
                return int(line.split(":")[-1].strip().replace(",", ""))
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=4000)  # about 50 MB
    ap.add_argument("--users", type=int, default=60)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--instructions", type=int, default=0, metavar="CUSTOMERS",
                    help="also count instructions with valgrind on a repository of this many customers")
    args = ap.parse_args()
    bin_dir = release_binaries("pbxc", "yaml-baseline")
    repo, size = repository(args.customers, args.users)
    mb = size / 1e6
    programs = [("bare libyaml event loop", [os.path.join(bin_dir, "yaml-baseline"), "."]),
                ("pbxc check (--jobs 1)", [os.path.join(bin_dir, "pbxc"), "check", "--jobs", "1"]),
                ("pbxc check", [os.path.join(bin_dir, "pbxc"), "check"])]
    # Interleaved (A B C A B C …) so that the VM's drift hits every program alike;
    # ratios are taken within each round, then the median.
    runs = {name: [] for name, _ in programs}
    for _ in range(args.runs):
        for name, cmd in programs:
            runs[name].append(measure(cmd, repo)[:2])
    rows = {}
    for name, results in runs.items():
        wall = statistics.median(r[0] for r in results)
        rows[name] = (wall, mb / wall, max(r[1] for r in results))
    def ratio(name):
        return statistics.median(b[0] / p[0] for b, p in zip(runs["bare libyaml event loop"], runs[name]))
    print(f"\nrepository: {args.customers} customers x {args.users} users, {mb:.1f} MB, "
          f"{os.cpu_count()} cores, median of {args.runs} interleaved rounds\n")
    print(f"| {'program':<24} | {'wall (s)':>8} | {'MB/s':>6} | {'peak RSS (MB)':>13} |")
    print(f"|{'-'*26}|{'-'*10}|{'-'*8}|{'-'*15}|")
    for name, (wall, rate, rss) in rows.items():
        print(f"| {name:<24} | {wall:8.2f} | {rate:6.1f} | {rss/1e6:13.1f} |")
    mem = rows["pbxc check"][2] / size
    print(f"\ncheck throughput / libyaml throughput = {ratio('pbxc check'):.2f} (target >= 0.6; "
          f"serial --jobs 1: {ratio('pbxc check (--jobs 1)'):.2f})")
    print(f"check peak RSS / input size            = {mem:.2f} (target <= 4)")
    if args.instructions:
        small, _ = repository(args.instructions, args.users)
        base = instructions(programs[0][1], small)
        check = instructions(programs[1][1], small)
        if base and check:
            print(f"\ninstructions on {args.instructions} customers (valgrind): bare libyaml {base/1e9:.2f} G, "
                  f"pbxc check {check/1e9:.2f} G = {check/base:.2f}x")


if __name__ == "__main__":
    main()
