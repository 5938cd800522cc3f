#!/usr/bin/env bash
# Runs the fuzz targets with cargo-fuzz (nightly), SECONDS each, two at a time (FUZZ_JOBS).
#
#   bash fuzz/run.sh 600              # `make fuzz`: every target 10 minutes (FUZZ_SECONDS)
#   bash fuzz/run.sh 20               # `make test-fuzz`, part of `make test`
#   bash fuzz/run.sh 60 tape query    # some targets
#
# Before fuzzing a target, every file in fuzz/regressions/<target>/ is run through it: a crash
# found once stays fixed. Corpora grow in fuzz/corpus/<target>/ (not in git), seeded from
# fuzz/seeds/; crashes land in fuzz/artifacts/<target>/, logs in fuzz/logs/<target>.log.
set -euo pipefail
cd "$(dirname "$0")"

seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(structured tape endpoint query response body)
jobs=${FUZZ_JOBS:-2}

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz: cargo-fuzz or the nightly toolchain is missing: run scripts/setup.sh fuzz (make setup-fuzz)" >&2
  exit 1
fi

# -O: optimized, -a: debug assertions (overflow checks too), with AddressSanitizer.
cargo +nightly fuzz build -O -a
bin=target/x86_64-unknown-linux-gnu/release
mkdir -p logs

fuzz() {
  local t=$1 extra=() corpora=("corpus/$t")
  case $t in
    tape) extra+=(-max_len=16384) corpora+=(seeds/tape) ;;
    endpoint) extra+=(-dict=dict/endpoint.dict) ;;
    body) corpora+=(seeds/body) ;;
  esac
  mkdir -p "corpus/$t" "artifacts/$t"
  {
    if compgen -G "regressions/$t/*" >/dev/null; then
      echo "== regressions/$t"
      "$bin/$t" regressions/"$t"/* || return 1
    fi
    echo "== fuzzing $t for ${seconds}s"
    "$bin/$t" -artifact_prefix="artifacts/$t/" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 "${extra[@]}" "${corpora[@]}"
  } >"logs/$t.log" 2>&1
}

declare -A running=()
failed=()
finish() { # pid exit-status
  local t=${running[$1]} status=ok
  [ "$2" -eq 0 ] || { status=FAILED; failed+=("$t"); }
  unset "running[$1]"
  local execs
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "logs/$t.log" | grep -o '[0-9]*$' || echo "?")
  echo "fuzz: $t: $status, $execs runs in ${seconds}s (fuzz/logs/$t.log)"
  if [ "$status" = FAILED ]; then
    grep -m1 -A3 -E 'panicked|ERROR: libFuzzer|SUMMARY' "logs/$t.log" | sed 's/^/  /' || true
    ls "artifacts/$t"/* 2>/dev/null | sed 's/^/  crash input: fuzz\//' || true
  fi
}
for t in "${targets[@]}"; do
  while [ ${#running[@]} -ge "$jobs" ]; do
    code=0
    wait -n -p done_pid "${!running[@]}" || code=$?
    finish "$done_pid" "$code"
  done
  fuzz "$t" &
  running[$!]=$t
done
for pid in "${!running[@]}"; do
  code=0
  wait "$pid" || code=$?
  finish "$pid" "$code"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets passed"
