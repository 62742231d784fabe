"""A chronology told as a story, year by year, in a report set with no space between its
paragraphs (tests/zoo/build_chron_story_unblanked.py): plain pdftotext prints no blank line
between them, so where a paragraph's last line runs nearly to the margin the segmenter runs the
next paragraph into it. A line opening with a date or a relative date after a sentence's end
then starts the next entry, and a relative date counts from the paragraph just before it."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

ZOO = Path(__file__).resolve().parent / "zoo"
STEM = "chron_story_unblanked"


def _events(route: str = "txt"):
    return [
        (ev.date.raw if ev.date else None, ev.date.start if ev.date else None, ev.text)
        for ev in extracted(ZOO / f"{STEM}.{route}").chronology
    ]


def test_a_relative_date_run_into_the_paragraph_before_is_an_entry_of_its_own():
    got = {raw: (start, text) for raw, start, text in _events()}
    assert got["A week later"][0].startswith("2018-03")
    assert "A week later" not in got["On 9 March"][1]


def test_a_dated_paragraph_run_in_gives_the_next_relative_date_its_anchor():
    got = {raw: (start, text) for raw, start, text in _events()}
    assert got["On 2 August"][0] == "2019-08-02"
    assert got["Two days later"][0] == "2019-08-04"  # (counted from 2 August, not from 14 May)
    assert got["The following day"][0] == "2019-05-15"


def test_one_entry_per_paragraph_on_every_route():
    for route in ("txt", "pdf", "docx"):
        assert len(_events(route)) == 10, route
