"""An NHS patient safety incident investigation's safety action plan (PSIRF): "Safety
recommendation | Ref | Safety action | Owner | Timescale | Measure of effectiveness | Status".
The zoo stand-in is tests/zoo/pending/psii_safety_action_plan_sa_refs_measure_col_pellowford."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted
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


PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
# (the zoo stand-ins: an en dash and wrapped refs "SA 1.1"; an em dash, titles over three lines)
TITLED = {
    "psii_safety_action_plan_sa_refs_measure_col_pellowford": [
        ("SA1.1", "SR1", "2025-12", "complete"),
        ("SA1.2", "SR1", "2026-03", "in_progress"),
        ("SA2", "SR2", "2026-01", "not_started"),
        ("SA3.1", "SR3", "2026-02", "complete"),
        ("SA3.2", "SR3", "2026-04", "not_started"),
    ],
    "psii_safety_plan_titled_sr_cells_em_dash_ashmorton": [
        ("SA1.1", "SR1", "2025-10", "complete"),
        ("SA1.2", "SR1", "2026-01", "in_progress"),
        ("SA1.3", "SR1", "2026-05", "not_started"),
        ("SA2.1", "SR2", "2025-11", "in_progress"),
        ("SA3.1", "SR3", "2025-12", "complete"),
        ("SA3.2", "SR3", "2026-03", "not_started"),
        ("SA4.1", "SR4", "2026-02", "complete"),
    ],
}


@pytest.mark.parametrize("stem", sorted(TITLED))
def test_corpus_text_reads_titled_recommendation_cells_before_the_refs(stem):
    # (pdfplumber joins each printed line's cells: "SR1 – Risk information SA 1.1 Add a ...",
    # the code and title merged down, a row under it opening with its ref "SA1.2 Audit ...":
    # plan.titled_cells; the code before the dash is the actions' recommendation)
    doc = extracted(PENDING / f"{stem}.corpus.txt")
    got = [(a.ref, a.recommendation_ref, a.target_date.start, a.status.value) for a in doc.actions]
    assert got == TITLED[stem]
    assert all(a.success_measure and a.success_measure not in a.action for a in doc.actions)


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_titled_cells_give_their_code_on_every_route(ext):
    stem = "psii_safety_plan_titled_sr_cells_em_dash_ashmorton"
    doc = extracted(PENDING / f"{stem}.{ext}")
    assert [(a.ref, a.recommendation_ref) for a in doc.actions] == [r[:2] for r in TITLED[stem]]


@pytest.mark.parametrize(
    ("stem", "name"),
    [
        ("psii_safety_action_plan_sa_refs_measure_col_pellowford", "Imelda Scarrowby"),
        ("psii_safety_plan_titled_sr_cells_em_dash_ashmorton", "Osric Tellingford"),
    ],
)
def test_plain_text_pairs_the_box_lead_investigator_with_the_name(stem, name):
    # (plain pdftotext prints the box's labels, then its values; "Trust" names a body, "Lead
    # investigator" a person, the trust's long name wrapped: extractors.review.cover_table)
    assert extracted(PENDING / f"{stem}.txt").review.author == name
