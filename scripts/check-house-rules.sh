#!/usr/bin/env bash
# Shows that `mvn verify` enforces the house rules. In a scratch clone of HEAD (the work tree is
# never touched) it checks that the parser module passes as it is, then that
#   1. a Java file google-java-format would change fails `spotless:check`, and
#   2. a dereference of a @Nullable value fails compilation (NullAway).
# Exits 0 when both are refused, 1 when either slips through. Needs git, a JDK and Maven; pass
# MVN_FLAGS=-o to stay offline once the dependencies are in ~/.m2.
set -euo pipefail
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/repo"
cd "$work/repo"
read -r -a flags <<< "${MVN_FLAGS:-}"
mvn=(mvn -B -q "${flags[@]}" -pl parser)
probe=parser/src/main/java/dev/vitae/parser/HouseRulesProbe.java

"${mvn[@]}" spotless:check compile >"$work/clean.log" 2>&1 || {
  cat "$work/clean.log" >&2
  echo "check-house-rules: HEAD itself does not pass" >&2
  exit 1
}

# 1. Formatting: valid Java, wrongly spaced.
printf 'package dev.vitae.parser;\n\nfinal class HouseRulesProbe {   int  x ;}\n' >"$probe"
if "${mvn[@]}" spotless:check >"$work/format.log" 2>&1; then
  echo "check-house-rules: FAIL: an unformatted file passed spotless:check" >&2
  exit 1
fi
grep -q 'HouseRulesProbe.java' "$work/format.log"
echo "check-house-rules: an unformatted file fails spotless:check"

# 2. Nullness: formatted, but it dereferences a @Nullable parameter.
cat >"$probe" <<'JAVA'
package dev.vitae.parser;

import org.jspecify.annotations.Nullable;

final class HouseRulesProbe {
  static int length(@Nullable String s) {
    return s.length();
  }
}
JAVA
if "${mvn[@]}" spotless:check compile >"$work/null.log" 2>&1; then
  echo "check-house-rules: FAIL: a @Nullable dereference compiled" >&2
  exit 1
fi
grep -m1 'NullAway' "$work/null.log" | sed "s|$work/repo/||"
echo "check-house-rules: a dereference of a @Nullable value fails the build (NullAway)"
