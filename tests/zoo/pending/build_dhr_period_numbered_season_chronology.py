"""Build the pending zoo document `dhr_period_numbered_season_chronology`: a DHR overview report,
Liberation Serif 11, with no plan, whose chronology is a run of paragraphs under period headings
("2.1 Period 1: 2016 to 2017") under numbered headings, each paragraph opening with its date
"dd.mm.yy – ", two with a season ("Summer 2016 – ") and one with an approximate year ("Early 2019 – "),
most wrapping over two or three lines.

Recommendations as bold labels "Recommendation N (<agency>):" with the sentence running on in the
same paragraph. Not records: an Analysis section, lessons L1-L2 with a note that they are not
recommendations, a dedication line. The review's id only in the running head, in capitals.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_period_numbered_season_chronology.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import heading, new_doc, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_period_numbered_season_chronology"
# (period heading, [(date printed, iso start, iso end or None, text), ...])
PERIODS = [
    (
        "2.1 Period 1: 2016 to 2017",
        [
            (
                "11.03.16",
                "2016-03-11",
                None,
                "Imogen registered with a new GP practice after moving to Harrowby with Lewis and said that she had no worries to raise at the new patient check and that she was happy with the flat they had.",
            ),
            (
                "Summer 2016",
                "2016-06",
                "2016-08",
                "A neighbour heard shouting from the flat on several evenings and told the housing officer, who wrote to both tenants about noise rather than asking Imogen whether she was safe.",
            ),
            (
                "04.11.16",
                "2016-11-04",
                None,
                "Lewis was stopped driving after drinking; the custody record noted that he spoke angrily about his partner but nothing was shared.",
            ),
        ],
    ),
    (
        "2.2 Period 2: 2017 to 2019",
        [
            (
                "Winter 2017",
                "2017-12",
                "2018-02",
                "Imogen stopped going to her choir and told a friend that Lewis did not like her being out in the evenings without him; the friend did not know where to turn.",
            ),
            (
                "19.06.18",
                "2018-06-19",
                None,
                "The health visitor saw Imogen at home with the baby and recorded that Lewis stayed in the room and answered the routine enquiry about abuse for her, so that she could not say anything herself.",
            ),
            (
                "Early 2019",
                "2019",
                None,
                "Imogen twice asked the housing office about a move to a flat of her own and was told that the waiting list was long and that she should apply online.",
            ),
            (
                "23.08.19",
                "2019-08-23",
                None,
                "Police attended a report of a broken window at the flat; Lewis said it was an accident and the officers did not speak with Imogen on her own.",
            ),
        ],
    ),
]
RECS = [
    (
        "1",
        "Harrowby Police",
        "Harrowby Police should make sure that officers at any call to a home speak with each adult alone before they leave.",
    ),
    (
        "2",
        "Harrowby Housing Service",
        "The housing service should ask about abuse whenever a tenant asks to move to a home of their own.",
    ),
    (
        "3",
        "Harrowby Health Visiting Service",
        "Health visitors should ask the routine enquiry only when the mother is seen on her own.",
    ),
]


def _label(doc, number: str, agency: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(f"Recommendation {number} ({agency}):").bold = True
    p.add_run(f" {text}")


def build() -> None:
    doc = new_doc(font="Liberation Serif", size=11, header="HARROWBY DHR 2020/07 – OVERVIEW REPORT")
    para(doc, "Harrowby Community Safety Partnership", bold=True, size=15)
    para(doc, "Domestic Homicide Review into the death of Imogen", bold=True, size=13)
    para(
        doc,
        "Dedicated to Imogen, remembered by her family as a loving mother who sang every day.",
        italic=True,
    )
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Imogen was killed by her partner Lewis in January 2020. This review looks at the contact agencies had with them from March 2016.",
    )
    heading(doc, "2. Chronology", 1)
    for period, events in PERIODS:
        heading(doc, period, 2)
        for date, _, _, text in events:
            para(doc, f"{date} – {text}")
    heading(doc, "3. Analysis", 1)
    para(
        doc,
        "3.1 Each agency saw one part of how Lewis controlled Imogen. None of them saw her alone, and none of them asked what the other agencies knew.",
    )
    heading(doc, "4. Lessons", 1)
    para(doc, "The lessons below are for agencies to share with their staff; they are not recommendations.")
    para(doc, "L1 A noise complaint can be the first sign of abuse in a home.")
    para(doc, "L2 A request to move home alone deserves a question about safety.")
    heading(doc, "5. Recommendations", 1)
    for number, agency, text in RECS:
        _label(doc, number, agency, text)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = chronology_gold(
        lines,
        [
            (
                text,
                date,
                start,
                False,
                {"date_end": end, "heading": period.split(" ", 1)[1]},
            )  # the title, its number aside
            for period, events in PERIODS
            for date, start, end, text in events
        ],
    )
    recs = [
        recommendation_record(
            number, " ".join(text.split()[:10]), _line_of(lines, text), agency=agency, scope=None
        )
        for number, agency, text in RECS
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR overview (Liberation Serif 11), no plan: numbered headings; chronology paragraphs opening 'dd.mm.yy – ' "
            "(two a season, one 'Early 2019') wrapping over lines, under '2.N Period N: yyyy to yyyy' headings; recommendations as bold 'Recommendation N (<agency>):' labels with the "
            "text running on; an Analysis section, lessons L1-L2 said not to be recommendations, a dedication line"
        ),
        review=review(
            "DHR", "Harrowby", "Imogen", doc_kind="overview_report", review_id="HARROWBY DHR 2020/07"
        ),
        review_alternatives={"area": ["Harrowby Community Safety Partnership"]},
        recommendations=recs,
        chronology=chronology,
        notes=(
            "Each paragraph one entry dated as it opens; the agency of each recommendation the one its label names. "
            "Not records: the analysis, the lessons, the dedication."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
