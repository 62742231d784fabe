"""Dates a chronology table printed with its cells joined on each line wraps over two lines
(joined_rows): a span's two dates joined by a dash, the second printed at the head of the row's
next line ("11/05/2021 –" over "26/05/2021 ..."), is one date cell; a year alone at a line's head
that finishes a date the event's text left open above ("... by letter for 9 April" over "2021.")
opens no row."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "chron_rows_interleaved_wrapped_dates.corpus.txt"


def test_a_dashed_span_of_two_dates_is_one_date_cell():
    dates = DateOpening(load_patterns())
    assert dates.is_date("11/05/2021 – 26/05/2021")
    assert dates.cell([["11/05/2021", "–", "Haven", "Domestic"], ["26/05/2021", "Abuse", "Service"]]) == [
        2,
        1,
    ]
    assert not dates.is_date("11/05/2021 and then 26/05/2021")  # (words between: two dates, no cell)
    # (a hyphen alone is as often an empty cell's mark, the next row's date below)
    assert not dates.is_date("23/03/2020 - 11/05/2020")


def test_a_year_finishing_the_date_above_opens_no_row():
    dates = DateOpening(load_patterns())
    assert dates.finishes(["an", "appointment", "by", "letter", "for", "9", "April"], ["2021."])
    assert not dates.finishes(["and", "says", "nothing", "to", "anyone."], ["2021"])
    assert not dates.finishes(["an", "appointment", "by", "letter", "for", "9", "April"], ["12/04/2021"])


def test_the_table_reads_one_row_per_date_cell():
    doc = extract(ZOO)
    assert [e.date.raw for e in doc.chronology] == [
        "14/01/2021",
        "02/03/2021",
        "11/05/2021",
        "Early June 2021",
        "20/07/2021",
        "03/09/2021",
        "06/01/2022",
    ]
    gp = doc.chronology[1].text
    assert gp.endswith("appointment by letter for 9 April 2021.")
    outreach = doc.chronology[2].text
    assert outreach.startswith("An outreach worker") and "Abuse Service" not in outreach
