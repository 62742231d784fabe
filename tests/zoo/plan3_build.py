"""Build the plan3 zoo documents as real Word tables (rendered to PDF and to text).

Two published families whose plan tables do not carry the recommendation's text in the plan:
- an executive summary whose appendix plan has a "Recommendation" column holding only the
  recommendation's number, merged down over that recommendation's actions (the texts are in
  an earlier "No. | Recommendation | Organisation" table);
- a learning review in which every "Recommendation N" heading and paragraph is followed by
  its own small table of improvement actions (no status column).
All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/plan3_build.py          # writes .docx, .pdf and .txt beside it
"""

from __future__ import annotations

from pathlib import Path

from plan_merged_build import _save, merged_rows, new_document, row, table

HERE = Path(__file__).resolve().parent

RECS = [
    (
        "1",
        "Kestrelford Constabulary should make sure that call handlers ask about stalking whenever a "
        "caller reports repeated unwanted contact from a former partner.",
        "Kestrelford Constabulary",
    ),
    (
        "2",
        "Wyndham Vale Primary Care Network should add a routine enquiry about domestic abuse to "
        "antenatal booking appointments.",
        "Wyndham Vale Primary Care Network",
    ),
    (
        "3",
        "Greyhaven District Council should give tenancy officers a simple route to refer tenants to "
        "the domestic abuse hub.",
        "Greyhaven District Council",
    ),
    (
        "4",
        "Greyhaven Safer Communities Partnership should check within eighteen months that these "
        "recommendations have changed practice.",
        "Greyhaven Safer Communities Partnership",
    ),
]

PLAN = [
    (
        "1",
        [
            [
                "Add stalking questions to the call handling script.",
                "Head of Contact Management",
                "July 2023",
                "Complete – script live since July",
            ],
            [
                "Refresher e-learning on stalking for all call handlers.",
                "Police Learning Team",
                "30/11/2023",
                "On track – 70% of call handlers trained",
            ],
        ],
    ),
    (
        "2",
        [
            [
                "Update the antenatal booking template with a domestic abuse prompt.",
                "Clinical Director, Wyndham Vale PCN",
                "Sept 2023",
                "Delayed – waiting for the template supplier",
            ],
        ],
    ),
    (
        "3",
        [
            [
                "Publish a one-page referral guide for tenancy officers.",
                "Tenancy Services Manager",
                "August 2023",
                "Achieved",
            ],
            [
                "Name a domestic abuse champion in each housing area office.",
                "Tenancy Services Manager",
                "December 2023",
                "In progress – three of five champions named",
            ],
            [
                "Add domestic abuse to the tenancy officer induction.",
                "Housing Workforce Lead",
                "March 2024",
                "Not started",
            ],
        ],
    ),
    (
        "4",
        [
            [
                "Multi-agency case audit of stalking and housing referrals.",
                "Partnership DHR Coordinator",
                "June 2024",
                "Not started – audit tool being drafted",
            ],
        ],
    ),
]


def build_number_column() -> Path:
    doc = new_document("Greyhaven Safer Communities Partnership – DHR Executive Summary")
    doc.add_heading("Greyhaven Safer Communities Partnership", 1)
    doc.add_paragraph("Domestic Homicide Review – Executive Summary")
    doc.add_paragraph("The death of Nadia, March 2022")
    doc.add_paragraph("Independent Author: Rosalind Achterberg")
    doc.add_heading("1. Introduction", 2)
    doc.add_paragraph(
        "1.1 Nadia was 27 when she was killed by her former partner, Colm, in March 2022. Colm was "
        "later convicted of her murder."
    )
    doc.add_paragraph(
        "1.2 Nadia had reported unwanted calls and visits from Colm on several occasions after the "
        "relationship ended. She was pregnant with her second child."
    )
    doc.add_heading("2. Recommendations", 2)
    doc.add_paragraph(
        "2.1 The review makes four recommendations, to three of the agencies involved and to the "
        "Partnership itself. They are set out in the table below."
    )
    recs = table(doc, ["No.", "Recommendation", "Organisation"], [1.5, 14.0, 7.5], repeat=False)
    for values in RECS:
        row(recs, list(values))
    doc.add_paragraph()
    doc.add_heading("Appendix 1: Action Plan", 2)
    doc.add_paragraph("Position reported to the Partnership in October 2023.")
    plan = table(
        doc, ["Recommendation", "Action", "Owner", "Completion date", "Progress"], [3.0, 9.0, 5.0, 3.5, 5.5]
    )
    for number, actions in PLAN:
        merged_rows(plan, [0], [number], actions)
    return _save(doc, "plan3_rec_number_column")


