"""Build the pending zoo document `dhr_period_headed_dotted_chronology`: a DHR overview report,
Liberation Serif 11, with no plan, whose chronology is a run of paragraphs under period headings
("Period 1: 2018 to 2019"), each paragraph opening with its date "dd.mm.yy – " (one with a season).

Recommendations as bold labels "Recommendation N (<agency>):" with the sentence running on in the
same paragraph. Not records: an Analysis section, lessons L1-L2 with a note that they are not
recommendations, a dedication line. The review's id only in the running head, in capitals.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_period_headed_dotted_chronology.py
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

STEM = "dhr_period_headed_dotted_chronology"
# (period heading, [(date printed, iso start, iso end or None, text), ...])
PERIODS = [
    (
        "Period 1: 2018 to 2019",
        [
            (
                "03.05.18",
                "2018-05-03",
                None,
                "Nadia told her GP that she was anxious at home and asked for a longer appointment.",
            ),
            (
                "Autumn 2018",
                "2018-09",
                "2018-11",
                "Nadia's sister noticed that Nadia no longer came to family meals and that Gareth answered her phone.",
            ),
            (
                "22.01.19",
                "2019-01-22",
                None,
                "Police were called to a disturbance at the house and recorded it as a verbal argument.",
            ),
        ],
    ),
    (
        "Period 2: 2019 to March 2020",
        [
            (
                "14.08.19",
                "2019-08-14",
                None,
                "A risk assessment after a second call was scored as medium and no referral to the risk conference was made.",
            ),
            (
                "09.12.19",
                "2019-12-09",
                None,
                "Nadia attended the emergency department with a wrist injury she said was from a fall.",
            ),
            (
                "27.02.20",
                "2020-02-27",
                None,
                "Nadia rang the domestic abuse helpline and arranged a call back that did not take place.",
            ),
        ],
    ),
]
RECS = [
    (
        "1",
        "Fenwick Police",
        "Fenwick Police should make sure that a second call to the same address within a year is reviewed by a supervisor.",
    ),
    (
        "2",
        "Fenwick Hospital Trust",
        "The Trust should ask every patient with an unexplained injury about abuse when they are seen alone.",
    ),
    (
        "3",
        "Fenwick Domestic Abuse Service",
        "The service should make sure that a missed call back is followed by a second attempt the same day.",
    ),
]


def _label(doc, number: str, agency: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(f"Recommendation {number} ({agency}):").bold = True
    p.add_run(f" {text}")


def build() -> None:
    doc = new_doc(font="Liberation Serif", size=11, header="FENWICK DHR 2020/03 – OVERVIEW REPORT")
    para(doc, "Fenwick Community Safety Partnership", bold=True, size=15)
    para(doc, "Domestic Homicide Review into the death of Nadia", bold=True, size=13)
    para(doc, "Dedicated to Nadia, remembered by her family as generous and full of fun.", italic=True)
    heading(doc, "Introduction", 1)
    para(
        doc,
        "1.1 Nadia was killed by her partner Gareth in March 2020. This review looks at the contact agencies had with them from May 2018.",
    )
    heading(doc, "Chronology", 1)
    for period, events in PERIODS:
        heading(doc, period, 2)
        for date, _, _, text in events:
            para(doc, f"{date} – {text}")
    heading(doc, "Analysis", 1)
    para(
        doc,
        "3.1 The two police calls were treated as separate events. Had they been read together, the risk would have been scored higher.",
    )
    heading(doc, "Lessons", 1)
    para(doc, "The lessons below are for agencies to share with their staff; they are not recommendations.")
    para(doc, "L1 Injuries explained as falls deserve a second question.")
    para(doc, "L2 A call back that does not happen can leave a victim believing no one will help.")
    heading(doc, "Recommendations", 1)
    for number, agency, text in RECS:
        _label(doc, number, agency, text)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = chronology_gold(
        lines,
        [
            (text, date, start, False, {"date_end": end, "heading": period})
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
            "DHR overview (Liberation Serif 11), no plan: chronology paragraphs opening 'dd.mm.yy – ' (one a season) under "
            "'Period N: yyyy to yyyy' headings; recommendations as bold 'Recommendation N (<agency>):' labels with the "
            "text running on; an Analysis section, lessons L1-L2 said not to be recommendations, a dedication line"
        ),
        review=review("DHR", "Fenwick", "Nadia", doc_kind="overview_report", review_id="FENWICK DHR 2020/03"),
        review_alternatives={"area": ["Fenwick Community Safety Partnership"]},
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
