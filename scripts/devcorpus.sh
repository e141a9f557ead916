#!/usr/bin/env bash
# Renders the development corpus: every gold resume of testdata/devcorpus/gold with every
# development renderer, into the documents the parser is scored on.
#
#   scripts/devcorpus.sh [--force] [--jobs N] [OUT_DIR]
#
# OUT_DIR (default ${XDG_CACHE_HOME:-~/.cache}/vitae/devcorpus) gets
#   <renderer>/<stem>.<ext>   the documents (pdf, html, docx, md, txt), nothing else
#   manifest.tsv              one row per document: file gold renderer format lang
#   render.log                what failed in this run and why (a failure skips that one document)
#   logs/                     full output of each failure, and the Maven build's
#   src/<renderer>/           LaTeX sources and xelatex logs, kept out of the document folders
# The renderers:
#   theme-<name>    a JSON Resume theme (npm jsonresume-theme-<name>, versions pinned in
#                   scripts/devcorpus/package.json) through `resumed render`: html, and pdf printed
#                   by headless Chromium. The theme is given the gold with the pre-v1.0.0 field
#                   names beside the new ones (scripts/devcorpus/theme-input.js)
#   text-*, md-*, html-*, latex-*, docx-*   our own, RenderGold in the bench module (built here
#                   with Maven): txt, md, html, docx as written; each latex-* .tex compiled with
#                   xelatex to pdf; html-sidebar and html-table also printed to pdf by Chromium
#   lo-html-sidebar, lo-html-table   those two HTML files opened by LibreOffice and saved as docx,
#                   and that docx saved as pdf
# Documents newer than their inputs are kept (a second run only redoes what changed); --force
# redoes everything. Exits 0 when every renderer has at least one document, 1 otherwise (listing
# those with none), 2 on bad arguments or a missing tool.
#
# It installs what it needs: the Debian packages of apt_packages (below) when missing (apt-get,
# as root or through sudo), and the npm packages into VITAE_DEVCORPUS_NPM (default
# ${XDG_CACHE_HOME:-~/.cache}/vitae/devcorpus-npm), reinstalled only when package.json or
# package-lock.json change. Needs Node.js >= 20.12 with npm, and a JDK with Maven.
#
# Environment: VITAE_MVN_ARGS (extra Maven flags, e.g. -o), JAVA_HOME, VITAE_DEVCORPUS_NPM, and
# VITAE_RENDERGOLD: a command run as `$VITAE_RENDERGOLD GOLD_DIR OUT_DIR` instead of building
# RenderGold (a prebuilt jar, or a stand-in while testing this script).
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
here=$root/scripts/devcorpus
gold_dir=$root/testdata/devcorpus/gold
cache=${XDG_CACHE_HOME:-$HOME/.cache}/vitae

# The themes, and only these: other renderers are kept out of the development corpus on purpose,
# as an unseen check. Adding one here means adding its package to scripts/devcorpus/package.json.
themes=(professional class onepage onepage-plus paper spartan short actual caffeine modern kwan
  mocha-responsive sceptile)
# Our own renderers as RenderGold names them; the run fails when one of them produced nothing.
# RenderGold may write more (every folder it writes is taken), these are the ones that must be there.
own_renderers=(text-caps text-rule text-trailing text-indent md-atx md-setext html-sidebar html-table
  latex-moderncv-classic latex-moderncv-casual latex-moderncv-banking latex-europecv
  docx-poi-tables docx-poi-textbox)
# The HTML renderers whose output LibreOffice turns into lo-<renderer> (docx, then pdf), and that
# Chromium prints to pdf.
lo_sources=(html-sidebar html-table)
apt_packages=(chromium fonts-noto-cjk texlive-xetex texlive-latex-extra texlive-lang-chinese
  texlive-fonts-recommended lmodern libreoffice-writer-nogui poppler-utils)
