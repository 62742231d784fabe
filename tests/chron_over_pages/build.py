"""Combined chronologies over two pages whose panel comments often run longer than the event
text, rendered as authors publish them: a Word table (python-docx) exported to PDF by
LibreOffice, and the .txt plain `pdftotext` (no -layout) makes of that PDF. Four widths and
headers (Date / Time / Agency / Event / Panel comment; Date / Source / Event / Analysis; a
narrow "Contact" column; a wide event column), agencies by their initials, dates as 21/05/2018,
"3 March 2018" and "May 2019", a row broken over the page under the header printed again.

Plain pdftotext prints each page in stretches: dates (times and agencies shuffled in), then
event text, then more dates; the order of the stretches is the export's, not the table's (a
stretch's last rows may have their dates printed after its event text), so it pairs nothing.
What the segmenter makes of the cells between the pages (the page's foot, the comment column's
name, a comment cell, a date cell wrapped "2 January" / "2019" read as the numbered heading
"2 January") must not end the table: tests/test_chron_pages_apart.py holds the text route to
reading every row right or naming it in a warning.

    python tests/chron_over_pages/build.py   # writes documents/*.docx/.pdf/.txt/.json

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

# (date cell, analyst's date, time, agency, event, comment)
ROWS = [
    ("3 March 2018", "2018-03-03", "", "GP", "Maureen registers with Fenby Lane Surgery with her son.", ""),
    (
        "21/05/2018",
        "2018-05-21",
        "11:20",
        "GP",
        "Maureen sees the GP with back pain. She says she lifted a heavy box at work.",
        "The GP did not ask how the pain started beyond the account given, and no note was made of "
        "the bruising the practice nurse had seen a week earlier.",
    ),
    (
        "August 2018",
        "2018-08",
        "",
        "BHA",
        "Brindlecote Homes logs a noise complaint from the flat below. A letter is sent to the tenancy.",
        "",
    ),
    (
        "14/10/2018",
        "2018-10-14",
        "23:50",
        "BCP",
        "Derek calls police to say Maureen has thrown a mug at him. Officers find Maureen with a cut "
        "lip and Derek calm. Both decline to make statements.",
        "Officers recorded the incident as verbal only. The cut lip was noted in the log but not in "
        "the risk assessment, and the DASH was scored on Derek's account. The panel considers that "
        "the primary aggressor was not identified.",
    ),
    (
        "15/10/2018",
        "2018-10-15",
        "",
        "CSC",
        "Notification screened by the front door. No further action as the son is over sixteen.",
        "",
    ),
    (
        "2 January 2019",
        "2019-01-02",
        "",
        "ED",
        "Maureen attends with a burn to her forearm which she says came from the oven door.",
        "Routine enquiry was not made because Derek stayed in the cubicle throughout. The department "
        "had no prompt to see a patient alone at triage.",
    ),
    ("January 2019", "2019-01", "", "GP", "Discharge letter from the hospital filed without review.", ""),
    (
        "07/03/2019",
        "2019-03-07",
        "09:05",
        "IDVA",
        "Referral received from the hospital social worker. Two calls to Maureen go unanswered.",
        "",
    ),
    (
        "12 March 2019",
        "2019-03-12",
        "",
        "IDVA",
        "Case closed after a third unanswered call. A closure letter is sent to the shared address.",
        "Closing after three calls followed the service's procedure at the time. The letter may have "
        "told Derek that Maureen had been referred, and the service has since stopped sending letters "
        "to an address the abuser shares.",
    ),
    (
        "May 2019",
        "2019-05",
        "",
        "Employer",
        "Maureen's manager notes eleven days of sickness absence since February.",
        "",
    ),
    (
        "19/06/2019",
        "2019-06-19",
        "14:40",
        "GP",
        "Telephone consultation about low mood and poor sleep. Sertraline started and a review booked.",
        "Good practice: the GP asked about home life and Maureen said she felt safe. The review "
        "appointment was later missed and not followed up by the practice.",
    ),
    (
        "30/08/2019",
        "2019-08-30",
        "02:15",
        "BCP",
        "Neighbour reports shouting and a door slamming. Derek has left when officers arrive. Maureen "
        "says there was an argument about money.",
        "",
    ),
    (
        "4 September 2019",
        "2019-09-04",
        "",
        "MARAC",
        "Case heard after a police referral. Actions agreed for a marker on the address and IDVA "
        "contact within two days.",
        "The meeting did not ask the GP or the hospital for information, so the burn and the "
        "back pain were not seen together. The panel regards this as a missed chance to see a "
        "pattern of injuries.",
    ),
    (
        "06/09/2019",
        "2019-09-06",
        "",
        "IDVA",
        "The IDVA meets Maureen at the library. A safety plan is agreed and a sanctuary scheme discussed.",
        "",
    ),
    (
        "November 2019",
        "2019-11",
        "",
        "BHA",
        "Repairs to the bedroom door frame reported. The operative notes that the lock has been forced.",
        "The repairs team had no route for passing on what they saw. Training for operatives has "
        "since been introduced.",
    ),
    (
        "17/12/2019",
        "2019-12-17",
        "",
        "IDVA",
        "Maureen says things are calmer and asks for the case to be closed. Case closed.",
        "",
    ),
    (
        "9 February 2020",
        "2020-02-09",
        "20:30",
        "NWAS",
        "Ambulance called by Derek, who says Maureen fell down the stairs. Maureen declines to go "
        "to hospital.",
        "The crew did not speak to Maureen alone and did not make a safeguarding referral, as the "
        "fall was accepted as accidental.",
    ),
    ("March 2020", "2020-03", "", "GP", "Medication review not attended. A text reminder is sent.", ""),
    (
        "28/04/2020",
        "2020-04-28",
        "22:10",
        "BCP",
        "Maureen's son calls 999 after finding his mother unresponsive. Officers attend and Derek "
        "is arrested at the address.",
        "",
    ),
]

# (stem, header, widths in cm, what differs)
VARIANTS = [
    (
        "chron_pages_time_agency_comment",
        ["Date", "Time", "Agency", "Event", "Panel comment"],
        [2.6, 1.3, 1.6, 6.0, 5.4],
        "Date / Time / Agency (initials) / Event / Panel comment, the comment column nearly as wide as the events",
    ),
    (
        "chron_pages_source_analysis",
        ["Date", "Source", "Event", "Analysis"],
        [2.8, 2.0, 5.6, 6.4],
        "Date / Source / Event / Analysis, the analysis column wider than the events",
    ),
    (
        "chron_pages_contact_narrow",
        ["Date", "Agency", "Contact", "Comment"],
        [2.4, 1.8, 4.6, 7.6],
        "Date / Agency / Contact / Comment, a narrow contact column",
    ),
    (
        "chron_pages_wide_event",
        ["Date", "Time", "Agency", "Event", "Comment"],
        [2.5, 1.4, 1.7, 8.2, 3.0],
        "Date / Time / Agency / Event / Comment, a wide event column and a narrow comment column",
    ),
]


def word_document(header: list[str], widths: list[float]):
    doc = new_doc(header="Brindlecote DHR 'Maureen' – Appendix C", footer_label="Appendix C", size=10)
    heading(doc, "Appendix C: Combined chronology", level=1)
    para(
        doc,
        "The table draws together the chronologies each agency gave the panel, in date order. "
        "Agencies are shown by their initials; the panel's comments are in the last column.",
    )
    table = make_table(doc, header, widths, size=9)
    for cell, _, time, agency, event, comment in ROWS:
        values = {
            "Date": cell,
            "Time": time,
            "Agency": agency,
            "Source": agency,
            "Event": event,
            "Contact": event,
        }
        add_row(table, [values.get(name, comment) for name in header], widths, size=9)
    para(
        doc,
        "Initials: BCP – Brindlecote Constabulary; BHA – Brindlecote Homes; CSC – children's social care.",
    )
    return doc


def gold(stem: str, what: str) -> dict:
    return {
        "file": f"{stem}.txt",
        "family": "chronology_table",
        "description": (
            "DHR appendix 'Combined chronology' built in Word (python-docx), exported to PDF by "
            f"LibreOffice and to text by plain pdftotext ({what}): a table over pages with a repeated "
            "header row, comments on some rows only and often longer than the event, so the export "
            "prints each page in stretches of dates, then the stretch's event text."
        ),
        "review": {
            "review_id": None,
            "review_type": "DHR",
            "area": "Brindlecote",
            "doc_kind": None,
            "author": None,
            "victims": [{"pseudonym": "Maureen", "age": None}],
            "date_of_death": "2020-04-28",
        },
        "recommendations": [],
        "actions": [],
        "chronology": [
            {"ref": None, "date_raw": cell, "date": date, "text_start": " ".join(event.split()[:8])}
            for cell, date, _, _, event, _ in ROWS
        ],
        "notes": "One entry per table row, in date order; the entry's text is the Event cell.",
    }


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for stem, header, widths, what in VARIANTS:
        docx = OUT / f"{stem}.docx"
        word_document(header, widths).save(docx)
        pdf = to_pdf(docx, OUT)
        subprocess.run(["pdftotext", str(pdf), str(OUT / f"{stem}.txt")], check=True)
        text = json.dumps(gold(stem, what), indent=1, ensure_ascii=False)
        (OUT / f"{stem}.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
