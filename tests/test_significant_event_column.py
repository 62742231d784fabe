"""A summary timeline's event column named "Significant event" (a Welsh child practice review's
"Date | Agency | Significant event") is the event's column, as "Key event" is: a table plain
pdftotext printed column after column is paired again under it (patterns chronology.columns.event)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.chronology.columns import Columns
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

P = load_patterns()
PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "wales_cpr_reviewers_table_summary_timeline_cwmderyn"

TIMELINE = """Appendix 2: Summary timeline
Date
04/02/2023
12/06/2023
May
2024

Agency
Midwifery
School nurse

Significant event
Child F born early; the family left hospital after four days.
A school nurse saw Child F for a cough and noted no concerns.

Police

A neighbour reported shouting at the flat late at night.

1
"""


def test_significant_event_names_the_event_column():
    names = Columns(P)
    assert names.field_of("Significant event") == "event"
    assert names.field_of("Significant events") == "event"
    assert names.field_of("Significance") == "comment"


def test_a_timeline_printed_column_after_column_is_read_under_it():
    events = extract(TIMELINE).chronology
    assert [e.date.start for e in events] == ["2023-02-04", "2023-06-12", "2024-05"]
    assert events[0].text.startswith("Child F born early")
    assert events[2].text.startswith("A neighbour reported")


def test_the_stand_in_reads_every_row_on_every_route():
    for suffix in (".txt", ".pdf", ".docx", ".corpus.txt"):
        assert len(extract(PENDING / f"{STEM}{suffix}").chronology) == 6, suffix
