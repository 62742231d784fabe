"""Build dardr_preface_year_headed_relative_key_events_penhollow: a Domestic Abuse Related Death
Review report (C059 11, portrait, 2.5 cm margins), a left italic running head naming the review on
every page (the first too) and a centred page number.

A centred title block; a "Preface" whose prose alone gives the review's reference, the age, the
date of death and the author; "1. Key events" with an italic note, then unnumbered paragraphs under
bare year headings 2020 / 2021 / 2022, each opening with a date without its year ("In April,",
"On 9 September,"), three relative ("Two weeks later,", "The following day,", "Three weeks
later,") and two seasons; the key events break over the page inside 2022, the relative entry
opening page 2 under the running head; findings 2.1-2.2; "3. Recommendations", a lead-in,
"National recommendations" with bold italic "To the <department>" sub-headings over hanging items
N1-N3, then "Local recommendations" (a)-(e).

    python tests/zoo/pending/build_dardr_preface_year_headed_relative_key_events.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # then the .corpus.txt

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold frame
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the Word helpers and export steps

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from docx_build import new_doc, numbered, para  # noqa: E402
from gold_lines import chronology_gold, find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "dardr_preface_year_headed_relative_key_events_penhollow"
HEAD = "Domestic Abuse Related Death Review \u2013 \u2018Lowri\u2019"
REF = "PSP/DARDR/2022/02"
AUTHOR = "Maren Tolliver"
WRITTEN = "Written by helper s51blindrest; fictional."

PREFACE = [
    "The partnership offers its sympathy to Lowri's family.",
    f"This review, reference {REF}, looks at the contact that local services had with Lowri, a "
    "woman aged 31, in the two years before she took her own life on 4 July 2022. Lowri had "
    "told several services that her former partner was controlling and frightening.",
    f"The review was chaired, and this report written, by Dr {AUTHOR}, who has no connection "
    "with any of the agencies involved. The panel met six times.",
]
NOTE = "Dates are given as the records give them; where only a season was recorded, the season is given."
# (year, opening, rest, date_raw, iso, relative)
EVENTS = [
    (
        "2020",
        "In April,",
        "Lowri moved into a rented flat with her partner, Gethin, and registered with a new GP practice.",
        "In April",
        "2020-04",
        False,
    ),
    (
        "2020",
        "On 9 September,",
        "a neighbour called the police after hearing shouting from the flat.",
        "On 9 September",
        "2020-09-09",
        False,
    ),
    (
        "2020",
        "Two weeks later,",
        "Lowri's employer noticed bruising on her wrist and asked whether she was safe.",
        "Two weeks later",
        "2020-09-23",
        True,
    ),
    (
        "2020",
        "Late in the autumn,",
        "Lowri told her sister that Gethin checked her phone and had taken her bank card.",
        "Late in the autumn",
        "2020",
        False,
    ),
    (
        "2021",
        "In January,",
        "Lowri attended the emergency department with a cut to her hand.",
        "In January",
        "2021-01",
        False,
    ),
    (
        "2021",
        "On 11 May,",
        "Lowri rang the police after Gethin locked her out of the flat.",
        "On 11 May",
        "2021-05-11",
        False,
    ),
    (
        "2021",
        "The following day,",
        "an outreach worker telephoned Lowri, who agreed to a safety plan.",
        "The following day",
        "2021-05-12",
        True,
    ),
    (
        "2021",
        "Early in the summer,",
        "Lowri told the outreach worker that she was back with Gethin.",
        "Early in the summer",
        "2021",
        False,
    ),
    (
        "2021",
        "On 30 November,",
        "the GP saw Lowri for low mood and prescribed an antidepressant.",
        "On 30 November",
        "2021-11-30",
        False,
    ),
    (
        "2022",
        "In January,",
        "Lowri left the flat and stayed with her sister.",
        "In January",
        "2022-01",
        False,
    ),
    (
        "2022",
        "On 6 February,",
        "Gethin sent Lowri a long series of messages, some of them threatening to harm himself.",
        "On 6 February",
        "2022-02-06",
        False,
    ),
    (
        "2022",
        "Three weeks later,",
        "Lowri told the housing officer that Gethin had found out where her sister lived.",
        "Three weeks later",
        "2022-02-27",
        True,
    ),
    ("2022", "On 4 July,", "Lowri was found dead at her sister's home.", "On 4 July", "2022-07-04", False),
]
FINDINGS = [
    (
        "2.1",
        "Agencies saw parts of Lowri's experience but nobody held the whole picture. Each contact was "
        "treated on its own, and the risk that builds when coercive control goes on for a long time "
        "was not recognised.",
    ),
    (
        "2.2",
        "Lowri's low mood was treated as an illness in its own right. The link between living with "
        "abuse and the risk of suicide was not made by any of the services that saw her.",
    ),
]
NATIONAL = [
    (
        "To the Home Office",
        [
            (
                "N1",
                "Include deaths by suicide that follow domestic abuse in the statutory guidance for "
                "domestic homicide reviews, so that partnerships review them in the same way.",
            ),
            (
                "N2",
                "Publish the learning from reviews of suicides after domestic abuse each year, so "
                "that partnerships can compare what they find.",
            ),
        ],
    ),
    (
        "To the Department of Health and Social Care",
        [
            (
                "N3",
                "Add questions about domestic abuse to the national guidance for assessing the risk "
                "of suicide in primary care.",
            ),
        ],
    ),
]
LOCAL = [
    (
        "a",
        "Penhollow Safer Partnership",
        "The Penhollow Safer Partnership should make sure that the risk assessment conference "
        "reviews a case when a victim returns to the person who harmed them.",
    ),
    (
        "b",
        "Penhollow Police",
        "Penhollow Police should remind officers that a risk assessment declined at the scene should "
        "be offered again within a week.",
    ),
    (
        "c",
        "The domestic abuse service",
        "The domestic abuse service should not close a case after unanswered calls without telling "
        "the victim's GP.",
    ),
    (
        "d",
        "Penhollow Integrated Care Board",
        "Penhollow Integrated Care Board should train GP practices to ask about abuse when a patient "
        "presents with low mood.",
    ),
    (
        "e",
        "Penhollow Council",
        "Penhollow Council should give a homelessness applicant fleeing abuse priority for a move "
        "out of the area when they ask for one.",
    ),
]


def running_head(doc):
    """The review's name, left and italic, on every page including the first."""
    head = doc.sections[0].header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = head.add_run(HEAD)
    run.italic = True
    run.font.size = Pt(9)


