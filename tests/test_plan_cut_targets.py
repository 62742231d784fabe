"""A plan printed row after row by plain pdftotext (plan.row_runs) whose narrow Timescale column
wrapped a target cell, the date's line printed apart from the words before it: the row keeps
"By end of" or "Quarterly from" (or a month without its year, "October") where its target stands,
and that cut cell still takes the target's place, so the row's status after it is read.
"""

from __future__ import annotations

import textwrap

from dhrparse.pipeline import extract

# (recommendation, action, lead, target cell as printed in the row, status cell, status)
ROWS = [
    (
        "Ashcombe Fire and Rescue should offer a home safety visit to every tenant referred for hoarding.",
        "Add hoarding referrals to the home safety visit list",
        "Station Commander",
        "31/08/2025",
        "Complete",
        "complete",
    ),
    (
        "Ashcombe Homes should record the clutter rating at every tenancy check.",
        "Train tenancy officers in the clutter rating scale",
        "Tenancy Services Lead",
        "By end of",
        "On track",
        "in_progress",
    ),
    (
        "Ashcombe Council should share its hoarding protocol with private landlords.",
        "Send the protocol to the landlords' forum",
        "Private Sector Housing Manager",
        "October",
        "Complete",
        "complete",
    ),
    (
        "The Ashcombe Board should check how often the protocol is used.",
        "Count the protocol meetings held in each district",
        "Board Business Manager",
        "Quarterly from",
        "Not started",
        "not_started",
    ),
]


def render(rows) -> str:
    lines = ["Ashcombe Safeguarding Adults Board", "", "Annex 2: Plan of actions", ""]
    for name in ("No.", "Recommendation", "Scope", "Action to take", "Lead agency", "Target date", "Status"):
        lines += [name, ""]
    for k, (rec, action, lead, target, status, _) in enumerate(rows, 1):
        lines += [str(k), ""]
        for text, width in ((rec, 34), ("Local", 10), (action, 28), (lead, 18), (target, 12), (status, 12)):
            lines += [*textwrap.wrap(text, width), ""]
    # the cut targets' dates, printed after the table's last row
    lines += ["March 2026", "", "2025", "", "November 2025", ""]
    lines += ["Annex 3: Terms used", "Clutter rating – a nine-point picture scale of clutter in a room.", ""]
    return "\n".join(lines) + "\n"


def test_a_cut_target_cell_keeps_the_rows_status():
    doc = extract(render(ROWS), name="plan.txt")
    assert len(doc.actions) == len(ROWS)
    for got, (_, action, lead, _, _, status) in zip(doc.actions, ROWS):
        assert got.action.startswith(action[:25])
        assert got.lead == lead
        assert got.status.value == status
