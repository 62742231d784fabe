"""A DHR executive summary that tells the last evening as a times-only table under a numbered
heading naming the day ("3. The evening of Saturday 14 May 2022"), as reviews print the day a
victim died apart from the chronology before it: the rows Time | Source | What happened carry only
clock times, "18:40" ... "23:55", then "00:20" after midnight (an italic note above the table says
entries after midnight fall on the Sunday). Before it a Background table Date | Agency | Contact
with whole dates, after it key findings and recommendations under Heading 3 agency names with
agency-prefixed refs as run-ins ("HC 1", "ICB 1"). Built as authors publish it (python-docx, P052
10.5, portrait), exported to PDF by LibreOffice; the .txt is plain pdftotext of that PDF, the
.corpus.txt the bundled corpus's rendering. The gold is written by hand below.

* dhr_last_evening_times_table_hethermere: ten entries (four dated, six timed), four
  recommendations.

    python tests/zoo/pending/build_dhr_last_evening_times_table_hethermere.py  # .docx .pdf .txt .json
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/dhr_last_evening_times_table_hethermere.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/pending/dhr_last_evening_times_table_hethermere.pdf')))"

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import line_holding, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_last_evening_times_table_hethermere"
PARTNERSHIP = "Hethermere Community Safety Partnership"
EVENING = "3. The evening of Saturday 14 May 2022"

# (date, agency, contact, gold iso)
BACKGROUND = [
    (
        "9 February 2021",
        "GP practice",
        "Rhiannon told her GP she was sleeping badly and that her partner checked her phone. She was offered "
        "a counselling referral, which she declined.",
        "2021-02-09",
    ),
    (
        "July 2021",
        "Hethermere Council housing",
        "Rhiannon asked about moving to a flat of her own. No application was opened.",
        "2021-07",
    ),
    (
        "28 January 2022",
        "Police",
        "Neighbours reported shouting. Officers spoke to both adults; a risk assessment was graded standard.",
        "2022-01-28",
    ),
    (
        "19 April 2022",
        "Emergency department",
        "Rhiannon attended with a cut hand she said came from a broken glass. Routine enquiry was not made.",
        "2022-04-19",
    ),
]

# (time, source, what happened, gold iso)
EVENING_ROWS = [
    (
        "18:40",
        "Friend (statement)",
        "Rhiannon sent her friend a message saying Gethin had been drinking since lunchtime.",
        "2022-05-14",
    ),
    (
        "19:25",
        "Police log",
        "A neighbour rang 101 about a door slamming; the call was logged for follow-up.",
        "2022-05-14",
    ),
    (
        "21:05",
        "Taxi firm",
        "Gethin booked a taxi to the town centre and cancelled it ten minutes later.",
        "2022-05-14",
    ),
    ("22:30", "Friend (statement)", "Rhiannon's phone stopped answering messages.", "2022-05-14"),
    (
        "23:55",
        "Police log",
        "A second neighbour rang 999 reporting screaming. Officers were sent as a priority.",
        "2022-05-14",
    ),
    (
        "00:20",
        "Ambulance service",
        "Paramedics arrived with police and found Rhiannon unconscious in the kitchen.",
        "2022-05-15",
    ),
]

# (agency heading, ref, recommendation)
RECS = [
    (
        "Hethermere Council",
        "HC 1",
        "Hethermere Council should make sure that a request to move home from a person living with a partner "
        "prompts a question about their safety.",
    ),
    (
        "Hethermere Council",
        "HC 2",
        "Hethermere Council should record the outcome of every housing enquiry, including those closed without "
        "an application.",
    ),
    (
        "Hethermere Integrated Care Board",
        "ICB 1",
        "The ICB should check that its emergency departments make routine enquiry about domestic abuse when an "
        "injury is explained as an accident.",
    ),
    (
        PARTNERSHIP,
        "CSP 1",
        "The Partnership should ask the police to review how calls about noise from one address are linked.",
    ),
]


def _evening(doc) -> None:
    heading(doc, EVENING, 1)
    para(
        doc,
        "Times are from the police log, the ambulance service's record and witness statements. Entries after "
        "midnight fall on Sunday 15 May 2022.",
        italic=True,
    )
    widths = [1.8, 3.4, 10.8]
    t = make_table(doc, ["Time", "Source", "What happened"], widths, size=10)
    for time, source, text, _ in EVENING_ROWS:
        add_row(t, [time, source, text], widths, size=10)


def word_document():
    doc = new_doc(
        header="HETHERMERE DOMESTIC HOMICIDE REVIEW – RHIANNON",
        footer_label=f"{PARTNERSHIP} | OFFICIAL |",
        font="P052",
        size=10.5,
    )
    doc.styles["Normal"].paragraph_format.space_after = Pt(5)
    para(doc, "Domestic Homicide Review", bold=True, size=16, align="center")
    para(doc, "Executive summary: the death of Rhiannon, aged 37, in May 2022", bold=True, align="center")
    para(doc, f"{PARTNERSHIP} | Published November 2023", align="center")
    heading(doc, "1. About the review", 1)
    para(
        doc,
        "1.1 Rhiannon was killed by her partner, Gethin, at their home in the early hours of Sunday 15 May 2022. "
        "He was convicted of her murder.",
    )
    para(
        doc,
        "1.2 The review was chaired by Isolde Marchetti, an independent chair with no link to any agency.",
    )
    heading(doc, "2. Background", 1)
    widths = [3.0, 3.6, 9.4]
    t = make_table(doc, ["Date", "Agency", "Contact"], widths, size=10)
    for date, agency, text, _ in BACKGROUND:
        add_row(t, [date, agency, text], widths, size=10)
    _evening(doc)
    heading(doc, "4. Key findings", 1)
    para(
        doc,
        "Each agency saw one part of Rhiannon's life; none of them asked about the whole.",
        style="List Bullet",
    )
    para(doc, "The neighbours' calls were treated as noise, not as possible abuse.", style="List Bullet")
    heading(doc, "5. Recommendations", 1)
    last = None
    for agency, ref, text in RECS:
        if agency != last:
            heading(doc, agency, 3)
            last = agency
        p = doc.add_paragraph()
        p.add_run(f"{ref} ").bold = True
        p.add_run(text)
    return doc


def gold(lines: list[str]) -> dict:
    events = [(text, date, iso, False) for date, _, text, iso in BACKGROUND]
    events += [(text, EVENING.split(". ", 1)[1], iso, True) for _, _, text, iso in EVENING_ROWS]
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), line_holding(lines, text, 4), agency=agency)
        for agency, ref, text in RECS
    ]
    return plan_gold(
        STEM,
        family="dhr exec summary: last evening as a times-only table under a date heading, past midnight",
        description=(
            "A DHR executive summary built in Word (python-docx, P052 10.5), exported to PDF by LibreOffice and to "
            "text by plain pdftotext: a Background table Date | Agency | Contact, then a numbered heading naming "
            "the evening's day over a table Time | Source | What happened whose rows carry clock times only, the "
            "last after midnight; recommendations under agency headings with prefixed refs."
        ),
        review=review(
            "DHR", "Hethermere", "Rhiannon", doc_kind="executive_summary", age=37, date_of_death="2022-05-15"
        ),
        recommendations=recs,
        chronology=chronology_gold(lines, events),
        notes=(
            "Written by hand from the document's meaning. One entry per table row (10). The background rows carry "
            "their own dates; each timed row is dated by the heading above its table (relative), and the row "
            "after midnight (a time earlier than the row before) the next day, as the italic note says. The date "
            "of death is the Sunday (the early hours), not the heading's Saturday."
        ),
    )


if __name__ == "__main__":
    save_rendered(word_document(), HERE, STEM)
    save_gold(HERE, STEM, gold((HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()))