def hanging(doc, label: str, text: str):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(f"{label}\t{text}")
    return p


def document():
    doc = new_doc(font="C059", size=11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    running_head(doc)
    para(doc, "Penhollow Safer Partnership", bold=True, size=14, align="center")
    para(doc, "Domestic Abuse Related Death Review", bold=True, size=13, align="center")
    para(doc, "Report into the death of \u2018Lowri\u2019", size=12, align="center")
    para(doc, "Preface", bold=True, size=12)
    for text in PREFACE:
        para(doc, text)
    para(doc, "1. Key events", bold=True, size=12)
    para(doc, NOTE, italic=True)
    year = None
    for when, opening, rest, *_ in EVENTS:
        if when != year:
            para(doc, when, bold=True)
            year = when
        p = doc.add_paragraph()
        p.add_run(f"{opening} {rest}")
    para(doc, "2. Findings", bold=True, size=12)
    for num, text in FINDINGS:
        numbered(doc, num, text)
    para(doc, "3. Recommendations", bold=True, size=12)
    numbered(doc, "3.1", "The panel makes the following recommendations, national and local.")
    para(doc, "National recommendations", bold=True)
    for department, items in NATIONAL:
        p = para(doc, department, bold=True)
        p.runs[0].italic = True
        for ref, text in items:
            hanging(doc, ref, text)
    para(doc, "Local recommendations", bold=True)
    for ref, _, text in LOCAL:
        hanging(doc, f"({ref})", text)
    para(
        doc,
        "Anyone affected by the issues in this report can find support through the national "
        "helplines listed on the partnership's website.",
        italic=True,
    )
    return doc


def gold(lines):
    recs = [
        recommendation_record(
            ref,
            first_words(text, 10),
            find_line(lines, first_words(text, 6)),
            agency=department.removeprefix("To the "),
            scope="national",
        )
        for department, items in NATIONAL
        for ref, text in items
    ]
    recs += [
        recommendation_record(
            ref, first_words(text, 10), find_line(lines, first_words(text, 6)), agency=agency
        )
        for ref, agency, text in LOCAL
    ]
    chronology = chronology_gold(
        lines,
        [
            (f"{opening} {rest}", raw, date, relative, {"heading": year})
            for year, opening, rest, raw, date, relative in EVENTS
        ],
    )
    return plan_gold(
        STEM,
        family="DARDR report: facts in the preface's prose; year-headed relative key events; N1-N3 by department",
        description=(
            "A Domestic Abuse Related Death Review report built in Word (python-docx, C059 11), exported to PDF by "
            "LibreOffice and to text by plain pdftotext: a left italic running head on every page, a preface "
            "giving the reference, age, date of death and author in prose, key events as paragraphs under "
            "year headings opening with dates without their year (three relative, two seasons), national "
            "recommendations N1-N3 under 'To the <department>' sub-headings and local ones (a)-(e)."
        ),
        review=review(
            "DHR",
            "Penhollow",
            "Lowri",
            doc_kind="report",
            review_id=REF,
            author=AUTHOR,
            age=31,
            date_of_death="2022-07-04",
        ),
        review_alternatives={"area": ["Penhollow Safer Partnership"]},
        recommendations=recs,
        chronology=chronology,
        notes=(
            f"{WRITTEN} Dates are completed with the year heading above; a season is the year; a relative "
            "date is the day counted from the entry before. N1-N3's agency is the department in the "
            "sub-heading above; their text names none."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
