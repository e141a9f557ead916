#!/usr/bin/env bash
# End-to-end speed and memory of vitae against the floor no parser can beat.
#
#   scripts/bench.sh [--docs N] [--threads N] [--large] [--jmh] [FOLDER...]
#
# Builds a corpus of at least N (default 2000) Markdown/text documents and N PDFs by linking
# copies of the files found under FOLDER... (default: testdata/corpus), then, for each of the two:
#   - the raw text pull alone (PDFBox PDFTextStripper over the PDFs; plain UTF-8 reading of the
#     Markdown and text files) on the same number of threads: docs/s;
#   - `vitae batch` over it (NLP off): docs/s from its summary, peak RSS from /usr/bin/time -v;
#   - the ratio of the two.
# Then one document from a cold start (`scripts/vitae parse`, five runs, median wall time).
#   --large  also a batch of 20,000 Markdown/text documents under -Xmx1g: peak RSS and the
#            largest heap left after a GC (from the GC log).
#   --jmh    also the JMH benchmarks (each reader alone, the extractor alone) over FOLDER...
#
# Environment: VITAE_BENCH_DIR (work folder, default /tmp/vitae-bench), VITAE_MVN_ARGS (extra Maven
# flags, e.g. -o), JAVA_HOME. Figures depend on the machine and on what else runs on it: the
# script prints the load average and the CPU count next to them.
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
docs=2000
threads=$(nproc)
large=false
jmh=false
folders=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --docs) docs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --large) large=true; shift ;;
    --jmh) jmh=true; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    -*) echo "bench: unknown option $1" >&2; exit 2 ;;
    *) folders+=("$(cd -- "$1" && pwd -P)"); shift ;;
  esac
