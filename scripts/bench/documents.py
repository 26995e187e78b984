#!/usr/bin/env python3
"""What the porting, move and order PDFs cost a build: a generated repository where
every customer files a porting request (scripts/bench/generate.py --documents), built
in full; prints the wall time, peak RSS and the PDFs' count and sizes.

usage: scripts/bench/documents.py [--customers 1000] [--users 10] [--jobs 2] [--rounds 3] [--pbxc PATH]

--pbxc measures another binary (an older build, to compare); by default the release
build of this tree. Outputs go to bench-out/.
"""
import argparse, os, shutil, statistics, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, measure, release_binaries, repository  # noqa: E402

ENV = dict(os.environ, PBXC_MASTER_KEY="benchmark-only")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=1000)
    ap.add_argument("--users", type=int, default=10)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pbxc", help="the pbxc binary to measure (default: this tree's release build)")
    args = ap.parse_args()
    pbxc = args.pbxc or os.path.join(release_binaries("pbxc"), "pbxc")
    repo, _ = repository(args.customers, args.users, documents=True)
    walls, rss = [], 0
    for round in range(args.rounds):
        # Each round into a folder that does not exist (docs/performance.md: ext4 after rm -rf).
        out = os.path.join(ROOT, "bench-out", f"documents-out-{os.getpid()}-{round}")
        wall, peak, _ = measure([pbxc, "build", repo, "-o", out, "--jobs", str(args.jobs), "--no-svg", "--quiet",
                                 "--clean", "--today", "2026-11-21"], env=ENV)
        walls.append(wall)
        rss = max(rss, peak)
        if round < args.rounds - 1:
            shutil.rmtree(out)
    sizes = [os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs if f.endswith(".pdf")]
    shutil.rmtree(out)
    print(f"{args.customers} customers x {args.users} users, {len(sizes)} PDFs, --jobs {args.jobs}, --no-svg")
    print(f"full build: median {statistics.median(walls):.2f} s of {args.rounds} ({', '.join(f'{w:.2f}' for w in walls)}), "
          f"peak RSS {rss / 1e6:.0f} MB")
    print(f"PDFs: {sum(sizes) / 1e6:.1f} MB, mean {statistics.mean(sizes) / 1e3:.1f} KB, "
          f"largest {max(sizes) / 1e3:.1f} KB")


if __name__ == "__main__":
    main()
