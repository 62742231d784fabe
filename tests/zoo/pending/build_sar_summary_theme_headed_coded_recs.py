"""Build the pending zoo document `sar_summary_theme_headed_coded_recs`: a second Safeguarding Adults
Review executive summary of the theme-lettered family, Nimbus Sans Narrow 10.5, no plan.

A "Timeline at a glance" of bullets opening with a date and a dash (a season, a month, a day, a
span of days "2–4 August 2022 – "); "Finding N." paragraphs and a seven-minute briefing (not
records). The recommendations sit under each theme's own Word heading ("Theme A – ...", Heading
2), each a bold code (A1, A2, B1, C1), a tab and its sentence as a hanging paragraph: the PDF's
reader finds the first theme's two coded lines a two-column table and each later theme's one line
a paragraph of its own, so the codes make one series only when the table's codes are counted
with the paragraphs'.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_summary_theme_headed_coded_recs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from build_sar_summary_theme_lettered_recs_timeline import _bullet, _coded  # noqa: E402
from docx_build import heading, new_doc, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_summary_theme_headed_coded_recs"
# (date printed, iso start, iso end or None, text)
TIMELINE = [
    ("Autumn 2019", "2019-09", "2019-11",
     "Ms Varga left supported housing in Tennick and moved in with a friend, telling her key worker she "
     "would register with a GP near the new address."),
    ("March 2021", "2021-03", None,
     "Her friend asked the council for help because Ms Varga was drinking heavily and had fallen twice."),
    ("2–4 August 2022", "2022-08-02", "2022-08-04",
     "Ms Varga was admitted to Tennick General Hospital after a fall and left the ward before the "
     "discharge plan was agreed."),
    ("19 September 2022", "2022-09-19", None,
     "She was found at home by a neighbour and died later that day."),
]  # fmt: skip
THEMES = [
    ("Theme A – Making safeguarding personal", [
        ("A1", "The Board should make sure that practitioners record what an adult who declines help "
         "says would help instead."),
        ("A2", "Tennick Council should offer a named worker to any adult who has left supported housing "
         "in the last year."),
    ]),
    ("Theme B – Leaving hospital", [
        ("B1", "Tennick General Hospital should tell the adult's GP and the council on the day a patient "
         "at risk leaves before discharge."),
    ]),
    ("Theme C – Alcohol and falls", [
        ("C1", "The Board should commission training on the links between heavy drinking, falls and "
         "self-neglect."),
    ]),
]  # fmt: skip
BRIEFING = [
    "What happened: a young woman's falls were treated one at a time.",
    "What we learned: a refusal of help is the start of a conversation, not the end of one.",
    "What to do: ask who else knows the person, and tell them.",
]


def build() -> None:
    doc = new_doc(font="Nimbus Sans Narrow", size=10.5, footer_label="Tennick SAB – SAR Ms Varga – summary")
    para(doc, "Tennick Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Safeguarding Adults Review concerning Ms Varga: executive summary", bold=True, size=12)
    heading(doc, "1. Why this review was held", 1)
    para(
        doc,
        "Ms Varga was 33 when she died in September 2022. Several agencies knew of her falls and drinking.",
    )
    heading(doc, "2. Timeline at a glance", 1)
    for date, _, _, text in TIMELINE:
        _bullet(doc, f"{date} – {text}")
    heading(doc, "3. What we found", 1)
    para(doc, "Finding 1. Each fall was treated as an accident, not as a sign that Ms Varga needed help.")
    para(doc, "Finding 2. No agency knew that Ms Varga had left hospital early.")
    heading(doc, "4. Recommendations", 1)
    for theme, recs in THEMES:
        heading(doc, theme, 2)
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
            "SAR executive summary (Nimbus Sans Narrow 10.5), no plan: a 'Timeline at a glance' of bullets opening "
            "with a date and a dash (a season, a month, a span of days, a day), Finding N. paragraphs, recommendations "
            "A1, A2, B1, C1 under 'Theme A – ...' Word headings (a bold code, a tab, the sentence), a seven-minute "
            "briefing"
        ),
        review=review("SAR", "Tennick", "Ms Varga", doc_kind="executive_summary"),
        review_alternatives={"area": ["Tennick Safeguarding Adults Board"]},
        recommendations=recs,
        chronology=chronology,
        notes=(
            "Each timeline bullet one entry dated as printed (a season its months, the span from its first day to its "
            "last). Not records: the findings and the briefing bullets. Refs as printed, A1 to C1."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
