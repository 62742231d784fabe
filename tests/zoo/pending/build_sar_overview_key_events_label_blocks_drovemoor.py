"""Build the pending zoo document `sar_overview_key_events_label_blocks_drovemoor`: a Safeguarding
Adults Board's SAR overview report whose key events are stacked label blocks, no table, heldout40
family 3's form in our own words.

Each key event three paragraphs, a bold label opening each: "Date: …" / "Agency: …" / "What
happened: …" (the last wrapping over two or three lines), then a short dashed rule of spaced
hyphens; dates "3 February 2022", "late April 2022" (the month) and "Between 2 and 9 June 2022" (2
June, ending 9 June). Before the key events, a report label block whose "Date of report:" line is
no event, and terms of reference; after them analysis chapters each closing with a shaded one-cell
box "Recommendation N" (numbered through the report), then a conclusion. DejaVu Serif 10, running
head "Safeguarding Adults Review: Albert", foot "Drovemoor SAB — N", margins 2 cm.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_overview_key_events_label_blocks_drovemoor.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm  # noqa: E402
from docx_build import add_field, box, heading, new_doc, para  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_overview_key_events_label_blocks_drovemoor"
RULE = "- - - - - - - - - - - -"
# (date as printed, iso start, iso end or None, agency, what happened)
EVENTS = [
    (
        "3 February 2022",
        "2022-02-03",
        None,
        "Drovemoor Adult Social Care",
        "A neighbour telephoned to say that Albert's curtains had stayed closed for a week and that rubbish "
        "was piling up by his back door. A social worker visited; Albert said he was managing and declined "
        "an assessment of his needs.",
    ),
    (
        "21 March 2022",
        "2022-03-21",
        None,
        "Hollins Lane Surgery",
        "Albert missed a third diabetic review in a row. A letter was posted to him; no one rang him or "
        "asked the community team to call.",
    ),
    (
        "late April 2022",
        "2022-04",
        None,
        "Drovemoor Fire and Rescue Service",
        "Crews fitting smoke alarms found the stairs blocked by stacked newspapers and an electric heater "
        "beside them. A referral was sent to Adult Social Care, which logged it as information only.",
    ),
    (
        "Between 2 and 9 June 2022",
        "2022-06-02",
        "2022-06-09",
        "Drovemoor Community Nursing",
        "District nurses called four times to dress an ulcer on Albert's left leg. Each visit noted that the "
        "house was cold and that there was little food in it, but the notes were not shared with the GP.",
    ),
    (
        "14 July 2022",
        "2022-07-14",
        None,
        "Drovemoor Homes",
        "A housing officer inspecting the gas supply could not get in. A card was left and the inspection "
        "was booked again for September.",
    ),
    (
        "18 August 2022",
        "2022-08-18",
        None,
        "Northmoor Ambulance Service",
        "Paramedics forced entry after a neighbour's call and found Albert on the kitchen floor. He was taken "
        "to hospital, where he died that evening.",
    ),
]
# chapter heading, its analysis paragraphs, then (number, agency, text) of each boxed recommendation
CHAPTERS = [
    (
        "5. Analysis: self-neglect and the right to refuse",
        [
            "5.1 Albert's refusal of an assessment in February was accepted at face value. Practitioners "
            "told the review that they respected his choice, but no one tested whether he understood what "
            "he was turning down or returned to the question when the risks grew.",
            "5.2 The Board's self-neglect guidance asks for a multi-agency meeting when a person declines "
            "support and the risks are rising. None was called.",
        ],
        [
            (
                "1",
                "Drovemoor Adult Social Care",
                "Drovemoor Adult Social Care should make sure that when an adult declines an assessment and a "
                "further concern is received, the concern is treated as a new referral and not logged as "
                "information only.",
            ),
        ],
    ),
    (
        "6. Analysis: what each agency knew",
        [
            "6.1 Each agency held part of the picture: the surgery knew about the missed reviews, the fire "
            "service about the blocked stairs and the nurses about the cold house. Nobody put these together.",
        ],
        [
            (
                "2",
                "Drovemoor Safeguarding Adults Board",
                "The Board should ask its partners to agree how a concern about self-neglect raised by one "
                "agency is shared with the person's GP and community nursing team.",
            ),
            (
                "3",
                "GP practices in Drovemoor",
                "GP practices in Drovemoor should follow up repeated missed reviews for an older patient who "
                "lives alone by telephone or a home visit, not by letter alone.",
            ),
        ],
    ),
    (
        "7. Analysis: getting through the door",
        [
            "7.1 Housing, fire and ambulance staff were all unable at times to get into Albert's home. A "
            "failed visit was rebooked rather than treated as a possible sign that something was wrong.",
        ],
        [
            (
                "4",
                "Drovemoor Homes",
                "Drovemoor Homes should review its procedure for failed access visits so that a tenant known "
                "to be vulnerable is contacted again within two working days.",
            ),
        ],
    ),
]


def _foot(section) -> None:
    p = section.footer.paragraphs[0]
    p.text = ""
    p.add_run("Drovemoor SAB — ")
    add_field(p.add_run(), "PAGE")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _label(doc, label: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)


def _opening(doc) -> None:
    para(doc, "Drovemoor Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Safeguarding Adults Review: Albert", bold=True, size=13)
    para(doc, "Overview report", size=12)
    _label(doc, "Independent reviewer:", "Margaret Oyelaran")
    _label(doc, "Date of report:", "12 May 2023")
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Albert was a man of 71 who lived alone in a terraced house in Drovemoor. On 18 August 2022 he "
        "was found on the floor of his kitchen and died in hospital the same day. The Board agreed that his "
        "death met the criteria for a Safeguarding Adults Review under section 44 of the Care Act 2014.",
    )
    heading(doc, "2. Terms of reference", 1)
    para(doc, "The review was asked to consider:")
    for item in (
        "how agencies responded to signs that Albert was neglecting himself;",
        "whether his mental capacity to make decisions about his care was considered;",
        "how information was shared between agencies.",
    ):
        para(doc, item, style="List Bullet")
    heading(doc, "3. Albert", 1)
    para(
        doc,
        "3.1 Albert had worked as a printer for most of his life. Since his sister's death in 2019 he had "
        "seen few people. His neighbours described him as a private man who did not like visitors.",
    )


def build() -> None:
    doc = new_doc(header="Safeguarding Adults Review: Albert", font="DejaVu Serif", size=10)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    _foot(section)
    _opening(doc)
    heading(doc, "4. Key events", 1)
    para(
        doc,
        "4.1 The panel chose the events below as those that most shaped what happened. Each is taken from "
        "the agencies' records.",
    )
    for date, _, _, agency, text in EVENTS:
        _label(doc, "Date:", date)
        _label(doc, "Agency:", agency)
        _label(doc, "What happened:", text)
        para(doc, RULE)
    for title, paragraphs, recs in CHAPTERS:
        heading(doc, title, 1)
        for text in paragraphs:
            para(doc, text)
        for number, _, text in recs:
            box(doc, f"Recommendation {number}\n{text}", fill="E7E6E6", width=17.0, size=10)
    heading(doc, "8. Conclusion", 1)
    para(
        doc,
        "8.1 Albert's death was not predictable on any single day, but the signs that he could no longer look "
        "after himself were there for six months. The Board will publish its response to these "
        "recommendations within three months.",
    )
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = [
        {
            "ref": None,
            "heading": None,
            "date_raw": date,
            "date": start,
            "date_end": end,
            "relative": False,
            "text_start": " ".join(text.split()[:8]),
            "line": find_line(lines, text),
        }
        for date, start, end, _, text in EVENTS
    ]
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text), agency=agency)
        for _, _, chapter_recs in CHAPTERS
        for number, agency, text in chapter_recs
    ]
    return plan_gold(
        STEM,
        description=(
            "SAR overview report (DejaVu Serif 10): key events as stacked label blocks, 'Date:' / 'Agency:' / "
            "'What happened:' paragraphs, a short dashed rule after each, no table; dates '3 February 2022', "
            "'late April 2022', 'Between 2 and 9 June 2022'; a 'Date of report:' label that is no event; "
            "recommendations in shaded one-cell boxes 'Recommendation N' at each analysis chapter's end"
        ),
        review=review(
            "SAR",
            "Drovemoor",
            "Albert",
            doc_kind="overview_report",
            author="Margaret Oyelaran",
            age=71,
            date_of_death="2022-08-18",
        ),
        review_alternatives={"area": ["Drovemoor Safeguarding Adults Board"]},
        recommendations=recs,
        chronology=chronology,
        notes=(
            "One entry per label block, its text from 'What happened:', its date the 'Date:' label's ('late "
            "April 2022' the month, 'Between 2 and 9 June 2022' 2 June ending 9 June); the 'Date of report:' "
            "line is no event. Recommendations the four boxes, numbered through the report. Found and died on "
            "18 August 2022."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
