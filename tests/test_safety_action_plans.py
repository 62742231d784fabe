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


def test_psii_id_in_the_running_head_not_the_police_reference():
    from dhrparse.extractors.review.identifier import review_id

    cover = [
        "Patient Safety Incident Investigation",
        "Police reference: KX/23/01144",
        "Lead investigator: Dr Ana Velt",
    ]
    text = "\n".join(["Harbury Mental Health NHS Trust — PSII-2024-052", *cover])
    assert review_id(cover, text, P) == "PSII-2024-052"


def test_a_plan_header_over_its_first_row_is_no_cover_summary():
    from dhrparse.extractors.review.header_rows import across

    lines = [
        "Safety recommendation\tRef\tSafety action\tOwner\tTimescale\tStatus",
        "SR1 – Risk at transfer\tSA 1.1\tAdd a concerns field.\tHead of Systems\tDec 2025\tImplemented",
    ]
    assert across(lines, P, 10) == lines


def test_the_lead_investigator_is_the_author():
    from dhrparse.extractors.review.author import author

    assert author(["Organisation: Harbury NHS Trust", "Lead investigator: Dr Ana Velt"], P) == "Ana Velt"
    assert author(["Investigator\tSam Okoro"], P) == "Sam Okoro"


def test_an_nhs_investigation_serves_its_trusts_place():
    from dhrparse.extractors.review.area import area

    cover = [
        "Patient Safety Incident Investigation",
        "Organisation: Harbury Community and Mental Health NHS Trust",
    ]
    assert area(cover, [], None, P) == "Harbury"
    # (a partnership named on the cover still gives the area first)
    assert (
        area([*cover, "Commissioned by Selby Vale Community Safety Partnership"], [], "DHR", P)
        == "Selby Vale"
    )
