"""Shared by the benchmarks: release binaries, generated repositories, and running a
program as its own process with its wall time and peak RSS (from wait4)."""
import os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def release_binaries(*products):
    """Builds the products in release mode; returns the folder that holds them."""
    for product in products:
        subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True)
    return subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()


def repository(customers, users, documents=False):
    """The generated repository of that size under bench-out/ (made once), and its size in bytes;
    with `documents`, every customer files a porting request (a PDF and a JSON)."""
    repo = os.path.join(ROOT, "bench-out", f"repo-{customers}x{users}" + ("-documents" if documents else ""))
    if not os.path.isdir(repo):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts/bench/generate.py"), repo,
                        "--customers", str(customers), "--users", str(users)] + (["--documents"] if documents else []),
                       check=True)
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(repo) for f in fs
               if ".pbxc-cache" not in d)
    return repo, size


def measure(cmd, cwd=None, env=None):
    """Runs cmd; returns (wall seconds, peak RSS in bytes, last line of stderr). Exits on failure."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} exited {code}:\n{err[-2000:]}")
    lines = err.strip().splitlines()
    return elapsed, usage.ru_maxrss * 1024, lines[-1] if lines else ""  # Linux: KiB
