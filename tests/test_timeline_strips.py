"""A SAR summary whose chronology is a horizontal timeline strip (the family of tests/zoo/pending's
Harrowby and Welburn stand-ins): one column per year, "2019 | 2020 | 2021 | 2022", over one row of
month-led lines, "Mar – ...", "18 Dec – ..."; then its numbered recommendations under a summary's
plain-words heading, "What needs to happen now" or "What the Partnership recommends".

Each month-led line is an entry dated by its month (its day where printed) and its column's year
(chronology.timeline_strips), found by the year columns whatever the heading over them. Text
exports tell the year only where their print does: plain text under the year's own head, a
joined line opening one line per column; the other lines are entries left undated, with a
warning, never given a year by guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
FOUR = "sar_timeline_strip_four_years_harrowby"
THREE = "sar_timeline_strip_three_years_month_spans_welburn"
FOUR_DATES = ["2019-03", "2019-08", "2020-04", "2020-10", "2021-02", "2021-09", "2022-06", "2022-12-18"]
THREE_DATES = ["2020-01", "2020-07", "2021-03", "2021-10", "2022-05-05", "2022-08", "2022-10-02"]


@pytest.mark.parametrize("route", [".pdf", ".docx"])
@pytest.mark.parametrize(("stem", "dates"), [(FOUR, FOUR_DATES), (THREE, THREE_DATES)])
def test_each_month_led_line_is_an_entry_of_its_column_year(stem, dates, route):
    doc = extract(ZOO / f"{stem}{route}")
    assert [e.date.start for e in doc.chronology] == dates
    # (the month-led opening is the date, not the entry's words)
    assert not any(e.text.startswith(("Mar ", "Jan", "18 ", "–", "-")) for e in doc.chronology)
    span = [e.date for e in doc.chronology if e.date.raw.startswith("October–November")]
    assert all(d.end == "2021-11" for d in span)


def test_joined_lines_date_where_each_column_opens_a_line():
    doc = extract(ZOO / f"{FOUR}.corpus.txt")
    assert [e.date.start for e in doc.chronology] == FOUR_DATES


@pytest.mark.parametrize("stem", [FOUR, THREE])
@pytest.mark.parametrize("route", [".txt", ".corpus.txt"])
def test_lines_whose_column_the_text_does_not_tell_are_left_undated(stem, route):
    doc = extract(ZOO / f"{stem}{route}")
    printed = THREE_DATES if stem == THREE else FOUR_DATES
    assert len(doc.chronology) == len(printed)
    # every date given is one the strip prints, and every undated entry is told in a warning
    assert all(e.date is None or e.date.start in printed for e in doc.chronology)
    if any(e.date is None for e in doc.chronology):
        assert any(w.code == "chronology_strip_years_untold" for w in doc.warnings)


def test_plain_text_dates_the_lines_printed_under_their_year_head():
    doc = extract(ZOO / f"{THREE}.txt")
    assert [e.date.start for e in doc.chronology if e.date] == ["2020-01", "2020-07"]


@pytest.mark.parametrize("route", [".txt", ".corpus.txt", ".pdf", ".docx"])
@pytest.mark.parametrize(("stem", "count"), [(FOUR, 5), (THREE, 4)])
def test_recommendations_under_a_plain_words_heading(stem, count, route):
    doc = extract(ZOO / f"{stem}{route}")
    assert [r.ref for r in doc.recommendations] == [str(k) for k in range(1, count + 1)]


def test_month_led_lines_open_at_a_cell_start_or_a_sentence_end_only():
    from dhrparse.extractors.chronology.timeline_strips import month_lines

    p = load_patterns()
    cell = "Mar – Callum lost his flat. 18 Dec – He was found in March – no, a doorway."
    assert month_lines(cell, p) == [
        ("Mar", "Callum lost his flat."),
        ("18 Dec", "He was found in March – no, a doorway."),
    ]
    assert month_lines("In March – a spring", p) == []


def test_a_cell_paragraph_that_ends_no_sentence_still_ends_its_line():
    from dhrparse.document import Cell
    from dhrparse.extractors.chronology.timeline_strips import _paragraphed, month_lines

    cell = Cell(
        text="Mar – Moved to a hostel Jun – Evicted from the hostel", line_start=1, line_end=2, breaks=(6,)
    )
    assert month_lines(_paragraphed(cell), load_patterns()) == [
        ("Mar", "Moved to a hostel"),
        ("Jun", "Evicted from the hostel"),
    ]
