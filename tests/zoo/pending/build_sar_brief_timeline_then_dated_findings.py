"""A SAR's short learning summary (Carlito 10.5) whose unnumbered "Timeline in brief" heading
sits over dated bullets, followed by sibling headings of the same level: "Points for
practitioners" (bullets, no dates), "Findings" (paragraphs "Finding N." of which two name a
month in passing) and "Recommendations" (numbered, with a closing line dated by the Board's
meeting). Only the timeline's bullets are chronology entries: a finding that mentions a date is
analysis, and the Board's acceptance is the review's own process. Built as authors publish it
(python-docx), exported to PDF by LibreOffice; the .txt is plain pdftotext of that PDF, the
.corpus.txt the bundled corpus's rendering. The gold is written by hand below.

    python tests/zoo/pending/build_sar_brief_timeline_then_dated_findings.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/sar_brief_timeline_then_dated_findings.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/pending/sar_brief_timeline_then_dated_findings.pdf')))"
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import chronology_gold, heading, new_doc, numbered, para  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "sar_brief_timeline_then_dated_findings"

# (bullet, gold date_raw, gold date, gold date_end)
TIMELINE = [
    (
        "Spring 2020",
        "Marnie left her partner and moved into a refuge in Ellerby with her dog.",
        "2020-03",
        None,
    ),
    (
        "July 2020",
        "She took a housing association flat and stopped going to the refuge's group.",
        "2020-07",
        None,
    ),
    (
        "4 November 2021",
        "A neighbour told the police that Marnie had not been seen for a week.",
        "2021-11-04",
        None,
    ),
    (
        "10–12 January 2022",
        "Marnie spent three nights on a hospital ward after a fall at home.",
        "2022-01-10",
        "2022-01-12",
    ),
    ("27 February 2022", "Marnie was found dead in her flat. She was 58.", "2022-02-27", None),
]

FINDINGS = [
    "Finding 1. Staff at the refuge knew Marnie well, but nobody passed that knowledge on when she left.",
    "Finding 2. The police visit in November 2021 was logged as a welfare check and closed the same night, "
    "although the flat was cold and there was little food.",
    "Finding 3. The hospital discharged Marnie without asking who would be at home with her.",
    "Finding 4. After January 2022 no agency saw her again; each thought another was in touch.",
]

RECS = [
    (
        "1",
        "Ellerby Housing Partnership",
        "Ellerby Housing Partnership should tell a tenant's support worker when rent "
        "or repair contacts stop for more than a month.",
    ),
    (
        "2",
        "Ellerby Police",
        "Ellerby Police should refer any welfare check that finds a cold home or no food to adult "
        "social care the next working day.",
    ),
    (
        "3",
        "Ellerby General Hospital",
        "Ellerby General Hospital should record who will be at home before an older "
        "patient who has fallen is discharged.",
    ),
]


def word_document():
    doc = new_doc(header="Ellerby SAB | Learning summary: Marnie", font="Carlito", size=10.5)
    heading(doc, "Safeguarding Adults Review: Marnie – learning summary", 1)
    para(
        doc,
        "Independent reviewer: Ottilie Brannagh. Published by Ellerby Safeguarding Adults Board, May 2023.",
    )
    heading(doc, "Who Marnie was", 2)
    para(doc, "Marnie loved gardening and walked her dog every morning. She died at home in February 2022.")
    heading(doc, "Timeline in brief", 2)
    for when, what, _, _ in TIMELINE:
        para(doc, f"{when} – {what}", style="List Bullet")
    heading(doc, "Points for practitioners", 2)
    for text in (
        "Notice when someone who was in touch goes quiet.",
        "Ask who is at home before a patient leaves the ward.",
    ):
        para(doc, text, style="List Bullet")
    heading(doc, "Findings", 2)
    for text in FINDINGS:
        para(doc, text)
    heading(doc, "Recommendations", 2)
    for ref, _agency, text in RECS:
        numbered(doc, ref, text)
    para(
        doc, "The Board agreed these recommendations on 14 April 2023 and will publish its plan.", italic=True
    )
    return doc


def gold(lines: list[str]) -> dict:
    recs, after = [], 0
    for ref, agency, text in RECS:
        start = " ".join(text.split()[:8])
        after = find_line(lines, start, after)
        recs.append(
            {
                "ref": ref,
                "level": "overview",
                "agency": agency,
                "title": None,
                "text_start": start,
                "aliases": [],
                "outcome": None,
                "themes": [],
                "scope": "local",
                "line": after,
            }
        )
    events = [(what, when, iso, False, {"date_end": end}) for when, what, iso, end in TIMELINE]
    return {
        "file": f"{STEM}.txt",
        "family": "SAR learning summary: unnumbered timeline heading over dated bullets, then Findings naming dates",
        "description": (
            "A SAR learning summary built in Word (python-docx, Carlito 10.5), exported to PDF by LibreOffice and to "
            "text by plain pdftotext: a 'Timeline in brief' of dated bullets, then sibling headings 'Points for "
            "practitioners', 'Findings' (two findings name a month in passing) and 'Recommendations' 1-3 with a "
            "closing dated line."
        ),
        "review": {
            "review_id": None,
            "review_type": "SAR",
            "area": "Ellerby",
            "doc_kind": None,
            "author": "Ottilie Brannagh",
            "victims": [{"pseudonym": "Marnie", "age": 58}],
            "date_of_death": "2022-02-27",
        },
        "recommendations": recs,
        "actions": [],
        "chronology": chronology_gold(lines, events),
        "notes": (
            "Written by hand from the document's meaning. Chronology: one entry per timeline bullet (5), its date "
            "the bullet's opening date (a season gives its year's spring months, a span of days its first day with "
            "date_end its last). The findings and the Board's closing line are not entries even where they name a "
            "date. Recommendations 1-3, overview, local, each addressed to the agency that opens it."
        ),
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
