#!/usr/bin/env bash
# Builds the libFuzzer target and fuzzes fragment loading and validation.
#   bash Fuzz/run.sh            # 10 minutes
#   bash Fuzz/run.sh 60         # one minute (what CI does)
# Seeds: the corpus of bad input and the real fragments. A crashing input is written to
# Fuzz/crashes/; add it to Tests/Corpus/ with its expected diagnostic once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
swift build -c release --package-path Fuzz --product FuzzFragments \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp Tests/Corpus/fragments/*.md "$work"/
for fragment in fragments/*/*.md; do
  cp "$fragment" "$work/$(basename "$(dirname "$fragment")")-$(basename "$fragment")"
done
mkdir -p Fuzz/crashes
Fuzz/.build/release/FuzzFragments "$work" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix=Fuzz/crashes/ -print_final_stats=1
