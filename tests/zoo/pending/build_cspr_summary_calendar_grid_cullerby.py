"""Build the pending zoo stand-in `cspr_summary_calendar_grid_cullerby`: a child safeguarding
practice review's summary (Liberation Serif 10) whose last weeks are a month calendar grid, the
form of heldout46's family 5 in our own words: a bold "November 2024" over a Mon ... Sun table of
five week rows (28 October to 1 December, the days outside the month in grey), each cell a bold
day number and, on six shaded days, an event line "Agency: what happened". Plain pdftotext prints
a week's day numbers and then its event lines. All people, places and bodies are fictional; the
wording is our own.

    python tests/zoo/pending/build_cspr_summary_calendar_grid_cullerby.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import heading, kv_table, new_doc, para, set_widths, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import first_words, line_holding, plan_gold, recommendation_record, save_gold  # noqa: E402
from plan_gold import review as review_record  # noqa: E402

STEM = "cspr_summary_calendar_grid_cullerby"
FONT, SIZE = "Liberation Serif", 10
MONTH, YEAR = "November", 2024
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKS = [  # (day number, in the month) for the five week rows
    [(28, False), (29, False), (30, False), (31, False), (1, True), (2, True), (3, True)],
    *[[(d, True) for d in range(s, s + 7)] for s in (4, 11, 18)],
    [(25, True), (26, True), (27, True), (28, True), (29, True), (30, True), (1, False)],
]
EVENTS = {  # day of November -> the event line
    5: "Health visitor: missed contact, no one answered the door.",
    8: "GP: Jayden seen with a cough; weight not recorded.",
    13: "Nursery: mother said Jayden would not attend for a while.",
    19: "Police: called to a dispute at the flat; no crime recorded.",
    22: "Children's social care: referral screened, no further action.",
    26: "Ambulance: Jayden taken to hospital unresponsive.",
    27: "Hospital: Jayden died in the children's intensive care unit.",
}
RECOMMENDATIONS = [
    "The Partnership should make sure a missed health visitor contact for a child under two is followed up within a week.",
    "Cullerby Police should share every call to a home with a child under five with children's social care the same day.",
    "Children's social care should check nursery attendance before closing a referral about a young child.",
    "The Partnership should ask its GP practices to record a young child's weight at every visit for illness.",
]


def calendar(doc) -> None:
    """The month's grid: the days' names, then a week a row, each cell its day and any event."""
    para(doc, f"{MONTH} {YEAR}", bold=True, size=SIZE + 3)
    table = doc.add_table(rows=1 + len(WEEKS), cols=7)
    table.style = "Table Grid"
    for k, name in enumerate(DAYS):
        cell = table.cell(0, k)
        run = cell.paragraphs[0].add_run(name)
        run.bold = True
        run.font.size = Pt(SIZE - 1)
        shade(cell, "D9D9D9")
    for w, week in enumerate(WEEKS, 1):
        for k, (day, inside) in enumerate(week):
            cell = table.cell(w, k)
            run = cell.paragraphs[0].add_run(str(day))
            run.bold = True
            run.font.size = Pt(SIZE - 1)
            if not inside:
                run.font.color.rgb = RGBColor(0xA6, 0xA6, 0xA6)
            if inside and day in EVENTS:
                cell.add_paragraph().add_run(EVENTS[day]).font.size = Pt(SIZE - 2)
                shade(cell, "FBE4D5")
    set_widths(table, [2.35] * 7)
    para(doc, "")


def build() -> None:
    doc = new_doc(font=FONT, size=SIZE, footer_label="Cullerby CSPR Child J – summary – page")
    para(doc, "Cullerby Safeguarding Children Partnership", bold=True, size=SIZE + 2)
    para(doc, "Local child safeguarding practice review: Child J – summary", bold=True, size=SIZE + 6)
    kv_table(
        doc,
        [
            ("Reviewer", "Priya Hallamshire"),
            ("Rapid review held", "6 December 2024"),
            ("Published", "June 2025"),
        ],
        size=SIZE,
    )
    heading(doc, "About Child J", 2)
    para(
        doc,
        "Child J, called Jayden in this summary, was 14 months old when he died on 27 November 2024. "
        "He lived with his mother and her partner in a flat in Cullerby.",
    )
    heading(doc, "His last four weeks", 2)
    para(doc, "Shaded days are the days an agency had contact with Jayden or his family.", italic=True)
    calendar(doc)
    heading(doc, "What we found", 2)
    for text in [
        "Each agency saw one part of Jayden's life and no one put the parts together.",
        "A missed contact was not followed up because the family were not open to social care.",
    ]:
        para(doc, text, style="List Bullet")
    para(doc, "\u201cWe just want people to check on the little ones.\u201d – Jayden's grandmother")
    heading(doc, "What should change", 2)
    for k, text in enumerate(RECOMMENDATIONS, 1):
        para(doc, f"Recommendation {k} – {text}")
    para(doc, "The Partnership accepted the recommendations in July 2025.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = [
        {
            "ref": None,
            "heading": None,
            "date_raw": str(day),
            "date": f"{YEAR}-11-{day:02d}",
            "date_end": None,
            "relative": False,
            "text_start": first_words(what, 7),
            "line": line_holding(lines, what, 3),
        }
        for day, what in EVENTS.items()
    ]
    recs = [
        recommendation_record(str(k), first_words(text, 8), line_holding(lines, text, 4), scope=None)
        for k, text in enumerate(RECOMMENDATIONS, 1)
    ]
    return plan_gold(
        STEM,
        description=(
            f"CSPR summary ({FONT} {SIZE:g}): a label table, 'About Child J', a bold '{MONTH} {YEAR}' over a "
            f"Mon ... Sun calendar grid of five week rows, {len(EVENTS)} shaded days each a bold day number "
            "and an event line 'Agency: what happened'; findings bullets, a grandmother's words, "
            "'Recommendation N – text' paragraphs; no plan"
        ),
        review=review_record(
            "SCR", "Cullerby", "Child J", doc_kind="executive_summary", age=1, date_of_death="2024-11-27"
        ),
        recommendations=recs,
        chronology=chronology,
        notes=(
            "Chronology: each event line of the calendar one entry, dated by its cell's day in the grid's "
            "heading's month and year, in time order. Recommendations the 'Recommendation N –' paragraphs. Not "
            "records: the label table, the days without events, the key line, the findings, the grandmother's "
            "words, the acceptance line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
