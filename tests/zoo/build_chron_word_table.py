"""The Word-table chronology family: a combined chronology kept as one real Word table
(Date | Agency | Contact/Event | Panel comment), header row repeated on every page, rows left
free to break across a page, a clock time on a second line of the Date cell.

render.py rebuilds tables from dhrparse's own reading of a text, so it cannot make a cell of
two paragraphs or choose where a row breaks; this script builds the family from its known
rows instead. The text rendering is the table as Word saves it as plain text (one row a line,
cells apart by tabs, a cell's paragraphs joined by a space).

    python tests/zoo/build_chron_word_table.py   # writes chron_word_table_comments.{txt,docx,pdf}
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "samples"))
from make_samples import to_pdf  # noqa: E402

STEM = "chron_word_table_comments"
TITLE = ["Kestrelmouth Community Safety Partnership", "Domestic Homicide Review: Ines"]
HEADING = "Appendix A – Integrated Chronology of Agency Contact"
INTRO = (
    "Ines was 47 when she was killed by her husband, Graham, on 3 October 2020. The panel asked each "
    "agency for a chronology of its contact with the family and the chair combined them into the table "
    "below. Where an agency could give only the month or the year of a contact, the entry shows what "
    "the agency recorded. The panel's comments are in the last column."
)
HEADER = ["Date", "Agency", "Contact/Event", "Panel comment"]
# (date cell paragraphs, agency, event, comment)
ROWS = [
    (
        ["2012"],
        "Kestrelmouth GP Practice",
        "Ines registers with the practice together with Graham after the couple move to the town.",
        "Background only.",
    ),
    (
        ["Spring 2015"],
        "Kestrelmouth Police",
        "A passer-by reports a man shouting at a woman in a car parked outside the couple's house. Officers "
        "attend; both say they were arguing about money.",
        "Not recorded as a domestic incident.",
    ),
    (
        ["09/2016"],
        "Kestrelmouth GP Practice",
        "Ines attends with headaches and poor sleep and mentions stress at home. She is given advice on "
        "sleep.",
        "No enquiry about abuse was made.",
    ),
    (
        ["14.02.2017", "21:35"],
        "Kestrelmouth Police",
        "Ines's daughter calls 999 to say that Graham has thrown a mug at her mother. Graham leaves before "
        "officers arrive. A DASH risk assessment is graded standard.",
        "First recorded incident.",
    ),
    (["15.02.2017"], "Kestrelmouth Police", "Referral sent to the victim support hub.", ""),
    (
        ["Early March 2017"],
        "Tidewater Domestic Abuse Service",
        "A support worker writes to Ines offering an appointment. No reply is received and the case is "
        "closed.",
        "Only one letter was sent.",
    ),
    (
        ["2017 (exact date not known)"],
        "Kestrelmouth Borough Council Housing",
        "Ines asks at the housing counter how to apply for a tenancy in her sole name. She is given a "
        "leaflet.",
        "Not logged on the housing system.",
    ),
    (
        ["22/11/17"],
        "Kestrelmouth General Hospital",
        "Ines attends the emergency department with a cut above her eye and says she walked into a "
        "cupboard door. Graham stays with her throughout and answers most of the questions put to her. "
        "The wound is closed with adhesive strips and she is discharged the same evening with a leaflet "
        "on head injuries.",
        "She was not seen alone.",
    ),
    (
        ["Late January 2018"],
        "Kestrelmouth GP Practice",
        "Ines asks by telephone for a repeat prescription of sleeping tablets.",
        "",
    ),
    (
        ["03.05.2018", "23:50"],
        "Kestrelmouth Police",
        "A neighbour reports a woman screaming. Officers find Ines with a swollen lip and Graham is "
        "arrested for assault. Ines declines to make a statement and Graham is released with no further "
        "action the next afternoon. A referral is made to the IDVA service and the DASH risk assessment "
        "is graded medium.",
        "An evidence-led prosecution was not considered.",
    ),
    (
        ["05.05.2018"],
        "Kestrelmouth IDVA Service",
        "The IDVA speaks to Ines by telephone while Graham is at work. A safety plan is discussed and Ines "
        "says she will think about a non-molestation order.",
        "Not referred to MARAC although the risk was rising.",
    ),
    (
        ["w/c 21 May 2018"],
        "Kestrelmouth IDVA Service",
        "Three calls are made to Ines without reply. The case is closed after a closing letter is sent.",
        "",
    ),
    (
        ["08/2019"],
        "Kestrelmouth Borough Council Housing",
        "A rent arrears letter is sent after two missed payments.",
        "",
    ),
    (
        ["Mid-December 2019"],
        "Kestrelmouth GP Practice",
        "Ines is seen for low mood and says she feels she is walking on eggshells at home. The GP refers "
        "her to talking therapies.",
        "No safeguarding discussion is recorded.",
    ),
    (
        ["06.02.2020"],
        "Kestrelmouth Talking Therapies",
        "Telephone assessment. Ines is placed on the waiting list for counselling.",
        "Graham could be heard in the room during the call.",
    ),
    (
        ["June 2020"],
        "Kestrelmouth Talking Therapies",
        "Ines does not attend her first counselling session and is discharged after one letter.",
        "",
    ),
    (
        ["17/09/2020"],
        "Kestrelmouth Police",
        "Ines's daughter reports that Graham has taken her mother's phone and bank card. Officers speak "
        "to Graham at the address; Ines tells them that everything is fine.",
        "Controlling behaviour was not explored.",
    ),
    (
        ["03.10.2020", "06:15"],
        "Coastal Ambulance Service",
        "An ambulance crew called by Graham find Ines unresponsive at home. Police attend and Graham is "
        "arrested.",
        "",
    ),
]
SOURCE = "Source: agency chronologies and IMRs submitted to the review panel, January 2021."


def text_rendering() -> str:
    """The table as Word saves it as plain text: one row a line, cells apart by tabs."""
    lines = [*TITLE, "", HEADING, "", INTRO, "", "\t".join(HEADER)]
    for date, agency, event, comment in ROWS:
        lines.append("\t".join([" ".join(date), agency, event, comment]))
    lines += ["", SOURCE, ""]
    return "\n".join(lines)


def _repeat_header(row) -> None:
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def word_document() -> Document:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    for line in TITLE:
        doc.add_paragraph(line).runs[0].bold = True
    doc.add_heading(HEADING, level=1)
    doc.add_paragraph(INTRO)
    table = doc.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, HEADER):
        cell.text = name
        cell.paragraphs[0].runs[0].bold = True
    _repeat_header(table.rows[0])
    for date, agency, event, comment in ROWS:
        cells = table.add_row().cells
        cells[0].text = date[0]
        for more in date[1:]:
            cells[0].add_paragraph(more)  # the clock time on a line of its own
        cells[1].text, cells[2].text, cells[3].text = agency, event, comment
    doc.add_paragraph(SOURCE)
    return doc


def main() -> None:
    (HERE / f"{STEM}.txt").write_text(text_rendering(), encoding="utf-8")
    docx_path = HERE / f"{STEM}.docx"
    word_document().save(docx_path)
    to_pdf(docx_path, HERE)


if __name__ == "__main__":
    main()
