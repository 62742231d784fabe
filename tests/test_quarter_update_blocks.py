"""A monitoring report's plan table that plain pdftotext printed a whole cell at a time, row after
row (plan.row_blocks), whose update columns are named a quarter each with the months they cover:
"Ref | Recommendation | Action | Lead officer | Target date | Q1 update (Apr–Jun 2025) | Q2 update
(Jul–Sep 2025) | BRAG". A name with a quarter's label and a dated aside is a column's name
(plan.dated_names.quarter_name), so the table under it is read: each row's ref, lead, target date
and BRAG status, each quarter's update under its printed name."""

from __future__ import annotations

import textwrap

from dhrparse.pipeline import extract

HEADER = [
    "Ref",
    "Recommendation",
    "Action",
    "Lead officer",
    "Target\ndate",
    "Q1 update (Apr–Jun 2025)",
    "Q2 update (Jul–Sep 2025)",
    "BRAG",
]
# (ref, recommendation, action, lead, date, Q1, Q2, BRAG)
ROWS = [
    (
        "KP.1",
        "Officers should record who else lives at the address when they attend a call about abuse.",
        "Introduce a mandatory household field on the attendance record",
        "Chief Inspector, Response",
        "31/03/2025",
        "Field went live on 3 March 2025.",
        "Audit of forty records found the field filled in thirty-eight.",
        "Blue",
    ),
    (
        "KP.2",
        "The force should review how repeat calls from one address reach the neighbourhood team.",
        "Set a repeat caller flag after three calls in ninety days",
        "Contact Centre Manager",
        "30/09/2025",
        "Requirement written for the systems team.",
        "Testing held up by the system upgrade.",
        "Amber",
    ),
    (
        "KP.3",
        "The force should brief call handlers on abuse of older parents by adult children.",
        "Deliver a briefing to every call handling team",
        "Training Manager",
        "31/12/2025",
        "Trainer post advertised in June.",
        "Trainer appointed; sessions start in October.",
        "Red",
    ),
]
STATUS = {"Blue": "complete", "Amber": "in_progress", "Red": "not_started"}


def _cell(text: str, width: int = 28) -> list[str]:
    return textwrap.wrap(text, width) + [""]


def render(header: list[str]) -> str:
    lines = [
        "Kelsmoor Safer Communities Partnership",
        "Domestic Homicide Review – Action Plan Monitoring Report",
        "Position at 30 September 2025",
        "",
        "Kelsmoor Police (KP)",
    ]
    for name in header:
        lines += [*name.split("\n"), ""]
    for ref, rec, action, lead, date, q1, q2, brag in ROWS:
        lines += [ref, ""] + _cell(rec) + _cell(action) + _cell(lead, 16) + [date, ""]
        lines += _cell(q1) + _cell(q2) + [brag, ""]
    lines += ["Next review of this plan: Partnership Board, 8 January 2026."]
    return "\n".join(lines) + "\n"


def test_quarter_labelled_update_columns_head_a_table_of_blocks():
    text = render(HEADER)
    doc = extract(text, name="monitoring.txt")
    got = [
        (a.recommendation_ref, a.lead, a.target_date and a.target_date.start, a.status.value)
        for a in doc.actions
    ]
    want = [
        (ref, lead, f"{date[6:]}-{date[3:5]}-{date[:2]}", STATUS[brag])
        for ref, _, _, lead, date, _, _, brag in ROWS
    ]
    assert got == want, text
    # (each quarter's update kept under its column's printed name)
    assert [a.extra.get(HEADER[6]) for a in doc.actions] == [row[6] for row in ROWS], text
    assert [a.extra.get(HEADER[5]) for a in doc.actions] == [row[5] for row in ROWS], text


def test_an_aside_that_dates_nothing_heads_no_table():
    """An aside that dates nothing, "Q1 update (see note)": the label and the aside do not date the column, so it is no
    column's name and the blocks are not read as this table's rows."""
    header = [n.replace("(Apr–Jun 2025)", "(see note)") for n in HEADER]
    doc = extract(render(header), name="monitoring.txt")
    assert not any(a.status.value == "complete" and a.recommendation_ref == "KP.1" for a in doc.actions)


# The same table as plain pdftotext prints a monitoring report's merged and wrapped cells out of
# their rows' order: the first ref joined to its recommendation's first line, a recommendation's
# ref (centred in the cell merged over two actions) printed after those actions, a lead cut after
# its comma and a target date cut before its year printed after the row's status, a "Not yet due."
# update, and a quarter's update printed after its row's status.
DISPLACED = """Kelsmoor Safer Communities Partnership
Domestic Homicide Review – Action Plan Monitoring Report
Position at 30 September 2025

Kelsmoor Police (KP)
{header}
KP.1 Officers should record who
else lives at the address when
they attend a call about abuse.

Introduce a mandatory
household field on the
attendance record

Chief Inspector,

31 Mar

Field went live on 3 March
2025.

Audit of forty records found
the field filled in thirty-eight.

Blue

Response Policing

2025

The force should review how
repeat calls from one address
reach the neighbourhood team.

Set a repeat caller flag after
three calls in ninety days

Contact Centre
Manager

30/09/2025

Not yet due.

Testing held up by the system
upgrade.

Amber

Check twenty flagged
addresses with the sergeants

Contact Centre
Manager

31/12/2025

Trainer post advertised in
June.

Red

Sessions planned for October.

KP.2

Next review of this plan: Partnership Board, 8 January 2026.
"""


def test_cells_printed_out_of_their_rows_order_go_back_to_their_rows():
    header = "".join(f"{name}\n\n" for name in HEADER)
    text = DISPLACED.format(header=header)
    doc = extract(text, name="monitoring.txt")
    got = [
        (a.recommendation_ref, a.lead, a.target_date and a.target_date.start, a.status.value)
        for a in doc.actions
    ]
    assert got == [
        ("KP.1", "Chief Inspector, Response Policing", "2025-03-31", "complete"),
        ("KP.2", "Contact Centre Manager", "2025-09-30", "in_progress"),
        ("KP.2", "Contact Centre Manager", "2025-12-31", "not_started"),
    ], text
    assert [a.extra.get(HEADER[5]) for a in doc.actions] == [
        "Field went live on 3 March 2025.",
        "Not yet due.",
        "Trainer post advertised in June.",
    ], text
    assert doc.actions[2].extra.get(HEADER[6]) == "Sessions planned for October.", text
    assert {r.ref for r in doc.recommendations} == {"KP.1", "KP.2"}, text
