"""PDF route: a chronology table whose narrow Date column wraps its dates ("October" / "2018",
"w/c 14" / "January" / "2020") must give every row its whole date and its event.

The fixture (tests/chron_wrapped_dates/build.py) is a Word table without rules, exported to PDF
by LibreOffice and committed, so the test needs no LibreOffice.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dhrparse.pipeline import extract

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "chron_wrapped_dates"))
from build import ROWS, STEM  # noqa: E402

PDF = HERE / "chron_wrapped_dates" / "documents" / f"{STEM}.pdf"


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    return [e.model_dump() for e in extract(PDF).chronology]


def test_the_export_is_committed():
    assert PDF.is_file()


def test_one_entry_per_row(entries):
    assert len(entries) == len(ROWS), [e["text"][:40] for e in entries]


@pytest.mark.parametrize("date, source, summary", ROWS, ids=[r[0] for r in ROWS])
def test_every_row_keeps_its_whole_date_and_event(entries, date, source, summary):
    opening = " ".join(summary.split()[:6])
    found = [e for e in entries if opening in " ".join(e["text"].split())]
    assert len(found) == 1, f"row {date!r} not read as one entry"
    assert found[0]["date"] is not None and found[0]["date"]["raw"] == date


# the joining rule on its own, on lines placed as PDFium reports them (points, baseline y)
from dhrparse.readers.pdf_page import PageLine  # noqa: E402
from dhrparse.readers.pdf_stacked_cells import join_stacked_cells  # noqa: E402


def _line(text: str, x: float, y: float, size: float = 10.0, bold: bool = False) -> PageLine:
    return PageLine(text, 1, size, bold, y=y, x=x)


def test_a_date_over_three_lines_joins_its_row():
    lines = [
        _line("w/c 14", 70, 467.3),
        _line("January", 70, 454.0),
        _line("2020", 70, 440.9),
        _line("IDVA service Three calls went unanswered", 135, 467.3),
        _line("was agreed with her.", 225, 454.1),
    ]
    assert [ln.text for ln in join_stacked_cells(lines)] == [
        "w/c 14 January 2020 IDVA service Three calls went unanswered",
        "was agreed with her.",
    ]


def test_lines_a_row_gap_apart_stay_apart():
    # two rows whose dates each fit a line, the second row's other cells printed after it
    lines = [_line("Summer", 70, 600.0), _line("2021", 70, 577.0), _line("GP Review booked.", 135, 600.0)]
    assert len(join_stacked_cells(lines)) == 3


def test_a_wrapped_line_without_a_row_beside_it_stays():
    # short lines at one edge with nothing printed on the first one's baseline
    lines = [
        _line("Key points", 63, 500.0),
        _line("for the board", 63, 487.0),
        _line("The board met.", 63, 470.0),
    ]
    assert len(join_stacked_cells(lines)) == 3


def test_a_bold_side_heading_is_not_a_cell():
    lines = [
        _line("Key", 63, 500.0, bold=True),
        _line("findings", 63, 487.0, bold=True),
        _line("Agencies did not share what they knew.", 160, 500.0),
    ]
    assert len(join_stacked_cells(lines)) == 3


def test_a_wrapped_agency_name_is_left_as_printed():
    # Agency | Recommendation: the extractors read the name on its own lines as a heading
    lines = [
        _line("Fenwick Borough", 63, 500.0),
        _line("Council Housing", 63, 487.0),
        _line("Tenancy officers to be trained.", 190, 500.0),
    ]
    assert [ln.text for ln in join_stacked_cells(lines)][0] == "Fenwick Borough"


def test_two_dates_stacked_in_one_cell_are_not_one_date():
    lines = [
        _line("03/09/2019", 70, 500.0),
        _line("04/09/2019", 70, 487.0),
        _line("GP Two visits.", 135, 500.0),
    ]
    assert len(join_stacked_cells(lines)) == 3
