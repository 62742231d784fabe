"""One combined chronology rendered at several column widths, each as authors publish it: a Word
table (python-docx) exported to PDF by LibreOffice, and the .txt plain `pdftotext` (no -layout)
makes of that PDF. Plain pdftotext prints such a table column after column, page by page: the
dates (with the times and agencies shuffled in), then the event column as one run of wrapped
lines, the comment column's cells in runs of their own among the event text. Where one event
ends is told only by the word wrap, the sentences and the number of dates, so each width moves
the cell ends onto different lines (nearly full last lines, a two-paragraph cell, a row broken
over the page).

    python tests/chron_plain/build_documents.py   # writes documents/chron_plain_*.docx/.pdf/.txt/.json

They are kept here, not in tests/zoo, because the text route does not read them in full yet (the
PDF and Word routes do): tests/test_chron_plain.py holds the text route to what it reads today
and to never giving an event another row's date; quality_table.py scores them as the zoo does
(`PYTHONPATH=src python tests/zoo/quality_table.py tests/chron_plain/documents`).

The gold (.json) is written from the rows below (each row's date as an analyst records it and
the first words of its event), never from what the code reads. Fictional people and places;
our own words.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "documents"
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1] / "samples"))
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from make_samples import to_pdf  # noqa: E402

AREA = "Thornwick"
RUNNING_HEAD = "Thornwick DHR 'Rosalind' – Appendix B – Combined chronology"

# (date cell, analyst's date, time, agency, event (a line break = a second paragraph), comment)
ROWS = [
    (
        "04/02/2019",
        "2019-02-04",
        "",
        "Thornwick Health Centre",
        "Rosalind registers at the practice after moving from the coast with her daughter. "
        "Health questionnaire returned by post.",
        "",
    ),
    (
        "17/05/2019",
        "2019-05-17",
        "10:40",
        "Thornwick Health Centre",
        "Rosalind sees the practice nurse about a sprained wrist. She says she slipped in the garden.",
        "No question about how the injury happened.",
    ),
    (
        "02/08/2019",
        "2019-08-02",
        "22:05",
        "Thornwick Constabulary",
        "A neighbour rings 999 after hearing glass break. Officers find Gareth outside the house; "
        "Rosalind says they had a row about money and that nobody was hurt.\n"
        "DASH completed with Rosalind: standard risk.",
        "Gareth was not spoken to about his drinking.",
    ),
    (
        "05/08/2019",
        "2019-08-05",
        "",
        "Thornwick Children's Services",
        "Police notification received because the daughter was at home. Screened by the duty team "
        "and closed with a letter to Rosalind.",
        "The letter went to the address Gareth shared.",
    ),
    (
        "Sept 2019",
        "2019-09",
        "",
        "Thornwick Health Centre",
        "Rosalind asks for something to help her sleep. Prescribed a short course.",
        "",
    ),
    (
        "11/11/2019",
        "2019-11-11",
        "01:30",
        "Thornwick Constabulary",
        "Rosalind calls from a friend's flat. She says Gareth held her against the kitchen wall by "
        "her throat. Gareth arrested for assault and bailed with a condition not to contact her. "
        "DASH: high risk; referral to MARAC.",
        "The first disclosure of strangulation.",
    ),
    (
        "12/11/2019",
        "2019-11-12",
        "",
        "Thornwick Domestic Abuse Service",
        "The IDVA telephones Rosalind and agrees a safety plan. Rosalind does not want to move out.",
        "",
    ),
    (
        "28/11/2019",
        "2019-11-28",
        "",
        "Thornwick MARAC",
        "Case heard. Actions: police to flag the address; the IDVA to stay in touch; the school to be told.",
        "The school was not told until January.",
    ),
    (
        "Mid January 2020",
        "2020-01",
        "",
        "Thornwick Primary School",
        "The daughter's class teacher notes she has been late on most days and seems tired.",
        "",
    ),
    (
        "03/03/2020",
        "2020-03-03",
        "",
        "Thornwick Crown Court",
        "Gareth pleads guilty to assault by beating. Community order with a programme requirement "
        "and a restraining order for two years.",
        "The programme did not start because of the lockdown.",
    ),
    (
        "21/04/2020",
        "2020-04-21",
        "14:15",
        "Thornwick Domestic Abuse Service",
        "Rosalind tells the IDVA that things are calm and she no longer needs support. Case closed.",
        "",
    ),
    (
        "Summer 2020",
        "2020",
        "",
        "Thornwick Housing Association",
        "Two repairs reported to the back door frame. The operative notes that the lock has been "
        "forced.\nNo one asks how the damage was done.",
        "A missed chance to ask about safety.",
    ),
    (
        "09/10/2020",
        "2020-10-09",
        "",
        "Thornwick Health Centre",
        "Telephone consultation for low mood. Rosalind says she is coping for her daughter's sake. "
        "Antidepressant started.",
        "",
    ),
    (
        "30/12/2020",
        "2020-12-30",
        "23:50",
        "Thornwick Constabulary",
        "A passer-by reports a man shouting at a woman on the doorstep. Officers attend; nobody "
        "answers the door and the log is closed.",
        "No check was made of the restraining order.",
    ),
    (
        "14/01/2021",
        "2021-01-14",
        "",
        "Thornwick Primary School",
        "The daughter tells a teaching assistant that her dad stays over at weekends. Recorded on "
        "the school's system.",
        "This was not passed to police or children's services.",
    ),
    (
        "2021-03-08",
        "2021-03-08",
        "09:20",
        "Thornwick Ambulance Service",
        "Crew called for a woman who fell down the stairs. Rosalind has a cut above her eye and "
        "declines hospital. Gareth answers most of the crew's questions.",
        "",
    ),
    (
        "22.03.2021",
        "2021-03-22",
        "",
        "Thornwick Health Centre",
        "Rosalind misses her medication review. A text reminder is sent.",
        "",
    ),
    (
        "April 2021",
        "2021-04",
        "",
        "Thornwick Housing Association",
        "Rent arrears letter sent. The income officer rings twice and Gareth answers both calls.",
        "",
    ),
    (
        "17/05/2021",
        "2021-05-17",
        "06:45",
        "Thornwick Constabulary",
        "Rosalind's sister rings 999 after Rosalind does not answer her phone. Officers force "
        "entry and find Rosalind dead. Gareth is arrested nearby.",
        "",
    ),
]

# (stem, what differs, header, widths in cm)
VARIANTS = [
    (
        "chron_plain_comment_column",
        "Date | Time | Agency | Event | Comment, event column 6.6 cm",
        ["Date", "Time", "Agency", "Event", "Comment"],
        [2.2, 1.3, 2.9, 6.6, 3.6],
    ),
    (
        "chron_plain_comment_column_narrow",
        "Date | Time | Agency | Event | Panel comment, event column 5.4 cm",
        ["Date", "Time", "Agency", "Event", "Panel comment"],
        [2.4, 1.3, 3.1, 5.4, 4.4],
    ),
    (
        "chron_plain_event_only",
        "Date | Agency | Event, event column 10.6 cm, no comment column",
        ["Date", "Agency", "Event"],
        [2.4, 3.6, 10.6],
    ),
]


def word_document(header: list[str], widths: list[float]):
    doc = new_doc(header=RUNNING_HEAD, footer_label="Appendix B", size=10)
    para(doc, f"{AREA} Community Safety Partnership", bold=True)
    heading(doc, "Appendix B: Combined chronology of agency contact", level=1)
    para(
        doc,
        "Rosalind (aged 41) was killed by her former partner Gareth at her home on 17 May 2021. "
        "The table merges the chronologies each agency gave the panel, in date order. Times are "
        "shown where the agency recorded one.",
    )
    table = make_table(doc, header, widths, size=9)
    for cell, _, time, agency, event, comment in ROWS:
        values = {"Date": cell, "Time": time, "Agency": agency, "Event": event}
        row = [values.get(name, comment) for name in header]
        add_row(table, row, widths, size=9)
    para(doc, "Source: agency chronologies given to the panel, merged by the chair.")
    return doc


def gold(stem: str, what: str) -> dict:
    return {
        "file": f"{stem}.txt",
        "family": "chronology: one combined agency table printed column after column by plain pdftotext",
        "description": (
            "DHR appendix 'Combined chronology of agency contact' built in Word (python-docx), exported "
            "to PDF by LibreOffice and to text by plain pdftotext: a table over two pages ("
            f"{what}) with a repeated header row, a running head naming the chronology, a row "
            "broken over the page, two cells of two paragraphs, time and comment cells on some rows only; "
            "the export prints each page's dates, then its event text as one run, the comments among it."
        ),
        "review": {
            "review_id": None,
            "review_type": "DHR",
            "area": AREA,
            "doc_kind": None,
            "author": None,
            "victims": [{"pseudonym": "Rosalind", "age": 41}],
            "date_of_death": "2021-05-17",
        },
        "recommendations": [],
        "actions": [],
        "chronology": [
            {"ref": None, "date_raw": cell, "date": date, "text_start": " ".join(event.split()[:9])}
            for cell, date, _, _, event, _ in ROWS
        ],
        "notes": (
            "One entry per table row (19), in date order; the entry's text is the Event cell (a second "
            "paragraph is the same row's), not the time, agency or comment. 'Sept 2019', 'Mid January "
            "2020' and 'April 2021' are month precision; 'Summer 2020' is year precision. The comment "
            "column and the note under the table are not events."
        ),
    }


def main() -> None:
    for stem, what, header, widths in VARIANTS:
        docx = OUT / f"{stem}.docx"
        word_document(header, widths).save(docx)
        pdf = to_pdf(docx, OUT)
        subprocess.run(["pdftotext", str(pdf), str(OUT / f"{stem}.txt")], check=True)
        text = json.dumps(gold(stem, what), indent=1, ensure_ascii=False)
        (OUT / f"{stem}.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
