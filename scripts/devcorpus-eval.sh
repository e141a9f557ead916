#!/usr/bin/env bash
# Scores vitae on the rendered development corpus, one half at a time. `vitae batch` parses every
# document that scripts/devcorpus.sh rendered, then `vitae eval --manifest` scores the outputs
# against testdata/devcorpus/gold, split into the renderers' halves by testdata/devcorpus/split.tsv:
# look at failures of the tuning half only; the check half's figures are the honest ones.
#
#   scripts/devcorpus-eval.sh [CORPUS_DIR] [-- vitae batch options, e.g. --nlp=off]
#
# CORPUS_DIR defaults to scripts/devcorpus.sh's default. Predictions go to CORPUS_DIR.pred/, the
# reports to CORPUS_DIR.pred/report-{tuning,check,all}.{txt,json}; the headline figures of each
# half are printed at the end. Environment as for scripts/vitae.
set -euo pipefail
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
corpus=${XDG_CACHE_HOME:-$HOME/.cache}/vitae/devcorpus
if [[ $# -gt 0 && $1 != -- ]]; then
  corpus=$1
  shift
fi
[[ ${1:-} == -- ]] && shift
manifest=$corpus/manifest.tsv
[[ -f $manifest ]] || { echo "devcorpus-eval: no $manifest; run scripts/devcorpus.sh first" >&2; exit 2; }
pred=${corpus%/}.pred
vitae=$root/scripts/vitae
gold=$root/testdata/devcorpus/gold
split=$root/testdata/devcorpus/split.tsv

status=0
"$vitae" batch "$corpus" -o "$pred" --include '**/*.{pdf,docx,html,md,txt}' "$@" || status=$?
# Exit code 1 means some documents failed, which eval counts as predicting nothing.
if ((status > 1)); then
  exit "$status"
fi
for half in tuning check; do
  "$vitae" eval --gold "$gold" --pred "$pred" --manifest "$manifest" --split "$split" \
    --half "$half" --json "$pred/report-$half.json" >"$pred/report-$half.txt"
done
"$vitae" eval --gold "$gold" --pred "$pred" --manifest "$manifest" --split "$split" \
  --json "$pred/report-all.json" >"$pred/report-all.txt"
for half in tuning check all; do
  printf '%-7s %s\n' "$half" "$(head -1 "$pred/report-$half.txt")"
done
echo "reports: $pred/report-{tuning,check,all}.txt"
