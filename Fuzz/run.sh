#!/usr/bin/env bash
# Builds a libFuzzer target and fuzzes it.
#   bash Fuzz/run.sh                  # fragments, 10 minutes
#   bash Fuzz/run.sh 60               # fragments, one minute (what CI does, for each target)
#   bash Fuzz/run.sh 60 manifest      # manifests, one minute
#   bash Fuzz/run.sh 60 frontmatter   # the structure of a front matter, one minute
#   bash Fuzz/run.sh 60 import        # the Word importer, one minute
# Seeds: for fragments, the corpus of bad input and the real fragments; for manifests, the
# corpus's manifests and the real ones; the front-matter target makes its YAML from the bytes
# and starts from nothing; for the importer, the hostile .docx corpus, the secretaries'
# documents, and their word/document.xml. A crashing input is written to Fuzz/crashes/; add it
# to Tests/Corpus/ with its expected diagnostic once it is fixed.
#
# FUZZ_SEED=1 makes a run repeatable: libFuzzer's own seed is fixed and Swift's hashing is made
# deterministic, so the same code tries the same inputs in the same order (a faster machine only
# gets further). CI runs this way, so that a crash it finds can be found again here with
# `FUZZ_SEED=1 bash Fuzz/run.sh 45 <target>`; without it, every run explores afresh.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
target="${2:-fragments}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p Fuzz/crashes
extra=()
case "$target" in
  fragments)
    product=FuzzFragments
    cp Tests/Corpus/fragments/*.md "$work"/
    for fragment in fragments/*/*.md; do
      cp "$fragment" "$work/$(basename "$(dirname "$fragment")")-$(basename "$fragment")"
    done
    max_len=8192
    ;;
  manifest)
    product=FuzzManifest
    cp Tests/Corpus/manifests/*.yaml "$work"/
    for manifest in reports/*/report.yaml; do
      cp "$manifest" "$work/$(basename "$(dirname "$manifest")").yaml"
    done
    max_len=16384
    ;;
  frontmatter)
    product=FuzzFrontMatter
    max_len=512
    # No seeds: the bytes are a plan, not YAML. Without this, libFuzzer grows inputs a few
    # bytes at a time and a CI run of 45 s explores inputs of at most 4 bytes.
    extra=(-len_control=0)
    ;;
  import)
    product=FuzzImport
    # The first byte of an input chooses whole-file mode (0), document.xml mode (1) or
    # clipboard-HTML mode (2).
    python3 - "$work" Tests/Corpus/docx/*.docx Tests/JaarverslagKitTests/Fixtures/docx/*.docx <<'PY'
import os, sys, zipfile
work, files = sys.argv[1], sys.argv[2:]
for path in files:
    name = os.path.basename(path)
    data = open(path, "rb").read()
    if len(data) < 60000:
        open(os.path.join(work, "file-" + name), "wb").write(b"\0" + data)
    try:
        document = zipfile.ZipFile(path).read("word/document.xml")
        open(os.path.join(work, "xml-" + name), "wb").write(b"\1" + document[:60000])
    except Exception:
        pass
html = '<p class=MsoTitle>Titel</p><h1>Kop</h1><p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">a)</span>een <b>vet</b> <a href="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fg40.nl">woord</a></p><ul><li>x<ol start=3><li>y</li></ol></li></ul><table><tr><td>t</td></tr></table>'
open(os.path.join(work, "html-word"), "wb").write(b"\2" + html.encode())
PY
    max_len=65536
    ;;
  *) echo "unknown target: $target (fragments, manifest, frontmatter or import)" >&2; exit 2 ;;
esac
swift build -c release --package-path Fuzz --product "$product" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
if [ -n "${FUZZ_SEED:-}" ]; then
  extra+=(-seed="$FUZZ_SEED")
  export SWIFT_DETERMINISTIC_HASHING=1
fi
LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan-suppressions.txt" \
  "Fuzz/.build/release/$product" "$work" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="Fuzz/crashes/$product-" -print_final_stats=1 "${extra[@]}"
