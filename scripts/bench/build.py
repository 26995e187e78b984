#!/usr/bin/env python3
"""Benchmark of `pbxc build` at partner scale (issue 8), one run, side by side:

  * full build, serial (--jobs 1) and on every core (--jobs N, default 2);
  * the build after one customer changed (incremental: one customer re-emitted);
  * one customer's `pbxc check`, as a pre-commit hook runs it (process start included);
  * peak memory (RSS) of each.

usage: scripts/bench/build.py [--customers 10000] [--users 25] [--jobs 2]

The generator (scripts/bench/generate.py) makes the repository; 10,000 customers of 25
users is 250,000 users and about 50,000 desk phones. Outputs go to bench-out/.
"""
import argparse, os, shutil, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ENV = dict(os.environ, PBXC_MASTER_KEY="benchmark-only")


def measure(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{err[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, err.strip().splitlines()[-1] if err.strip() else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=10000)
    ap.add_argument("--users", type=int, default=25)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--svg", action="store_true", help="also draw the SVGs (a Graphviz process per customer)")
    args = ap.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "pbxc"], cwd=ROOT, check=True)
    pbxc = os.path.join(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                                       capture_output=True, text=True, check=True).stdout.strip(), "pbxc")
    repo = os.path.join(ROOT, "bench-out", f"repo-{args.customers}x{args.users}")
    if not os.path.isdir(repo):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts/bench/generate.py"), repo,
                        "--customers", str(args.customers), "--users", str(args.users)], check=True)
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(repo) for f in fs) / 1e6
    out = os.path.join(ROOT, "bench-out", "build-out")
    rows = []
    for jobs in (1, args.jobs):
        shutil.rmtree(out, ignore_errors=True)
        wall, rss, line = measure([pbxc, "build", repo, "-o", out, "--jobs", str(jobs), "--today", "2026-11-21", "--quiet"]
                                  + ([] if args.svg else ["--no-svg"]))
        rows.append((f"full build, --jobs {jobs}", wall, rss, line))
    serial, parallel = rows[0][1], rows[1][1]
    # One customer changes: its first file gets a comment line.
    first = sorted(os.listdir(os.path.join(repo, "customers")))[0]
    customer = changed = os.path.join(repo, "customers", first)
    if os.path.isdir(changed):
        changed = os.path.join(changed, sorted(os.listdir(changed))[0])
    original = open(changed, encoding="utf-8").read()
    try:
        with open(changed, "a", encoding="utf-8") as f:
            f.write(f"# touched at {time.time()}\n")
        wall, rss, line = measure([pbxc, "build", repo, "-o", out, "--today", "2026-11-21", "--quiet"]
                                  + ([] if args.svg else ["--no-svg"]))
        rows.append(("build after one customer changed", wall, rss, line))
    finally:
        with open(changed, "w", encoding="utf-8") as f:
            f.write(original)
    wall, rss, line = measure([pbxc, "check", customer, "--quiet"])
    rows.append(("check of one customer (pre-commit)", wall, rss, line))
    print(f"\nrepository: {args.customers} customers x {args.users} users, {size:.0f} MB, {os.cpu_count()} cores\n")
    print("| run | wall (s) | peak RSS (MB) | pbxc says |\n|---|---|---|---|")
    for name, wall, rss, line in rows:
        print(f"| {name} | {wall:.2f} | {rss:.0f} | {line} |")
    print(f"\n--jobs {args.jobs} / serial speed-up = {serial / parallel:.2f} (target >= 1.7)")
    print(f"one changed customer: {rows[2][1]:.2f} s (target < 1 s); one customer's check: {rows[3][1] * 1000:.0f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()
