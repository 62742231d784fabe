"""Build a second zoo NHS patient safety incident investigation (PSII) with its safety action plan,
varied from build_psii_safety_action_plan_sa_refs_measure_col.py for the corpus-text reading.

psii_safety_plan_titled_sr_cells_em_dash_ashmorton (Liberation Serif 9): the review id in the running
head only, a label / value box (the trust's long name wrapping in its cell), "Area for improvement N:" lines said not to be recommendations,
"Safety recommendations" SR1-SR4 as run-in bold labels; after a page break a Safety action plan
Safety recommendation | Ref | Safety action | Owner | Timescale | Measure of effectiveness | Status,
the first cell merged down ("SR1 — <title>", an em dash, titles wrapping over two or three lines),
compact action refs "SA1.1" ... "SA4.1" (three actions under SR1, one under SR2 and SR4), month
timescales, status Implemented / Partially implemented / Not yet implemented; a closing line.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_psii_safety_plan_titled_sr_cells_em_dash.py
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

STEM = "psii_safety_plan_titled_sr_cells_em_dash_ashmorton"
TRUST = "Ashmorton and Wenlow Vale Community Health and Social Care NHS Foundation Trust"
REVIEW_ID = "PSII-2023-088"
AUTHOR = "Mr Osric Tellingford"
FONT, SIZE = "Liberation Serif", 9
AREAS = [
    "The ward's discharge checklist did not ask whether the patient would be living with a relative.",
    "The community team's caseload review met less often than the service specification sets.",
]
# (ref, short title, recommendation, [(action ref, action, owner, timescale, measure, status)])
SRS = [
    (
        "SR1",
        "Planning discharge with the people at home",
        "The Trust should make sure that every discharge plan says who the patient will live "
        "with and what those people have been told about risk.",
        [
            (
                "SA1.1",
                "Add a household question to the inpatient discharge checklist.",
                "Inpatient Matron",
                "Oct 2025",
                "Question answered on every audited discharge",
                "Implemented",
            ),
            (
                "SA1.2",
                "Offer relatives a meeting with the ward before a planned discharge.",
                "Family Liaison Lead",
                "Jan 2026",
                "Meetings offered in eight discharges of ten",
                "Partially implemented",
            ),
            (
                "SA1.3",
                "Check a sample of discharge letters for what was shared with the household.",
                "Clinical Audit Manager",
                "May 2026",
                "Audit reported to the patient safety group",
                "Not yet implemented",
            ),
        ],
    ),
    (
        "SR2",
        "Caseload review",
        "The Trust should hold the community team's caseload review as often as its service "
        "specification requires, and record who attended.",
        [
            (
                "SA2.1",
                "Set a fortnightly review in every team's calendar and keep an attendance note.",
                "Community Services Manager",
                "Nov 2025",
                "Reviews held as planned for six months",
                "Partially implemented",
            ),
        ],
    ),
    (
        "SR3",
        "Escalating a relative's worry out of hours",
        "The Trust should give relatives one number to call out of hours when they are worried "
        "about a patient's risk, answered by a clinician.",
        [
            (
                "SA3.1",
                "Route the out of hours line to the crisis team's duty clinician.",
                "Crisis Service Lead",
                "Dec 2025",
                "Calls answered by a clinician within ten minutes",
                "Implemented",
            ),
            (
                "SA3.2",
                "Tell relatives about the line at every care review.",
                "Head of Nursing",
                "March 2026",
                "Line recorded as explained in care review notes",
                "Not yet implemented",
            ),
        ],
    ),
    (
        "SR4",
        "Learning across the Trust",
        "The Trust should share the learning from this investigation with its other inpatient "
        "and community services.",
        [
            (
                "SA4.1",
                "Present the findings at the Trust's learning forum and publish a summary.",
                "Patient Safety Partner",
                "Feb 2026",
                "Summary read by staff in every directorate",
                "Implemented",
            ),
        ],
    ),
]
STATES = {
    "Implemented": "complete",
    "Partially implemented": "in_progress",
    "Not yet implemented": "not_started",
}
MONTH_NUMBERS = {"Jan": "01", "Feb": "02", "March": "03", "May": "05", "Oct": "10", "Nov": "11", "Dec": "12"}


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
    para(
        doc, "The care of Mr D before the death of his father, Mr Ellery Quaile, aged 80", bold=True, size=11
    )
    kv_table(
        doc,
        [
            ("Trust", TRUST),
            ("Lead investigator", AUTHOR),
            ("Date of incident", "3 September 2023"),
            ("Investigation approved", "12 June 2025"),
        ],
        widths=(4, 7),
        size=9,
    )
    para(doc, "")
    para(doc, "Summary of findings", bold=True, size=11)
    para(
        doc,
        "Mr D was discharged from an inpatient ward to live with his father, Mr Quaile, and "
        "killed him eleven days later. This investigation, under the Patient Safety Incident "
        "Response Framework, looked at how the discharge was planned and how the community team "
        "followed it up.",
    )
    para(doc, "Two areas for improvement were also found; they are not recommendations.")
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
    widths = [2.6, 1.3, 3.8, 2.4, 1.7, 2.8, 2.2]
    headers = [
        "Safety recommendation",
        "Ref",
        "Safety action",
        "Owner",
        "Timescale",
        "Measure of effectiveness",
        "Status",
    ]
    groups = [([f"{ref} — {title}"], [list(row) for row in rows]) for ref, title, _, rows in SRS]
    merged_plan_table(doc, headers, widths, groups, size=8)
    para(doc, "")
    para(doc, "The plan is monitored by the Trust's patient safety group until every action is implemented.")
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
            "patient (Liberation Serif 9): review id only in the running head, a label / value box, 'Area "
            "for improvement N:' bullets that are not recommendations, run-in bold safety "
            "recommendations SR1-SR4; a safety action plan Safety recommendation (merged, 'SR1 "
            "— <title>', titles wrapping) | Ref ('SA1.1' ... 'SA4.1') | Safety action | Owner | Timescale | "
            "Measure of effectiveness | Status (Implemented / Partially implemented / Not yet "
            "implemented)"
        ),
        review=review(
            None,
            "Ashmorton",
            "Mr Ellery Quaile",
            doc_kind="overview_report",
            review_id=REVIEW_ID,
            author=AUTHOR,
            age=80,
        ),
        recommendations=recs,
        actions=actions,
        notes=(
            "The areas for improvement are said not to be recommendations. Each plan row is one "
            "action, its ref as printed ('SA1.1'), its recommendation the SR of the merged "
            "first cell. The Measure of effectiveness cell is neither the action nor its status. "
            "Implemented -> complete, Partially implemented -> in_progress, Not yet implemented "
            "-> not_started. 'Dec 2025' -> the month. No review type: the schema has none for an "
            "NHS investigation."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
