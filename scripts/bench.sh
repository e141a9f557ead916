#!/usr/bin/env bash
# End-to-end speed and memory of vitae against the raw text pull (PDFBox alone, plain file reads).
#
#   scripts/bench.sh [--docs N] [--threads N] [--repeat N] [--large] [--jmh] [FOLDER...]
#
# Builds a corpus of at least N (default 2000) Markdown/text documents and N PDFs by linking
# copies of the files found under FOLDER... (default: testdata/corpus), then, for each of the two,
# --repeat times (default 3) in turn:
#   - the raw text pull alone (PDFBox PDFTextStripper over the PDFs; plain UTF-8 reading of the
#     Markdown and text files) on the same number of threads: docs/s;
#   - `vitae batch --nlp=off` over it: docs/s from its summary, peak RSS from /usr/bin/time -v;
# and prints the median of each and the median of the per-turn ratios (a shared machine swings
# from one minute to the next; turns side by side see the same load). Then `vitae batch --nlp=on`
# once over the Markdown/text corpus, and one document from a cold start (`scripts/vitae parse
# --nlp=off`, five runs, median wall time).
#   --large  also a batch of 20,000 Markdown/text documents under -Xmx1g: peak RSS and the
#            largest heap left after a GC (from the GC log).
#   --jmh    also the JMH benchmarks (each reader alone, the extractor alone, and the PDF pipeline
#            against the raw pull once warmed up) over FOLDER...
#
# Environment: VITAE_BENCH_DIR (work folder, default /tmp/vitae-bench), VITAE_MVN_ARGS (extra Maven
# flags, e.g. -o), VITAE_BENCH_JAVA_OPTS (JVM flags given to the raw pull and vitae alike),
# JAVA_HOME. Figures depend on the machine and on what else runs on it: the script prints the load
# average and the CPU count next to them.
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
docs=2000
threads=$(nproc)
repeat=3
large=false
jmh=false
folders=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --docs) docs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --large) large=true; shift ;;
    --jmh) jmh=true; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    -*) echo "bench: unknown option $1" >&2; exit 2 ;;
    *) folders+=("$(cd -- "$1" && pwd -P)"); shift ;;
  esac
