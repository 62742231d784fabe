"""An executive summary's "Summary of the case" as such reports print it: numbered paragraphs that
tell the earlier years (each dated in its opening words, some by year or month only, with
analysis paragraphs after them), then a captioned "Key dates" table (Date | Event, the header
repeated over a page break) for the final months. Built with python-docx, exported to PDF by
LibreOffice; the text rendering is plain `pdftotext` of that PDF (the table's dates printed
together, then its event text).

    python tests/zoo/build_s4chron7_case_summary.py   # writes s4chron7_case_summary.{docx,pdf,txt}
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "samples"))
from make_samples import to_pdf  # noqa: E402

STEM = "s4chron7_case_summary"
FILLER = (
    "The panel met six times and read the reports of each agency alongside the family's account. "
    "Practitioners were interviewed where the reports left questions open, and their managers "
    "were given the chance to comment on the draft findings before they were agreed. "
)
NARRATIVE = [
    (
        "4.1",
        "Rowan and Tamsin Kerridge married in 2009 and moved to Lydmouth in 2012, where Tamsin "
        "worked at a garden centre.",
    ),
    (
        "4.2",
        "In March 2014 Tamsin told a practice nurse that her husband checked her phone and that she "
        "felt watched. The nurse gave her a leaflet about local support.",
    ),
    (
        "4.3",
        "On 9 August 2016 police attended after a neighbour heard a woman screaming. Rowan said the "
        "couple had argued about money; no offence was recorded and a risk form was graded standard.",
    ),
    (
        "4.4",
        "Throughout 2017 Rowan was treated by his GP for insomnia and was twice referred to a talking "
        "therapy service, which he did not attend.",
    ),
    (
        "4.5",
        "On 15 January 2019 Tamsin attended the urgent treatment centre with a burn to her forearm, "
        "which she said came from an oven door.",
    ),
    (
        "4.6",
        "Each agency held a piece of the picture, but none of them held it all. The health contacts "
        "were about injuries and sleep, and were treated as such. " + FILLER,
    ),
    (
        "4.7",
        "Tamsin's friends describe her as generous and quick to laugh, and say she kept her worries "
        "to herself. " + FILLER,
    ),
    ("4.8", "The final months are summarised in the table below."),
]
CAPTION = "Table 2: Key dates, March 2020 to February 2021"
ROWS = [
    (
        "2 March 2020",
        "Tamsin left the home and stayed with a friend. Rowan sent her a stream of messages "
        "through the night asking her to come back.",
    ),
    ("10 March 2020", "Tamsin reported the messages to police, who gave Rowan a warning about harassment."),
    (
        "April 2020",
        "Tamsin returned to the home during the first lockdown, saying she had nowhere else to go.",
    ),
    (
        "22 July 2020",
        "A neighbour called police about shouting. Officers found Tamsin with a cut lip and "
        "graded the risk as high; a referral to MARAC followed.",
    ),
    (
        "13 August 2020",
        "MARAC shared information and agreed a target-hardening visit and a marker on the address.",
    ),
    ("Oct 2020", "The domestic abuse service closed the case after three calls went unanswered."),
    ("5 December 2020", "Rowan was arrested after damaging Tamsin's car and released under investigation."),
    ("18 February 2021", "Rowan attacked Tamsin at the home. She died of her injuries in hospital."),
]


def _repeat_header(row) -> None:
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def word_document() -> Document:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE until publication"
    doc.sections[0].footer.paragraphs[0].text = "Lydmouth Safer Communities | DHR 11 Executive Summary"
    doc.add_heading("Domestic Homicide Review: Executive Summary", 0)
    doc.add_paragraph("Tamsin, who died on 18 February 2021")
    doc.add_heading("3. Terms of reference", 1)
    doc.add_paragraph(
        "3.1 The review looked at agency contact from January 2014 until Tamsin's death. " + FILLER
    )
    doc.add_heading("4. Summary of the case", 1)
    for number, text in NARRATIVE:
        # a hanging paragraph number: the number, a tab, the text indented under it
        para = doc.add_paragraph(f"{number}\t{text}")
        para.paragraph_format.left_indent, para.paragraph_format.first_line_indent = Cm(1.5), Cm(-1.5)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
    doc.add_paragraph(CAPTION).runs[0].bold = True
    table = doc.add_table(rows=1 + len(ROWS), cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "Date", "Event"
    _repeat_header(table.rows[0])
    for k, (date, event) in enumerate(ROWS, 1):
        table.cell(k, 0).text, table.cell(k, 1).text = date, event
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(3.5), Cm(12.5)
    doc.add_heading("5. Lessons", 1)
    doc.add_paragraph("5.1 Risk forms completed with both partners present understate the risk. " + FILLER)
    return doc


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    docx_path = out / f"{STEM}.docx"
    word_document().save(docx_path)
    pdf = to_pdf(docx_path, out)
    subprocess.run(["pdftotext", str(pdf), str(out / f"{STEM}.txt")], check=True)


if __name__ == "__main__":
    main()
