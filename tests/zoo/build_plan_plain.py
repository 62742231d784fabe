"""Build `plan_plain_ho_rows.txt`: a standalone DHR action plan on the Home Office template
(Recommendation | Scope | Action to take | Lead Agency | Key milestones | Target Date | Date of
completion and Outcome), recommendation and scope cells merged down over their actions, some
cells blank, as Word writes it, exported to PDF by LibreOffice and read by plain `pdftotext`
(no -layout): the .txt is that genuine export. Its gold (`plan_plain_ho_rows.json`) is written
by hand from the plan's meaning.

    python tests/zoo/build_plan_plain.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import HO_PLAN_HEADERS, merged_plan_table, new_doc, para  # noqa: E402
from office_export import render_text  # noqa: E402

HEADER = HO_PLAN_HEADERS
WIDTHS = [5.0, 2.3, 5.0, 3.1, 4.5, 2.3, 4.2]
PLAN = [
    (
        "Kestrel Vale Community Safety Partnership should make sure that partner agencies know "
        "how to respond when an older person discloses abuse by an adult son or daughter.",
        "Local",
        [
            (
                "Write a short guide on abuse of older parents by adult children",
                "Kestrel Vale CSP",
                "Guide drafted with Age Concern Kestrel",
                "June 2024",
                "Complete",
            ),
            ("Add the guide to the partnership's training offer", "Kestrel Vale CSP", "", "Quarterly", ""),
        ],
    ),
    (
        "Kestrel Vale Police should make sure that a call from a parent about a son's behaviour "
        "is treated as a domestic abuse report and risk assessed.",
        "Local",
        [
            (
                "Brief call handlers on adult family violence",
                "Kestrel Vale Police",
                "Briefing note written",
                "30/09/2024",
                "Completed 12/09/2024 – all four shifts briefed",
            )
        ],
    ),
    (
        "Kestrel Vale Adult Social Care should record the views of a carer about their own "
        "safety in every carer's assessment.",
        "Local",
        [
            (
                "Change the carer's assessment form",
                "Kestrel Vale Adult Social Care",
                "",
                "Dec 2024",
                "In progress",
            )
        ],
    ),
    (
        "The Department of Health and Social Care should consider guidance on safeguarding "
        "parents who care for an adult child with a mental illness.",
        "National",
        [
            (
                "Chair to write to the Department with the overview report",
                "Kestrel Vale CSP",
                "Letter drafted",
                "On publication",
                "Not started",
            )
        ],
    ),
    (
        "Kestrel Vale Mental Health Trust should involve family members in care planning when a "
        "patient lives with them.",
        "Local",
        [
            (
                "Audit thirty care plans for a record of family involvement",
                "Kestrel Vale Mental Health Trust",
                "Audit tool agreed",
                "Q3 2024/25",
                "Ongoing – first twelve plans audited",
            )
        ],
    ),
]


PLAN += [
    (
        "Kestrel Vale Housing should make sure that a tenant who asks to add an adult child to "
        "the tenancy is asked about their own safety.",
        "Local",
        [
            (
                "Add a safety question to the tenancy change form",
                "Kestrel Vale Housing",
                "Form redrafted",
                "March 2025",
                "Overdue",
            )
        ],
    ),
    (
        "GP practices in Kestrel Vale should flag the record of a patient who is the main carer "
        "for an adult with a mental illness.",
        "Local",
        [
            (
                "Issue a coding reminder to all practices",
                "Kestrel Vale Integrated Care Board",
                "Reminder sent in the practice newsletter",
                "31/10/2024",
                "Complete",
            )
        ],
    ),
    (
        "Kestrel Vale Community Safety Partnership should share the learning from this review "
        "with faith and community groups.",
        "Local",
        [
            (
                "Hold a learning event for community groups",
                "Kestrel Vale CSP",
                "",
                "January 2025",
                "Not yet started",
            )
        ],
    ),
]

PLAN += [
    (
        "Kestrel Vale Police should make sure that officers speak to an older victim alone, away "
        "from the family member they have complained about.",
        "Local",
        [
            (
                "Update the domestic abuse attendance checklist",
                "Kestrel Vale Police",
                "Checklist revised",
                "Feb 2025",
                "Complete",
            )
        ],
    ),
    (
        "Kestrel Vale Adult Social Care should review how it shares concerns with the police "
        "when a carer reports being assaulted.",
        "Local",
        [
            (
                "Agree a joint referral pathway with the police",
                "Kestrel Vale Adult Social Care",
                "Draft pathway shared with partners",
                "April 2025",
                "In progress",
            )
        ],
    ),
    (
        "Kestrel Vale Community Safety Partnership should publish this review's learning brief "
        "on its website.",
        "Local",
        [
            (
                "Publish a seven-minute briefing",
                "Kestrel Vale CSP",
                "",
                "On publication",
                "",
            )
        ],
    ),
]


def build(folder: Path) -> Path:
    doc = new_doc(landscape=True, footer_label="Kestrel Vale DHR 'Edna' action plan")
    para(doc, "Kestrel Vale Community Safety Partnership", bold=True, size=12)
    para(doc, "Domestic Homicide Review 'Edna' (KVCSP DHR 04) – Action Plan", bold=True, size=12)
    para(doc, "Progress reported to the partnership board in October 2024.", size=10)
    merged_plan_table(doc, HEADER, WIDTHS, [((rec, scope), actions) for rec, scope, actions in PLAN], size=8)
    para(doc, "")
    para(doc, "The plan is monitored by the partnership board until every action is closed.", size=10)
    path = folder / "plan_plain_ho_rows.docx"
    doc.save(path)
    return path


def main() -> None:
    render_text([("plan_plain_ho_rows", build)], HERE, keep="--keep" in sys.argv, keep_pdf=False)


if __name__ == "__main__":
    main()
