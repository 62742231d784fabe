"""Build asp_source_first_events_kinloch: a Scottish adult protection learning review whose key
events table names the recording service FIRST, "Source | Date | Event | Significance", the Source
cells wrapping over two lines, dd/mm/yyyy dates and one "w/c 07/02/2022" wrapped over two lines,
the last row alone on the next page under the header printed again, its Significance cell empty;
then "What we learned" bullets (no recommendations) and each recommendation a bold
"Recommendation N" line over its paragraph and an italic "Rationale: ..." paragraph.

Built in Word (python-docx, Arial 10.5), exported to PDF by LibreOffice and to text by plain
pdftotext; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_asp_source_first_events.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "asp_source_first_events_kinloch"
WRITTEN = "Written by helper s27fix28; fictional."

# (source, date, event, significance, iso)
EVENTS = [
    (
        "Kinloch Health and Social Care Partnership",
        "04/01/2022",
        "A home care worker found Mr D without heating and reported it to the duty social worker.",
        "First sign that the house was unsafe in winter.",
        "2022-01-04",
    ),
    (
        "Kinloch Council Housing Services",
        "11/01/2022",
        "Housing officers visited and noted the boiler had failed; Mr D declined a temporary move.",
        "Refusal recorded without a capacity view.",
        "2022-01-11",
    ),
    (
        "Police Scotland Highland Division",
        "19/01/2022",
        "Officers made a welfare check after a neighbour called and found Mr D confused.",
        "A concern form was sent to social work.",
        "2022-01-19",
    ),
    (
        "Kinloch Health and Social Care Partnership",
        "w/c 07/02/2022",
        "An adult support and protection inquiry began and a visit was arranged.",
        "The inquiry started three weeks after the concern.",
        "2022-02-07",
    ),
    (
        "NHS Kinloch General Practice",
        "15/02/2022",
        "The GP reviewed Mr D's medication and noted he had lost weight.",
        "Weight loss not shared with the inquiry.",
        "2022-02-15",
    ),
    (
        "Kinloch Council Housing Services",
        "02/03/2022",
        "The boiler was replaced after a contractor delay of six weeks.",
        "Heating restored too late for the cold spell.",
        "2022-03-02",
    ),
    (
        "Scottish Ambulance Service",
        "09/03/2022",
        "Mr D was taken to hospital after a fall at home.",
        "",
        "2022-03-09",
    ),
]

RECS = [
    (
        "1",
        "The Adult Protection Committee should agree a shared threshold for acting on reports that an adult is living without heating.",
        "Rationale: services acted on the same facts at different speeds.",
    ),
    (
        "2",
        "Kinloch Health and Social Care Partnership should make sure that a capacity view is recorded whenever an adult at risk refuses a move.",
        "Rationale: the refusal was accepted without asking whether Mr D understood the risk.",
    ),
    (
        "3",
        "NHS Kinloch should share significant weight loss with any open adult support and protection inquiry.",
        "Rationale: the GP's note did not reach the inquiry.",
    ),
]


def document():
    doc = new_doc(header="Kinloch Adult Protection Committee", footer_label="Learning review", size=10.5)
    para(doc, "Learning Review: Mr D", bold=True, size=15)
    para(doc, "Lead reviewer: Morag Ellison   Committee reference: LR 04/22   Published: May 2023", size=10)
    heading(doc, "1. Background", level=1)
    para(doc, "Mr D was 81 and lived alone in a council house in Kinloch. " * 18)
    para(doc, "This review looks at how services worked together over the winter of 2022. " * 14)
    heading(doc, "2. Key events", level=1)
    widths = [3.4, 2.3, 6.4, 4.4]
    t = make_table(doc, ["Source", "Date", "Event", "Significance"], widths, size=9.5)
    for source, date, event, significance, _ in EVENTS:
        add_row(t, [source, date, event, significance], widths, size=9.5)
    heading(doc, "3. What we learned", level=1)
    for point in (
        "Cold homes are a safeguarding risk for older adults.",
        "Refusals need a view on capacity.",
    ):
        para(doc, f"• {point}")
    heading(doc, "4. Recommendations", level=1)
    for number, text, rationale in RECS:
        para(doc, f"Recommendation {number}", bold=True)
        para(doc, text)
        para(doc, rationale, italic=True)
    return doc


def gold(lines):
    return plan_gold(
        STEM,
        family="learning review: Source-first key events table",
        description=(
            "Scottish adult protection learning review built in Word (python-docx, Arial 10.5), exported to "
            "PDF by LibreOffice and to text by plain pdftotext: a key events table Source | Date | Event | "
            "Significance with the recording service first, then recommendations as bold 'Recommendation N' "
            "lines over their paragraph and an italic rationale."
        ),
        review=review(
            "ASP", "Kinloch", doc_kind="overview_report", review_id="LR 04/22", author="Morag Ellison"
        ),
        recommendations=[
            recommendation_record(number, first_words(text, 10), find_line(lines, text))
            for number, text, _ in RECS
        ],
        chronology=chronology_gold(lines, [(event, date, iso, False) for _, date, event, _, iso in EVENTS]),
        notes=f"{WRITTEN} Chronology: the Event cell, dated by the Date cell (w/c -> that Monday).",
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
