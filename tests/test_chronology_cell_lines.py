"""A chronology table that a word processor's own text export printed a cell a line.

Saving a Word report as plain text (LibreOffice's "Text" export, Word's "Plain Text") prints
each table cell on a line of its own, row after row, with no blank lines: "Date", "Source",
"Event", "Comment", then "14/03/2019", "GP", the event, the panel's comment. An agency cell
that is an abbreviation in capitals ("MARAC", or a local one such as "NDHT") looks like a heading
in capitals; printed straight after a date alone, or naming a known agency, it is the row's
agency cell, and the table goes on past it."""

from __future__ import annotations

import pytest

import dhrparse

ROWS = [
    (
        "14/03/2019",
        "GP",
        "Grainne sees her GP about poor sleep and mentions arguments at home.",
        "No enquiry.",
    ),
    ("Summer 2019", "School", "The younger child's teacher notes he is tired and withdrawn.", "Logged only."),
    (
        "02/11/2019",
        "Police",
        "Officers attend after a neighbour hears shouting; no offence disclosed.",
        "Standard risk.",
    ),
    (
        "January 2020",
        "{agency}",
        "A health visitor sees Grainne with her partner present.",
        "Enquiry missed.",
    ),
    (
        "28/01/2021",
        "MARAC",
        "The case is heard; the refuge service is asked to contact Grainne.",
        "Good practice.",
    ),
    (
        "Feb–Mar 2021",
        "Refuge",
        "An outreach worker meets Grainne four times and writes a safety plan.",
        "Well recorded.",
    ),
    (
        "19/04/2021",
        "Housing",
        "Grainne asks to move on the grounds of abuse and is placed on the list.",
        "No interim plan.",
    ),
]
WANT = ["2019-03-14", "2019-06", "2019-11-02", "2020-01", "2021-01-28", "2021-02", "2021-04-19"]


def _export(agency: str) -> str:
    out = [
        "Drumcallan Domestic Homicide Review",
        "5. Chronology of agency contact",
        "Table 1 sets out the contacts agencies had with Grainne; the Comment column gives the panel's view.",
        "Table 1: Chronology",
        "Date",
        "Source",
        "Event",
        "Comment",
    ]
    for row in ROWS:
        out += [cell.format(agency=agency) for cell in row]
    out += ["6. Analysis", "6.1\tNo single agency held the whole picture of Grainne's life."]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("agency", ["NDHT", "Health Visiting"])
def test_every_row_is_read_past_an_agency_cell_in_capitals(agency):
    doc = dhrparse.extract(_export(agency), name="report.txt")
    assert [e.date.start for e in doc.chronology] == WANT
    assert all(row[2][:25] in event.text for row, event in zip(ROWS, doc.chronology))
