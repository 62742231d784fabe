"""A narrower plan table in corpus text whose owner's name wraps a word a line ("Partnership" /
"Development" / "Officer") under a header printing "Action owner" on one line: the rows' first
lines leave the owner's column narrower than its wider later lines, the cuts hand "Development"
to the next column and the table was left as printed. The header's names, one piece a column
on its first line, set each column's least width (plan.header_floors).

The document is the pending zoo's (tests/zoo/pending/dhr_plan_bands_owner_wrapped_caddon)."""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.header_floors import floored, header_floors, header_pieces
from dhrparse.plan.tables import ColumnMap
from dhrparse.vocab.type_widths import Face

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
P = load_patterns()
COLS = ["ref", "action", "lead", "target_date", "progress", "extra:Date signed off"]


def test_a_header_line_cut_at_its_capitals_one_piece_a_column():
    pieces = header_pieces("Ref Action Action owner Target Evidence of Date signed", 6)
    assert pieces is not None
    assert [" ".join(p) for p in pieces][2] == "Action owner"
    assert header_pieces("Rec No. Action Lead Target Progress Latest position", 5) is None


def test_the_owner_column_is_no_narrower_than_its_name():
    face = Face("dejavu")
    floors = header_floors(ColumnMap(P), "Ref Action Action owner Target Evidence of Date signed", COLS, face)
    assert floors[2] == face.words_width(["Action", "owner"])
    assert floored([1.0] * 6, floors)[2] == floors[2]


def test_a_piece_naming_another_column_exactly_tells_nothing():
    floors = header_floors(
        ColumnMap(P), "Ref Target Lead Action", ["ref", "action", "lead", "target_date"], Face("arial")
    )
    assert floors == [0.0] * 4


def test_the_wrapped_owner_plan_is_read_on_corpus_text():
    stem = "dhr_plan_bands_owner_wrapped_caddon"
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{stem}.corpus.txt")
    assert [a.ref for a in doc.actions] == [a["ref"] for a in gold["actions"]]
    assert doc.actions[1].lead == "Partnership Development Officer"
