#!/usr/bin/env bash
# What the NLP layer adds: runs `vitae batch` with --nlp=off and --nlp=on over each corpus, scores
# both with `vitae eval`, and prints the F1 side by side per corpus, per language and per field
# group (name, work.name, work.position, location and the rest). Any row where "on" is lower than
# "off" is marked "LOWER"; the script exits 1 if there is one.
#
#   scripts/ablation.sh                       # the samples and the wild gold
#   scripts/ablation.sh DOCS GOLD [DOCS GOLD] # other corpora
#
# With no arguments the corpora are the repo's own: testdata/corpus/{seeds,gold,wild,wild-gold}.
# Needs python3 (only to lay out the tables). Environment: as scripts/vitae.
set -euo pipefail
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
vitae=$root/scripts/vitae

if [[ $# -eq 0 ]]; then
  corpus=$root/testdata/corpus
  set -- "$corpus/seeds" "$corpus/gold" "$corpus/wild" "$corpus/wild-gold"
fi
if (( $# % 2 != 0 )); then
  echo "usage: $0 [DOCS GOLD]..." >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
reports=()
while (( $# )); do
  docs=$1 gold=$2
  shift 2
  name=$(basename "$docs")
  for mode in off on; do
    "$vitae" batch "$docs" -o "$work/$name-$mode" --nlp=$mode >"$work/$name-$mode.log" 2>&1 || true
    grep -h ' files, ' "$work/$name-$mode.log" | sed "s/^/$name --nlp=$mode: /" >&2
    "$vitae" eval --gold "$gold" --pred "$work/$name-$mode" --docs "$docs" \
      --json "$work/$name-$mode.json" >/dev/null
  done
  reports+=("$name")
done

python3 - "$work" "${reports[@]}" <<'PY'
import json, sys
from collections import defaultdict

work, names = sys.argv[1], sys.argv[2:]
ROWS = [("name", "basics", "name"), ("location.city", "basics", "location.city"),
        ("location.countryCode", "basics", "location.countryCode"), ("work.name", "work", "name"),
        ("work.position", "work", "position")]
GROUPS = ["basics", "work", "education", "skills", "profiles", "languages", "projects", "awards"]

def tally(report):
    """(language, row) -> [right, predicted, gold], with language 'all' for the pool."""
    t = defaultdict(lambda: [0.0, 0.0, 0.0])
    for doc in report["documents"]:
        lang = doc.get("attributes", {}).get("language", "?")
        for g in doc["groups"]:
            for lg in (lang, "all"):
                for s in g["slots"]:
                    for label, group, slot in ROWS:
                        if group == g["group"] and s["slot"] == slot:
                            add(t[(lg, label)], s)
                add(t[(lg, g["group"])], g)
        for lg in (lang, "all"):
            add(t[(lg, "micro")], doc["micro"])
    return t

def add(acc, s):
    acc[0] += s["right"]; acc[1] += s["predicted"]; acc[2] += s["gold"]

def f1(acc):
    right, pred, gold = acc
    if pred == 0 and gold == 0:
        return None
    p = right / pred if pred else 0.0
    r = right / gold if gold else 0.0
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)

lowered = False
for name in names:
    off = tally(json.load(open(f"{work}/{name}-off.json")))
    on = tally(json.load(open(f"{work}/{name}-on.json")))
    langs = sorted({lg for lg, _ in off} | {lg for lg, _ in on}, key=lambda l: (l != "all", l))
    print(f"\n## {name}\n")
    print("| language | field | n gold | F1 off | F1 on | delta |")
    print("|---|---|---:|---:|---:|---:|")
    for lg in langs:
        for row in ["micro"] + [r[0] for r in ROWS] + GROUPS:
            a, b = off.get((lg, row)), on.get((lg, row))
            fa, fb = f1(a) if a else None, f1(b) if b else None
            if fa is None and fb is None:
                continue
            fa, fb = fa or 0.0, fb or 0.0
            mark = ""
            if fb < fa - 1e-9:
                mark, lowered = " LOWER", True
            gold = (b or a)[2]
            print(f"| {lg} | {row} | {gold:.0f} | {fa:.3f} | {fb:.3f} | {fb - fa:+.3f}{mark} |")
sys.exit(1 if lowered else 0)
PY
