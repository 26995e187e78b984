#!/usr/bin/env python3
"""Mutated inputs against the real `pbxc` binary, beyond the project's own tests.

usage: scripts/fuzz/hostile-cli.py [--cases N] [--pbxc PATH] [--seed S]

Each case copies examples/ to a temporary repository, mutates one customer file with
zzuf (random bit flips at a random ratio, Debian's zzuf) and runs, as separate
processes, `pbxc check --format json`, `pbxc build` and `pbxc diff` against the
untouched examples. A case passes when every run exits 0, 1 or 2 within 30 s, prints
no crash or stack trace, writes nothing outside its output folder and leaves no
staging folder behind. Failing inputs are kept in fuzz-out/hostile/.
"""
import argparse, os, random, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CRASH_MARKS = ("Fatal error", "Stack dump", "Segmentation fault", "Illegal instruction", "Current stack trace",
               "AddressSanitizer", "Trace/breakpoint trap")


def run(cmd, env):
    try:
        proc = subprocess.run(cmd, capture_output=True, env=env, timeout=30)
    except subprocess.TimeoutExpired:
        return None, "timed out after 30 s"
    text = proc.stdout.decode(errors="replace") + proc.stderr.decode(errors="replace")
    return proc.returncode, text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--pbxc", default=os.path.join(ROOT, ".build", "debug", "pbxc"))
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not shutil.which("zzuf"):
        sys.exit("zzuf is not installed (apt-get install zzuf)")
    examples = os.path.join(ROOT, "examples")
    files = sorted(os.path.relpath(os.path.join(d, f), examples) for d, _, fs in os.walk(os.path.join(examples, "customers"))
                   for f in fs if f.endswith(".yaml"))
    env = dict(os.environ, NO_COLOR="1", PBXC_MASTER_KEY="hostile-only", ACME_CARLA_DEVICE_PW="Hostile-Pw-1!")
    chooser = random.Random(args.seed)
    failures, codes = [], {}
    for case in range(args.cases):
        with tempfile.TemporaryDirectory() as tmp:
            repo, out = os.path.join(tmp, "repo"), os.path.join(tmp, "out")
            shutil.copytree(examples, repo, ignore=shutil.ignore_patterns(".pbxc-cache"))
            target = chooser.choice(files)
            ratio = chooser.choice([0.00005, 0.0002, 0.001, 0.005, 0.02])
            seed = chooser.randrange(1 << 30)
            with open(os.path.join(repo, target), "rb") as source:
                mutated = subprocess.run(["zzuf", "-s", str(seed), "-r", str(ratio)], stdin=source,
                                         capture_output=True, check=True).stdout
            with open(os.path.join(repo, target), "wb") as sink:
                sink.write(mutated)
            problems = []
            for name, cmd in [("check", [args.pbxc, "check", repo, "--format", "json"]),
                              ("build", [args.pbxc, "build", repo, "-o", out, "--today", "2026-11-21"]),
                              ("diff", [args.pbxc, "diff", examples, repo])]:
                code, text = run(cmd, env)
                codes[(name, code)] = codes.get((name, code), 0) + 1
                if code not in (0, 1, 2):
                    problems.append(f"{name} exited {code}")
                if any(mark in text for mark in CRASH_MARKS):
                    problems.append(f"{name} printed a crash")
            extra = sorted(set(os.listdir(tmp)) - {"repo", "out"})
            if extra:
                problems.append(f"left {extra} beside the output")
            if os.path.isdir(out) and any(n.startswith(".pbxc-tmp") for n in os.listdir(out)):
                problems.append("left a staging folder in the output")
            if problems:
                keep = os.path.join(ROOT, "fuzz-out", "hostile", f"case-{case}-{os.path.basename(target)}")
                os.makedirs(os.path.dirname(keep), exist_ok=True)
                with open(keep, "wb") as f:
                    f.write(mutated)
                failures.append((case, target, problems, keep))
    summary = ", ".join(f"{name} {code}: {n}" for (name, code), n in sorted(codes.items(), key=lambda x: (x[0][0], x[0][1])))
    print(f"hostile-cli: {args.cases} mutated repositories; exit codes {summary}")
    for case, target, problems, keep in failures:
        print(f"  case {case} ({target}): {'; '.join(problems)} — input kept in {keep}")
    print(f"hostile-cli: {len(failures)} failing case(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
