#!/usr/bin/env bash
# dev/snapshot.sh TREE OUTDIR: the JSON output of every bundled, zoo, held-out and title-page
# document (each route it has: .txt, .pdf, .docx) through TREE's source, one file per set.
# Take one before a restructuring and one after; dev/compare_snapshots.sh then must print
# nothing (output byte-identical). Run by hand, not by the tests. SHARED names ../shared
# when the tree is not beside it (a git worktree elsewhere).
set -u
tree=$(cd "$1" && pwd); out=$2; mkdir -p "$out"
py=${PYTHON:-python}
run() { name=$1; shift; PYTHONPATH=$tree/src "$py" -m dhrparse extract "$@" --format json > "$out/$name.json" 2> "$out/$name.err"; }
cd "$tree"
shared=${SHARED:-../shared}  # the contracts and corpus beside the project
ls "$shared"/corpus/*.txt >/dev/null 2>&1 && run corpus_txt "$shared"/corpus/*.txt
# one route's files in a folder: `<stem>.corpus.txt` (dev/corpus_style.py's rendering of the PDF)
# is the corpus-text route, snapshotted as its own set ("corpus"), never among the .txt files
route() {
  local f
  for f in "$1"/*."$2"; do
    [ -e "$f" ] || continue
    [ "$2" = txt ] && [[ $f == *.corpus.txt ]] && continue
    printf '%s\n' "$f"
  done
}
snap() {  # snap NAME DIR EXT
  local files
  mapfile -t files < <(route "$2" "$3")
  [ ${#files[@]} -gt 0 ] && run "$1" "${files[@]}"
}
for ext in txt pdf docx; do
  snap samples_$ext samples $ext
  snap zoo_$ext tests/zoo $ext
done
snap zoo_corpus tests/zoo corpus.txt
# every held-out set, so a new blind set is in the snapshot the day it lands
for d in $(cd tests && ls -d heldout*/ heldout2/tables/ 2>/dev/null | sed 's#/$##'); do
  for ext in txt pdf docx corpus.txt; do
    snap "${d//\//_}_${ext%.txt}" tests/$d $ext
  done
done
ls tests/title_pages/*.txt >/dev/null 2>&1 && run title_pages tests/title_pages/*.txt
ls tests/title_pages_blind/*.txt >/dev/null 2>&1 && run title_blind tests/title_pages_blind/*.txt
true
