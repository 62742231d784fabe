"""A text line read without cells or a hint holds no slots for them (issue 17: a long text
report's lines are mostly such lines); one read with either is a CellLine that holds both."""

from __future__ import annotations

import pickle
import sys
from dataclasses import replace

import pytest

from dhrparse.document import CellLine, Line


def test_a_plain_line_holds_no_cells_or_hint():
    plain = Line(7, "The panel met in March.", 2, raw="The panel met in March.  ")
    assert type(plain) is Line
    assert plain.cells is None and plain.hint is None
    assert sys.getsizeof(plain) < sys.getsizeof(Line(7, "a", 2, cells=["a"]))
    with pytest.raises(AttributeError):  # no slot: a line given cells later is made anew
        plain.cells = ["The panel met in March."]


def test_a_line_with_cells_or_a_hint_keeps_them():
    row = Line(
        3, "1\tAudit the referrals", 1, raw="1\tAudit the referrals", cells=["1", "Audit the referrals"]
    )
    heading = Line(4, "Findings", 1, hint="heading:1")
    assert isinstance(row, CellLine) and row.cells == ["1", "Audit the referrals"] and row.hint is None
    assert isinstance(heading, CellLine) and heading.hint == "heading:1" and heading.cells is None
    row.cells = ["1", "Audit the referrals again"]  # (a table row's cells are set again in place)
    assert row.cells[1] == "Audit the referrals again"


def test_laid_out_anew_and_copied_as_the_line_it_reads_as():
    plain = Line(9, "Lead: Harbour Trust", 4, raw="Lead:  Harbour Trust")
    laid_out = replace(plain, text="Lead\tHarbour Trust", cells=["Lead", "Harbour Trust"])
    assert isinstance(laid_out, CellLine) and laid_out.raw == "Lead:  Harbour Trust"
    assert type(replace(laid_out, cells=None)) is Line
    assert laid_out == Line(
        9, "Lead\tHarbour Trust", 4, raw="Lead:  Harbour Trust", cells=["Lead", "Harbour Trust"]
    )
    assert plain != laid_out
    for line in (plain, laid_out):
        again = pickle.loads(pickle.dumps(line))
        assert again == line and type(again) is type(line)
