"""A summary chronology giving each agency a column of its own, "Date | Police | Health | Adult
Social Care | Housing / other", each row's event under the one agency that had the contact. Its
header names no event column, so printed with the cells joined on each line (the corpus text)
the header was no header: its line and the first row ran into the paragraph above, and the
rows read as dated paragraphs lost the row whose date wrapped ("early May" / "2021"). The names
after the date's being agencies, the table reads as Date | Event
(extractors.chronology.agency_columns; zoo:
tests/zoo/pending/build_sar_exec_summary_agency_column_chronology_soulby.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.extractors.chronology.agency_columns import agency_columns
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.patterns import load_patterns

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_exec_summary_agency_column_chronology_soulby"


def test_every_row_of_the_agency_columns_is_an_entry_with_its_date():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    starts = [c.date.start for c in doc.chronology]
    assert starts == [
        "2020-03-12",
        "2020-06",
        "2020-09-03",
        "2020-11-17",
        "2021-01-28",
        "2021-05",
        "2021-08-14",
        "2021-12-09",
    ]
    assert doc.chronology[0].text.startswith("Mrs Elspeth saw her GP about falls")
    assert doc.chronology[5].text.startswith("A safeguarding concern about money taken")


@pytest.mark.parametrize(
    "line, fields",
    [
        ("Date Police Health Adult Social Care Housing / other", ["date", "event"]),
        ("Date | Police | Children's Social Care | Education", ["date", "event"]),
        ("Date Police", None),  # (one agency: a table of its own contacts, not one per agency)
        ("Date Police Health Review panel notes", None),  # (a column no agency's)
        ("Time Police Health Housing", None),  # (no date's column first)
    ],
)
def test_a_header_is_one_column_per_agency_only_when_every_name_after_the_date_is_an_agency(line, fields):
    p = load_patterns()
    assert agency_columns(line, Columns(p), p) == fields
