"""Build the `ho_long_overview_template_appended` zoo document: a long DHR overview report in the
Home Office statutory structure (numbered chapters, a chronology of dated numbered paragraphs,
long analysis full of "should", lessons, overview and single-agency recommendations) with the
Home Office action-plan template appended in a landscape section: Recommendation | Scope of
recommendation | Action to take | Lead Agency | Key milestones achieved in enacting
recommendation | Target Date | Date of completion and Outcome. The template prints no numbers:
each recommendation's full text stands in the first cell, merged down over its actions.

All people, places and wording are fictional and our own.

    python tests/zoo/ho_long_overview_build.py
    cd tests/zoo && soffice --headless --convert-to pdf ho_long_overview_template_appended.docx
    pdftotext -layout ho_long_overview_template_appended.pdf ho_long_overview_template_appended.txt
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import (  # noqa: E402
    HO_PLAN_HEADERS,
    add_row,
    dotted_line,
    heading,
    kv_table,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    page_break,
    para,
)

STEM = "ho_long_overview_template_appended"

CHRONOLOGY = [
    (
        "Early life and the relationship",
        [
            (
                "2009",
                "Spring 2009",
                "Harriet met Owen through a walking club in Thornby and they married two years later.",
            ),
            (
                "2016",
                "June 2016",
                "Harriet told her sister that Owen checked her bank statements every week.",
            ),
        ],
    ),
    (
        "Contact with services",
        [
            (
                "2019-02-11",
                "11 February 2019",
                "Harriet saw her GP about poor sleep and said she felt watched at home.",
            ),
            (
                "2019-07-30",
                "30 July 2019",
                "A neighbour called Eldermere Police after hearing shouting; officers spoke to both at the door.",
            ),
            (
                "2020-01-14",
                "14 January 2020",
                "Northgate Housing received a complaint about a damaged front door and booked a repair.",
            ),
            (
                "2020-09-03",
                "3 September 2020",
                "Harriet attended the Minor Injuries Unit with a sprained wrist she said came from a fall.",
            ),
            (
                "2021-03-22",
                "22 March 2021",
                "Owen rang Adult Social Care asking for a carer's assessment for himself.",
            ),
        ],
    ),
    (
        "The final months",
        [
            (
                "2021-08",
                "August 2021",
                "Harriet told a friend from the walking club that she planned to leave by Christmas.",
            ),
            ("2021-11-19", "19 November 2021", "Harriet was found dead at the couple's home in Thornby."),
        ],
    ),
]

OVERVIEW_RECS = [
    (
        "1",
        "The Eldermere Community Safety Partnership should make sure that training for GP reception staff covers how to offer a patient a private conversation.",
        "Eldermere Community Safety Partnership",
    ),
    (
        "2",
        "Eldermere Adult Social Care should review how carers' assessments ask about the relationship between the carer and the person cared for.",
        "Eldermere Adult Social Care",
    ),
    (
        "3",
        "The Eldermere Safeguarding Adults Board should publish a short guide for practitioners on coercive control in older couples.",
        "Eldermere Safeguarding Adults Board",
    ),
    (
        "4",
        "The Department of Health and Social Care should consider adding a prompt about domestic abuse to the national carer's assessment framework.",
        "Department of Health and Social Care",
    ),
]

AGENCY_RECS = [
    (
        "Eldermere Police",
        [
            (
                "EP1",
                "Eldermere Police should remind officers attending a domestic incident to speak to each party separately and out of earshot.",
            ),
        ],
    ),
    (
        "Northgate Housing",
        [
            (
                "NH1",
                "Northgate Housing should flag repeated repairs to doors and locks at the same address for a safeguarding check.",
            ),
            (
                "NH2",
                "Northgate Housing should give its repairs contractors a route for reporting concerns about tenants.",
            ),
        ],
    ),
]

# (recommendation index in ALL_RECS, scope, action, lead, milestones, target, completion)
PLAN = [
    (
        0,
        "Local",
        "Add a private-conversation module to the reception staff course",
        "Eldermere Community Safety Partnership",
        "Module written with the specialist service",
        "April 2024",
        "Complete – delivered to 31 practices",
    ),
    (
        0,
        "",
        "Audit uptake of the module across practices",
        "Eldermere Community Safety Partnership",
        "",
        "October 2024",
        "In progress",
    ),
    (
        1,
        "Local",
        "Revise the carer's assessment form and guidance",
        "Eldermere Adult Social Care",
        "Draft form out for consultation",
        "30/06/2024",
        "Ongoing",
    ),
    (
        2,
        "Local",
        "Write and publish a practitioner guide on coercive control in later life",
        "Eldermere Safeguarding Adults Board",
        "Task group formed",
        "Q3 2024/25",
        "",
    ),
    (
        2,
        "",
        "Launch the guide at the Board's annual conference",
        "Eldermere Safeguarding Adults Board",
        "",
        "November 2024",
        "Not started",
    ),
    (
        3,
        "National",
        "Chair to write to the Department enclosing the report",
        "Eldermere Community Safety Partnership",
        "Letter sent",
        "On publication",
        "Completed",
    ),
    (
        4,
        "Local",
        "Issue a briefing to all response officers on separate accounts",
        "Eldermere Police",
        "Briefing drafted",
        "Jan-24",
        "Completed January 2024",
    ),
    (
        5,
        "Local",
        "Create an address flag for repeated door and lock repairs",
        "Northgate Housing",
        "System change requested",
        "Mar-24",
        "Delayed",
    ),
    (
        6,
        "Local",
        "Add a safeguarding reporting clause to contractor agreements",
        "Northgate Housing",
        "",
        "Sept 2024",
        "Not yet started",
    ),
]

ANALYSIS_SENTENCES = [
    "Practitioners saw parts of Harriet's life but nobody held the whole picture.",
    "The panel considered whether the response at the time matched the agency's own policy.",
    "In hindsight the signs look clearer than they would have done to the staff involved.",
    "Staff should be curious when an explanation of an injury is offered by a partner.",
    "The IMR author noted that supervision of this team was irregular during the period.",
    "The panel heard that workloads in the service had risen sharply over two years.",
    "A professional should always ask whether it is safe to talk before asking about home life.",
    "The agency acknowledged that its records did not show who had been spoken to.",
    "Older victims may not describe what happens to them as domestic abuse.",
    "Carers' needs and the needs of the person cared for were assessed together, not apart.",
    "Information was held in separate systems that did not speak to each other.",
    "The review found good practice in the speed with which the repair was arranged.",
]


def _analysis(doc, rng, chapter: int, paragraphs: int) -> None:
    for k in range(1, paragraphs + 1):
        text = " ".join(rng.sample(ANALYSIS_SENTENCES, 5))
        numbered(doc, f"{chapter}.{k}", text)


def build() -> Path:
    rng = random.Random(20261202)
    doc = new_doc(header="OFFICIAL – SENSITIVE", footer_label="ECSP DHR 2022/03")
    para(doc, "ELDERMERE COMMUNITY SAFETY PARTNERSHIP", bold=True, size=14, align="center")
    para(doc, "DOMESTIC HOMICIDE REVIEW", bold=True, size=16, align="center")
    para(doc, "OVERVIEW REPORT", bold=True, size=14, align="center")
    para(doc, "Into the death of Harriet in November 2021", size=12, align="center")
    kv_table(
        doc,
        [
            ("Review reference", "ECSP DHR 2022/03"),
            ("Independent Chair and Author", "Marguerite Holloway"),
            ("Report completed", "May 2023"),
        ],
    )
    page_break(doc)
    para(doc, "Contents", bold=True, size=12)
    for k, title in enumerate(
        [
            "Introduction",
            "Terms of reference",
            "Chronology",
            "Analysis",
            "Conclusions",
            "Lessons to be learned",
            "Recommendations",
        ],
        1,
    ):
        dotted_line(doc, f"{k}. {title}", 3 + 2 * k)
    dotted_line(doc, "Appendix A: Action plan", 20)
    page_break(doc)

    heading(doc, "1. Introduction")
    numbered(
        doc,
        "1.1",
        "This report examines how agencies in Eldermere responded to Harriet, aged 71, who died at her home in Thornby in November 2021. Her husband Owen, aged 74, was convicted of her manslaughter.",
    )
    numbered(
        doc,
        "1.2",
        "The review panel offers its sympathy to Harriet's family and thanks her sister for meeting the chair twice.",
    )
    numbered(doc, "1.3", "Pseudonyms chosen by the family are used throughout.")
    heading(doc, "2. Terms of reference")
    numbered(
        doc,
        "2.1",
        "The review covered the period from January 2019 to the date of Harriet's death, with earlier background where it helped the panel understand the relationship.",
    )
    numbered(
        doc,
        "2.2",
        "Individual Management Reviews were requested from Eldermere Police, the GP practice, Eldermere Community Health NHS Trust, Northgate Housing and Eldermere Adult Social Care.",
    )
    _analysis(doc, rng, 2, 3)

    heading(doc, "3. Chronology")
    para(
        doc,
        "This chapter sets out the key events in date order under period headings, drawn from the agencies' chronologies and from what Harriet's family told the panel.",
    )
    n = 0
    for period, events in CHRONOLOGY:
        heading(doc, period, level=2)
        for _, raw, text in events:
            n += 1
            numbered(doc, f"3.{n}", f"{raw}: {text}")

    heading(doc, "4. Analysis")
    for sub, agency in enumerate(
        ["The GP practice", "Eldermere Police", "Northgate Housing", "Eldermere Adult Social Care"], 1
    ):
        heading(doc, f"4.{sub} {agency}", level=2)
        _analysis(doc, rng, 4 * 10 + sub, 6)
    numbered(
        doc,
        "4.9",
        "The police IMR recommended that officers should always separate the parties at a domestic call; the panel has carried this forward below.",
    )
    page_break(doc)
    heading(doc, "5. Conclusions")
    _analysis(doc, rng, 5, 5)
    heading(doc, "6. Lessons to be learned")
    numbered(
        doc,
        "6.1",
        "Practitioners should not assume that an older couple's arguments are a sign of strain from caring alone.",
    )
    numbered(
        doc, "6.2", "A partner who answers for the victim should prompt a conversation with the victim alone."
    )

    heading(doc, "7. Recommendations")
    heading(doc, "7.1 Overview report recommendations", level=2)
    for ref, text, _ in OVERVIEW_RECS:
        numbered(doc, f"{ref}.", text)
    heading(doc, "7.2 Single agency recommendations", level=2)
    para(doc, "The panel endorses these recommendations made by agencies in their IMRs.")
    for agency, recs in AGENCY_RECS:
        para(doc, agency, bold=True)
        for ref, text in recs:
            numbered(doc, ref, text)

    landscape_section(doc)
    para(doc, "Appendix A: Domestic Homicide Review Action Plan", bold=True, size=12)
    headers = HO_PLAN_HEADERS
    widths = [6.0, 2.2, 4.6, 3.2, 3.6, 2.2, 3.4]
    table = make_table(doc, headers, widths)
    all_recs = [t for _, t, _ in OVERVIEW_RECS] + [t for _, recs in AGENCY_RECS for _, t in recs]
    spans: dict[int, list[int]] = {}
    for k, (rec, scope, action, lead, milestone, target, done) in enumerate(PLAN, 1):
        add_row(table, [all_recs[rec], scope, action, lead, milestone, target, done], widths)
        spans.setdefault(rec, []).append(k)
    for rows in spans.values():
        merge_down(table, 0, rows[0], rows[-1])
        merge_down(table, 1, rows[0], rows[-1])
    out = HERE / f"{STEM}.docx"
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build())
