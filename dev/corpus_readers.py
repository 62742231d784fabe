"""Which corpus-text plan reader was offered each plan header, and what it gave back (dev tool,
not wired into the pipeline; it wraps the readers' `_table` while it runs).

    PYTHONPATH=src python dev/corpus_readers.py FILE.corpus.txt ...

Per document: its action count and plan warnings; then, per header line a reader was handed
(plan.plan_lines.rewrite_at_headers), the reader, the header's line number and first words, the
columns the header names, and whether the reader rewrote the table ("rewritten, ends N") or left
it as printed ("left"). Under NarrowRows the rows it found (`row_starts`: how many rows opened,
or none) and, where it cut them, whether the cut read clearly (`read clear`). A document with no
reader line under it has no line the column map reads as a header: a header word the vocabulary
lacks ("Title", "Trust response", "Grade"), or a header broken mid-word that plan.split_names
could not join.

What it showed (session 40, the corpus route's action losses in zoo, pending, heldout2-32):
- a ref-first six-column table "Ref | Recommendation | Action | Lead | Target | Outcome" is
  handed to no reader that cuts it: plan.joined_rows leaves ref-first tables to the others
  (`_told`), plan.narrow_rows' columns have no "desired_outcome", and given one its cuts of
  the wrapped lines disagree (cells_read refuses them, rightly);
- an HO template whose header breaks "recommend" / "ation" over three lines reaches
  plan.joined_rows, whose read_joined refuses every typeface (dev/joined_gates.py);
- headers the vocabulary lacks a word of: a performance system's "Title", an NHS trust's
  "Trust response", an assurance review's "Action taken ... Grade": no reader is called.
"""

from __future__ import annotations

import sys
from pathlib import Path

import dhrparse
from dhrparse.plan import joined_rows, narrow_rows, tracker_rows

READERS = ((joined_rows, "JoinedRows"), (narrow_rows, "NarrowRows"), (tracker_rows, "TrackerRows"))


def _traced_table(name: str, table):
    def traced(self, lines, i, header):
        got = table(self, lines, i, header)
        told = "left" if got is None else f"rewritten, ends {got[1]}"
        print(f"  {name} header at {lines[i].number}: {lines[i].text[:60]!r} {header[0]} -> {told}")
        return got

    return traced


def _traced_narrow(method: str, show):
    original = getattr(narrow_rows.NarrowRows, method)

    def traced(self, *args, **kwargs):
        got = original(self, *args, **kwargs)
        print(f"    NarrowRows {method}: {show(got)}")
        return got

    setattr(narrow_rows.NarrowRows, method, traced)


def wrap_readers() -> None:
    for module, name in READERS:
        reader = getattr(module, name)
        reader._table = _traced_table(name, reader._table)
    _traced_narrow("_row_starts", lambda got: "none" if got is None else f"{len(got[1])} rows")
    _traced_narrow("_read", lambda got: "no cut" if got is None else f"read clear {got[2]}")


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    wrap_readers()
    for path in paths:
        print(f"== {path}")
        doc = dhrparse.extract(Path(path))
        plan = [w for w in doc.warnings if w.code.startswith("plan")]
        print(f"  {len(doc.actions)} actions; " + "; ".join(f"{w.code}: {w.message[:90]}" for w in plan[:3]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
