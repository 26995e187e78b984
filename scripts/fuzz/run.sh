#!/usr/bin/env bash
# Fuzzes pbxc with libFuzzer and AddressSanitizer.
#   scripts/fuzz/run.sh [TARGET] [SECONDS]
#     TARGET  check — raw bytes → check (then compiler and emitters when clean)
#             build — structural mutations of valid configs → check, compiler, emitters
#             all   — both, one after the other (default)
#     SECONDS per target (default 60; the hardening issue asks 3600 locally)
# Seeds: the examples, the broken examples and every rule example (scripts/fuzz/seeds.py).
# A crash leaves its input in fuzz-out/<target>/ as crash-*: add it to Tests as a regression test.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:-all}
seconds=${2:-60}
if [[ "$target" =~ ^[0-9]+$ ]]; then seconds=$target; target=all; fi   # the old form: run.sh SECONDS
export PBXC_FUZZ=1
swift build --product pbxc-fuzz --build-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -g 2>&1 | grep -E "error|complete" || true
binary=$(swift build --product pbxc-fuzz --build-path .build-fuzz --show-bin-path)/pbxc-fuzz
mkdir -p fuzz-out/seeds
python3 scripts/fuzz/seeds.py fuzz-out/seeds

run() {
  local name=$1
  mkdir -p "fuzz-out/$name/corpus"
  echo "== fuzzing $name for ${seconds}s"
  # -rss_limit_mb: a leak or runaway input shows up as a finding; -timeout: a hang does
  # (30 s: a customer of 20,000 numbers takes 4-6 s under AddressSanitizer on a busy
  # 2-core machine, which a 10 s limit reported as a false hang).
  # The target's corpus grows across runs; the seeds are read each time.
  PBXC_FUZZ_TARGET=$name "$binary" "fuzz-out/$name/corpus" fuzz-out/seeds -max_total_time="$seconds" -timeout=30 \
    -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="fuzz-out/$name/" -print_final_stats=1 2>&1 | tail -16
  # libFuzzer exits non-zero on a finding; pipefail carries that out.
}
case "$target" in
  check|build) run "$target" ;;
  all) run check; run build ;;
  *) echo "unknown target '$target' (check, build or all)" >&2; exit 2 ;;
esac
