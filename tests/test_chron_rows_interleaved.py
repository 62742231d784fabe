"""A chronology table printed row by row and line by line across the row (plain pdftotext of a
report set with generous line spacing; tests/zoo/build_chron_rows_interleaved.py): a date
wrapped in the narrow date column prints its rest after the row's first agency and event lines,
and that rest completes the row's date instead of opening a row of its own; a date that ends a
sentence of the event on a line of its own is the event's words."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"
TEXT = ZOO / "chron_rows_interleaved_wrapped_dates.txt"


def _events():
    return [
        (ev.date.raw if ev.date else None, ev.date.start if ev.date else None, ev.text)
        for ev in extract(TEXT).chronology
    ]


def test_one_event_per_row_each_with_its_own_date():
    got = _events()
    assert [start for _, start, _ in got] == [
        "2021-01-14",
        "2021-03-02",
        "2021-05-11",
        "2021-06",
        "2021-07-20",
        "2021-09-03",
        "2022-01-06",
    ]


def test_a_range_wrapped_in_the_date_column_keeps_its_end_and_its_event_whole():
    raw, _, text = _events()[2]
    assert raw.startswith("11/05/2021")
    assert "On the fifth attempt" in text and "26/05/2021" not in text
    assert not any(r == "26/05/2021" for r, _, _ in _events())


def test_a_month_wrapped_over_its_year_is_one_date():
    raw, start, text = _events()[3]
    assert (raw, start) == ("Early June 2021", "2021-06")
    assert "Early June" not in _events()[2][2]  # (the row above does not take the date's first line)


def test_a_year_ending_a_sentence_on_its_own_line_is_the_events_words():
    _, _, text = _events()[1]
    assert text.rstrip().endswith("9 April 2021.")


NUMBERS = ZOO / "chron_rows_interleaved_dates_as_numbers.txt"


def test_numeric_dates_the_segmenter_joins_to_the_agency_still_open_their_rows():
    # ("23/11/2021" alone on a line reads like a hanging paragraph number: the segmenter joins it
    # to "Millbeck PCN"; the rows are told from the lines, so every row is read with its own date)
    got = [(ev.date.start if ev.date else None, ev.text) for ev in extract(NUMBERS).chronology]
    assert [start for start, _ in got] == [
        "2021-10",
        "2021-11-23",
        "2022-02-17",
        "2022-06-08",
        "2022-07",
        "2022-12-02",
    ]
    assert "Telephone consultation" in got[1][1] and "Telephone consultation" not in got[0][1]
    assert not any("/20" in text for _, text in got)  # (no row holds the next row's date cell)