done
[[ ${#folders[@]} -gt 0 ]] || folders=("$root/testdata/corpus")
work=${VITAE_BENCH_DIR:-/tmp/vitae-bench}
java=java
[[ -n ${JAVA_HOME:-} ]] && java=$JAVA_HOME/bin/java

echo "bench: building" >&2
# shellcheck disable=SC2086 # VITAE_MVN_ARGS is a list of flags
(cd "$root" && mvn -B -q ${VITAE_MVN_ARGS:-} -DskipTests -pl cli,bench -am package) >&2
vitae_jar=$root/cli/target/vitae.jar
bench_jar=$root/bench/target/benchmarks.jar

# corpus NAME COUNT PATTERN...: links COUNT copies of the matching files into $work/corpus/NAME.
corpus() {
  local name=$1 count=$2
  shift 2
  local dir=$work/corpus/$name
  local -a sources
  mapfile -t sources < <(find "${folders[@]}" -type f \( "$@" \) -not -path '*/hostile/*' | sort)
  if [[ ${#sources[@]} -eq 0 ]]; then
    echo "bench: no $name documents under ${folders[*]}" >&2
    return 1
  fi
  if [[ -d $dir && $(find "$dir" -type f | wc -l) -eq $count ]]; then
    return 0
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  local i src sub
  for ((i = 0; i < count; i++)); do
    src=${sources[i % ${#sources[@]}]}
    # 100 files per folder, as real collections are spread out.
    sub=$dir/$((i / 100))
    [[ -d $sub ]] || mkdir -p "$sub"
    ln "$src" "$sub/$i-$(basename "$src")" 2>/dev/null || cp "$src" "$sub/$i-$(basename "$src")"
  done
  echo "bench: $name corpus: $count documents from ${#sources[@]} files" >&2
}

# timed LOG COMMAND...: runs COMMAND under /usr/bin/time -v, its stderr and the figures to LOG;
# sets cpu_s (user + system seconds) and rss_mb (peak resident set).
timed() {
  local log=$1
  shift
  /usr/bin/time -v "$@" 2>"$log" || true
  cat "$log" >>"$work/log.txt"
  cpu_s=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$log")
  rss_mb=$(awk '/Maximum resident set size/ {printf "%.0f", $NF / 1024}' "$log")
}

# raw DIR: the raw pull; sets raw_rate (docs/s) and raw_cpu (CPU seconds).
raw() {
  timed "$work/raw.err" "$java" -cp "$bench_jar" dev.vitae.bench.RawTextPull \
    --threads "$threads" "$1" >"$work/raw.out"
  cat "$work/raw.out" >>"$work/log.txt"
  raw_rate=$(sed -E 's/.*\(([0-9.]+) docs\/s\).*/\1/' "$work/raw.out")
  raw_cpu=$cpu_s
}

# batch DIR OUT [JVM flags...]: runs vitae batch; sets batch_rate, batch_cpu, batch_rss_mb,
# batch_line and batch_fill.
batch() {
  local dir=$1 out=$2
  shift 2
  timed "$work/batch.err" "$java" "$@" -jar "$vitae_jar" batch "$dir" -o "$out" --force \
    --threads "$threads"
  batch_line=$(grep -m1 -E '^vitae: [0-9]+ files' "$work/batch.err")
  batch_rate=$(sed -E 's/.*\(([0-9.]+) docs\/s\).*/\1/' <<<"$batch_line")
  batch_fill=$(grep -m1 -E '^vitae: outputs with' "$work/batch.err" || true)
  batch_cpu=$cpu_s
  batch_rss_mb=$rss_mb
}

mkdir -p "$work"
: >"$work/log.txt"
echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)," \
  "$("$java" -version 2>&1 | sed -n 1p), load average $(cut -d' ' -f1-3 /proc/loadavg), threads $threads"

corpus text "$docs" -name '*.md' -o -name '*.markdown' -o -name '*.txt'
corpus pdf "$docs" -name '*.pdf'

cores=$(nproc)
for kind in text pdf; do
  raw "$work/corpus/$kind"
  batch "$work/corpus/$kind" "$work/out/$kind"
  # The machine may be shared: CPU seconds per document say what an idle one would do.
  read -r ratio cpu_ratio raw_ms batch_ms idle_rate < <(awk -v b="$batch_rate" -v r="$raw_rate" \
    -v bc="$batch_cpu" -v rc="$raw_cpu" -v n="$docs" -v c="$cores" 'BEGIN {
      printf "%.3f %.3f %.1f %.1f %.0f\n", (r > 0 ? b / r : 0), (bc > 0 ? rc / bc : 0),
        1000 * rc / n, 1000 * bc / n, (bc > 0 ? n * c / bc : 0) }')
  printf '%-4s %5d docs: raw pull %7.1f docs/s | vitae batch %6.1f docs/s, peak RSS %5d MB | ratio %s\n' \
    "$kind" "$docs" "$raw_rate" "$batch_rate" "$batch_rss_mb" "$ratio"
  printf '     CPU per document: raw pull %.1f ms, vitae %.1f ms (ratio %s); on %d idle cores' \
    "$raw_ms" "$batch_ms" "$cpu_ratio" "$cores"
  printf ' vitae would do about %s docs/s\n' "$idle_rate"
  echo "     $batch_line"
  [[ -n $batch_fill ]] && echo "     $batch_fill"
done

# -print -quit, not | head: under pipefail, find's SIGPIPE would end the script.
sample=$(find "$work/corpus/text" -type f -name '*.md' -print -quit)
[[ -n $sample ]] || sample=$(find "$work/corpus/text" -type f -print -quit)
# The first run after a build writes the class archive; cold start is a fresh JVM, not a build.
"$root/scripts/vitae" parse "$sample" >/dev/null 2>&1 || true
times=()
for _ in 1 2 3 4 5; do
  /usr/bin/time -f '%e %U %S' -o "$work/cold.txt" "$root/scripts/vitae" parse "$sample" \
    >/dev/null 2>&1 || true
  times+=("$(awk '{printf "%s/%.2f", $1, $2 + $3}' "$work/cold.txt")")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
echo "cold start: scripts/vitae parse $(basename "$sample"), wall/CPU seconds: median ${median}" \
  "of 5 (${times[*]})"

if $large; then
  corpus large 20000 -name '*.md' -o -name '*.markdown' -o -name '*.txt'
  gc_log=$work/gc.log
  batch "$work/corpus/large" "$work/out/large" -Xmx1g "-Xlog:gc:file=$gc_log"
  heap=$(grep -oE -- '->[0-9]+M' "$gc_log" | tr -dc '0-9\n' | sort -n | tail -1)
  echo "large 20000 docs under -Xmx1g: vitae batch ${batch_rate} docs/s, ${batch_cpu} CPU s," \
    "peak RSS ${batch_rss_mb} MB, largest heap after GC ${heap:-?} MB"
  echo "     $batch_line"
fi

if $jmh; then
  corpus_param=$(IFS=:; echo "${folders[*]}")
  "$java" -jar "$bench_jar" -p corpus="$corpus_param" -rf text -rff "$work/jmh.txt" \
    'dev.vitae.bench.*' >>"$work/log.txt" 2>&1
  cat "$work/jmh.txt"
fi
echo "bench: details in $work/log.txt" >&2
