"""A chronology table printed row by row by plain pdftotext whose agency cells hold a
multi-agency body's capitals initials ("MARAC", "MAPPA") alone on a line
(tests/zoo/build_chron_caps_agency_cells.py): the segmenter reads such a line as a capitals
heading, but it is the table's cell, and the rows under it are still the chronology's; the
report's own capitals heading after the table ends it."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

ZOO = Path(__file__).resolve().parent / "zoo"
STEM = "chron_caps_agency_cells"


def _events(route: str):
    return [
        (ev.date.start if ev.date else None, ev.text) for ev in extracted(ZOO / f"{STEM}.{route}").chronology
    ]


def test_every_row_is_read_past_an_agency_cell_printed_in_capitals():
    got = _events("txt")
    assert [start for start, _ in got] == [
        "2020-02-03",
        "2020-05-19",
        "2020-09-11",
        "2021-01-27",
        "2021-02-09",
        "2021-03-16",
        "2021-04-30",
    ]


def test_the_rows_under_the_initials_keep_their_own_text():
    got = dict(_events("txt"))
    assert "Aled is managed at level 1." in got["2020-09-11"]
    assert "The case is reviewed and closed." in got["2021-03-16"]
    assert "force entry" in got["2021-04-30"]


def test_the_reports_own_capitals_heading_still_ends_the_table():
    texts = " ".join(text for _, text in _events("txt"))
    assert "terms of reference" not in texts.lower() and "from January 2020" not in texts


def test_the_text_route_reads_what_the_word_route_reads():
    assert [s for s, _ in _events("txt")] == [s for s, _ in _events("docx")]
