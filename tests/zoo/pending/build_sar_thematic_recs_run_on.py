"""Build sar_thematic_recs_run_on_oakhurst: a thematic SAR about three adults (no single death)
whose recommendations are set out under bold agency-name lines (an ICB, a council's adult social
care, a police force, "The Board"), each followed by hanging numbered paragraphs whose numbers run
on across the agencies (1-2, 3-4, 5, 6), the sentences imperative and not naming the agency; and
on the next page a plan "Agency | Rec | Action | Target | Status", the Agency cell merged down, no
lead column, "Jun-25" targets.

Built in Word (python-docx, Calibri-like Arial 11), exported to PDF by LibreOffice and to text by
plain pdftotext; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_sar_thematic_recs_run_on.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx_build import heading, new_doc, page_break, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import plan_gold, review  # noqa: E402
from run_on_recs_build import action_records, agency_recommendations, merged_plan, recommendation_records  # noqa: E402

STEM = "sar_thematic_recs_run_on_oakhurst"
WRITTEN = "Written by helper s27fix28; fictional."

# (agency heading, [(number, recommendation)])
RECS = [
    (
        "Oakhurst and Fenbury Integrated Care Board",
        [
            (
                "1",
                "Commission a named GP lead for adults who repeatedly decline treatment for long-term conditions.",
            ),
            (
                "2",
                "Make sure that discharge letters for adults who self-neglect are copied to the community nursing team.",
            ),
        ],
    ),
    (
        "Oakhurst Council Adult Social Care",
        [
            (
                "3",
                "Review every closed self-neglect referral after three months to check whether the risks have returned.",
            ),
            (
                "4",
                "Give practitioners protected time for reflective supervision on cases where an adult refuses help.",
            ),
        ],
    ),
    (
        "Fenbury Constabulary",
        [
            (
                "5",
                "Record welfare checks on vulnerable adults so that repeat calls to the same address can be seen together.",
            )
        ],
    ),
    (
        "The Board",
        [
            (
                "6",
                "Publish a self-neglect practice guide and test its use through a multi-agency audit within a year.",
            )
        ],
    ),
]

# (agency, rec, action, target, status)
PLAN = [
    (
        "Oakhurst and Fenbury Integrated Care Board",
        "1",
        "Appoint a GP lead in each primary care network",
        "Jun-25",
        "Complete",
    ),
    (
        "Oakhurst and Fenbury Integrated Care Board",
        "2",
        "Change the discharge template to copy community nursing",
        "Sep-25",
        "On track",
    ),
    (
        "Oakhurst Council Adult Social Care",
        "3",
        "Add a three-month review step to the case system",
        "Dec-25",
        "Off track",
    ),
    (
        "Oakhurst Council Adult Social Care",
        "4",
        "Set a monthly reflective supervision slot for each team",
        "Jun-25",
        "Complete",
    ),
    (
        "Fenbury Constabulary",
        "5",
        "Add a repeat address marker to welfare check records",
        "Mar-26",
        "Not started",
    ),
    ("The Board", "6", "Write and publish the self-neglect practice guide", "Sep-25", "On track"),
    ("The Board", "6", "Run a multi-agency audit of the guide's use", "Mar-26", "Not started"),
]


def document():
    doc = new_doc(header="Oakhurst Safeguarding Adults Board", footer_label="Thematic review", size=11)
    para(doc, "Thematic Safeguarding Adults Review", bold=True, size=15)
    para(doc, "Learning from the lives of Adam, Bernadette and Colin", size=12)
    heading(doc, "Recommendations", level=1)
    para(doc, "The review makes six recommendations, set out below by the agency asked to act on them.")
    agency_recommendations(doc, RECS)
    page_break(doc)
    heading(doc, "Action plan", level=1)
    merged_plan(
        doc, ["Agency", "Rec", "Action", "Target", "Status"], [4.0, 1.2, 7.0, 2.0, 2.4], PLAN, size=9.5
    )
    return doc


def gold(lines):
    return plan_gold(
        STEM,
        family="thematic SAR: recommendations numbered on through agency headings",
        description=(
            "Thematic SAR built in Word (python-docx, Arial 11), exported to PDF by LibreOffice and to text by "
            "plain pdftotext: bold agency lines over hanging numbered recommendations whose numbers run on "
            "across agencies, then a plan Agency | Rec | Action | Target | Status with the Agency cell merged."
        ),
        review=review("SAR", "Oakhurst", doc_kind="overview_report"),
        recommendations=recommendation_records(lines, RECS),
        actions=action_records(lines, PLAN, 7),
        notes=(
            f"{WRITTEN} Recommendations: the numbered paragraphs, each the agency of the heading above it. "
            "Actions: agency_section the merged Agency cell, no lead column."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
