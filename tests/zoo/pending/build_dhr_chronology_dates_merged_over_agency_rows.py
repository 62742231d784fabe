"""A Domestic Homicide Review's executive summary whose chronology table gives each day's date
once, the Date cell merged down over the rows of every agency that had contact that day (an
italic note under the heading says so): Date | Agency | Contact, five dates over ten rows. A
recommendations table No. | Recommendation | Agency follows, then the Home Office Quality
Assurance Panel's letter (its numbered "Areas for final development" ask for changes to the
report; they are no recommendations). Plain pdftotext prints a merged date once, on the first
of its rows, and nothing on the rows under it; so does the corpus rendering. Built as authors
publish it (python-docx, P052 10, tables 9), exported to PDF by LibreOffice; the .txt is plain
pdftotext of that PDF, the .corpus.txt the bundled corpus's rendering. The gold is written by
hand below: each row an entry dated by the merged cell that spans it.

* dhr_chronology_dates_merged_over_agency_rows_quenby: ten entries over five dates, five
  recommendations, no actions.

    python tests/zoo/pending/build_dhr_chronology_dates_merged_over_agency_rows.py
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/dhr_chronology_dates_merged_over_agency_rows_quenby.corpus.txt', 'w').write(\
      render(__import__('pathlib').Path('tests/zoo/pending/dhr_chronology_dates_merged_over_agency_rows_quenby.pdf')))"

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, make_table, merge_down, new_doc, page_break, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import line_holding, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_chronology_dates_merged_over_agency_rows_quenby"

# (date as printed, iso, [(agency, contact), ...]): one Date cell merged over each day's rows
DAYS = [
    (
        "14 March 2022",
        "2022-03-14",
        [
            (
                "Police",
                "Officers attended after a neighbour heard shouting. Mr Hollis said the argument was over money and no offence was recorded.",
            ),
            (
                "Children's Services",
                "A notification from the police was screened; there were no children in the home and it was closed.",
            ),
        ],
    ),
    (
        "2 May 2022",
        "2022-05-02",
        [
            (
                "GP surgery",
                "Mrs Hollis asked for help with poor sleep. She said she was worried about her husband's drinking.",
            ),
            (
                "Pharmacy",
                "A repeat prescription was collected by Mr Hollis, who said his wife was too unwell to come in.",
            ),
            (
                "Community mental health team",
                "A referral letter from the GP was received and placed on the waiting list.",
            ),
        ],
    ),
    (
        "19 July 2022",
        "2022-07-19",
        [
            (
                "Police",
                "Mrs Hollis rang to say her husband had pushed her against a door. She later said she did not want to make a statement.",
            ),
        ],
    ),
    (
        "20 July 2022",
        "2022-07-20",
        [
            (
                "Independent domestic violence advocate",
                "The advocate phoned Mrs Hollis twice after the risk assessment. Neither call was answered.",
            ),
            (
                "Housing association",
                "A tenancy officer visited about rent arrears and noted a broken lock on the back door.",
            ),
        ],
    ),
    (
        "6 September 2022",
        "2022-09-06",
        [
            (
                "Ambulance service",
                "Crews were called to the home and found Mrs Hollis with serious injuries.",
            ),
            ("Police", "Mr Hollis was arrested at the address."),
        ],
    ),
]

RECS = [
    (
        "1",
        "The Partnership should make sure that a police notification screened by children's services is shared with adult services when no child lives at the address.",
        "Community Safety Partnership",
    ),
    (
        "2",
        "GP practices should ask about safety at home when a patient raises a partner's drinking.",
        "Integrated Care Board",
    ),
    (
        "3",
        "The advocacy service should try a third way of reaching a victim when two calls go unanswered.",
        "Domestic abuse service",
    ),
    (
        "4",
        "The housing association should report damage to doors and locks that may point to domestic abuse.",
        "Housing association",
    ),
    (
        "5",
        "The Partnership should check within a year that these recommendations have been acted on.",
        "Community Safety Partnership",
    ),
]


def word_document():
    doc = new_doc(font="P052", size=10)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    heading(doc, "Quenby Community Safety Partnership", 1)
    heading(doc, "Domestic Homicide Review: Mrs Marian Hollis – Executive Summary", 1)
    para(
        doc,
        "Marian Hollis was 51 when she was killed by her husband at their home in Quenby in September 2022. "
        "This summary sets out the agencies' contact with the couple in the last six months of her life.",
    )
    heading(doc, "Chronology of agency contact", 2)
    para(
        doc,
        "Where more than one agency had contact on the same day, the date is shown once for all of them.",
        italic=True,
    )
    widths = [2.8, 4.2, 9.5]
    t = make_table(doc, ["Date", "Agency", "Contact"], widths, size=9)
    row = 1
    for date, _, contacts in DAYS:
        first = row
        for agency, contact in contacts:
            add_row(t, [date, agency, contact], widths, size=9)
            row += 1
        merge_down(t, 0, first, row - 1, size=9)
    para(doc, "")
    heading(doc, "Recommendations", 2)
    widths = [1.2, 11.0, 4.3]
    t = make_table(doc, ["No.", "Recommendation", "Agency"], widths, size=9)
    for ref, text, agency in RECS:
        add_row(t, [ref, text, agency], widths, size=9)
    page_break(doc)
    para(doc, "Home Office Quality Assurance Panel")
    para(doc, "2 Marsham Street, London")
    para(doc, "12 June 2024")
    para(doc, "Dear Chair of the Quenby Community Safety Partnership,")
    para(
        doc,
        "The Panel thanks you for the report. Before publication, please consider these areas for final development:",
    )
    para(doc, "1. Say more about how the family were involved in the review.")
    para(doc, "2. Check that the chronology and the executive summary give the same dates.")
    para(doc, "3. Add a glossary of the abbreviations used.")
    para(doc, "Yours sincerely,")
    para(doc, "Chair, Home Office Quality Assurance Panel")
    return doc


def gold(lines: list[str]) -> dict:
    events = [(contact, date, iso, False) for date, iso, rows in DAYS for _, contact in rows]
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), line_holding(lines, text, 4))
        for ref, text, _ in RECS
    ]
    return plan_gold(
        STEM,
        family="dhr: executive summary, chronology Date cells merged down over agency rows, QA panel letter",
        description=(
            "A DHR executive summary built in Word (python-docx, P052 10, tables 9), exported to PDF by "
            "LibreOffice and to text by plain pdftotext: a Date | Agency | Contact table whose Date cell is merged "
            "down over every agency row of its day (five dates over ten rows, an italic note saying so), a "
            "No. | Recommendation | Agency table, and the Home Office QA Panel's letter with numbered areas for "
            "final development (no recommendations)."
        ),
        review=review("DHR", "Quenby", "Marian Hollis", doc_kind="executive_summary", age=51),
        recommendations=recs,
        actions=[],
        chronology=chronology_gold(lines, events),
        notes=(
            "Written by hand from the document's meaning. One entry per table row (10), each dated by the merged "
            "Date cell that spans it. The introduction, the italic note and the letter's numbered areas are no "
            "entries and no recommendations."
        ),
    )


if __name__ == "__main__":
    save_rendered(word_document(), HERE, STEM)
    save_gold(HERE, STEM, gold((HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()))
