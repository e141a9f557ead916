#!/usr/bin/env bash
# Trains the header-part role model (extractor/src/main/resources/dev/vitae/extractor/roles/
# header-parts.bin) on the tuning half of a rendered development corpus, and prints its
# leave-one-renderer-out accuracy beside the word rules'. Deterministic: the same corpus and code
# give the same bytes.
#
#   scripts/train-roles.sh [CORPUS] [-- OUT.bin]
#
# CORPUS is what scripts/devcorpus.sh rendered (default: ~/.cache/vitae/devcorpus); OUT defaults
# to the model file in the source tree. Environment: VITAE_MVN_ARGS (extra Maven flags, e.g. -o),
# JAVA_HOME. Needs a JDK and Maven only; the corpus must be rendered first.
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
corpus=${XDG_CACHE_HOME:-$HOME/.cache}/vitae/devcorpus
out=$root/extractor/src/main/resources/dev/vitae/extractor/roles/header-parts.bin
if [[ $# -gt 0 && $1 != -- ]]; then
  corpus=$1
  shift
fi
if [[ ${1:-} == -- ]]; then
  shift
  out=${1:?"train-roles: -- needs the model file to write"}
fi
[[ -f $corpus/manifest.tsv ]] || {
  echo "train-roles: no $corpus/manifest.tsv; run scripts/devcorpus.sh first" >&2
  exit 2
}

java=java
[[ -n ${JAVA_HOME:-} ]] && java=$JAVA_HOME/bin/java
mvn_args=()
read -r -a mvn_args <<<"${VITAE_MVN_ARGS:-}"
echo "train-roles: building the bench module" >&2
(cd "$root" && mvn -B -q "${mvn_args[@]}" -pl bench -am package -DskipTests -Djacoco.skip=true) >&2

"$java" -cp "$root/bench/target/benchmarks.jar" dev.vitae.bench.train.TrainHeaderParts \
  "$corpus" "$root/testdata/devcorpus/gold" "$root/testdata/devcorpus/split.tsv" "$out"
echo "train-roles: rebuild (mvn install) for the jar to carry the new model" >&2
