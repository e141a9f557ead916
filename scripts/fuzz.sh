#!/usr/bin/env bash
# Fuzzes each reader (PDF, DOCX, HTML, Markdown, plain text) and the extractor with Jazzer, one
# after the other, SECONDS each (default 600), and prints the executions per target:
#
#   scripts/fuzz.sh            # 10 minutes per target, an hour in all
#   scripts/fuzz.sh 60         # a minute per target
#   scripts/fuzz.sh 600 pdf    # only the named targets (pdf docx html markdown text extractor)
#
# The targets are the @FuzzTest methods of ReaderFuzzTest (parser) and ExtractorFuzzTest
# (extractor), which `mvn verify` runs in regression mode. Each is seeded with its committed
# crashers (testdata/crashers/<target>/) and the testdata corpus files of its format. One input may
# take at most 10 s (a hang), and the JVM has a 1.5 GB heap (an OutOfMemoryError is a finding).
# A target goes on after a Java exception (up to 50 distinct ones), so one finding does not end
# its time; a hang or a JVM crash still ends it.
# Findings are written to target/fuzz/findings/<target>-crash-*: name each by what it exercises and
# commit it under testdata/crashers/<target>/ with the fix. Exits 1 when any target had a finding.
# Environment: JAVA_HOME (which java), VITAE_MVN_ARGS (extra Maven flags, e.g. -o).
set -euo pipefail

seconds=${1:-600}
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || { echo "usage: $0 [SECONDS [TARGET...]]" >&2; exit 2; }
only=" ${*:2} "
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
out=$root/target/fuzz
java=java
if [[ -n ${JAVA_HOME:-} ]]; then
  java=$JAVA_HOME/bin/java
fi

echo "fuzz: building the test classes ..." >&2
# shellcheck disable=SC2086 # VITAE_MVN_ARGS is a list of flags
(cd "$root" && mvn -B -q ${VITAE_MVN_ARGS:-} -pl parser,extractor -am test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/fuzz.classpath -Dmdep.includeScope=test) >&2

# target, module, class, method, corpus extensions
targets=(
  "pdf parser dev.vitae.parser.fuzz.ReaderFuzzTest pdf pdf"
  "docx parser dev.vitae.parser.fuzz.ReaderFuzzTest docx docx"
  "html parser dev.vitae.parser.fuzz.ReaderFuzzTest html html"
  "markdown parser dev.vitae.parser.fuzz.ReaderFuzzTest markdown md"
  "text parser dev.vitae.parser.fuzz.ReaderFuzzTest text txt"
  "extractor extractor dev.vitae.extractor.fuzz.ExtractorFuzzTest lines txt"
)

mkdir -p "$out/findings"
failed=0
total=0
printf '%-10s %12s %8s %s\n' target executions seconds result
for spec in "${targets[@]}"; do
  read -r name module class method ext <<<"$spec"
  if [[ $only != "  " && $only != *" $name "* ]]; then
    continue
  fi
  corpus=$out/corpus/$name
  seeds=$out/seeds/$name
  mkdir -p "$corpus" "$seeds"
  # Corpus files up to 256 kB: a seed's size bounds how fast each execution is.
  # Named by their path, since several corpus folders hold the same names.
  while IFS= read -r -d '' seed; do
    cp "$seed" "$seeds/$(printf '%s' "${seed#"$root"/}" | tr '/' '_')"
  done < <(find "$root/testdata/corpus" -type f -name "*.$ext" -size -256k -print0)
  # Text formats are fuzzed in inputs of at most 64 kB (faster runs); PDF and DOCX keep whole
  # files, whose structure sits at their end (cross-reference table, zip directory).
  max_len=()
  if [[ $name != pdf && $name != docx ]]; then
    max_len=(-max_len=65536)
  fi
  crashers=$root/testdata/crashers/$name
  classpath=$root/$module/target/test-classes:$root/$module/target/classes:$(cat "$root/$module/target/fuzz.classpath")
  log=$out/$name.log
  result=ok
  # hs_err files of a JVM crash go to the findings too.
  (cd "$out/findings" && "$java" -Xmx1536m -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
    --target_class="$class" --target_method="$method" --keep_going=50 \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 "${max_len[@]}" \
    -artifact_prefix="$out/findings/$name-" "$corpus" "$seeds" "$crashers") >"$log" 2>&1 || result=finding
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | awk '{print $2; exit}' || true)
  took=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | awk '{print $5; exit}' || true)
  if [[ $result == finding ]]; then
    failed=1
    runs=${runs:-?}
    took=${took:-?}
  fi
  printf '%-10s %12s %8s %s\n' "$name" "${runs:-0}" "${took:-0}" "$result (log: $log)"
  [[ ${runs:-} =~ ^[0-9]+$ ]] && total=$((total + runs))
done
printf '%-10s %12s\n' all "$total"
exit "$failed"
