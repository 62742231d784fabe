"""Build the pending zoo document `sar_summary_theme_lettered_recs_timeline`: a Safeguarding Adults
Review executive summary, Liberation Sans Narrow 10.5, with no plan, whose chronology is a short
bulleted timeline and whose recommendations are lettered by theme.

"Timeline at a glance": bullets opening with their date and a dash ("Spring 2020 – ",
"November 2021 – ", "4 March 2022 – ", a span of days "9–12 May 2023 – "). "Seven-minute
briefing" bullets (no dates; not records). Findings as "Finding N." paragraphs and a good-practice
paragraph (not records). Recommendations under "Theme A – ..." headings, each a bold code (A1, A2,
B1, C1) and its sentence as a hanging paragraph.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_summary_theme_lettered_recs_timeline.py
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
from docx_build import heading, new_doc, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_summary_theme_lettered_recs_timeline"
# (date printed, iso start, iso end or None, text)
TIMELINE = [
    (
        "Spring 2020",
        "2020-03",
        "2020-05",
        "Mr Okafor moved into a ground-floor flat after his wife died and stopped seeing his GP, who wrote to him twice without a reply and then closed the recall on the practice system.",
    ),
    (
        "November 2021",
        "2021-11",
        None,
        "A neighbour told the housing officer that the flat smelt of damp and that Mr Okafor seemed thin; the officer visited that week and left a leaflet about help at home.",
    ),
    (
        "4 March 2022",
        "2022-03-04",
        None,
        "Adult social care closed a referral after Mr Okafor said on the phone that he was managing.",
    ),
    (
        "9–12 May 2023",
        "2023-05-09",
        "2023-05-12",
        "Paramedics were called four times in four days and each time Mr Okafor declined to go to hospital, saying that he wanted to stay with his cat and that his nephew would look in on him.",
    ),
    (
        "30 May 2023",
        "2023-05-30",
        None,
        "Mr Okafor was found unwell at home by his nephew and died in hospital two days later.",
    ),
]
THEMES = [
    (
        "Theme A – Hearing the adult's own view",
        [
            (
                "A1",
                "The Board should make sure that staff ask an adult who declines help what would make accepting it easier.",
            ),
            (
                "A2",
                "Adult social care should not close a referral about self-neglect on the strength of a telephone call alone.",
            ),
        ],
    ),
    (
        "Theme B – Repeated calls",
        [
            (
                "B1",
                "The ambulance service should flag an address after three calls in a week so that a welfare referral is made.",
            )
        ],
    ),
    (
        "Theme C – Housing",
        [
            (
                "C1",
                "Housing providers should pass concerns about the state of a home to the adult's GP with the adult's agreement.",
            )
        ],
    ),
]
BRIEFING = [
    "Why it matters: self-neglect can hide behind a confident voice on the phone.",
    "Questions to ask: who else sees this person, and when did they last see them?",
    "What to do: share what you see, even when you are not sure it meets a threshold.",
]


def _bullet(doc, text: str) -> None:
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(text).font.size = Pt(10.5)


def _coded(doc, code: str, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Pt(30)
    p.paragraph_format.first_line_indent = Pt(-30)
    p.add_run(code).bold = True
    p.add_run(f"\t{text}")


def build() -> None:
    doc = new_doc(
        font="Liberation Sans Narrow",
        size=10.5,
        footer_label="Brackenmoor SAB – SAR Mr Okafor – executive summary",
    )
    para(doc, "Brackenmoor Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Safeguarding Adults Review: Mr Okafor – executive summary", bold=True, size=12)
    heading(doc, "1. About this review", 1)
    para(
        doc,
        "Mr Okafor was 79 when he died in May 2023. The Board asked for this review because agencies could have worked together better to support him.",
    )
    heading(doc, "2. Timeline at a glance", 1)
    for date, _, _, text in TIMELINE:
        _bullet(doc, f"{date} – {text}")
    heading(doc, "3. What the review found", 1)
    para(doc, "Finding 1. Each agency saw part of the picture, and no one put the parts together.")
    para(
        doc,
        "Finding 2. Mr Okafor's wish to stay at home was respected, but the risks of that wish were not talked through with him.",
    )
    para(
        doc,
        "Good practice: the housing officer visited twice in one week after the neighbour's concern and wrote down what she saw.",
    )
    heading(doc, "4. Recommendations", 1)
    for theme, recs in THEMES:
        para(doc, theme, bold=True)
        for code, text in recs:
            _coded(doc, code, text)
    heading(doc, "5. Seven-minute briefing", 1)
    for text in BRIEFING:
        _bullet(doc, text)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = chronology_gold(
        lines, [(text, date, start, False, {"date_end": end}) for date, start, end, text in TIMELINE]
    )
    recs = [
        recommendation_record(code, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for _, rows in THEMES
        for code, text in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "SAR executive summary (Liberation Sans Narrow 10.5), no plan: a 'Timeline at a glance' of bullets opening "
            "with a date and a dash (a season, a month, a day, a span of days), Finding N. paragraphs, a good-practice "
            "paragraph, recommendations A1, A2, B1, C1 under 'Theme A – ...' headings, seven-minute briefing bullets"
        ),
        review=review("SAR", "Brackenmoor", "Mr Okafor", doc_kind="executive_summary"),
        review_alternatives={"area": ["Brackenmoor Safeguarding Adults Board"]},
        recommendations=recs,
        chronology=chronology,
        notes=(
            "Each timeline bullet one entry dated as printed (the span from its first day to its last). Not records: "
            "the findings, the good-practice paragraph, the briefing bullets."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
