"""Build a zoo child safeguarding practice review summary whose recommendations come in two
levels printed as hanging paragraphs ("2<tab>The Partnership should ... In particular:", then
"2a<tab>..." indented further), followed by an action tracker for the parts.

cspr_hanging_parts_tracker: a partnership's summary of a CSPR (Liberation Sans 10): a label /
value box, "What the review found" bullets, "Recommendations" with 1, 2, 2a, 2b, 3, 4, 4a
(each number, whole or lettered, then a tab and the text with a hanging indent: plain pdftotext
prints every number alone on its line, a blank line, then the text), then "Action tracker"
Ref | Action | Lead | Target | Status for the parts and the whole numbers without parts.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_hanging_parts_tracker.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, heading, kv_table, make_table, new_doc, numbered, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold, status  # noqa: E402

STEM = "cspr_hanging_parts_tracker"
RECS = [
    (
        "1",
        "Fenmouth Safeguarding Children Partnership should publish a short guide for practitioners on "
        "how to escalate a disagreement about a child's plan.",
    ),
    (
        "2",
        "The Partnership should improve how agencies learn about an older sibling's needs when a new "
        "baby is born. In particular:",
    ),
    (
        "2a",
        "Fenmouth Midwifery Service should ask at booking whether any child in the household has a "
        "social worker and record the answer.",
    ),
    (
        "2b",
        "Fenmouth Council Children's Services should tell the health visitor within three working days "
        "when an open case has a new baby in the home.",
    ),
    (
        "3",
        "The Partnership should check, through a multi-agency audit within a year, that pre-birth "
        "assessments are started before the twentieth week.",
    ),
    (
        "4",
        "The Partnership should make sure that fathers and other adult carers are seen by every "
        "agency working with the family. In particular:",
    ),
    (
        "4a",
        "Fenmouth Community Health should add a prompt for the name of every adult carer to the "
        "health visiting new birth template.",
    ),
]
# (ref, action, lead, target, status)
ROWS = [
    (
        "1",
        "Write and publish the escalation guide on the Partnership website",
        "Partnership Business Manager",
        "March 2025",
        "Complete",
    ),
    (
        "2a",
        "Add a household question to the booking assessment",
        "Named Midwife for Safeguarding",
        "June 2025",
        "In progress",
    ),
    (
        "2b",
        "Set up an automatic notice to health visiting when a birth is recorded on an open case",
        "Head of Children's Social Care",
        "September 2025",
        "Not started",
    ),
    (
        "3",
        "Run a multi-agency audit of twenty pre-birth assessments",
        "Quality Assurance Subgroup Chair",
        "December 2025",
        "Not started",
    ),
    (
        "4a",
        "Change the new birth template and brief all health visitors",
        "Head of Health Visiting",
        "April 2025",
        "Complete",
    ),
]


def build() -> None:
    doc = new_doc(header="Fenmouth Safeguarding Children Partnership", font="Liberation Sans", size=10)
    para(doc, "Child Safeguarding Practice Review – Baby Q", bold=True, size=14)
    para(doc, "Summary of findings, recommendations and action tracker", italic=True)
    kv_table(
        doc,
        [
            ("Child", "Baby Q (Quinn), aged 4 months"),
            ("Lead reviewer", "Marisol Dunstable-Reyes"),
            ("Published", "October 2024"),
        ],
        widths=(4.0, 11.0),
        size=9.5,
    )
    heading(doc, "What the review found", 1)
    for finding in (
        "Quinn's older brother had a social worker, but the midwife did not know.",
        "Disagreements between agencies about the plan were not escalated.",
        "Quinn's father was not seen by any agency after the birth.",
    ):
        para(doc, finding, style="List Bullet")
    heading(doc, "Recommendations", 1)
    para(doc, "Where a recommendation has parts, each part is tracked on its own below.")
    for num, text in RECS:
        p = numbered(doc, num, text)
        if len(num) > 1:
            p.paragraph_format.left_indent = Cm(2.4)
            p.paragraph_format.first_line_indent = Cm(-1.2)
    heading(doc, "Action tracker (at 31 May 2025)", 1)
    widths = [1.2, 6.6, 3.6, 2.4, 2.2]
    t = make_table(doc, ["Ref", "Action", "Lead", "Target", "Status"], widths)
    for row in ROWS:
        add_row(t, list(row), widths)
    para(doc, "The tracker is reported to the Partnership's executive every quarter.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=ref,
            lead=lead,
            target_date_raw=target,
            target_date=_month(target),
            status_raw=state,
            status=status(state),
        )
        for ref, action, lead, target, state in ROWS
    ]
    return plan_gold(
        STEM,
        description=(
            "CSPR summary (Word, Liberation Sans 10) with two-level recommendations 1, 2, 2a, 2b, 3, 4, 4a "
            "as hanging paragraphs (plain pdftotext prints each number alone on its line) and an action "
            "tracker Ref | Action | Lead | Target | Status"
        ),
        review=review("SCR", "Fenmouth", None, doc_kind=None, author="Marisol Dunstable-Reyes"),
        review_alternatives={
            "area": ["Fenmouth Safeguarding Children Partnership"],
            "doc_kind": ["action_plan", "overview_report", "executive_summary"],
        },
        recommendations=recs,
        actions=actions,
        notes=(
            "A lettered part is its own recommendation, ref as printed ('2a'); the whole number above "
            "it is one too. Agencies are not scored here (the gold leaves them None)."
        ),
    )


def _month(raw: str) -> str:
    months = "january february march april may june july august september october november december"
    name, year = raw.split()
    return f"{year}-{months.split().index(name.lower()) + 1:02d}"


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
