#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 JFP Planner contributors
#
# Builds the libFuzzer targets (JFP_FUZZ=ON, clang-14) in ./build-fuzz and runs each for
# SECONDS:
#
#   tests/fuzz/run.sh SECONDS [TARGET...]      # TARGET: csvreader fingertips xlsx period planopen spc
#
# Corpora start from tests/data, ../shared/data (when there), tests/fuzz/seeds and what
# fuzz_seeds makes with `jfp`, and grow in build-fuzz/corpus/TARGET between runs. The issue's
# limits are what the fuzzers enforce: an input that takes over 1 s (-timeout=1), asks for over
# 100 MB at once (-malloc_limit_mb=100) or makes the process's peak memory grow by over 100 MB
# (JfpFuzz::MemoryBudget in fuzzsupport.h) is a finding like a crash; -rss_limit_mb catches
# slow growth over many inputs (leaks). ASan's quarantine of freed memory is kept small so that
# the peak measures what an input holds at once. Findings are kept in build-fuzz/findings/ and
# the script then exits 1. A summary line per target (executions, coverage, corpus size) goes
# to build-fuzz/logs/summary.txt. Targets run one per processor at a time.
#
# JFP_FUZZ_BUILD overrides the build folder (a build configured with JFP_FUZZ=ON, such as
# ./test.sh --sanitize's build-asan, is used as it is), JFP_FUZZ_JOBS the build's parallelism,
# JFP_FUZZ_PARALLEL how many targets run at once.
set -euo pipefail
cd "$(dirname "$0")/../.."
top=$PWD

all=(csvreader fingertips xlsx period planopen spc)
[ $# -ge 1 ] && [[ $1 =~ ^[0-9]+$ ]] || { echo "usage: tests/fuzz/run.sh SECONDS [TARGET...] (targets: ${all[*]})" >&2; exit 2; }
seconds=$1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for target in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $target "* ]] || { echo "run.sh: no fuzz target '$target' (targets: ${all[*]})" >&2; exit 2; }
done

build=${JFP_FUZZ_BUILD:-$top/build-fuzz}
compiler=${JFP_FUZZ_CXX:-clang++-14}
command -v "$compiler" >/dev/null || { echo "run.sh: $compiler is missing (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 1; }
printf '\033[1m==> %s\033[0m\n' "Building the fuzz targets in $build"
# A build already made with JFP_FUZZ (./test.sh --sanitize's) is used as it is.
if ! grep -qs '^JFP_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$compiler" -DJFP_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build" --target fuzzers -j "${JFP_FUZZ_JOBS:-$(nproc)}"

# Seeds: files of the repository, the shared data when this is a checkout beside it, and the
# plans and workbooks fuzz_seeds makes.
generated=$build/seeds
rm -rf "$generated"
QT_QPA_PLATFORM=offscreen "$build/tests/fuzz/fuzz_seeds" "$generated" >/dev/null
seed_sources() {
    local target=$1 shared=$top/../shared/data
    case $target in
        csvreader | fingertips)
            find "$top/tests/data/fingertips" -name '*.csv'
            [ -d "$shared" ] && find "$shared" -name '*.csv'
            find "$generated/csvreader" -type f ;;
        xlsx) find "$generated/xlsx" -type f ;;
        planopen)
            find "$top/tests/data" -maxdepth 1 -name '*.jfp'
            find "$generated/planopen" -name '*.jfp' ;;
    esac
    [ -d "$top/tests/fuzz/seeds/$target" ] && find "$top/tests/fuzz/seeds/$target" -type f
    return 0
}

mkdir -p "$build/findings" "$build/logs"
: >"$build/logs/summary.txt"

# One target: seeds its corpus, fuzzes it, and writes its summary line and status.
fuzz_one() {
    local target=$1 corpus=$build/corpus/$1 log=$build/logs/$1.log status=0
    mkdir -p "$corpus"
    # Seeds over 1 MB are cut by libFuzzer's -max_len anyway; copy them as they are.
    while IFS= read -r seed; do
        [ -n "$seed" ] && cp -f "$seed" "$corpus/seed-$(basename "$seed")"
    done < <(seed_sources "$target" | sort -u)
    printf '\033[1m==> %s\033[0m\n' "Fuzzing $target for $seconds s (log: $log)"
    # timeout(1) stops a run that libFuzzer itself cannot stop.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:quarantine_size_mb=8:malloc_context_size=10} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    QT_QPA_PLATFORM=offscreen \
        timeout --kill-after=30 $((seconds + 60)) \
        "$build/tests/fuzz/fuzz_$target" "$corpus" \
        -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -malloc_limit_mb=100 \
        -max_len=1048576 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$target-" >"$log" 2>&1 || status=$?
    local execs coverage features
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    features=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    echo "$target: ${execs:-?} runs in $seconds s, coverage ${coverage:-?} edges, ${features:-?} features, corpus $(find "$corpus" -type f | wc -l) files, status $status" >"$build/logs/$target.summary"
    echo "$status" >"$build/logs/$target.status"
}

# JFP_FUZZ_PARALLEL targets at a time (default: one per processor).
parallel=${JFP_FUZZ_PARALLEL:-$(nproc)}
running=0
for target in "${targets[@]}"; do
    fuzz_one "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$parallel" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true

failed=()
for target in "${targets[@]}"; do
    cat "$build/logs/$target.summary" | tee -a "$build/logs/summary.txt"
    if [ "$(cat "$build/logs/$target.status")" != 0 ]; then
        failed+=("$target")
        grep -E 'ERROR|SUMMARY|Test unit written|==[0-9]+==' "$build/logs/$target.log" | head -20 || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "run.sh: findings in ${failed[*]}: the inputs are in $build/findings, the logs in $build/logs" >&2
    exit 1
fi
echo "run.sh: no findings in ${targets[*]}"
