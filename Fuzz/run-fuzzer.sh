#!/bin/sh
# Builds one libFuzzer target and runs it for a while on a corpus seeded from the tests.
# usage: Fuzz/run-fuzzer.sh <FrontMatterFuzz|YAMLServiceFuzz|ShellFuzz|MermaidFuzz|RecipeFuzz> [seconds] [work folder]
# -detect_leaks=0: the only leaks LeakSanitizer reports are Swift lazy globals (schemas,
# tables) allocated once and never freed, by design.
# Crashers land in <work>/artifacts/<target>/; keep each as a regression test in
# Tests/RecipeHardeningTests/Fixtures/Crashers/<pipeline>/.
set -eu
target=$1
seconds=${2:-600}
work=${3:-.build-fuzz/work}
RECIPEGEN_FUZZ=1 swift build -c debug --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address --product "$target"
python3 Fuzz/make-seeds.py "$work/seeds" >/dev/null
mkdir -p "$work/corpus/$target" "$work/artifacts/$target"
export SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0
exec .build-fuzz/debug/"$target" "$work/corpus/$target" "$work/seeds/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -detect_leaks=0 \
    -artifact_prefix="$work/artifacts/$target/"