done
[[ ${#folders[@]} -gt 0 ]] || folders=("$root/testdata/corpus")
work=${VITAE_BENCH_DIR:-/tmp/vitae-bench}
java=java
[[ -n ${JAVA_HOME:-} ]] && java=$JAVA_HOME/bin/java
# shellcheck disable=SC2206 # a list of flags
java_opts=(${VITAE_BENCH_JAVA_OPTS:-})

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
  mapfile -t sources < <(find "${folders[@]}" -type f \( "$@" \) -not -path '*/hostile/*' \
    -not -path '*/gold/*' -not -path '*/wild-gold/*' -not -path '*/expected/*' | sort)
  if [[ ${#sources[@]} -eq 0 ]]; then
    echo "bench: no $name documents under ${folders[*]}" >&2
    return 1
  fi
  # Reused only when made from the same files.
  local list
  list=$(printf '%s\n' "$count" "${sources[@]}")
  if [[ -d $dir && -f $dir.sources && $(<"$dir.sources") == "$list" ]]; then
    return 0
  fi
  rm -rf "$dir" "$dir.sources"
  mkdir -p "$dir"
  local i src sub
  for ((i = 0; i < count; i++)); do
    src=${sources[i % ${#sources[@]}]}
    # 100 files per folder, as real collections are spread out.
    sub=$dir/$((i / 100))
    [[ -d $sub ]] || mkdir -p "$sub"
    ln "$src" "$sub/$i-$(basename "$src")" 2>/dev/null || cp "$src" "$sub/$i-$(basename "$src")"
  done
  echo "$list" >"$dir.sources"
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
  timed "$work/raw.err" "$java" "${java_opts[@]}" -cp "$bench_jar" dev.vitae.bench.RawTextPull \
    --threads "$threads" "$1" >"$work/raw.out"
  cat "$work/raw.out" >>"$work/log.txt"
  raw_rate=$(sed -E 's/.*\(([0-9.]+) docs\/s\).*/\1/' "$work/raw.out")
  raw_cpu=$cpu_s
}

# batch DIR OUT NLP [JVM flags...]: runs vitae batch --nlp=NLP; sets batch_rate, batch_cpu,
# batch_rss_mb, batch_line and batch_fill.
batch() {
  local dir=$1 out=$2 nlp=$3
  shift 3
  timed "$work/batch.err" "$java" "${java_opts[@]}" "$@" -jar "$vitae_jar" batch "$dir" -o "$out" \
    --force --threads "$threads" "--nlp=$nlp"
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
# median: the middle of the numbers on stdin (the lower middle of an even count).
median() {
  sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}
for kind in text pdf; do
  raw_rates=() batch_rates=() ratios=() cpu_ratios=()
  for ((turn = 1; turn <= repeat; turn++)); do
    raw "$work/corpus/$kind"
    batch "$work/corpus/$kind" "$work/out/$kind" off
    raw_rates+=("$raw_rate")
    batch_rates+=("$batch_rate")
    # The machine may be shared: CPU seconds say what an idle one would do.
    ratios+=("$(awk -v b="$batch_rate" -v r="$raw_rate" 'BEGIN {printf "%.3f", (r > 0 ? b / r : 0)}')")
    cpu_ratios+=("$(awk -v b="$batch_cpu" -v r="$raw_cpu" 'BEGIN {printf "%.3f", (b > 0 ? r / b : 0)}')")
    printf '%-4s turn %d: raw pull %7.1f docs/s (%.1f CPU s) | vitae batch %6.1f docs/s (%.1f CPU s),' \
      "$kind" "$turn" "$raw_rate" "$raw_cpu" "$batch_rate" "$batch_cpu"
    printf ' peak RSS %5d MB | ratio %s\n' "$batch_rss_mb" "${ratios[-1]}"
  done
  read -r raw_med batch_med ratio_med cpu_med < <(echo \
    "$(printf '%s\n' "${raw_rates[@]}" | median)" "$(printf '%s\n' "${batch_rates[@]}" | median)" \
    "$(printf '%s\n' "${ratios[@]}" | median)" "$(printf '%s\n' "${cpu_ratios[@]}" | median)")
  printf '%-4s %5d docs, median of %d: raw pull %7.1f docs/s | vitae batch --nlp=off %6.1f docs/s |' \
    "$kind" "$docs" "$repeat" "$raw_med" "$batch_med"
  printf ' ratio %s (by CPU seconds %s)\n' "$ratio_med" "$cpu_med"
  echo "     last turn: $batch_line"
  [[ -n $batch_fill ]] && echo "     $batch_fill"
done
batch "$work/corpus/text" "$work/out/text-nlp" on
echo "text $docs docs: vitae batch --nlp=on ${batch_rate} docs/s, ${batch_cpu} CPU s, peak RSS ${batch_rss_mb} MB"

# -print -quit, not | head: under pipefail, find's SIGPIPE would end the script.
sample=$(find "$work/corpus/text" -type f -name '*.md' -print -quit)
[[ -n $sample ]] || sample=$(find "$work/corpus/text" -type f -print -quit)
# The first run after a build writes the class archive; cold start is a fresh JVM, not a build.
"$root/scripts/vitae" parse --nlp=off "$sample" >/dev/null 2>&1 || true
times=()
for _ in 1 2 3 4 5; do
  /usr/bin/time -f '%e %U %S' -o "$work/cold.txt" "$root/scripts/vitae" parse --nlp=off "$sample" \
    >/dev/null 2>&1 || true
  times+=("$(awk '{printf "%s/%.2f", $1, $2 + $3}' "$work/cold.txt")")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
echo "cold start: scripts/vitae parse --nlp=off $(basename "$sample"), wall/CPU seconds: median ${median}" \
  "of 5 (${times[*]})"

if $large; then
  corpus large 20000 -name '*.md' -o -name '*.markdown' -o -name '*.txt'
  gc_log=$work/gc.log
  batch "$work/corpus/large" "$work/out/large" off -Xmx1g "-Xlog:gc:file=$gc_log"
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
