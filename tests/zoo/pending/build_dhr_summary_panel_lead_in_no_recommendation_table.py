"""Build dhr_summary_panel_lead_in_no_recommendation_table_holmscar: a DHR executive summary
(Liberation Sans 10.5, portrait, 2.2 cm side margins) whose facts sit in a "Review details" table
and whose recommendations are a two-column No. | Recommendation table under a lead-in that names
the agencies' own single agency recommendations only to set the panel's apart from them; then a
landscape Home Office template-like plan whose status opens the "Date of completion and Outcome"
cell.

    python tests/zoo/pending/build_dhr_summary_panel_lead_in_no_recommendation_table.py
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
from docx_build import (  # noqa: E402
    add_row,
    kv_table,
    landscape_section,
    make_table,
    merged_plan_table,
    new_doc,
    numbered,
    para,
)
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, first_words, iso, plan_gold, recommendation_record, review  # noqa: E402

STEM = "dhr_summary_panel_lead_in_no_recommendation_table_holmscar"
WRITTEN = "Written by helper s51blindrest; fictional."
AUTHOR = "Ruth Calloway"

DETAILS = [
    ("Review reference", "HCSP DHR 03/2024"),
    ("Commissioning partnership", "Holmscar Community Safety Partnership"),
    ("The person who died", "\u2018Mira\u2019, aged 44"),
    ("Date of death", "12 March 2023"),
    ("Independent chair", "Owen Bradwell"),
    ("Report author", AUTHOR),
    ("Agreed by the partnership", "9 September 2024"),
]
# (agency, text)
RECS = [
    (
        "Holmscar Community Safety Partnership",
        "Holmscar Community Safety Partnership should publish a guide for employers on spotting "
        "and responding to domestic abuse among their staff.",
    ),
    (
        "Holmscar Police",
        "Holmscar Police should make sure that officers attending a repeat call record what the "
        "victim says about the history of abuse.",
    ),
    (
        "Holmscar General Practice Alliance",
        "Holmscar General Practice Alliance should add a prompt to ask about abuse when a patient "
        "asks for help with anxiety or sleep.",
    ),
    (
        "Holmscar Council",
        "Holmscar Council should tell a housing applicant who reports abuse about the outreach "
        "service on the day they apply.",
    ),
]
# rec no. -> [(action, lead, milestones, target, completion cell)]
PLAN = {
    "1": [
        (
            "Write and circulate the employer guide.",
            "Holmscar CSP",
            "Draft shared with the business forum",
            "31/03/2025",
            "Completed 14/02/2025 \u2013 guide published",
        )
    ],
    "2": [
        (
            "Add a history question to the attendance form.",
            "Holmscar Police",
            "Form change agreed",
            "June 2025",
            "Ongoing \u2013 training under way",
        )
    ],
    "3": [
        (
            "Build the prompt into the practice system.",
            "Holmscar GPA",
            "Supplier contacted",
            "30/09/2025",
            "Not started \u2013 awaiting supplier",
        )
    ],
    "4": [
        (
            "Brief housing officers on the outreach service.",
            "Holmscar Council",
            "Briefing written",
            "31/05/2025",
            "Completed 20/05/2025 \u2013 all teams briefed",
        )
    ],
}


def document():
    doc = new_doc(header="OFFICIAL \u2013 FOR PUBLICATION", font="Liberation Sans", size=10.5)
    para(doc, "Holmscar Community Safety Partnership", bold=True, size=14, align="center")
    para(doc, "Domestic Homicide Review \u2013 Executive Summary", bold=True, size=13, align="center")
    para(doc, "Review details", bold=True)
    kv_table(doc, DETAILS, widths=(5.5, 11.0), size=10)
    para(doc, "1. Introduction", bold=True, size=12)
    numbered(
        doc, "1.1", "This summary sets out how agencies worked with Mira in the three years before her death."
    )
    numbered(doc, "1.2", "The panel thanks Mira's family for speaking to the review.")
    para(doc, "4. Recommendations", bold=True, size=12)
    numbered(
        doc,
        "4.1",
        "In addition to the single agency recommendations made in the agencies' own reports, the panel "
        "makes the following recommendations.",
    )
    widths = [1.5, 15.0]
    t = make_table(doc, ["No.", "Recommendation"], widths, header_fill="1F3864", size=10)
    for n, (_, text) in enumerate(RECS, start=1):
        add_row(t, [str(n), text], widths, size=10)
    para(doc, "")
    numbered(doc, "4.2", "The partnership's action plan for these recommendations is at Appendix A.")
    sec = landscape_section(doc)
    sec.left_margin = sec.right_margin = Cm(1.5)
    para(doc, "Appendix A \u2013 Action plan", bold=True, size=11)
    headers = [
        "Rec. no.",
        "Scope of recommendation i.e. local or regional",
        "Action to take",
        "Lead agency",
        "Key milestones achieved in enacting recommendation",
        "Target date",
        "Date of completion and Outcome",
    ]
    widths = [1.5, 3.0, 5.5, 3.0, 5.0, 2.5, 5.5]
    groups = [((no, "Local"), [list(row) for row in rows]) for no, rows in PLAN.items()]
    merged_plan_table(doc, headers, widths, groups, size=9)
    return doc


def gold(lines):
    recs = [
        recommendation_record(
            str(n), first_words(text, 10), find_line(lines, first_words(text, 6)), agency=agency
        )
        for n, (agency, text) in enumerate(RECS, start=1)
    ]
    states = {"Completed": "complete", "Ongoing": "in_progress", "Not started": "not_started"}
    actions = [
        action_record(
            first_words(action, 8),
            find_line(lines, first_words(action, 6)),
            recommendation_ref=no,
            lead=lead,
            target_date_raw=target,
            target_date=iso(target),
            status_raw=state,
            status=states[state],
        )
        for no, rows in PLAN.items()
        for action, lead, _, target, done in rows
        for state in [next(word for word in states if done.startswith(word))]
    ]
    return plan_gold(
        STEM,
        family="DHR executive summary: Review details table; panel's lead-in naming single agency ones; No. | Recommendation",
        description=(
            "A DHR executive summary built in Word (python-docx, Liberation Sans 10.5), exported to PDF by LibreOffice "
            "and to text by plain pdftotext: a Review details table, a 4.1 lead-in naming the agencies' single agency "
            "recommendations only to set the panel's apart, a No. | Recommendation table, and a landscape Home Office "
            "template-like plan."
        ),
        review=review(
            "DHR",
            "Holmscar",
            "Mira",
            doc_kind="executive_summary",
            review_id="HCSP DHR 03/2024",
            author=AUTHOR,
            age=44,
            date_of_death="2023-03-12",
        ),
        review_alternatives={"area": ["Holmscar Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            f"{WRITTEN} The four rows of the No. | Recommendation table are the panel's own recommendations, "
            "overview level (the lead-in names the single agency ones only as being elsewhere). Each action's status "
            "is the words opening the completion cell; the date after them is no target."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
