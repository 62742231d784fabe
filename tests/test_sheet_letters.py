"""A spreadsheet printed with its print headings on and read side by side (pdftotext -layout):
each page prints the letters row over that page's own columns, so a page laid out narrower
moves them all, letters with them. Where the header's page printed one letter a column, over
the columns its cells start in, the next page's letters are that page's columns, though no row
there prints a cell in every column (plan.sheet_letters). The page-2 row of the stand-in
(heldout46 family 3's form) is read in them, no longer lost.

Zoo: tests/zoo/pending/build_cspr_plan_spreadsheet_print_headings.py."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract
from dhrparse.plan.sheet_letters import lettered_starts

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "cspr_plan_spreadsheet_print_headings_wyncote"


def test_the_next_page_takes_its_letters_where_the_header_page_proved_them():
    letters = {1: [5, 15, 63, 68, 119], 2: [5, 9, 13, 19, 57]}
    assert lettered_starts(letters, 1, 2, [5, 14, 64, 73, 119]) == [5, 9, 13, 19, 57]


def test_letters_that_do_not_stand_over_the_columns_tell_nothing():
    # (centred letters, each right of its column's start: the cells start under the letter before)
    assert lettered_starts({1: [9, 40, 80], 2: [7, 30, 60]}, 1, 2, [2, 20, 62]) is None
    # (a letter a column or none: a sheet of other columns, or no letters on the next page)
    assert lettered_starts({1: [5, 15, 63], 2: [5, 9]}, 1, 2, [5, 14, 64]) is None
    assert lettered_starts({1: [5, 15, 63]}, 1, 2, [5, 14, 64]) is None


def test_the_row_printed_under_the_next_page_letters_is_read():
    doc = extract(PENDING / f"{STEM}.txt")
    last = {a.ref: a for a in doc.actions}
    assert list(last)[-2:] == ["4.4", "4.5"]
    assert last["4.5"].lead == "Residential Services Manager"
    assert last["4.5"].status.value == "not_started"
    assert last["4.5"].location.page == 2
    # (the row broken by the page carries its cells on in that page's columns)
    assert last["4.4"].action.endswith("notification times to the partnership")
    assert last["4.4"].lead == "Missing Persons Coordinator"
