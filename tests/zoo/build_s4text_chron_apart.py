"""The combined-chronology appendix as published: one Word table (Date | Agency | Event | Panel
comment) with the event column given most of the page, the header row repeated on every page,
rows left free to break across a page, a running head and "Page N of M" in the footer; exported
to PDF by LibreOffice. The text rendering is what plain `pdftotext` (no -layout) makes of that
PDF: each page's columns printed one after another (dates shuffled in with the short agency
cells, then every row's event text as one run of wrapped lines, the comments in runs of their
own), the form in which many reports reach a text-only pipeline.

render.py rebuilds tables with equal column widths; this family needs the widths authors give
such a table, so it is built from its known rows here.

    python tests/zoo/build_s4text_chron_apart.py   # writes s4text_chron_columns_apart.{docx,pdf,txt}
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "samples"))
from make_samples import to_pdf  # noqa: E402


@dataclass
class Spec:
    stem: str
    out: Path
    running_head: str
    title: list[str]
    heading: str
    intro: str
    header: list[str]
    widths: list
    rows: list  # (date cell paragraphs, agency, event[, comment])
    source: str


COMBINED_HEAD = "Ashwick Community Safety Partnership – DHR Helen – Appendix C"
COMBINED_TITLE = ["Ashwick Community Safety Partnership", "Domestic Homicide Review into the death of Helen"]
COMBINED_HEADING = "Appendix C – Combined Chronology"
COMBINED_INTRO = (
    "C.1 Helen was 61 when she was killed by her husband, Trevor, at their home on 6 October 2019. The "
    "table brings together the chronologies the agencies gave the panel, in date order. Where an agency "
    "could give only a month or a season, the date is shown as the agency recorded it. The last column "
    "holds the panel's comment on the contact, where it made one."
)
COMBINED_HEADER = ["Date", "Agency", "Event", "Panel comment"]
COMBINED_WIDTHS = [Cm(2.6), Cm(3.4), Cm(7.0), Cm(4.0)]
# (date cell paragraphs, agency, event, comment)
COMBINED_ROWS = [
    (
        ["2011"],
        "Ashwick Health Centre",
        "Helen and Trevor register with the practice after moving to the village from the coast. New "
        "patient checks record no concerns.",
        "Background only.",
    ),
    (
        ["Autumn 2016"],
        "Ashwick Police",
        "Trevor is stopped while driving after drinking at a family party. He is charged and later banned "
        "from driving for a year.",
        "Not a domestic matter; the first record of his drinking.",
    ),
    (
        ["03/2017"],
        "Ashwick Health Centre",
        "Helen is seen about back pain. She mentions that she is not sleeping and that money is tight "
        "since Trevor lost his licence. A follow-up is offered.",
        "No enquiry about her home life.",
    ),
    (
        ["21.06.2017", "19:05"],
        "Ashwick Police",
        "Helen reports that Trevor has locked her out of the house for the night. Officers speak to both; "
        "Trevor says it was a misunderstanding after an argument about money. A DASH form is graded "
        "standard risk.",
        "The risk form was completed with Trevor in the room.",
    ),
    (
        ["Two days later"],
        "Ashwick Police",
        "The report is shared with the local domestic abuse service by secure email.",
        "",
    ),
    (
        ["w/c 3 July 2017"],
        "Vale Domestic Abuse Service",
        "A support worker rings Helen twice without reply, leaves no message for safety reasons and sends "
        "a letter offering help.",
        "",
    ),
    (
        ["08/2017"],
        "Vale Domestic Abuse Service",
        "The case is closed as Helen has not replied to the calls or the letter.",
        "No other way of reaching her was tried.",
    ),
    (
        ["2018 (date not recorded)"],
        "Ashwick Housing",
        "A neighbour complains about shouting late at night from the house. A standard letter about noise "
        "is sent to the household.",
        "The complaint was not linked to domestic abuse.",
    ),
    (
        ["14.11.2018"],
        "Ashwick Health Centre",
        "Helen attends with a sprained wrist which she says happened when she slipped on a wet path. "
        "Trevor waits for her in the car park.",
        "",
    ),
    (
        ["Late January 2019"],
        "Vale Alcohol Service",
        "Trevor refers himself for help with his drinking and is offered a place in a group. He attends "
        "once and does not return.",
        "Family members were not asked about.",
    ),
    (
        ["02.03.2019", "23:40"],
        "Ashwick Police",
        "Helen calls 999 saying Trevor has pushed her to the floor. He is arrested and later released on "
        "bail with conditions to stay away from the home. The risk is graded medium.",
        "The bail conditions were not shared with the health centre.",
    ),
    (
        ["03.03.2019"],
        "Vale Domestic Abuse Service",
        "An IDVA meets Helen at a friend's house and agrees a safety plan with her, including a panic alarm.",
        "A prompt and thorough response.",
    ),
    (
        ["Spring 2019"],
        "Vale Domestic Abuse Service",
        "Helen tells the IDVA that Trevor is back at home and that things are calmer. She asks for the "
        "case to be closed, and it is.",
        "The breach of bail was not reported to police.",
    ),
    (
        ["17/06/2019"],
        "Ashwick Housing",
        "A repair is requested for a broken kitchen door. The operative notes the door has been forced.",
        "",
    ),
    (
        ["August 2019"],
        "Ashwick Health Centre",
        "Helen misses two appointments for her blood pressure. The practice sends its standard letter.",
        "",
    ),
    (
        ["06.10.2019", "07:20"],
        "Ashwick Police",
        "Trevor calls police to say he has hurt Helen. Officers find her dead at the house and arrest him.",
        "",
    ),
]
COMBINED_SOURCE = "Source: agency chronologies submitted to the review panel, January 2020."


# a safeguarding adults review's summary timeline: three columns, short entries
TIMELINE_ROWS = [
    (["Jan 2020"], "GP", "Mr D is diagnosed with heart failure. His daughter Carys attends with him."),
    (
        ["14/02/2020"],
        "Adult Services",
        "Carys asks for help with her father's personal care. An assessment is booked.",
    ),
    (
        ["Three days later"],
        "Adult Services",
        "The assessment is cancelled by Carys, who says her brother will help instead.",
    ),
    (
        ["Spring 2020"],
        "District nursing",
        "Weekly visits to dress a leg ulcer. Mr D is always seen with Carys present.",
    ),
    (
        ["w/c 1 June 2020"],
        "Pharmacy",
        "Carys collects his medicines. The pharmacist notes he has not been in person for months.",
    ),
    (
        ["07.08.20"],
        "Police",
        "A neighbour reports an elderly man shouting for help. Officers are told he was dreaming.",
    ),
    (
        ["Late September 2020"],
        "District nursing",
        "The nurse finds the ulcer has worsened and that Mr D is thin. A referral to the GP is made.",
    ),
    (["10 Oct 2020"], "GP", "Telephone consultation with Carys. Supplement drinks are prescribed."),
    (
        ["November 2020"],
        "Adult Services",
        "A second request for care is closed when no one answers the door on two visits.",
    ),
    (
        ["2020 (exact date not known)"],
        "Housing association",
        "A gas safety check finds the front room in use as a bedroom; nothing further is recorded.",
    ),
    (
        ["03/01/2021"],
        "Ambulance service",
        "An ambulance takes Mr D to hospital, where he is found to have pressure sores.",
    ),
    (["19/01/2021"], "Health board", "Mr D dies in hospital. A safeguarding referral is made the same day."),
]


COMBINED = Spec(
    "combined_chronology_columns_apart",
    HERE.parent / "fixtures" / "s4text",
    COMBINED_HEAD,
    COMBINED_TITLE,
    COMBINED_HEADING,
    COMBINED_INTRO,
    COMBINED_HEADER,
    COMBINED_WIDTHS,
    COMBINED_ROWS,
    COMBINED_SOURCE,
)
TIMELINE = Spec(
    "s4text_timeline_columns_apart",
    HERE,
    "Aderwick Safeguarding Adults Board",
    ["Safeguarding Adults Review: Mr D", "Final report to Aderwick Safeguarding Adults Board", "May 2021"],
    "Appendix 1: Summary timeline",
    "The timeline below sets out the contacts the review found most significant, in date order.",
    ["Date", "Organisation", "Key event"],
    [Cm(2.8), Cm(3.4), Cm(10.4)],
    TIMELINE_ROWS,
    "Source: organisations' chronologies, April 2021.",
)


def _repeat_header(row) -> None:
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _shade(cell, fill: str) -> None:
    el = OxmlElement("w:shd")
    el.set(qn("w:val"), "clear")
    el.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(el)


def _field(paragraph, code: str) -> None:
    """A PAGE / NUMPAGES field, as Word's footer holds it."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def word_document(spec: Spec) -> Document:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.2)
    section.header.paragraphs[0].text = spec.running_head
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")
    for line in spec.title:
        doc.add_paragraph(line).runs[0].bold = True
    doc.add_heading(spec.heading, level=1)
    doc.add_paragraph(spec.intro)
    table = doc.add_table(rows=1, cols=len(spec.header))
    table.style = "Table Grid"
    table.autofit = False
    for cell, name in zip(table.rows[0].cells, spec.header):
        cell.text = name
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell, "D9D9D9")
    _repeat_header(table.rows[0])
    for date, *others in spec.rows:
        cells = table.add_row().cells
        cells[0].text = date[0]
        for more in date[1:]:
            cells[0].add_paragraph(more)  # the clock time on a line of its own
        for cell, text in zip(cells[1:], others):
            cell.text = text
    for column, width in zip(table.columns, spec.widths):
        for cell in column.cells:
            cell.width = width
    for grid, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), spec.widths):
        grid.set(qn("w:w"), str(int(width.twips)))  # the widths LibreOffice lays the table out by
    doc.add_paragraph(spec.source)
    return doc


def build(spec: Spec) -> None:
    spec.out.mkdir(parents=True, exist_ok=True)
    docx_path = spec.out / f"{spec.stem}.docx"
    word_document(spec).save(docx_path)
    pdf = to_pdf(docx_path, spec.out)
    subprocess.run(["pdftotext", str(pdf), str(spec.out / f"{spec.stem}.txt")], check=True)


def main() -> None:
    build(TIMELINE)
    build(COMBINED)


if __name__ == "__main__":
    main()
