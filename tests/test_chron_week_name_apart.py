"""A chronology table plain pdftotext printed column after column whose date column's name wraps
in its narrow column ("Week" over "commencing", then the first "w/c dd/mm/yyyy"): the wrapped name
is the date column's name alone on its lines (chronology.columns_apart.wrapped_date_names), so the
table is read as columns printed apart, each row dated to the Monday printed, and the dated
sentences inside the event cells ("On 10 January ...") make no entries of their own, nor do the
header's and agencies' lines. Read on tests/zoo/pending/cspr_week_dated_events_plain (own words,
fictional places)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.document import Line
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.columns_apart import wrapped_date_names
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "cspr_week_dated_events_plain"


def _lines(*texts: str) -> list[Line]:
    return [Line(number=k, text=t) for k, t in enumerate(texts)]


def test_a_date_name_over_two_lines_is_found_where_it_opens():
    names = Columns(load_patterns())
    got = wrapped_date_names(_lines("Week", "commencing", "w/c 09/01/2023", "Agency"), names)
    assert got == [(0, "date")]
    # (a name each line gives alone is no wrapped name; nor two lines of prose)
    assert wrapped_date_names(_lines("Date", "Agency"), names) == []
    assert wrapped_date_names(_lines("She was seen", "by the GP"), names) == []


def test_every_row_dated_by_its_week_and_no_sentence_an_entry():
    doc = extract((ZOO / f"{STEM}.txt").read_text(encoding="utf-8"), name=f"{STEM}.txt")
    assert [e.date.start for e in doc.chronology] == [
        "2023-01-09",
        "2023-02-13",
        "2023-02-13",
        "2023-03-27",
        "2023-05-15",
    ]
    assert doc.chronology[0].text.startswith("On 10 January the booking appointment")
    assert doc.chronology[0].text.endswith("had not been asked.")
