"""Build a zoo Safeguarding Adults Review summary whose action plan is one small two-column form box
per action, a box opening the next page under the running head, rendered to text by plain
`pdftotext` (a box printed a row at a time: the label, a blank line, its value).

sar_action_form_boxes_page_top: a SAR summary (Liberation Serif 11) with a running head and a
"page N" footer. Recommendations "1." to "3." as hanging paragraphs, then "Action plan": five form
boxes, each a shaded label column over its answers: "Action N:" with the action,
"Recommendation:" with its number, "How will this be done?" (a question the form asks), "Lead
officer:", "Target date:" and "Status at March 2025:" (Completed / In progress / Not started). The
fourth box opens page 2 straight under the running head (two lines), where plain pdftotext prints
the box's first rows with no blank line between the label and its value.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_action_form_boxes_page_top.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx_build import heading, new_doc, numbered, para, set_text, set_widths, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_action_form_boxes_page_top"
RECS = [
    (
        "1",
        "The Board should make sure that hospital discharge plans for adults who live alone name one "
        "person who will check on them in the first week.",
    ),
    (
        "2",
        "Partner agencies should treat three missed home care calls in a month as a safeguarding "
        "concern to be raised with adult social care.",
    ),
    (
        "3",
        "The Board should ask the housing association to tell adult social care when a tenant stops "
        "paying rent and cannot be reached.",
    ),
]
STATES = {"Completed": "complete", "In progress": "in_progress", "Not started": "not_started"}
# (action no., rec, action, how, lead, target, iso, status)
ACTS = [
    (
        "1",
        "1",
        "Add a named contact for the first week to the discharge plan template.",
        "Template change agreed with the ward managers' forum.",
        "Discharge Lead, Tolbridge General Hospital",
        "31 January 2025",
        "2025-01-31",
        "Completed",
    ),
    (
        "2",
        "1",
        "Check thirty discharge plans for a named contact.",
        "Audit by the hospital's safeguarding team, reported to the Board.",
        "Named Nurse for Adult Safeguarding",
        "30 June 2025",
        "2025-06-30",
        "In progress",
    ),
    (
        "3",
        "2",
        "Write the missed calls threshold into the home care contract.",
        "Contract variation issued to every home care provider.",
        "Commissioning Manager, Adult Social Care",
        "31 March 2025",
        "2025-03-31",
        "Completed",
    ),
    (
        "4",
        "2",
        "Brief every home care coordinator and field supervisor on raising a concern with adult social care after missed calls.",
        "Two online briefings, recorded for new starters.",
        "Home Care Quality Officer",
        "31 May 2025",
        "2025-05-31",
        "In progress",
    ),
    (
        "5",
        "3",
        "Agree a referral route for tenants in arrears who cannot be reached.",
        "Meeting of the housing association and the adult social care front door.",
        "Income Manager, Dunsworth Homes",
        "30 September 2025",
        "2025-09-30",
        "Not started",
    ),
]


def form_box(doc, rows, widths=(5.2, 11.3), size=10.5):
    """One action's form: label / answer rows, the labels shaded and bold."""
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        row = t.add_row()
        set_text(row.cells[0], label, bold=True, size=size)
        shade(row.cells[0], "EDEDED")
        set_text(row.cells[1], value, size=size)
    set_widths(t, list(widths))
    doc.add_paragraph()


def build() -> None:
    doc = new_doc(
        header="Dunsworth Safeguarding Adults Board – Safeguarding Adults Review 'Mr Quarrick' – summary report for publication",
        footer_label="Dunsworth SAB",
        font="Liberation Serif",
        size=11,
    )
    doc.styles["Normal"].paragraph_format.space_after = Pt(
        6
    )  # (the house style's space after each paragraph)
    para(doc, "Dunsworth Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Safeguarding Adults Review: Mr Quarrick – summary report", bold=True, size=13)
    heading(doc, "1. Why this review was held", 1)
    para(
        doc,
        "Mr Quarrick, aged 84, went home from hospital in the autumn of 2023 and was found a week later "
        "unwell and alone. The Board agreed that agencies could have worked together better.",
    )
    heading(doc, "2. Recommendations", 1)
    for ref, text in RECS:
        numbered(doc, f"{ref}.", text)
    heading(doc, "3. Action plan", 1)
    para(doc, "Each agency completes its own form; the Board's review subgroup checks them each quarter.")
    for num, rec, action, how, lead, target, _, status in ACTS:
        form_box(
            doc,
            [
                (f"Action {num}:", action),
                ("Recommendation:", rec),
                ("How will this be done?", how),
                ("Lead officer:", lead),
                ("Target date:", target),
                ("Status at March 2025:", status),
            ],
        )
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:7]),
            _line_of(lines, action),
            ref=num,
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=target,
            target_date=iso,
            status_raw=status,
            status=STATES[status],
        )
        for num, rec, action, _, lead, target, iso, status in ACTS
    ]
    return plan_gold(
        STEM,
        family="plan_action_form_boxes",
        description=(
            "SAR summary (Liberation Serif 11, plain pdftotext): recommendations 1.-3., an action plan "
            "of one two-column form box per action (Action N: | Recommendation: | How will this "
            "be done? | Lead officer: | Target date: | Status at March 2025:), the fourth box opening "
            "page 2 under the running head"
        ),
        review=review("SAR", "Dunsworth", "Mr Quarrick", doc_kind="overview_report"),
        review_alternatives={"area": ["Dunsworth Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        chronology=[],
        notes="Each box is one action, ref its Action number; its status the Status row's words.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