render_gold_class=dev.vitae.bench.devcorpus.RenderGold
render_gold_source=bench/src/main/java/${render_gold_class//.//}.java

force=false
jobs=$(nproc)
out=
while [[ $# -gt 0 ]]; do
  case $1 in
    --force) force=true; shift ;;
    --jobs) jobs=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "devcorpus: unknown option $1" >&2; exit 2 ;;
    *) [[ -z $out ]] || { echo "devcorpus: one OUT_DIR only" >&2; exit 2; }; out=$1; shift ;;
  esac
done
out=${out:-$cache/devcorpus}
npm_dir=${VITAE_DEVCORPUS_NPM:-$cache/devcorpus-npm}
mkdir -p "$out"
out=$(cd -- "$out" && pwd -P)
[[ -d $gold_dir ]] || { echo "devcorpus: no gold folder $gold_dir" >&2; exit 2; }

say() { echo "devcorpus: $*" >&2; }

# ---------------------------------------------------------------------------------------------
# Tools

# Debian packages: apt-get only for what is missing, so a ready machine never waits on apt. The
# lock timeout makes a concurrent apt run (another install on the machine) a wait, not a failure.
ensure_apt() {
  local missing=() p
  for p in "${apt_packages[@]}"; do
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) == installed ]] || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return
  local sudo=()
  if [[ $EUID -ne 0 ]]; then
    command -v sudo >/dev/null || { say "need root or sudo to install: ${missing[*]}"; exit 2; }
    sudo=(sudo)
  fi
  say "installing Debian packages: ${missing[*]}"
  local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=1800)
  "${apt[@]}" update >&2
  "${apt[@]}" install -y --no-install-recommends "${missing[@]}" >&2
}

# The npm packages, installed with `npm ci` from the committed lock into a cache outside the repo.
# The cache is keyed on package.json, package-lock.json and the fix-ups below; it is built in a new
# folder and renamed into place, so an interrupted install never leaves a half cache behind.
# --ignore-scripts: none of the renderers needs an install script, and esbuild's would only check
# the binary its platform package already brings.
ensure_npm() {
  command -v node >/dev/null && command -v npm >/dev/null || { say "needs Node.js and npm"; exit 2; }
  # resumed 6 uses util.styleText, which Node.js has from 20.12 on
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a==20&&b>=12)?0:1)' ||
    { say "needs Node.js >= 20.12 (resumed 6), found $(node --version)"; exit 2; }
  local key
  key=$(cat "$here/package.json" "$here/package-lock.json" <(declare -f npm_fixups) | sha256sum | cut -d' ' -f1)
  if [[ -f $npm_dir/.key && $(cat "$npm_dir/.key") == "$key" ]]; then
    return
  fi
  say "installing the npm renderers into $npm_dir"
  mkdir -p "$(dirname -- "$npm_dir")"
  local tmp
  tmp=$(mktemp -d "$npm_dir.new.XXXXXX")
  cp "$here/package.json" "$here/package-lock.json" "$tmp/"
  if ! (cd "$tmp" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && npm_fixups "$tmp") >&2; then
    rm -rf "$tmp"
    say "npm install failed"
    exit 2
  fi
  echo "$key" >"$tmp/.key"
  rm -rf "$npm_dir"
  mv "$tmp" "$npm_dir"
}

# Three of the pinned themes do not load as published; each fix-up leaves the theme's own code as it is.
npm_fixups() {
  local dir=$1
  # professional ships its JSX source untranspiled (extensionless imports, no react-dom dependency):
  # esbuild bundles it, with the react-dom pinned in package.json, into one CommonJS module that
  # resumed loads by path. Production React: the development build only adds warnings.
  mkdir -p "$dir/bundles"
  "$dir/node_modules/.bin/esbuild" "$dir/node_modules/jsonresume-theme-professional/src/index.js" \
    --bundle --platform=node --format=cjs --loader:.js=jsx --jsx=automatic \
    '--define:process.env.NODE_ENV="production"' --log-level=warning \
    --outfile="$dir/bundles/jsonresume-theme-professional.cjs" >&2
  # mocha-responsive reads Font Awesome's CSS from its own node_modules without depending on it;
  # package.json brings the package, this puts it where the theme looks.
  mkdir -p "$dir/node_modules/jsonresume-theme-mocha-responsive/node_modules"
  ln -sfn ../../@fortawesome "$dir/node_modules/jsonresume-theme-mocha-responsive/node_modules/@fortawesome"
  # kwan requires underscore.string without depending on it: package.json brings it (nothing to do).
}

