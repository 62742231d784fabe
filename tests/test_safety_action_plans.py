"""An NHS patient safety incident investigation's safety action plan (PSIRF): "Safety
recommendation | Ref | Safety action | Owner | Timescale | Measure of effectiveness | Status".
The zoo stand-in is tests/zoo/pending/psii_safety_action_plan_sa_refs_measure_col_pellowford."""

from __future__ import annotations

from docx_build import paragraphs_and_table

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.tables import column_map

P = load_patterns()
HEADER = [
    "Safety recommendation",
    "Ref",
    "Safety action",
    "Owner",
    "Timescale",
    "Measure of effectiveness",
    "Status",
]


def test_safety_action_plan_header_names_its_columns():
    # the measure of effectiveness is how success is judged: never the action or its status
    assert column_map(P).header_columns(HEADER) == [
        "recommendation",
        "ref",
        "action",
        "lead",
        "target_date",
        "success_measure",
        "status",
    ]


def test_safety_action_rows_read_with_their_measure_apart():
    rows = [
        [
            "SR1 – Handover of risk",
            "SA1.1",
            "Revise the handover template used between the two teams.",
            "Service Manager",
            "Oct 2025",
            "Template in use in every audited handover",
            "Partially implemented",
        ],
        [
            "SR2 – Family contact",
            "SA 2.1",
            "Offer every family a named contact at first assessment.",
            "Head of Nursing",
            "Jan 2026",
            "Named contact recorded in nine records of ten",
            "Not yet implemented",
        ],
    ]
    data = paragraphs_and_table(["Safety action plan"], HEADER, rows)
    doc = dhrparse.extract(data, name="psii.docx")
    got = [(a.ref, a.lead, a.target_date.start, a.status.value, a.success_measure) for a in doc.actions]
    assert got == [
        ("SA1.1", "Service Manager", "2025-10", "in_progress", "Template in use in every audited handover"),
        (
            "SA2.1",
            "Head of Nursing",
            "2026-01",
            "not_started",
            "Named contact recorded in nine records of ten",
        ),
    ]
