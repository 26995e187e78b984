#!/usr/bin/env python3
"""Benchmark: `pbxc check` against a bare libyaml event loop over the same files.

usage: scripts/bench/run.py [--customers N] [--users M] [--runs R]

Builds release binaries, generates a repository (default about 50 MB), then runs
each program R times as its own process and reports the median wall time,
throughput (MB/s) and peak RSS (from wait4), and the ratios the foundation issue
sets as targets: check ≥ 0.6× the libyaml throughput, peak memory ≤ 4× input.
"""
import argparse, os, resource, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def measure(cmd, cwd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0,):
        sys.exit(f"{' '.join(cmd)} exited {code}:\n{err[-2000:]}")
    return elapsed, usage.ru_maxrss * 1024  # Linux: KiB


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=2400)
    ap.add_argument("--users", type=int, default=60)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "pbxc"], cwd=ROOT, check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "yaml-baseline"], cwd=ROOT, check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    repo = os.path.join(ROOT, "bench-out", f"repo-{args.customers}x{args.users}")
    if not os.path.isdir(repo):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts/bench/generate.py"), repo,
                        "--customers", str(args.customers), "--users", str(args.users)], check=True)
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(repo) for f in fs)
    mb = size / 1e6
    rows = {}
    for name, cmd in (("bare libyaml event loop", [os.path.join(bin_dir, "yaml-baseline"), "."]),
                      ("pbxc check", [os.path.join(bin_dir, "pbxc"), "check"])):
        runs = [measure(cmd, repo) for _ in range(args.runs)]
        wall = statistics.median(r[0] for r in runs)
        rss = max(r[1] for r in runs)
        rows[name] = (wall, mb / wall, rss)
    print(f"\nrepository: {args.customers} customers x {args.users} users, {mb:.1f} MB, median of {args.runs} runs\n")
    print(f"| {'program':<24} | {'wall (s)':>8} | {'MB/s':>6} | {'peak RSS (MB)':>13} |")
    print(f"|{'-'*26}|{'-'*10}|{'-'*8}|{'-'*15}|")
    for name, (wall, rate, rss) in rows.items():
        print(f"| {name:<24} | {wall:8.2f} | {rate:6.1f} | {rss/1e6:13.1f} |")
    ratio = rows["pbxc check"][1] / rows["bare libyaml event loop"][1]
    mem = rows["pbxc check"][2] / size
    print(f"\ncheck throughput / libyaml throughput = {ratio:.2f} (target >= 0.6)")
    print(f"check peak RSS / input size            = {mem:.2f} (target <= 4)")


if __name__ == "__main__":
    main()