check_tools() {
  local t
  for t in chromium xelatex soffice timeout; do
    command -v "$t" >/dev/null || { say "needs $t on the PATH"; exit 2; }
  done
}

# ---------------------------------------------------------------------------------------------
# One document at a time. These run in parallel under xargs (see the queue below), so they take
# everything from exported variables, never exit the script, and report a failure by logging it.

# fail RENDERER STEM REASON [LOGFILE]: logs a skipped document; the full output goes to logs/.
fail() {
  local renderer=$1 stem=$2 reason=$3 log=${4:-}
  if [[ -n $log && -s $log ]]; then
    mkdir -p "$out/logs/$renderer"
    cp "$log" "$out/logs/$renderer/$stem.log"
    reason="$reason (logs/$renderer/$stem.log)"
  fi
  # one short line, written with a single append so parallel jobs do not interleave
  printf '%s\t%s\t%s\n' "$renderer" "$stem" "$reason" >>"$out/render.log"
  echo "devcorpus: FAILED $renderer/$stem: $reason" >&2
}

# fresh OUT INPUT...: OUT exists and is newer than every INPUT (and --force was not given).
fresh() {
  local target=$1 input
  shift
  [[ $force == false && -s $target ]] || return 1
  for input; do [[ $target -nt $input ]] || return 1; done
}

# last_error LOG: the line that says why a tool failed, for render.log.
last_error() {
  grep -m1 -E '^!|Error|error:|Exception' "$1" 2>/dev/null | cut -c1-200 || true
}

