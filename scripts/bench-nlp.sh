#!/usr/bin/env bash
# Throughput and memory of `vitae batch` with the NLP layer off and on, over the same corpus: the
# testdata samples plus the wild corpus, copied COPIES times (default 4) so that the one-time model
# load is spread over a batch the size of a real run. Each mode runs in its own JVM capped at
# -Xmx1g: a run that completes shows the batch fits in 1 GB of heap. Prints docs/s, the ratio
# on/off, the peak heap after GC (from the JVM's GC log) and the peak resident set size.
#
#   scripts/bench-nlp.sh [COPIES] [CORPUS_DIR...]
#
# Environment: as scripts/vitae; THREADS (default: the number of processors).
set -euo pipefail
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
copies=${1:-4}
shift || true
if [[ $# -eq 0 ]]; then
  set -- "$root/testdata/corpus/seeds" "$root/testdata/corpus/wild"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ((i = 0; i < copies; i++)); do
  for dir in "$@"; do
    mkdir -p "$work/in/$i"
    cp -r "$dir" "$work/in/$i/"
  done
done
files=$(find "$work/in" -type f ! -name '.*' | wc -l)
# Build the jar once, outside the timed runs.
"$root/scripts/vitae" --version >/dev/null

threads=${THREADS:-$(nproc)}
declare -A rate
for mode in off on; do
  VITAE_JAVA_OPTS="-Xmx1g -Xlog:gc:file=$work/gc-$mode.log ${VITAE_JAVA_OPTS:-}" \
    /usr/bin/time -f '%M' -o "$work/rss-$mode" \
    "$root/scripts/vitae" batch "$work/in" -o "$work/out-$mode" --threads "$threads" --nlp=$mode \
    2>"$work/log-$mode" || true
  summary=$(grep -h ' files, ' "$work/log-$mode")
  rate[$mode]=$(sed -E 's/.*\(([0-9.]+) docs\/s\).*/\1/' <<<"$summary")
  # "GC(12) Pause Young ... 300M->120M(1024M)": the heap in use after each collection.
  heap=$(grep -oE -- '->[0-9]+M' "$work/gc-$mode.log" | tr -d '>M-' | sort -n | tail -1)
  rss=$(( $(tail -n 1 "$work/rss-$mode") / 1024 ))
  echo "nlp=$mode: $summary; peak heap after GC ${heap:-?} MB; peak RSS $rss MB (-Xmx1g)"
done
echo "$files files ($copies copies of the corpus), threads=$threads; throughput on/off = $(python3 -c "print(round(${rate[on]}/${rate[off]}, 2))")"
