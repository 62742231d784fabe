"""A DHR appendix's combined chronology table (Date | Source | Event | Analysis comment) that runs
over two pages with its header repeated on each, as plain `pdftotext` (no -layout) prints it:
column after column, page by page. Built as authors publish it (python-docx, a real Word table in
a serif face, the date cell holding the time of day on a second line, approximate dates, a season,
a week-commencing date), exported to PDF by LibreOffice; the .txt is what pdftotext makes of that
PDF. The gold is written by hand below (each record's line looked up in the .txt).

* chron_colprint_combined_pages: the comment column's last line on a page, printed alone before
  the next page's running head, reads like a short title over the next page's repeated header
  (it names a "service"); a row's event breaks over the page and the next page's event text
  opens with its rest; an agency cell's second line ("IDVA" / "Service") reads like a column's
  name among the next page's cells.

* chron_colprint_agency_number_after: each agency's small Date | Contact / Event table under a
  numbered sub-heading; the paragraph after the last table carries a hanging number, which
  pdftotext prints on a line of its own among the table's date cells, its text after the event
  text: that paragraph is no row's event.

    python tests/zoo/build_chron_colprint_pages.py   # writes .docx, .pdf, .txt and .json here
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from chron_report import build, chronology_gold, report_gold, review  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, numbered, para  # noqa: E402

STEM = "chron_colprint_combined_pages"
RUNNING_HEAD = "Corrowby DHR 'Nadia' – Appendix C – OFFICIAL"
WIDTHS = [2.6, 2.6, 5.4, 6.0]

# (date cell as printed, source, event, comment, gold date_raw, gold date)
ROWS = [
    (
        "c. May 2016",
        "Family",
        "Nadia met Owen at a friend's wedding; they moved in together soon after.",
        "The pace of the relationship is noted by the family.",
        "c. May 2016",
        "2016-05",
    ),
    (
        "12/10/2016",
        "GP",
        "Nadia registered with Millgate Surgery; no concerns were recorded.",
        "",
        "12/10/2016",
        "2016-10-12",
    ),
    (
        "Early 2017",
        "Family",
        "Nadia's brother noticed she no longer came to family meals; she said Owen liked her home.",
        "Isolation was seen first by the family.",
        "Early 2017",
        "2017",
    ),
    (
        "08/03/2017\n22:40",
        "Corrowby Police",
        "A neighbour rang about shouting at the flat; officers spoke to Nadia at the door; she said it was the television.",
        "No DASH was completed. The call was logged as a noise complaint.",
        "08/03/2017",
        "2017-03-08",
    ),
    (
        "19/06/2017",
        "GP",
        "Nadia attended with a burn to her forearm; she said it was from the oven.",
        "",
        "19/06/2017",
        "2017-06-19",
    ),
    (
        "04/09/2017",
        "Housing",
        "Corrowby Homes wrote to the tenancy about noise reported by a neighbour.",
        "The letter went to both tenants.",
        "04/09/2017",
        "2017-09-04",
    ),
    (
        "Autumn 2017",
        "Employer",
        "Nadia's manager recorded a run of short absences; no reason was given.",
        "",
        "Autumn 2017",
        "2017",
    ),
    (
        "15/11/2017\n07:55",
        "Ambulance",
        "Crew called by Owen to a fall on the stairs; Nadia was taken to Corrowby Infirmary.",
        "Owen answered the crew's questions.",
        "15/11/2017",
        "2017-11-15",
    ),
    (
        "15/11/2017",
        "Hospital ED",
        "A broken finger was splinted; Owen stayed in the cubicle throughout.",
        "Nadia was not seen alone. Routine enquiry was not made.",
        "15/11/2017",
        "2017-11-15",
    ),
    (
        "w/c 05/02/2018",
        "Talking Therapies",
        "Self-referral received from Nadia; an assessment was offered by letter.",
        "",
        "w/c 05/02/2018",
        "2018-02-05",
    ),
    (
        "26/02/2018",
        "Talking Therapies",
        "Nadia did not attend the assessment; she was discharged.",
        "One missed appointment led to discharge.",
        "26/02/2018",
        "2018-02-26",
    ),
    (
        "11/04/18\n(approx.)",
        "Friend",
        "Nadia told a friend that Owen kept her bank card; she was given cash each week.",
        "Economic abuse. The friend did not know where to turn.",
        "11/04/18",
        "2018-04-11",
    ),
    (
        "02/06/2018\n01:20",
        "Corrowby Police",
        "Nadia rang 999 to say Owen had pushed her into a door; Owen was arrested for assault; DASH gave a medium risk.",
        "The earlier noise call was not linked to this one.",
        "02/06/2018",
        "2018-06-02",
    ),
    (
        "03/06/2018",
        "Corrowby Police",
        "Owen was released on bail not to contact Nadia.",
        "",
        "03/06/2018",
        "2018-06-03",
    ),
    (
        "05/06/2018",
        "IDVA Service",
        "Referral received from police; the IDVA agreed a safety plan with Nadia by phone.",
        "Prompt contact in line with the service standard.",
        "05/06/2018",
        "2018-06-05",
    ),
    (
        "July 2018",
        "Family",
        "Nadia stayed with her brother for three weeks while Owen was on bail.",
        "",
        "July 2018",
        "2018-07",
    ),
    (
        "20/08/2018",
        "IDVA Service",
        "Nadia said she had gone back to Owen; she asked for the case to be closed.",
        (
            "The service closed the case as its procedure says but did not set a review date "
            "for a victim who had gone back to the person harming her."
        ),
        "20/08/2018",
        "2018-08-20",
    ),
    (
        "17/09/2018",
        "Magistrates' Court",
        "Nadia did not attend to give evidence; the case was dismissed.",
        "An evidence-led case was not considered.",
        "17/09/2018",
        "2018-09-17",
    ),
    (
        "09/10/2018\n18:10",
        "Corrowby Police",
        "Nadia rang to ask if the bail conditions still applied; she was told they had ended.",
        "No log was made for the public protection unit.",
        "09/10/2018",
        "2018-10-09",
    ),
    (
        "Winter 2018",
        "Employer",
        "Nadia resigned from her job; she told colleagues Owen wanted her home.",
        "",
        "Winter 2018",
        "2018",
    ),
    (
        "14/01/2019\n11:30",
        "GP",
        "Nadia attended alone and said Owen was controlling; the GP completed a DASH checklist; a referral to the IDVA service was agreed.",
        "Good practice: the GP asked directly.",
        "14/01/2019",
        "2019-01-14",
    ),
    (
        "16/01/2019",
        "IDVA Service",
        "Referral received from the GP; two calls to Nadia were not answered.",
        "",
        "16/01/2019",
        "2019-01-16",
    ),
    (
        "23/01/2019",
        "IDVA Service",
        "Owen answered Nadia's phone and said she was out; the case was closed after a letter.",
        "The letter went to the shared address.",
        "23/01/2019",
        "2019-01-23",
    ),
    (
        "w/c 11/02/2019",
        "Housing",
        "Nadia asked at the Corrowby Homes office about a transfer; she was given a form.",
        "Staff did not ask why she wanted to move.",
        "w/c 11/02/2019",
        "2019-02-11",
    ),
    (
        "February 2019",
        "Family",
        "Nadia told her brother she meant to leave Owen once she had saved some money.",
        "Planning to leave is a time of high risk.",
        "February 2019",
        "2019-02",
    ),
    (
        "03/03/2019\n23:05",
        "Corrowby Police",
        "Police were called by a neighbour to the flat; Nadia was found with fatal injuries; Owen was arrested at the scene.",
        "",
        "03/03/2019",
        "2019-03-03",
    ),
]


def word_document():
    doc = new_doc(header=RUNNING_HEAD, footer_label="", font="Times New Roman", size=10)
    para(doc, "Corrowby Community Safety Partnership – Domestic Homicide Review 'Nadia'", bold=True)
    para(doc, "Appendix C: Combined chronology", bold=True, size=12)
    para(
        doc,
        "The table below draws together the chronologies each agency gave the panel, in date order. "
        "Where an agency could not give an exact date the date is shown as the agency recorded it. "
        "The panel's analysis is in the last column.",
    )
    table = make_table(doc, ["Date", "Source", "Event", "Analysis comment"], WIDTHS, size=11)
    for date, source, event, comment, _, _ in ROWS:
        add_row(table, [date, source, event, comment], WIDTHS, size=11)
    para(doc, "")
    para(
        doc, "Source abbreviations: ED – Emergency Department; IDVA – Independent Domestic Violence Advisor."
    )
    return doc


def gold(lines: list[str]) -> dict:
    chronology = chronology_gold(
        lines, [(event, raw, iso, False) for _date, _, event, _, raw, iso in ROWS], 10
    )
    return report_gold(
        STEM,
        family=(
            "chronology: one combined table over several pages, printed column after column by plain "
            "pdftotext"
        ),
        description=(
            "DHR appendix 'Combined chronology' built in Word (python-docx, Times New Roman), exported "
            "to PDF by LibreOffice and to text by plain pdftotext: one Date | Source | Event | Analysis comment table "
            "over two pages with its header repeated; each page prints the dates and sources (a time of day under "
            "some dates), then the event texts, then the panel's comments; the comment column's last line on a page "
            "stands alone before the next page's running head; approximate dates ('c. May 2016', '11/04/18 "
            "(approx.)'), seasons, 'w/c' dates; a note under the table."
        ),
        review=review("DHR", "Corrowby", "Nadia"),
        chronology=chronology,
        notes=(
            "Written by hand from the document's meaning. One entry per table row (26), in document order; "
            "the entry's text is the Event cell, not the source or the panel's comment. The time under a date is "
            "not part of the date. 'Early 2017' is year precision; seasons start at their first month ('Autumn "
            "2017' September, 'Winter 2018' December); 'w/c' dates are the Monday given."
        ),
    )


STEM_AFTER = "chron_colprint_agency_number_after"
# (agency title, rows: (date cell, event, gold date_raw, gold date))
AGENCY_ROWS = [
    (
        "4.2 Ashcombe Police",
        [
            (
                "11 May 2018",
                "Irene reported that Dennis had thrown her phone against the wall; words of advice given.",
                "11 May 2018",
                "2018-05-11",
            ),
            (
                "2 October 2019",
                "A neighbour rang about shouting; officers found both calm and took no action.",
                "2 October 2019",
                "2019-10-02",
            ),
        ],
    ),
    (
        "4.3 Brookfold Medical Practice",
        [
            (
                "14.08.2018",
                "Irene attended with low mood and said Dennis was forgetful and quick to anger.",
                "14.08.2018",
                "2018-08-14",
            ),
            (
                "Jan 2019",
                "Dennis was diagnosed with early dementia; a letter came from the memory clinic.",
                "Jan 2019",
                "2019-01",
            ),
            (
                "21.06.2019",
                "Irene missed her review appointment and was not followed up.",
                "21.06.2019",
                "2019-06-21",
            ),
        ],
    ),
    (
        "4.4 Ashcombe and Vale NHS Trust – Older Adults Home Crisis Service",
        [
            (
                "05/03/2019",
                "Memory assessment; Dennis shouted at Irene during the appointment and the nurse noted carer strain.",
                "05/03/2019",
                "2019-03-05",
            ),
            (
                "Late July 2020",
                "A letter offering a review appointment was sent; no reply was received.",
                "Late July 2020",
                "2020-07",
            ),
        ],
    ),
]


def agency_document():
    doc = new_doc(header="Ashcombe DHR – 'Irene'", footer_label="", font="Arial", size=10)
    para(doc, "Ashcombe Community Safety Partnership – Domestic Homicide Review 'Irene'", bold=True)
    heading(doc, "4. Chronology of agency contact", level=1)
    numbered(
        doc, "4.1", "Each agency's contact with Irene and her husband Dennis is set out below in date order."
    )
    for title, rows in AGENCY_ROWS:
        heading(doc, title, level=2)
        table = make_table(doc, ["Date", "Contact / Event"], [3.0, 13.6], size=10)
        for date, event, _, _ in rows:
            add_row(table, [date, event], [3.0, 13.6], size=10)
    numbered(doc, "4.5", "The panel's analysis of these contacts is in Section 5.")
    heading(doc, "5. Analysis", level=1)
    numbered(doc, "5.1", "No agency saw the whole picture of Irene's life with Dennis.")
    return doc


def agency_gold(lines: list[str]) -> dict:
    events = [
        (event, raw, iso, False, {"heading": title.split(" ", 1)[1]})  # (the title less its number)
        for title, rows in AGENCY_ROWS
        for _date, event, raw, iso in rows
    ]
    chronology = chronology_gold(lines, events, 10)
    return report_gold(
        STEM_AFTER,
        family=(
            "chronology: agency by agency, each agency's own table, printed column after column by plain "
            "pdftotext, a numbered paragraph after the last"
        ),
        description=(
            "DHR report chapter 'Chronology of agency contact' built in Word (python-docx, Arial), "
            "exported to PDF by LibreOffice and to text by plain pdftotext: a numbered sub-heading per agency over its "
            "own Date | Contact / Event table, each printed column after column; the paragraph after the last table "
            "has a hanging number ('4.5<tab>text'), printed on a line of its own among the last table's date cells "
            "with its text after the event text; then the next numbered chapter."
        ),
        review=review("DHR", "Ashcombe", "Irene"),
        chronology=chronology,
        notes=(
            "Written by hand from the document's meaning. One entry per table row (7), in document order, "
            "headed by the agency; 4.1 (the introduction), 4.5 (a pointer to the analysis) and 5.1 are not entries. "
            "'Jan 2019' and 'Late July 2020' are month precision."
        ),
    )


def main() -> None:
    build(STEM, word_document, gold)
    build(STEM_AFTER, agency_document, agency_gold)


if __name__ == "__main__":
    main()
