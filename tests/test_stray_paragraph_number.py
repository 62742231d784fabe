"""A numbered paragraph's number ("7.2") printed by plain pdftotext alone just above the next
list item's number ("5."), its own text further down: the item keeps its number, as the list's
item before it ("4. ...") shows it counts on; the stray number is no column of numbers with it
(prepare.stray_numbers).

Zoo: tests/zoo/pending/build_dhr_overview_sidebar_title_sub_item_recs_footnotes.py (heldout48
family 1's form: a numbered list of recommendations between 7.1 and 7.2)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.document import BLANK, TEXT
from dhrparse.lines import Line
from dhrparse.pipeline import extract
from dhrparse.prepare.stray_numbers import item_after_stray

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_overview_sidebar_title_sub_item_recs_footnotes"


def test_the_item_under_a_stray_number_keeps_its_own():
    doc = extract(PENDING / f"{STEM}.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4", "5", "6"]


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, kind=TEXT if t else BLANK) for k, t in enumerate(texts, 1)]


def test_a_number_counting_on_from_the_item_above():
    lines = _lines(
        "4. The police should audit stalking reports.", "", "7.2", "", "5.", "", "The council should ..."
    )
    assert item_after_stray(lines, 2, 4)


def test_a_column_of_numbers_stays_one():
    lines = _lines("4.1 The police should audit stalking reports.", "", "4.2", "", "4.3", "", "Text ...")
    assert not item_after_stray(lines, 2, 4)  # (4.2 / 4.3 count on: a column)
    lines = _lines("Action plan", "", "7.2", "", "5.", "", "The council should ...")
    assert not item_after_stray(lines, 2, 4)  # (no item 4 above)
