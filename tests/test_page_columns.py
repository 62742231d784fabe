"""A plan table printed side by side (pdftotext -layout) over a page break with no header
printed again, the next page laid out narrower so that every column moves left: the header's
page alone places the header's columns, and the next page's columns are read from its first
row line printing every cell (plan.page_columns), so the rows on both pages keep their cells."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.document import Line
from dhrparse.plan.page_columns import page_starts

ZOO = Path(__file__).parent / "zoo"


def _line(n: int, raw: str, page: int) -> Line:
    return Line(n, raw.strip(), page=page, raw=raw)


def _no_header(ln: Line) -> None:
    return None


def test_a_page_moved_left_gives_its_own_starts():
    starts = [0, 9, 57, 110]
    body = [
        _line(1, "      one working day.", 2),
        _line(
            2,
            "3.1   Wexley Police should check".ljust(51) + "Build a search of reports".ljust(51) + "Head",
            2,
        ),
    ]
    assert page_starts(body, 0, starts, _no_header) == [0, 6, 51, 102]


def test_a_page_printed_where_the_header_was_keeps_its_starts():
    starts = [0, 9, 57, 110]
    raw = "3.1      Wexley Police should check for earlier" + " " * 11 + "Build a search of reports"
    raw = raw.ljust(110) + "Head of Systems"
    assert page_starts([_line(1, raw, 2)], 0, starts, _no_header) == starts
    # (a line no ref opens sets nothing)
    assert page_starts([_line(1, "  a note   under   the   table", 2)], 0, starts, _no_header) == starts


def test_a_page_printing_the_header_again_is_left_to_it():
    starts = [0, 9, 57, 110]
    row = _line(
        2, "3.1   Wexley Police should check".ljust(51) + "Build a search of reports".ljust(51) + "Head", 2
    )
    header = _line(1, "No.   Recommendation", 2)
    assert page_starts([header, row], 0, starts, lambda ln: ln if ln is header else None) == starts


def test_rows_after_the_page_break_keep_their_cells():
    doc = dhrparse.extract(ZOO / "pending" / "plan_agency_tracker_own_numbering.txt")
    acts = doc.actions
    assert [a.ref for a in acts] == ["1.1", "2.1", "3.1", "4.1"]
    assert acts[2].action == "Build a search of earlier reports into the crime recording form."
    assert acts[2].lead == "Head of Systems" and acts[2].status.value == "not_started"
    assert acts[3].lead == "Victim Care Manager"


def test_the_brackwater_plan_reads_on_layout_text():
    doc = dhrparse.extract(ZOO / "pending" / "plan_actions_in_rec_cell_brackwater.txt")
    assert len(doc.actions) == 9 and len(doc.recommendations) == 5