# print_pdf RENDERER STEM HTML PDF: prints an HTML file to PDF with headless Chromium. Chromium
# runs with a new profile each time (two at once must not share one), and every network look-up is
# refused: themes link web fonts and CDNs, which would either fail slowly or, on a machine with a
# network, make the corpus depend on what a server sent that day.
print_pdf() {
  local renderer=$1 stem=$2 html=$3 pdf=$4 tmp url
  tmp=$(mktemp -d "$work/chromium.XXXXXX")
  # file:// URL: escape what a path may hold that a URL may not
  url=${html//%/%25}; url=${url// /%20}; url=${url//#/%23}; url=${url//\?/%3F}
  if timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --host-resolver-rules='MAP * ~NOTFOUND' --user-data-dir="$tmp/profile" \
      --no-pdf-header-footer --timeout=30000 --print-to-pdf="$tmp/out.pdf" "file://$url" \
      >"$tmp/log" 2>&1 && [[ $(head -c 4 "$tmp/out.pdf" 2>/dev/null) == %PDF ]]; then
    mv "$tmp/out.pdf" "$pdf"
  else
    rm -f "$pdf"
    fail "$renderer" "$stem" "chromium: no PDF" "$tmp/log"
  fi
  rm -rf "$tmp"
}

# job_theme THEME STEM: the theme's HTML with resumed, then its PDF.
job_theme() {
  local theme=$1 stem=$2 renderer=theme-$1
  local gold=$gold_dir/$stem.json dir=$out/theme-$1
  local html=$dir/$stem.html pdf=$dir/$stem.pdf module=jsonresume-theme-$1
  # a theme that needed bundling (npm_fixups) is loaded from its bundle
  [[ -f $npm_dir/bundles/$module.cjs ]] && module=$npm_dir/bundles/$module.cjs
  mkdir -p "$dir"
  if ! fresh "$html" "$gold" "$npm_dir/.key" "$here/theme-input.js"; then
    local tmp
    tmp=$(mktemp -d "$work/theme.XXXXXX")
    # the gold with the pre-v1.0.0 names most themes read (theme-input.js says which)
    if node "$here/theme-input.js" "$gold" "$tmp/$stem.json" 2>"$tmp/log" \
      && timeout 120 "$npm_dir/node_modules/.bin/resumed" render "$tmp/$stem.json" --theme "$module" \
        --output "$tmp/out.html" >>"$tmp/log" 2>&1 && [[ -s $tmp/out.html ]]; then
      mv "$tmp/out.html" "$html"
    else
      # the old documents were made from another gold or theme: not this one's rendering
      rm -f "$html" "$pdf"
      fail "$renderer" "$stem" "resumed: $(last_error "$tmp/log")" "$tmp/log"
      rm -rf "$tmp"
      return 0
    fi
    rm -rf "$tmp"
  fi
  fresh "$pdf" "$html" || print_pdf "$renderer" "$stem" "$html" "$pdf"
}

# job_html_pdf RENDERER STEM: one of our HTML files printed to PDF.
job_html_pdf() {
  local renderer=$1 stem=$2
  local html=$out/$1/$stem.html pdf=$out/$1/$stem.pdf
  [[ -f $html ]] || return 0
  fresh "$pdf" "$html" || print_pdf "$renderer" "$stem" "$html" "$pdf"
}

# job_latex RENDERER STEM: src/RENDERER/STEM.tex compiled to RENDERER/STEM.pdf. xelatex runs in a
# scratch folder (its .aux, .out and .log stay out of the document folders) and again while the log
# asks for it (page references such as "Page 1 of 2" settle on the second run).
job_latex() {
  local renderer=$1 stem=$2
  local tex=$out/src/$1/$stem.tex pdf=$out/$1/$stem.pdf tmp run ok=false
  [[ -f $tex ]] || return 0
  fresh "$pdf" "$tex" && return 0
  mkdir -p "$out/$renderer"
  tmp=$(mktemp -d "$work/latex.XXXXXX")
  cp "$tex" "$tmp/$stem.tex"
  for run in 1 2 3; do
    if (cd "$tmp" && timeout 300 xelatex -interaction=nonstopmode -halt-on-error "$stem.tex") \
        >"$tmp/xelatex.out" 2>&1; then
      ok=true
      grep -qE 'Rerun to get|Label\(s\) may have changed|Rerun LaTeX' "$tmp/$stem.log" || break
    else
      ok=false
      break
    fi
  done
  [[ -f $tmp/$stem.log ]] && cp "$tmp/$stem.log" "$out/src/$renderer/$stem.log"
  if $ok && [[ -s $tmp/$stem.pdf ]]; then
    mv "$tmp/$stem.pdf" "$pdf"
  else
    rm -f "$pdf"
    local log=$tmp/$stem.log
    [[ -f $log ]] || log=$tmp/xelatex.out
    fail "$renderer" "$stem" "xelatex: $(last_error "$log")" "$log"
  fi
  rm -rf "$tmp"
}

# lo_convert PROFILE FORMAT OUTDIR FILE...: LibreOffice saves each FILE as FORMAT in OUTDIR. One
# soffice for the whole batch (its start-up costs seconds), with a profile of its own so it neither
# meets a running LibreOffice nor another batch.
lo_convert() {
  local profile=$1 format=$2 outdir=$3
  shift 3
  [[ $# -gt 0 ]] || return 0
  timeout $((120 + 20 * $#)) soffice -env:UserInstallation="file://$profile" --headless --norestore \
    --convert-to "$format" --outdir "$outdir" "$@" >>"$profile.log" 2>&1 || true
}

# job_lo RENDERER: lo-RENDERER/STEM.docx from RENDERER/STEM.html, then lo-RENDERER/STEM.pdf from
# that docx, for every stale STEM. A file the batch did not convert is tried once on its own, so
# one bad file neither stops the batch nor goes unreported.
job_lo() {
  local source=$1 renderer=lo-$1
  local src=$out/$1 dst=$out/lo-$1 tmp stems=() files=() stem f
  [[ -d $src ]] || return 0
  mkdir -p "$dst"
  tmp=$(mktemp -d "$work/lo.XXXXXX")
  local step from ext_from to format
  for step in docx pdf; do
    if [[ $step == docx ]]; then from=$src ext_from=html; to=docx; format='docx:MS Word 2007 XML'
    else from=$dst ext_from=docx; to=pdf; format=pdf; fi
    stems=() files=()
    for f in "$from"/*."$ext_from"; do
      [[ -f $f ]] || continue
      stem=${f##*/}; stem=${stem%."$ext_from"}
      fresh "$dst/$stem.$to" "$f" && continue
      stems+=("$stem"); files+=("$f")
    done
    [[ ${#files[@]} -gt 0 ]] || continue
    mkdir -p "$tmp/$to"
    lo_convert "$tmp/profile" "$format" "$tmp/$to" "${files[@]}"
    for stem in "${stems[@]}"; do
      [[ -s $tmp/$to/$stem.$to ]] || lo_convert "$tmp/profile" "$format" "$tmp/$to" "$from/$stem.$ext_from"
      if [[ -s $tmp/$to/$stem.$to ]]; then
        mv "$tmp/$to/$stem.$to" "$dst/$stem.$to"
      else
        rm -f "$dst/$stem.$to"
        [[ $to == docx ]] && rm -f "$dst/$stem.pdf"
        fail "$renderer" "$stem" "soffice: no $to from $source/$stem.$ext_from" "$tmp/profile.log"
      fi
    done
  done
  rm -rf "$tmp"
}

run_job() {
  local kind=$1 renderer=$2 stem=$3
  "job_$kind" "$renderer" "$stem" || fail "$renderer" "$stem" "job_$kind stopped unexpectedly"
}

# ---------------------------------------------------------------------------------------------
# Our own renderers: RenderGold writes every document anew, into a staging folder; a file whose
# bytes did not change keeps the copy (and the date) it had, so what follows from it is not redone.
own_found=()
run_render_gold() {
  local cmd=()
  if [[ -n ${VITAE_RENDERGOLD:-} ]]; then
    read -r -a cmd <<<"$VITAE_RENDERGOLD"
    say "our renderers: $VITAE_RENDERGOLD (VITAE_RENDERGOLD)"
  elif [[ -f $root/$render_gold_source ]]; then
    command -v mvn >/dev/null || { say "needs Maven (mvn) to build RenderGold"; exit 2; }
    say "our renderers: building the bench module (Maven log: logs/maven.log)"
    local java=java
    [[ -n ${JAVA_HOME:-} ]] && java=$JAVA_HOME/bin/java
    local mvn_args=()
    read -r -a mvn_args <<<"${VITAE_MVN_ARGS:-}"
    mkdir -p "$out/logs"
    if ! (cd "$root" && mvn -B -q "${mvn_args[@]}" -pl bench -am package -DskipTests) \
        >"$out/logs/maven.log" 2>&1; then
      tail -20 "$out/logs/maven.log" >&2
      say "the bench module does not build: our own renderers are skipped"
      printf '%s\t%s\t%s\n' RenderGold - "mvn package failed (logs/maven.log)" >>"$out/render.log"
      return 0
    fi
    cmd=("$java" -cp "$root/bench/target/benchmarks.jar" "$render_gold_class")
  else
    say "RenderGold is not in this tree ($render_gold_source is missing): our own renderers are skipped"
    printf '%s\t%s\t%s\n' RenderGold - "not in this tree ($render_gold_source)" >>"$out/render.log"
    return 0
  fi
  local stage=$work/rendergold
  if ! "${cmd[@]}" "$gold_dir" "$stage" 2>"$work/rendergold.log"; then
    cat "$work/rendergold.log" >&2
    fail RenderGold - "RenderGold failed: $(tail -1 "$work/rendergold.log")" "$work/rendergold.log"
    return 0
  fi
  cat "$work/rendergold.log" >&2
  local dir renderer f name dest
  for dir in "$stage"/*/; do
    renderer=$(basename -- "$dir")
    own_found+=("$renderer")
    for f in "$dir"*; do
      name=${f##*/}
      if [[ $name == *.tex ]]; then dest=$out/src/$renderer/$name; else dest=$out/$renderer/$name; fi
      mkdir -p "$(dirname -- "$dest")"
      if [[ $force == false ]] && cmp -s "$f" "$dest"; then continue; fi
      mv "$f" "$dest"
    done
  done
}

# ---------------------------------------------------------------------------------------------
# The run

start=$(date +%s)
ensure_apt
check_tools
ensure_npm
work=$(mktemp -d "$out/.work.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf '# devcorpus run %s: renderer, gold stem, why the document was skipped\n' \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$out/render.log"

mapfile -t stems < <(find "$gold_dir" -maxdepth 1 -name '*.json' -printf '%f\n' | sed 's/\.json$//' | sort)
[[ ${#stems[@]} -gt 0 ]] || { say "no gold files in $gold_dir"; exit 2; }
say "${#stems[@]} gold files, ${#themes[@]} themes, into $out"

run_render_gold

# The queue: one line per job, KIND RENDERER STEM. The LibreOffice batches go first, as they are
# the longest single jobs; then LaTeX, our HTML and the themes, two (--jobs) at a time.
queue=$work/queue
{
  for r in "${lo_sources[@]}"; do echo "lo $r -"; done
  for r in "${own_found[@]}"; do
    [[ $r == latex-* ]] || continue
    for s in "${stems[@]}"; do echo "latex $r $s"; done
  done
  for r in "${lo_sources[@]}"; do
    for s in "${stems[@]}"; do echo "html_pdf $r $s"; done
  done
  for t in "${themes[@]}"; do
    for s in "${stems[@]}"; do echo "theme $t $s"; done
  done
} >"$queue"
say "$(wc -l <"$queue") jobs, $jobs at a time"
export out work force gold_dir npm_dir here
export -f fail fresh last_error print_pdf job_theme job_html_pdf job_latex lo_convert job_lo run_job
# jobs never fail (they log instead), so a non-zero xargs means it could not run them at all
xargs -P "$jobs" -L 1 bash -c 'run_job "$@"' _ <"$queue"

# ---------------------------------------------------------------------------------------------
# The manifest: every document of every renderer of this run whose gold still exists.

renderers=()
for t in "${themes[@]}"; do renderers+=("theme-$t"); done
renderers+=("${own_renderers[@]}")
for r in "${own_found[@]}"; do
  [[ " ${renderers[*]} " == *" $r "* ]] || renderers+=("$r")
done
for r in "${lo_sources[@]}"; do renderers+=("lo-$r"); done

manifest=$work/manifest.tsv
printf 'file\tgold\trenderer\tformat\tlang\n' >"$manifest"
for r in "${renderers[@]}"; do
  [[ -d $out/$r ]] || continue
  for f in "$out/$r"/*; do
    name=${f##*/}
    stem=${name%.*}
    format=${name##*.}
    case $format in pdf|html|docx|md|txt) ;; *) continue ;; esac
    [[ -s $f && -f $gold_dir/$stem.json ]] || continue
    printf '%s\t%s\t%s\t%s\t%s\n' "$r/$name" "$stem.json" "$r" "$format" "${stem%%-*}"
  done
done >>"$manifest"
mv "$manifest" "$out/manifest.tsv"

# ---------------------------------------------------------------------------------------------
# The summary

echo
echo "documents per renderer and format ($out/manifest.tsv):"
tail -n +2 "$out/manifest.tsv" | cut -f3,4 | sort | uniq -c |
  awk '{printf "  %-28s %-5s %4d\n", $2, $3, $1}'
total=$(($(wc -l <"$out/manifest.tsv") - 1))
failed=$(grep -vc '^#' "$out/render.log" || true)
echo "  total: $total documents; $failed skipped in this run (render.log); $(($(date +%s) - start)) s"

# (not `cut | grep -q` under pipefail: grep stops at the first match and cut's SIGPIPE would fail it)
declare -A has_docs=()
while IFS= read -r r; do has_docs[$r]=1; done < <(tail -n +2 "$out/manifest.tsv" | cut -f3 | sort -u)
empty=()
for r in "${renderers[@]}"; do
  [[ -n ${has_docs[$r]:-} ]] || empty+=("$r")
done
if [[ ${#empty[@]} -gt 0 ]]; then
  echo "renderers with no document: ${empty[*]}" >&2
  exit 1
fi
