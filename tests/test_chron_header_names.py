"""A chronology table's header printed as one line of column names joined by spaces, as a PDF
text extraction prints it: a name of one word that also opens a longer reading ("Agency What ...")
must leave the next column its own name of two or three words ("What happened", "Summary of
contact"), else the table has no event column and is not read at all (joined_rows)."""

from __future__ import annotations

from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.header_names import header_names
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract


def _names(text: str) -> list[str] | None:
    return header_names(text, Columns(load_patterns()))


def test_a_two_word_event_name_after_the_agency_is_its_own():
    assert _names("Date Agency What happened Significance") == ["date", "agency", "event", "comment"]
    assert _names("Date Agency Summary of contact") == ["date", "agency", "event"]


def test_longer_names_are_still_read_whole():
    assert _names("Date Source Event Analysis comment") == ["date", "source", "event", "comment"]
    assert _names("Date Agency Key event") == ["date", "agency", "event"]
    assert _names("Date Agency") is None  # (no event column)


def _corpus(lines: list[str]) -> str:
    return "".join(f"{ln} \n\n" for ln in lines)


REPORT = [
    "Tolworth Safeguarding Children Partnership",
    "Child Safeguarding Practice Review: Child R",
    "2. Key events",
    "Date Agency What happened",
    "04/02/2022 Midwifery Booking appointment; father answered most questions.",
    "19/03/2022 Police Neighbour reported shouting; no offences recorded.",
    "27/06/2022 GP Mother prescribed sleeping tablets by telephone.",
    "3. Learning",
    "Partners should speak to each parent alone.",
]


def test_the_table_is_read_one_event_per_row():
    doc = extract(_corpus(REPORT))
    got = [(e.date.start if e.date else None, e.text.split(";")[0]) for e in doc.chronology]
    assert got == [
        ("2022-02-04", "Booking appointment"),
        ("2022-03-19", "Neighbour reported shouting"),
        ("2022-06-27", "Mother prescribed sleeping tablets by telephone."),
    ]