REVIEW_RECS = [
    (
        "The Adult Protection Committee should make sure that concerns about the same person from "
        "different agencies are read together before a referral is screened out.",
        [
            [
                "Build a linked-referral check into the screening form.",
                "Head of Adult Social Work",
                "October 2024",
            ],
            ["Review screened-out referrals from the last year.", "APC Audit Subgroup", "April 2025"],
        ],
    ),
    (
        "Glenbrae Health Board should help district nurses recognise financial harm by a relative.",
        [
            [
                "Produce a short practice note on financial harm for community nursing.",
                "Lead Nurse, Community Services",
                "February 2025",
            ],
        ],
    ),
    (
        "The Adult Protection Committee should make sure that the person who makes a referral hears "
        "what happened to it.",
        [
            [
                "Send a written outcome to every referrer within ten working days.",
                "Duty Team Manager",
                "January 2025",
            ],
            ["Report referrer feedback figures to the APC each quarter.", "APC Lead Officer", "March 2025"],
        ],
    ),
]


FINDINGS = [
    "2.1 Finding one: five referrals about Mrs D reached the adult protection team over eleven months. "
    "Each was screened on its own and none was thought to meet the threshold for inquiry.",
    "2.2 Finding two: district nurses noticed that Mrs D's cupboards were often empty and that her nephew "
    "answered questions for her. They were unsure whether this was a matter for adult protection.",
    "2.3 Finding three: the housing officer, the pharmacist and the day centre each referred a concern and "
    "heard nothing further. Two of them stopped referring.",
    "2.4 Finding four: Mrs D told her day centre keyworker that she did not want to cause trouble for her "
    "nephew. Her wishes were recorded, but the risk to her was not weighed against them.",
]


def build_action_tables() -> Path:
    doc = new_document("Glenbrae Adult Protection Committee – Learning Review")
    doc.add_heading("Glenbrae Adult Protection Committee", 1)
    doc.add_paragraph("Adult Support and Protection Learning Review: Mrs D")
    doc.add_paragraph("Lead reviewer: Fraser Kinloch")
    doc.add_heading("1. Background", 2)
    doc.add_paragraph(
        "1.1 Mrs D was 79 and lived alone in Glenbrae. Her nephew managed her money. Several agencies "
        "raised concerns about unpaid bills and missing food over a year."
    )
    doc.add_paragraph(
        "1.2 The review was commissioned by the Glenbrae Adult Protection Committee after Mrs D was "
        "admitted to hospital malnourished in the winter of 2023. She has since moved to a care home."
    )
    doc.add_heading("2. Findings", 2)
    for text in FINDINGS:
        doc.add_paragraph(text)
    doc.add_heading("3. Recommendations", 2)
    doc.add_paragraph(
        "The review makes three recommendations. Each is followed by the agreed improvement actions."
    )
    for k, (text, actions) in enumerate(REVIEW_RECS, 1):
        doc.add_heading(f"Recommendation {k}", 3)
        doc.add_paragraph(text)
        t = table(doc, ["Improvement action", "Lead", "Timescale"], [10.0, 6.0, 4.0], repeat=False)
        for action in actions:
            row(t, action)
        doc.add_paragraph()
    doc.add_heading("4. Conclusion", 2)
    doc.add_paragraph("4.1 The Committee will publish progress on these actions in its annual report.")
    return _save(doc, "plan3_rec_action_tables")


if __name__ == "__main__":
    for build in (build_number_column, build_action_tables):
        print(build())
