"""Build a zoo NHS patient safety incident investigation (PSII, under the Patient Safety Incident
Response Framework) after a homicide by a patient of a mental health trust, with its safety action
plan.

psii_safety_action_plan_sa_refs_measure_col_pellowford (Nimbus Sans Narrow 9.5): the review id only in the
running head ("<trust> — PSII-2025-031"), a label / value box (the trust, the lead investigator,
the incident date, the police reference), "Area for improvement N:" bullets the report says are
not recommendations, then "Safety recommendations" as run-in bold labels "SR1:" ... "SR3:"; a
page break before the Safety action plan, a table Safety recommendation | Ref | Safety action |
Owner | Timescale | Measure of effectiveness | Status whose first cell ("SR1 – <short title>") is
merged down over its actions, action refs printed "SA 1.1", "SA1.2" and "SA2" (one action under
SR2), timescales "Dec 2025" / "March 2026", status Implemented / Partially implemented / Not yet
implemented last; a closing line.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_psii_safety_action_plan_sa_refs_measure_col.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import kv_table, merged_plan_table, new_doc, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    line_opening,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "psii_safety_action_plan_sa_refs_measure_col_pellowford"
TRUST = "Pellowford Community and Mental Health NHS Foundation Trust"
REVIEW_ID = "PSII-2025-031"
AUTHOR = "Dr Imelda Scarrowby"
FONT, SIZE = "Nimbus Sans Narrow", 9.5
AREAS = [
    "Handover notes between the crisis team and the community team were brief and did not "
    "carry the family's concerns forward.",
    "Staff in the community team were not always sure who held the care coordinator role "
    "during annual leave.",
]
# (ref, short title, recommendation, [(action ref, action, owner, timescale, measure, status)])
SRS = [
    (
        "SR1",
        "Risk information at transfer",
        "The Trust should make sure that risk information, including what relatives have said, "
        "moves with a patient whenever care passes between the crisis team and a community team.",
        [
            (
                "SA 1.1",
                "Add a relatives' concerns field to the electronic transfer form.",
                "Head of Digital Clinical Systems",
                "Dec 2025",
                "Field present in every sampled transfer form",
                "Implemented",
            ),
            (
                "SA1.2",
                "Audit twenty transfers each quarter against the new standard.",
                "Clinical Audit Manager",
                "March 2026",
                "Audit shows 90 per cent compliance",
                "Partially implemented",
            ),
        ],
    ),
    (
        "SR2",
        "Cover for care coordinators",
        "The Trust should set out who acts as care coordinator when the named coordinator is "
        "away, and tell the patient and family who that is.",
        [
            (
                "SA2",
                "Write a cover standard for planned and unplanned absence.",
                "Associate Director of Community Services",
                "Jan 2026",
                "Standard approved by the clinical governance group",
                "Not yet implemented",
            ),
        ],
    ),
    (
        "SR3",
        "Listening to families",
        "The Trust should give families of patients under the community teams a direct way to "
        "raise a worry about risk and receive a reply within two working days.",
        [
            (
                "SA 3.1",
                "Publish a family concerns telephone line for each community team.",
                "Patient Experience Lead",
                "Feb 2026",
                "Calls logged and answered within two working days",
                "Implemented",
            ),
            (
                "SA 3.2",
                "Train duty workers to record and respond to family concerns.",
                "Learning and Development Manager",
                "April 2026",
                "Training records for 85 per cent of duty workers",
                "Not yet implemented",
            ),
        ],
    ),
]
STATES = {
    "Implemented": "complete",
    "Partially implemented": "in_progress",
    "Not yet implemented": "not_started",
}
MONTHS = ("Jan", "Feb", "March", "April", "Dec")
MONTH_NUMBERS = {"Jan": "01", "Feb": "02", "March": "03", "April": "04", "Dec": "12"}


def run_in(doc, label: str, text: str) -> None:
    """A paragraph opening with a bold run-in label."""
    p = doc.add_paragraph()
    bold = p.add_run(label + " ")
    bold.bold = True
    p.add_run(text)
    for run in p.runs:
        run.font.size = Pt(SIZE)


def report_page(doc) -> None:
    para(doc, "Patient Safety Incident Investigation", bold=True, size=15)
    para(doc, "The care of Mr K before the death of Mrs Hollis, aged 71", bold=True, size=11)
    kv_table(
        doc,
        [
            ("Organisation", TRUST),
            ("Lead investigator", AUTHOR),
            ("Date of incident", "14 February 2024"),
            ("Police reference", "PF/24/00781"),
        ],
        size=9,
    )
    para(doc, "")
    para(doc, "Summary of findings", bold=True, size=11)
    para(
        doc,
        "Mr K had been under the community team for two years when he killed his neighbour, Mrs "
        "Hollis. This investigation looked at the system around his care, not at individual "
        "blame, and was carried out under the Patient Safety Incident Response Framework.",
    )
    para(doc, "The investigation also noted the following. They are not recommendations.")
    for n, text in enumerate(AREAS, 1):
        run_in(doc, f"Area for improvement {n}:", text)
    para(doc, "Safety recommendations", bold=True, size=11)
    for ref, _, text, _ in SRS:
        run_in(doc, f"{ref}:", text)


def build() -> None:
    doc = new_doc(header=f"{TRUST} — {REVIEW_ID}", footer_label="PSII report", font=FONT, size=SIZE)
    report_page(doc)
    page_break(doc)
    para(doc, "Safety action plan", bold=True, size=11)
    widths = [2.8, 1.4, 3.4, 2.3, 1.8, 2.5, 2.4]
    headers = [
        "Safety recommendation",
        "Ref",
        "Safety action",
        "Owner",
        "Timescale",
        "Measure of effectiveness",
        "Status",
    ]
    groups = [([f"{ref} – {title}"], [list(row) for row in rows]) for ref, title, _, rows in SRS]
    merged_plan_table(doc, headers, widths, groups, size=8)
    para(doc, "")
    para(doc, "Progress on this plan is reported to the Trust's quality committee every quarter.")
    save_rendered(doc, HERE, STEM)


def target(raw: str) -> str:
    month, year = raw.split()
    return f"{year}-{MONTH_NUMBERS[month]}"


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            ref,
            first_words(text, 10),
            line_opening(lines, f"{ref}: {first_words(text, 3)}"),
            agency=TRUST,
            scope="local",
        )
        for ref, _, text, _ in SRS
    ]
    actions = [
        action_record(
            first_words(action, 5),
            line_opening(lines, first_words(action, 3)),
            ref=code,
            recommendation_ref=ref,
            lead=owner,
            target_date_raw=due,
            target_date=target(due),
            status_raw=state,
            status=STATES[state],
        )
        for ref, _, _, rows in SRS
        for code, action, owner, due, _, state in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "NHS patient safety incident investigation after a homicide by a mental health "
            "patient (Nimbus Sans Narrow 9.5): review id only in the running head, a label / value box, 'Area "
            "for improvement N:' bullets that are not recommendations, run-in bold safety "
            "recommendations SR1-SR3; a safety action plan Safety recommendation (merged, 'SR1 "
            "– <title>') | Ref ('SA 1.1', 'SA1.2', 'SA2') | Safety action | Owner | Timescale | "
            "Measure of effectiveness | Status (Implemented / Partially implemented / Not yet "
            "implemented)"
        ),
        review=review(
            None,
            "Pellowford",
            "Mrs Hollis",
            doc_kind="overview_report",
            review_id=REVIEW_ID,
            author=AUTHOR,
            age=71,
        ),
        recommendations=recs,
        actions=actions,
        notes=(
            "The areas for improvement are said not to be recommendations. Each plan row is one "
            "action, its ref as printed ('SA 1.1', 'SA2'), its recommendation the SR of the merged "
            "first cell. The Measure of effectiveness cell is neither the action nor its status. "
            "Implemented -> complete, Partially implemented -> in_progress, Not yet implemented "
            "-> not_started. 'Dec 2025' -> the month. No review type: the schema has none for an "
            "NHS investigation. The police reference is not the review id."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
