"""Build the heldout18 blind documents as Word files (python-docx).

Run once:  python tests/heldout18/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Three documents of three families as they are published: a Safeguarding Adults Review whose
recommendations sit in a two-column "Recommendation | Agencies to act" table, numbers inside the text,
with a board action plan carrying RAG letters; a DHR overview report whose recommendations are headed
"Recommendation One", "Recommendation Two" with a bold title line, and a Home Office template plan; and a
child safeguarding practice review with a chronology table holding approximate and seasonal dates,
"Learning for the partnership" boxes and four numbered recommendations.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (  # noqa: E402
    HO_PLAN_HEADERS,
    add_row,
    box,
    docx_saver,
    heading,
    kv_table,
    landscape_section,
    make_table,
    merged_plan_table,
    new_doc,
    numbered,
    page_break,
    para,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def paras(doc, number, texts):
    for i, t in enumerate(texts, 1):
        numbered(doc, f"{number}.{i}", t)


def cover(doc, lines):
    for text, size, bold in lines:
        para(doc, text, bold=bold, size=size, align="center")
    page_break(doc)


# ============================ 1. SAR, "Recommendation | Agencies to act" table, board plan with RAG letters
def doc_dunmarrow():
    stem = "sar_rec_agencies_table_board_plan_rag_letters_dunmarrow"
    doc = new_doc(header="Dunmarrow SAB – SAR ‘Wilfred’ – Final", footer_label="Page")
    cover(
        doc,
        [
            ("Dunmarrow Safeguarding Adults Board", 15, True),
            ("Safeguarding Adults Review", 20, True),
            ("‘Wilfred’", 18, True),
            ("Lead reviewer: Haldis Omondi-Carrick", 12, False),
            ("SAR reference DSAB 2024-03", 12, True),
            ("Published April 2025", 11, False),
        ],
    )
    heading(doc, "1. Why this review was held", 1)
    paras(
        doc,
        "1",
        [
            "Wilfred was 74 when he died in hospital from an infected pressure wound in February 2024. He lived "
            "alone in a ground-floor flat and had been refusing home care visits for several months.",
            "The Board agreed that the criteria for a statutory review were met because agencies could have "
            "worked together more effectively to protect him.",
        ],
    )
    heading(doc, "2. Findings", 1)
    paras(
        doc,
        "2",
        [
            "Refusals of care were recorded as his choice without anyone testing whether he understood the "
            "consequences of declining help with his wounds.",
            "Three agencies held concerns at the same time but no multi-agency meeting was called.",
            "Wilfred’s brother raised concerns twice by telephone; neither call was passed to adult social care.",
        ],
    )
    box(
        doc,
        "Key learning\nRepeated refusal of essential care is a signal to look harder, not a reason to step back.",
    )
    heading(doc, "3. Recommendations", 1)
    para(doc, "The reviewer makes five recommendations. The agencies expected to act are listed beside each.")
    widths = [11.5, 5.0]
    t = make_table(doc, ["Recommendation", "Agencies to act"], widths)
    rows = [
        (
            "1. The Board should publish a multi-agency protocol for people who repeatedly refuse care that "
            "puts their health at serious risk, including when to convene a risk management meeting.",
            "Dunmarrow SAB; all partners",
        ),
        (
            "2. Dunmarrow Council Adult Social Care should make sure that mental capacity assessments are "
            "completed and recorded when a person declines care for a specific, serious need.",
            "Dunmarrow Council Adult Social Care",
        ),
        (
            "3. Dunmarrow Community Health Services NHS Trust should review how district nurses escalate "
            "concerns when wound care is refused on three or more visits.",
            "Dunmarrow Community Health Services NHS Trust",
        ),
        (
            "4. The Board should ask all partners to show how calls from family members raising concerns are "
            "logged and passed to the right team.",
            "Dunmarrow Council Adult Social Care; Dunmarrow Police; GP practices",
        ),
        (
            "5. The Board should write to the Department of Health and Social Care asking that national "
            "guidance on self-neglect address refusal of essential health care.",
            "Dunmarrow SAB",
        ),
    ]
    for r in rows:
        add_row(t, r, widths)
    doc.add_paragraph()
    landscape_section(doc)
    heading(doc, "Appendix: Board action plan", 1)
    para(doc, "RAG: G = complete; A = in progress; R = not started or off track.", italic=True)
    widths = [1.2, 8.0, 4.0, 2.6, 1.2, 7.5]
    t = make_table(doc, ["No.", "Action", "Owner", "Deadline", "RAG", "Commentary"], widths)
    plan = [
        (
            "1",
            "Draft and agree a refusal of care protocol",
            "SAB Business Manager",
            "30/06/2025",
            "A",
            "Draft at consultation stage.",
        ),
        (
            "2",
            "Audit 30 cases where care was declined for capacity recording",
            "Principal Social Worker, ASC",
            "31/03/2025",
            "G",
            "Audit complete; report to Board in May.",
        ),
        (
            "3",
            "Introduce a three-refusal escalation step for district nurses",
            "Head of Nursing, DCHS",
            "31/05/2025",
            "A",
            "Pilot running in two localities.",
        ),
        (
            "4",
            "Partners to evidence how family calls are recorded",
            "SAB Quality Subgroup Chair",
            "30/09/2025",
            "R",
            "Not yet started – awaiting subgroup terms.",
        ),
        (
            "5",
            "Letter to DHSC on self-neglect guidance",
            "SAB Independent Chair",
            "28/02/2025",
            "G",
            "Letter sent 20/02/2025.",
        ),
    ]
    for r in plan:
        add_row(t, r, widths)
    save(doc, stem)


# ============================ 2. DHR overview, "Recommendation One" headings, Home Office template plan
def doc_kelverby():
    stem = "dhr_recs_number_words_bold_titles_ho_plan_kelverby"
    doc = new_doc(header="OFFICIAL – Kelverby DHR ‘Priya’", footer_label="Page")
    cover(
        doc,
        [
            ("Safer Kelverby Partnership", 15, True),
            ("Domestic Homicide Review", 20, True),
            ("Overview Report into the death of ‘Priya’", 14, False),
            ("Independent Chair and Author: Tobias Feddersen-Ward", 12, False),
            ("Published January 2025", 11, False),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Priya, aged 34, was killed by her husband at their home in Kelverby in August 2022. He was later "
            "convicted of murder.",
            "The review considered agency contact from January 2020 until her death.",
        ],
    )
    heading(doc, "2. Analysis", 1)
    paras(
        doc,
        "2",
        [
            "Priya told a midwife in 2021 that her husband controlled all money in the household. This was "
            "recorded but no risk assessment followed.",
            "Police attended a neighbour’s call in March 2022 and recorded a verbal argument only.",
        ],
    )
    heading(doc, "3. Recommendations", 1)
    recs = [
        (
            "One",
            "Economic abuse in maternity care",
            "Kelverby Hospitals NHS Trust should include questions about financial control in routine enquiry "
            "at booking and at the 28-week appointment.",
        ),
        (
            "Two",
            "Risk assessment after disclosure",
            "Kelverby Hospitals NHS Trust should make sure that any disclosure of controlling behaviour leads to "
            "a completed DASH risk assessment and a referral offer.",
        ),
        (
            "Three",
            "Attending verbal arguments",
            "Kelverby Police should remind officers that a report of a verbal argument between partners must be "
            "treated as a domestic abuse incident and risk assessed.",
        ),
        (
            "Four",
            "Community awareness",
            "Safer Kelverby Partnership should fund awareness sessions on economic abuse for community and faith "
            "groups.",
        ),
    ]
    for word, title, text in recs:
        para(doc, f"Recommendation {word}", bold=True)
        para(doc, title, bold=True)
        para(doc, text)
    landscape_section(doc)
    heading(doc, "Appendix A – Multi-agency action plan", 1)
    widths = [5.0, 2.2, 5.0, 3.0, 4.0, 2.4, 4.0]
    groups = [
        (
            ["Recommendation One: financial control questions in routine enquiry", "Local"],
            [
                [
                    "Update booking questionnaire",
                    "Kelverby Hospitals NHS Trust",
                    "Questionnaire drafted",
                    "31/03/2024",
                    "Completed 12/03/2024 – questions live",
                ],
                [
                    "Train community midwives",
                    "Kelverby Hospitals NHS Trust",
                    "Two sessions held",
                    "June 2024",
                    "Ongoing – 60% trained",
                ],
            ],
        ),
        (
            ["Recommendation Two: DASH after disclosure", "Local"],
            [
                [
                    "Add DASH prompt to maternity record",
                    "Kelverby Hospitals NHS Trust",
                    "Specification agreed",
                    "30/09/2024",
                    "Ongoing",
                ]
            ],
        ),
        (
            ["Recommendation Three: verbal arguments", "Local"],
            [
                [
                    "Briefing to all response officers",
                    "Kelverby Police",
                    "Briefing issued",
                    "31/01/2024",
                    "Completed – January 2024",
                ]
            ],
        ),
        (
            ["Recommendation Four: community awareness", "Local"],
            [
                [
                    "Commission economic abuse sessions",
                    "Safer Kelverby Partnership",
                    "None yet",
                    "December 2024",
                    "Not started",
                ]
            ],
        ),
    ]
    merged_plan_table(doc, list(HO_PLAN_HEADERS), widths, groups)
    save(doc, stem)


# ============================ 3. CSPR, chronology table with approximate and seasonal dates
def doc_pelsham():
    stem = "cspr_chron_table_approx_season_dates_learning_boxes_pelsham"
    doc = new_doc(
        header="Pelsham Cross Safeguarding Children Partnership – CSPR Child K", footer_label="Page"
    )
    cover(
        doc,
        [
            ("Pelsham Cross Safeguarding Children Partnership", 15, True),
            ("Child Safeguarding Practice Review", 20, True),
            ("Child K", 18, True),
            ("Reviewer: Annelise Mbatha-Grove", 12, False),
            ("Published March 2025", 11, False),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Child K was seven months old when he was admitted to hospital with a fractured arm and bruising in "
            "November 2021.",
            "Some dates in the chronology are approximate because records were incomplete.",
        ],
    )
    kv_table(doc, [("Child", "Child K, 7 months"), ("Notification", "November 2021")])
    heading(doc, "2. Key events", 1)
    widths = [3.2, 3.2, 6.5, 4.0]
    t = make_table(doc, ["Date", "Agency", "What happened", "Significance"], widths)
    chron = [
        (
            "Spring 2021",
            "Pelsham Cross Health Visiting",
            "Health visitor new birth visit; mother appeared low",
            "Low mood not followed up",
        ),
        ("14/05/2021", "GP", "Mother prescribed antidepressants", "Partner not asked about"),
        (
            "03/07/2021 (approx.)",
            "Pelsham Cross Police",
            "Neighbour reported a man shouting at a baby",
            "No check on the child",
        ),
        (
            "Summer 2021",
            "Children’s Social Care",
            "Anonymous referral closed with no further action",
            "Missed chance to assess",
        ),
        (
            "22/10/2021 (approx.)",
            "Pelsham Cross Health Visiting",
            "Missed eight-month review",
            "Not followed up",
        ),
        (
            "09/11/2021",
            "Pelsham Cross General Hospital",
            "Child K admitted with fractured arm",
            "Triggered this review",
        ),
    ]
    for r in chron:
        add_row(t, r, widths)
    doc.add_paragraph()
    heading(doc, "3. Learning", 1)
    box(
        doc, "Learning for the partnership\nA parent’s low mood is a reason to ask about the wider household."
    )
    box(
        doc,
        "Learning for the partnership\nCalls about a shouting adult near a baby need a look at the child.",
    )
    heading(doc, "4. Recommendations", 1)
    recs = [
        "Pelsham Cross Safeguarding Children Partnership should seek assurance that health visitors ask about "
        "all adults in the household at every contact.",
        "Pelsham Cross Police should make sure that incidents involving an infant are shared with children’s "
        "social care the same day.",
        "Children’s Social Care should review how anonymous referrals about babies are screened.",
        "Pelsham Cross Safeguarding Children Partnership should deliver training on the risks to non-mobile "
        "babies to all front-line staff.",
    ]
    for i, r in enumerate(recs, 1):
        numbered(doc, f"{i}.", r)
    save(doc, stem)


if __name__ == "__main__":
    doc_dunmarrow()
    doc_kelverby()
    doc_pelsham()
