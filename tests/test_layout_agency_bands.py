"""A side-by-side plan (pdftotext -layout) whose agencies' parts open with the agency's name
printed as a band across the table, the recommendations numbered again from 1 under each: the
band starts in the first column and runs on past it, so it read as a paragraph across the
columns and ended the table before its first row. A line holding only an agency's name in the
first column's place, over a line opening a row by its number, is the band of the agency's part
(plan.layout_bands): the table goes on under it and the agency is the rows' agency."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.document import Line
from dhrparse.plan.layout_bands import agency_band

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "plan_agency_bands_wrapped_status"
WORDS = {"police", "trust", "council", "constabulary"}


def test_rows_under_agency_bands_are_read_with_their_agency():
    doc = extracted(PENDING / f"{STEM}.txt")
    rows = [(a.agency_section, a.recommendation_ref, a.action.split()[0]) for a in doc.actions]
    assert rows == [
        ("Brackenfold Constabulary", "1", "Show"),
        ("Brackenfold Constabulary", "1", "Train"),
        ("Brackenfold Constabulary", "2", "Audit"),
        ("Brackenfold Hospitals Trust", "1", "Add"),
        ("Brackenfold Hospitals Trust", "1", "Give"),
        ("Adult Social Care", "1", "Write"),
        ("Adult Social Care", "2", "Survey"),
    ]
    assert {r.level for r in doc.recommendations} == {"agency"}


def _line(n: int, raw: str) -> Line:
    return Line(number=n, text=raw.strip(), raw=raw)


def test_only_a_name_over_a_numbered_row_is_a_band():
    starts = [6, 13, 40]
    row = _line(2, "      1      Northvale Police should ask     Add a prompt")
    assert agency_band(_line(1, "      Northvale Police"), row, starts, WORDS)
    # (a sentence, a name in a later column, or a name over no numbered row is none)
    assert not agency_band(_line(1, "      The police will report."), row, starts, WORDS)
    assert not agency_band(
        _line(1, "                                        Northvale Police"), row, starts, WORDS
    )
    assert not agency_band(
        _line(1, "      Northvale Police"), _line(2, "             carried on"), starts, WORDS
    )
