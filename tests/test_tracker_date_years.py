"""A tracker sheet in text taken out a printed line at a time (cells of a table line joined by
single spaces): a target date too wide for its column prints its year on the row's next line
("31 January" over "2025"). The year is read back into the date cell (plan.tracker_rows), so the
action keeps its whole target date."""

from __future__ import annotations

from plan_text import corpus_text, printed_rows

from dhrparse.pipeline import extract
from dhrparse.vocab.type_widths import Face

# (column name, width in ems): a date column narrower than a day, month and year
COLUMNS = {"Ref": 2.0, "Action": 10.5, "Lead": 7.0, "Target date": 5.6, "Progress update": 10.0, "RAG": 2.4}
ROWS = [
    (
        "1",
        "Audit thirty discharge letters for a named carer",
        "Head of Quality, Wrenmoor Trust",
        "31 January 2025",
        "Audit under way; twelve files read.",
        "A",
    ),
    (
        "2",
        "Add a carer prompt to the electronic handover",
        "Chief Clinical Information Officer",
        "28 February 2025",
        "Supplier has agreed the change.",
        "G",
    ),
    (
        "3",
        "Brief ward managers on the revised checklist",
        "Deputy Chief Nurse",
        "Oct 2024",
        "Briefings held on all six wards.",
        "B",
    ),
    (
        "4",
        "Report the audit to the Quality Subgroup",
        "Safeguarding Lead",
        "30 April 2025",
        "Not yet begun.",
        "R",
    ),
]


def _tracker(face: Face) -> str:
    printed = [" ".join(COLUMNS), *printed_rows(ROWS, list(COLUMNS.values()), face)]
    lines = [
        "Wrenmoor Safeguarding Adults Board",
        "Safeguarding Adults Review 'Mr T' – Action Plan Tracker",
        "RAG key: B – complete; G – on schedule; A – behind schedule; R – not started",
        *printed,
        "Tracker kept by the Board's business manager.",
    ]
    return corpus_text(lines)


def test_a_target_date_s_year_printed_on_the_row_s_next_line_is_read_back():
    printed = _tracker(Face("arial"))
    assert "31 January" in printed and "31 January 2025" not in printed  # (the fixture wraps the date)
    doc = extract(printed)
    got = {a.ref: (a.target_date.raw if a.target_date else None) for a in doc.actions}
    assert got == {"1": "31 January 2025", "2": "28 February 2025", "3": "Oct 2024", "4": "30 April 2025"}, (
        got
    )
    assert {a.ref: str(a.target_date.start) for a in doc.actions}["1"] == "2025-01-31"
