"""Build cspr_learning_boxes_recommendation_run_ins_fernhallow: a Child Safeguarding Practice
Review (URW Bookman 10, portrait) whose findings each carry a shaded one-cell "Learning point N"
box and then a paragraph opening with a bold "Recommendation N: " run-in, recommendation 4 opening
page 2 after learning point 4; a conclusion; and an appendix "Local action plan" printed as one
table per agency, a bold agency line over each, No. | Action | Lead | Rec. | By when | Status, the
No. restarting at 1 in each table.

Only the run-ins' text is a recommendation: the findings, the learning point boxes, the
conclusion and the plan's action rows are not.

Built in Word (python-docx), exported to PDF by LibreOffice and to text by `pdftotext -layout`;
the corpus text is dev/corpus_style.py's rendering of the PDF. The gold is written below by hand.

    python tests/zoo/pending/build_cspr_learning_boxes_recommendation_run_ins.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # then the .corpus.txt

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold frame
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the Word helpers and export steps

from docx.shared import Cm  # noqa: E402
from docx_build import add_row, box, make_table, new_doc, page_break, para  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, first_words, iso, plan_gold, recommendation_record, review  # noqa: E402

STEM = "cspr_learning_boxes_recommendation_run_ins_fernhallow"
WRITTEN = "Written by helper s49h49; fictional."
PARTNERSHIP = "Fernhallow Safeguarding Children Partnership"

# (finding, paragraph, learning point, recommendation agency, recommendation text)
FINDINGS = [
    (
        "Finding 1: Bruising on a baby who is not yet mobile was not always seen as a warning sign",
        "When Child M was seen with a small bruise at four months, the practitioner accepted the parents' "
        "account and did not seek a medical opinion.",
        "Any bruise on a baby who cannot yet crawl or pull to stand needs a medical assessment, whatever "
        "explanation is given.",
        "Fernhallow Safeguarding Children Partnership",
        "Fernhallow Safeguarding Children Partnership should relaunch its protocol for bruising in "
        "non-mobile babies and check that every front-line team knows it.",
    ),
    (
        "Finding 2: The father's history was not known to the services working with the baby",
        "The father had a conviction for violence which the midwife and health visitor did not know about.",
        "Practitioners working with a baby need to ask about every adult who looks after the baby.",
        "Fernhallow Community Health Trust",
        "Fernhallow Community Health Trust should make sure that health visitors record who cares for a "
        "baby and check any concerns about those adults.",
    ),
    (
        "Finding 3: Information about the family's move was not passed on",
        "When the family moved across the county boundary, the records took six weeks to arrive.",
        "A family's move is a point of risk, and the new team needs the full picture straight away.",
        "Fernhallow Council",
        "Fernhallow Council and the police should agree a way of telling each other within a week when a "
        "family known to them moves.",
    ),
    (
        "Finding 4: Professionals did not challenge each other when they disagreed",
        "The GP and the social worker disagreed about the risk but neither asked for the case to be escalated.",
        "Respectful challenge between agencies protects children; escalation is part of the job.",
        "Fernhallow Safeguarding Children Partnership",
        "Fernhallow Safeguarding Children Partnership should promote its escalation policy and ask agencies "
        "to report how often it is used.",
    ),
]

# agency -> rows (no., action, lead, rec., by when, status, status value)
PLAN = [
    (
        "Fernhallow Council",
        [
            (
                "1",
                "Brief all children's social care teams on the bruising protocol.",
                "Head of Service",
                "1",
                "Jun 2025",
                "Complete",
                "complete",
            ),
            (
                "2",
                "Set up a notification between the council and the police when a family moves.",
                "Service Manager",
                "3",
                "30/09/2025",
                "In progress",
                "in_progress",
            ),
        ],
    ),
    (
        "Fernhallow Community Health Trust",
        [
            (
                "1",
                "Add a carers field to the health visiting record.",
                "Named Nurse",
                "2",
                "31/07/2025",
                "In progress",
                "in_progress",
            ),
            (
                "2",
                "Audit the carers field after six months.",
                "Named Nurse",
                "2",
                "Jan 2026",
                "Not started",
                "not_started",
            ),
        ],
    ),
    (
        "Fernhallow Police",
        [
            (
                "1",
                "Agree the move notification with the council.",
                "Detective Inspector",
                "3",
                "30/09/2025",
                "In progress",
                "in_progress",
            ),
        ],
    ),
    (
        "Fernhallow Safeguarding Children Partnership",
        [
            (
                "1",
                "Relaunch the bruising protocol at a partnership event.",
                "Business Manager",
                "1",
                "May 2025",
                "Complete",
                "complete",
            ),
            (
                "2",
                "Collect escalation figures from every agency each quarter.",
                "Business Manager",
                "4",
                "31/12/2025",
                "Not started",
                "not_started",
            ),
        ],
    ),
]
HEADERS = ["No.", "Action", "Lead", "Rec.", "By when", "Status"]
WIDTHS = [1.0, 6.6, 3.2, 1.2, 2.2, 2.2]


def run_in(doc, number, text):
    p = doc.add_paragraph()
    p.add_run(f"Recommendation {number}: ").bold = True
    p.add_run(text)
    return p


def document():
    doc = new_doc(footer_label=f"{PARTNERSHIP} | CSPR Child M |", font="URW Bookman", size=10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    para(doc, PARTNERSHIP, bold=True, size=14, align="center")
    para(doc, "Child Safeguarding Practice Review: Child M", bold=True, size=13, align="center")
    para(doc, "Lead reviewer: Gareth Pellow", align="center")
    para(doc, "Introduction", bold=True, size=11)
    para(
        doc,
        "This review looks at the help given to Child M, who was nine months old when admitted to hospital "
        "with serious injuries. Child M has since recovered and lives with a relative.",
    )
    for n, (finding, text, learning, _, rec) in enumerate(FINDINGS, start=1):
        para(doc, finding, bold=True)
        para(doc, text)
        box(doc, f"Learning point {n}\n{learning}", fill="D9D9D9", width=17.0)
        if n == 4:
            page_break(doc)  # (recommendation 4 opens page 2, its learning point closing page 1)
        run_in(doc, n, rec)
    para(doc, "Conclusion", bold=True, size=11)
    para(doc, "The partnership accepts these findings and has agreed the plan below to act on them.")
    page_break(doc)
    para(doc, "Appendix: Local action plan", bold=True, size=11)
    para(doc, "Each agency has its own table; the Rec. column gives the recommendation each action answers.")
    for agency, rows in PLAN:
        para(doc, agency, bold=True)
        t = make_table(doc, HEADERS, WIDTHS, size=9)
        for no, action, lead, rec, when, state, _ in rows:
            add_row(t, [no, action, lead, rec, when, state], WIDTHS, size=9)
        para(doc, "")
    para(doc, "The partnership will publish an update on the plan in a year.")
    return doc


def gold(lines):
    recs = [
        recommendation_record(str(n), first_words(rec, 10), find_line(lines, rec), agency=agency)
        for n, (_, _, _, agency, rec) in enumerate(FINDINGS, start=1)
    ]
    actions = [
        action_record(
            first_words(action, 8),
            find_line(lines, action),
            ref=no,
            recommendation_ref=rec,
            agency_section=agency,
            lead=lead,
            target_date_raw=when,
            target_date=iso(when)
            or ("2025-06" if when == "Jun 2025" else "2026-01" if when == "Jan 2026" else None),
            status_raw=state,
            status=value,
        )
        for agency, rows in PLAN
        for no, action, lead, rec, when, state, value in rows
    ]
    return plan_gold(
        STEM,
        family="CSPR: findings with learning point boxes and Recommendation N run-ins; one plan table per agency",
        description=(
            "A CSPR built in Word (python-docx, URW Bookman 10), exported to PDF by LibreOffice and to text by "
            "pdftotext -layout: four bold 'Finding N:' lines, each over a paragraph, a shaded 'Learning point N' "
            "box and a paragraph opening with a bold 'Recommendation N: ' run-in (4 opening page 2); the local plan "
            "one table per agency under a bold agency line, numbering restarting at 1."
        ),
        review=review("SCR", "Fernhallow", "Child M", doc_kind="report", author="Gareth Pellow", age=0),
        review_alternatives={"area": [PARTNERSHIP]},
        recommendations=recs,
        actions=actions,
        notes=(
            f"{WRITTEN} The recommendations are the text after 'Recommendation N: '; the findings and learning "
            "points are not recommendations. Agency: the body the recommendation opens with (the first of two). "
            "Actions: ref the No. cell (restarting per table), recommendation_ref the Rec. cell, agency_section "
            "the bold agency line above the table. 'Jun 2025' a month."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold, layout=True)
