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


# The fictional Pennock review's table, printed as plain pdftotext prints a row-by-row table with
# the agency cell wrapped beside the event: the 14/11/2022 row's date stands straight after the
# row above's, the second row's date wrapped in the narrow column ("Late-December" over "2022"),
# and its rest printed among that row's event lines. Nothing parts the two rows' events; the year
# is the date's rest, not a row dated "2022" opening mid-sentence.
STACKED_WRAPPED = """4. Chronology

Date

Agency

Event

03/10/2022

Pennock Police

Officers attend after a neighbour hears shouting. Yusra says
they had argued about money.

14/11/2022

Late-December

Pennock Medical

Yusra is seen for a cough. The GP notes a bruise on her arm.

Centre

No enquiry is made.

Family

Tobin moves into Yusra's flat. Yusra's sister visits and is

2022

worried.
She later tells the review that Tobin read Yusra's messages.

09/01/2023

Pennock Police

Yusra reports that Tobin has taken her phone. Tobin is arrested.

5. Analysis

5.1 The panel considered what was known to each agency.
"""


def test_a_wrapped_date_stood_after_the_row_aboves_is_read_with_it_and_warned_of():
    doc = extract(STACKED_WRAPPED)
    got = [(ev.date.start if ev.date else None, " ".join(ev.text.split())) for ev in doc.chronology]
    assert [start for start, _ in got] == ["2022-10-03", "2022-11-14", "2023-01-09"]
    assert "Tobin moves into" in got[1][1] and got[1][1].rstrip().endswith("read Yusra's messages.")
    parted = [w for w in doc.warnings if w.code == "chronology_rows_not_parted"]
    assert parted and "Late-December 2022" in parted[0].message


def test_the_agency_cell_is_the_rows_agency_not_its_events_words():
    """The agency's cell prints its first line before the event's, and a name wrapped in the
    narrow column ("Brindle Lane" over "Surgery") its next line among the event's lines, where the
    event's sentence runs on over it: those lines are the row's agency, as the PDF shows."""
    text = [(ev.agencies[:1], " ".join(ev.text.split())) for ev in extract(TEXT).chronology]
    pdf = [
        (ev.agencies[:1], " ".join(ev.text.split())) for ev in extract(TEXT.with_suffix(".pdf")).chronology
    ]
    assert text == pdf
