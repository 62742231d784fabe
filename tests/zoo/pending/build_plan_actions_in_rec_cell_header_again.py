"""Build plan_actions_in_rec_cell_header_again_tolbury: a fourth plan of the family whose actions
are numbered inside the recommendation's cell ("No. | Recommendation and actions | Lead agency |
By | Status", tests/zoo/plan_actions_in_rec_cell_build.py), its table running over a page break
with its header printed again on the next page (Word's repeated header row), the review's
reference and "OFFICIAL" in the running head on both pages; a cover page before it (a label/value
box and a reading note), a lead's name wrapping over three lines with an empty line in its cell,
the month due wrapped under its name ("Mar" over "2025"), statuses wrapped ("Partly" over
"achieved").

Built in Word (python-docx, Courier New 10, portrait), exported to PDF by LibreOffice and to text
by pdftotext -layout; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_plan_actions_in_rec_cell_header_again.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx_build import add_row, kv_table, make_table, new_doc, page_break, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_actions_in_rec_cell_header_again_tolbury"
WRITTEN = "Written by helper s28corpusB; fictional."
REF = "TSP/DHR/2022/05"
STATUS = {"Achieved": "complete", "Partly achieved": "in_progress", "Not achieved": "not_started"}
MONTHS = {"Jan": "01", "Mar": "03", "Apr": "04", "Jun": "06", "Sep": "09", "Nov": "11"}

# (number, recommendation, lead, by, status, [actions])
ROWS = [
    (
        "Tolbury Safer Partnership should write a protocol for sharing information about a victim "
        "who moves between the two districts.",
        "Tolbury Safer Partnership",
        "Mar 2025",
        "Achieved",
        [
            "Draft the protocol with the neighbouring district's community safety team and the police.",
            "Sign the protocol off at the Partnership's executive and publish it to all partners.",
        ],
    ),
    (
        "Ambridge Vale Integrated Care Board should ask GP practices to record the name of any "
        "person who comes with a patient to appointments.",
        "Ambridge Vale Integrated Care Board Safeguarding Team",
        "Jun 2025",
        "Partly achieved",
        [
            "Issue guidance to practices on recording who attends with the patient.",
            "Check twenty records in four practices after six months.",
        ],
    ),
    (
        "Tolbury District Council should train its environmental health officers to notice signs "
        "of domestic abuse on home visits.",
        "Tolbury District Council",
        "Sep 2025",
        "Not achieved",
        ["Add a domestic abuse module to the officers' induction and annual refresher training."],
    ),
    (
        "Westfold Police should review how officers record the views of children present at "
        "domestic incidents.",
        "Westfold Police Public Protection Unit",
        "Nov 2025",
        "Partly achieved",
        [
            "Change the incident form so that a child's words are recorded in a field of their own.",
            "Brief response officers on the change at their team meetings.",
            "Audit fifty incident records a year after the change.",
        ],
    ),
    (
        "Tolbury Safer Partnership should tell the family how each agency has acted on this review.",
        "Tolbury Safer Partnership",
        "Jan 2026",
        "Not achieved",
        [
            "Write to the family every six months until the plan is closed.",
            "Offer the family a meeting with the Partnership's chair.",
        ],
    ),
]
INTRO = [
    "The Partnership agreed this plan with the agencies named in it when the review was signed off. "
    "Each agency reports its progress to the Partnership's performance group every quarter, and the "
    "status shown below is the one the agency gave at the last meeting.",
    "An action is shown as achieved only when the agency has sent evidence that it is in place. Where "
    "an action is partly achieved, the agency has started the work but some of it is still to be done.",
    "Actions that are not achieved by the month shown are reported to the Partnership's executive, "
    "which may ask the agency's senior lead to attend and explain the delay and the new date.",
]
PLAN = [
    (str(n), rec, lead, by, state, [(f"{n}.{k}", text) for k, text in enumerate(actions, start=1)])
    for n, (rec, lead, by, state, actions) in enumerate(ROWS, start=1)
]


def _cell(rec, actions):
    return "\n".join([rec, "", "Actions:", *(f"{ref} {text}" for ref, text in actions)])


def document():
    doc = new_doc(
        header=f"{REF}   OFFICIAL", footer_label="Tolbury DHR action plan", font="Courier New", size=10
    )
    para(doc, "Tolbury Safer Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review: action plan", bold=True, size=14)
    kv_table(
        doc,
        [
            ("Review reference", REF),
            ("Subject", "'Grace', aged 47"),
            ("Date of death", "3 February 2022"),
            ("Plan owner", "Tolbury Safer Partnership"),
        ],
        size=10,
    )
    para(doc, "")
    para(doc, "How to read this plan", bold=True)
    para(
        doc,
        "Each row is one recommendation of the review. Its actions are numbered inside the same box, "
        "and the lead agency, the month due and the status stand for every action in the row.",
    )
    page_break(doc)
    para(doc, "Progress against the plan", bold=True)
    for text in INTRO:
        para(doc, text)
    widths = [1.0, 8.3, 3.3, 1.6, 2.4]
    t = make_table(doc, ["No.", "Recommendation and actions", "Lead agency", "By", "Status"], widths, size=11)
    for number, rec, lead, by, state, actions in PLAN:
        add_row(t, [number, _cell(rec, actions), lead, by, state], widths, size=11)
    return doc


def _month(by):
    mon, year = by.split()
    return f"{year}-{MONTHS[mon]}"


def gold(lines):
    return plan_gold(
        STEM,
        family="plan: actions numbered inside the recommendation cell",
        description=(
            "Standalone DHR action plan built in Word (python-docx, Courier New 10, portrait), exported to "
            "PDF by LibreOffice and to text by pdftotext -layout: a cover page, then one table No. | "
            "Recommendation and actions | Lead agency | By | Status running over a page break with its "
            "header printed again, the recommendation sentence, an 'Actions:' line and numbered actions "
            "in one cell."
        ),
        review=review("DHR", "Tolbury", "Grace", review_id=REF, age=47, date_of_death="2022-02-03"),
        recommendations=[
            recommendation_record(number, first_words(rec, 10), find_line(lines, rec))
            for number, rec, *_ in PLAN
        ],
        actions=[
            action_record(
                first_words(text, 7),
                find_line(lines, text),
                ref=ref,
                recommendation_ref=number,
                lead=lead,
                target_date_raw=by,
                target_date=_month(by),
                status_raw=state,
                status=STATUS[state],
            )
            for number, _, lead, by, state, actions in PLAN
            for ref, text in actions
        ],
        notes=(
            f"{WRITTEN} Recommendations: the sentence before 'Actions:'. Actions: each numbered line in the "
            "cell, taking its row's lead, month and status."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold, layout=True)
