#!/usr/bin/env python3
"""Benchmark at partner scale (issue 8), every figure in one run, side by side:

  * `pbxc check` throughput against a bare libyaml event loop over the same bytes
    (interleaved rounds, median of the per-round ratios);
  * full build, serial (--jobs 1) and on every core (--jobs N, default the core count);
  * the build after one customer changed (incremental, through the build cache);
  * one customer's `pbxc check`, as a pre-commit hook runs it (process start included);
  * peak memory (RSS) of each.

usage: scripts/bench/build.py [--customers 10000] [--users 25] [--jobs 2] [--rounds 3] [--svg]

The generator (scripts/bench/generate.py) makes the repository: 10,000 customers of 25
users is 250,000 users and about 50,000 desk phones. Outputs go to bench-out/.
"""
import argparse, os, shutil, statistics, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, measure, release_binaries, repository  # noqa: E402

ENV = dict(os.environ, PBXC_MASTER_KEY="benchmark-only")
TODAY = ["--today", "2026-11-21"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=10000)
    ap.add_argument("--users", type=int, default=25)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--rounds", type=int, default=3, help="rounds of the check, incremental and pre-commit runs")
    ap.add_argument("--svg", action="store_true", help="also draw the SVGs (a Graphviz process per customer)")
    args = ap.parse_args()
    bin_dir = release_binaries("pbxc", "yaml-baseline")
    pbxc, baseline = os.path.join(bin_dir, "pbxc"), os.path.join(bin_dir, "yaml-baseline")
    repo, size = repository(args.customers, args.users)
    mb = size / 1e6
    svg = [] if args.svg else ["--no-svg"]
    rows = []

    # check against the bare libyaml loop, interleaved.
    programs = [("bare libyaml event loop (1 thread)", [baseline, "."]),
                ("pbxc check --jobs 1", [pbxc, "check", "--jobs", "1", "--quiet"]),
                (f"pbxc check --jobs {args.jobs}", [pbxc, "check", "--jobs", str(args.jobs), "--quiet"])]
    runs = {name: [] for name, _ in programs}
    for _ in range(args.rounds):
        for name, cmd in programs:
            runs[name].append(measure(cmd, cwd=repo, env=ENV))
    for name, results in runs.items():
        wall = statistics.median(r[0] for r in results)
        rows.append((name, wall, max(r[1] for r in results), f"{mb / wall:.1f} MB/s"))
    base = runs[programs[0][0]]
    ratios = {name: statistics.median(b[0] / r[0] for b, r in zip(base, runs[name])) for name, _ in programs[1:]}

    # Full builds, serial and parallel, each into a folder that does not exist yet. Earlier
    # outputs are only moved aside here and deleted after the last measurement: for minutes
    # after a mass deletion ext4 creates files slowly (its inode allocator skips recently
    # freed inodes, `recently_deleted` in the kernel), which made a build right after
    # `rm -rf` of the previous one twice as slow, in kernel time (docs/performance.md).
    bench = os.path.join(ROOT, "bench-out")
    trash = os.path.join(bench, f"trash-{os.getpid()}")
    os.makedirs(trash)
    for name in os.listdir(bench):
        if name.startswith(("build-out", "trash-")) and name != os.path.basename(trash):
            os.rename(os.path.join(bench, name), os.path.join(trash, name))
    full = {}
    for jobs in sorted({1, args.jobs}):
        out = os.path.join(bench, f"build-out-jobs{jobs}")
        wall, rss, line = measure([pbxc, "build", repo, "-o", out, "--jobs", str(jobs), "--quiet"] + TODAY + svg, env=ENV)
        full[jobs] = wall
        rows.append((f"full build --jobs {jobs}", wall, rss, line))
        if jobs != args.jobs:
            os.rename(out, os.path.join(trash, os.path.basename(out)))

    # One customer changes (a comment line appended), then is put back: each a build.
    first = sorted(os.listdir(os.path.join(repo, "customers")))[0]
    customer = changed = os.path.join(repo, "customers", first)
    if os.path.isdir(changed):
        changed = os.path.join(changed, sorted(os.listdir(changed))[0])
    original = open(changed, encoding="utf-8").read()
    incremental = []
    try:
        for round in range(args.rounds):
            with open(changed, "w", encoding="utf-8") as f:
                f.write(original + ("" if round % 2 else f"# touched at {time.time()}\n"))
            incremental.append(measure([pbxc, "build", repo, "-o", out, "--quiet"] + TODAY + svg, env=ENV))
    finally:
        with open(changed, "w", encoding="utf-8") as f:
            f.write(original)
    incremental_wall = statistics.median(r[0] for r in incremental)
    rows.append(("build after one customer changed", incremental_wall, max(r[1] for r in incremental), incremental[-1][2]))

    precommit = [measure([pbxc, "check", customer, "--quiet"], env=ENV) for _ in range(max(5, args.rounds))]
    precommit_wall = statistics.median(r[0] for r in precommit)
    rows.append(("check of one customer (pre-commit)", precommit_wall, max(r[1] for r in precommit), ""))

    print(f"\nrepository: {args.customers} customers x {args.users} users, {mb:.1f} MB, {os.cpu_count()} cores; "
          f"medians of {args.rounds} rounds (full builds: one each)\n")
    print("| run | wall (s) | peak RSS (MB) | |\n|---|---|---|---|")
    for name, wall, rss, note in rows:
        print(f"| {name} | {wall:.2f} | {rss / 1e6:.0f} | {note} |")
    parallel = list(ratios)[-1]
    print(f"\ncheck / libyaml throughput: {ratios[parallel]:.2f} with --jobs {args.jobs}, "
          f"{ratios['pbxc check --jobs 1']:.2f} serial (target >= 0.6)")
    print(f"check peak RSS / input: {max(r[1] for r in runs[parallel]) / size:.2f} (target <= 4)")
    print(f"full build --jobs {args.jobs} / serial speed-up: {full[1] / full[args.jobs]:.2f} (target >= 1.7)")
    print(f"one changed customer: {incremental_wall:.2f} s (target < 1 s); one customer's check: {precommit_wall * 1000:.0f} ms (target < 50 ms)")
    shutil.rmtree(trash)  # after the measurements (see the full builds above)


if __name__ == "__main__":
    main()
