#!/usr/bin/env bash
# Scores vitae on the wild corpus: `vitae batch` parses every resume of testdata/corpus/wild, then
# `vitae eval` scores the outputs against testdata/corpus/wild-gold (each gold file paired with the
# format its index.tsv names) and prints the P/R/F1 tables by slot, group, document, format and
# language. The batch summary goes to stderr, the tables to stdout.
#
#   scripts/eval-wild.sh                                   # outputs in target/eval-wild
#   scripts/eval-wild.sh -o /tmp/wild --json report.json   # other options go to vitae eval
#
# The batch's failures (JSON Resume files, formats without a reader yet) are listed in
# OUT_DIR/errors.jsonl and do not stop the scoring. Environment as for scripts/vitae.
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
out=$root/target/eval-wild
if [[ ${1:-} == -o ]]; then
  [[ $# -ge 2 ]] || { echo "usage: $0 [-o OUT_DIR] [vitae eval options]" >&2; exit 2; }
  out=$2
  shift 2
fi
vitae=$root/scripts/vitae
wild=$root/testdata/corpus/wild

# Every resume format of the corpus; SOURCES.tsv describes the files and is not one.
status=0
"$vitae" batch "$wild" -o "$out" --include '*.{pdf,docx,html,md,txt,json}' || status=$?
# Exit code 1 means some files failed, which is expected here; anything else is a real failure.
if ((status > 1)); then
  exit "$status"
fi
echo >&2
exec "$vitae" eval --gold "$root/testdata/corpus/wild-gold" --pred "$out" --docs "$wild" "$@"
