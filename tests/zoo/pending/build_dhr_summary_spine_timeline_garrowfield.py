"""Build the pending zoo stand-in `dhr_summary_spine_timeline_garrowfield`: a DHR executive
summary (Carlito 10) whose key events are a "spine" timeline, the form of heldout46's family 1
in our own words: a borderless three-column table, the centre column a dark shaded date cell per
event, each event set alternately in the left cell (right-aligned) and the right cell, dates
"Mar 2022" or "14 Oct 2022". Plain pdftotext prints the left events, the dates and the right
events in separate runs, and splits a day's date over two lines. All people, places and bodies
are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_summary_spine_timeline_garrowfield.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import heading, new_doc, numbered, para, set_widths, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    MONTHS,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    save_gold,
)
from plan_gold import review as review_record  # noqa: E402

STEM = "dhr_summary_spine_timeline_garrowfield"
FONT, SIZE = "Carlito", 10

EVENTS = [  # (date as printed, what happened); the first on the left, then alternately
    ("Mar 2022", "Elin moved with Dario into a rented flat on the Ashby estate."),
    ("Jul 2022", "Her GP recorded bruising to her arm; she said she had fallen."),
    ("14 Oct 2022", "Neighbours called the police after hearing shouting; no one was arrested."),
    ("Jan 2023", "Elin told a housing officer she wanted to move but gave no reason."),
    ("2 May 2023", "A DASH risk assessment was scored medium after a second police call."),
    ("Aug 2023", "Elin missed two appointments with the outreach worker."),
    ("19 Sep 2023", "Elin was killed at the flat by Dario, who was later convicted of her murder."),
]

RECOMMENDATIONS = [
    "Garrowfield Community Safety Partnership should make sure every agency asks about domestic abuse when injuries are explained as falls.",
    "Garrowfield Police should review how risk is scored when officers are called to the same address twice within a year.",
    "The housing service should follow up any request to move that is made without a reason.",
    "The outreach service should contact the police or a MARAC lead when a medium-risk victim misses two appointments.",
]


def spine(doc) -> None:
    """The borderless spine: three columns, the date in the shaded centre, the events alternating."""
    table = doc.add_table(rows=len(EVENTS), cols=3)
    for k, (when, what) in enumerate(EVENTS):
        row = table.rows[k]
        left, middle, right = row.cells
        side = left if k % 2 == 0 else right
        run = side.paragraphs[0].add_run(what)
        run.font.size = Pt(SIZE - 0.5)
        if side is left:
            side.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        date = middle.paragraphs[0].add_run(when)
        date.bold = True
        date.font.size = Pt(SIZE - 0.5)
        date.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        middle.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(middle, "1F3864")
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.space_after = Pt(8)
    set_widths(table, [7.0, 2.2, 7.0])
    para(doc, "")


def build() -> None:
    doc = new_doc(font=FONT, size=SIZE, footer_label="Garrowfield DHR – Elin – executive summary –")
    para(doc, "Garrowfield Community Safety Partnership", bold=True, size=SIZE + 2)
    para(doc, "Domestic Homicide Review: Elin – executive summary", bold=True, size=SIZE + 6)
    para(doc, "Independent chair and author: Ruth Okonedo-Blaine", italic=True)
    para(
        doc,
        "Elin was 36 when she was killed by her partner in September 2023. This summary sets out what "
        "happened in her last eighteen months, what the review found and what the Partnership will do.",
    )
    heading(doc, "Timeline", 2)
    spine(doc)
    para(
        doc,
        "\u201cElin lit up every room. We want other families to be listened to sooner.\u201d – her sister",
    )
    heading(doc, "What the review found", 2)
    for text in [
        "Injuries explained as falls were accepted without a question about home.",
        "Each police call was scored on its own, not as part of a pattern.",
        "No agency knew that Elin had asked to move.",
    ]:
        para(doc, text, style="List Bullet")
    heading(doc, "Recommendations", 2)
    for k, text in enumerate(RECOMMENDATIONS, 1):
        numbered(doc, f"{k}.", text)
    para(doc, "")
    para(doc, "The Partnership accepts every recommendation and will publish its action plan in spring 2024.")
    save_rendered(doc, HERE, STEM)


def day_or_month(raw: str) -> str:
    words = raw.split()
    month = MONTHS.index(next(m for m in MONTHS if m.startswith(words[-2].lower()))) + 1
    return f"{words[-1]}-{month:02d}" + (f"-{int(words[0]):02d}" if len(words) == 3 else "")


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = [
        {
            "ref": None,
            "heading": None,
            "date_raw": when,
            "date": day_or_month(when),
            "date_end": None,
            "relative": False,
            "text_start": first_words(what, 7),
            "line": line_holding(lines, what, 3),
        }
        for when, what in EVENTS
    ]
    recs = [
        recommendation_record(str(k), first_words(text, 8), line_holding(lines, text, 4), scope=None)
        for k, text in enumerate(RECOMMENDATIONS, 1)
    ]
    return plan_gold(
        STEM,
        description=(
            f"DHR executive summary ({FONT} {SIZE:g}): a borderless spine timeline of {len(EVENTS)} events, "
            "the date in a dark shaded centre cell, the events alternately left (right-aligned) and right, "
            "dates 'Mar 2022' / '14 Oct 2022'; a sister's words, findings bullets, recommendations 1.-4.; no plan"
        ),
        review=review_record(
            "DHR", "Garrowfield", "Elin", doc_kind="executive_summary", age=36, author="Ruth Okonedo-Blaine"
        ),
        recommendations=recs,
        chronology=chronology,
        notes=(
            "Chronology: each row of the spine one entry, dated by the centre cell beside its event (a month or "
            "a day as printed), in time order. Recommendations the numbered paragraphs, ref their number. Not "
            "records: the sister's words, the findings bullets, the acceptance line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
