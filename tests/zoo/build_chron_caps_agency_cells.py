"""A DHR appendix's chronology table (Date | Agency | Event) whose agency column holds
multi-agency bodies by their capitals initials ("MAPPA", "MARAC"), as plain `pdftotext` (no
-layout) prints it: row by row, a cell after another on lines of their own. A five-letter
capitals cell alone on its line reads, to a text segmenter, like a capitals heading
("CONCLUSIONS"), and a top-level one would end the chronology before the table's last rows.
Built as authors publish it (python-docx, a real Word table, Arial), exported to PDF by
LibreOffice; the .txt is what pdftotext makes of that PDF. The gold is written by hand below
(each record's line looked up in the .txt).

* chron_caps_agency_cells: seven rows; one agency cell is "MARAC" alone, and two are local panels
  whose names wrap in the narrow agency column so that their initials ("Corrowby" over "MARAC")
  print alone on the cell's second line, after the event's first line, a sentence of its own. The table is followed by a
  capitals heading of the report's own ("APPENDIX B: TERMS OF REFERENCE"), which does end it.

    python tests/zoo/build_chron_caps_agency_cells.py   # writes .docx, .pdf, .txt and .json here
"""

from __future__ import annotations

from chron_report import build, chronology_table, heading, new_doc, para, review, table_gold
from docx.shared import Pt

STEM = "chron_caps_agency_cells"
WIDTHS = [2.6, 2.6, 11.3]

# (date cell, agency, event (paragraphs split by a newline), gold date_raw, gold date)
ROWS = [
    (
        "03/02/2020",
        "Corrowby Police",
        "Officers are called by a passer-by who sees Tilly pulled into a car outside the launderette. "
        "Tilly says it was a joke between friends.\nThe incident is logged as a concern for welfare; "
        "Aled is not spoken to.",
        "03/02/2020",
        "2020-02-03",
    ),
    (
        "19/05/2020",
        "Moss Bank Surgery",
        "Tilly sees a GP about headaches and trouble sleeping. She says home is 'stressful'.\nThe GP "
        "prescribes sleeping tablets and does not ask about the relationship.",
        "19/05/2020",
        "2020-05-19",
    ),
    (
        "11/09/2020",
        "Corrowby MAPPA",
        "Aled is managed at level 1.\nHe was released on licence for an earlier assault on a former "
        "partner. His new address is not checked and no one asks who else lives there.",
        "11/09/2020",
        "2020-09-11",
    ),
    (
        "27/01/2021",
        "Corrowby Police",
        "Tilly rings 999 saying Aled has smashed her phone and will not let her leave. Officers attend "
        "and Aled is arrested.\nThe DASH is graded high and a referral is sent to the conference.",
        "27/01/2021",
        "2021-01-27",
    ),
    (
        "09/02/2021",
        "MARAC",
        "Tilly's case is heard. Actions agreed: a marker on the address and an advocate to make "
        "contact.\nThe housing provider is not invited.",
        "09/02/2021",
        "2021-02-09",
    ),
    (
        "16/03/2021",
        "Corrowby MARAC",
        "The case is reviewed and closed.\nTilly has not answered the advocate's calls. The minutes do "
        "not say who decided this.",
        "16/03/2021",
        "2021-03-16",
    ),
    (
        "30/04/2021",
        "Corrowby Police",
        "A neighbour hears shouting and a crash and calls police. Officers force entry and find Tilly "
        "with fatal injuries.\nAled is arrested nearby.",
        "30/04/2021",
        "2021-04-30",
    ),
]


def word_document():
    doc = new_doc(header="Corrowby DHR 'Tilly'", footer_label="Corrowby Community Safety Partnership – Page")
    # (a report set with generous line spacing: 1.4 lines, 8 pt after each paragraph)
    spacing = doc.styles["Normal"].paragraph_format
    spacing.line_spacing = 1.4
    spacing.space_after = Pt(8)
    heading(doc, "APPENDIX A: CHRONOLOGY", 1)
    para(
        doc, "The table below sets out the contacts the panel judged significant, from the agencies' records."
    )
    chronology_table(
        doc,
        ["Date", "Agency", "Event"],
        WIDTHS,
        ([date, agency, event] for date, agency, event, _, _ in ROWS),
        size=9,
    )
    para(doc, "")
    heading(doc, "APPENDIX B: TERMS OF REFERENCE", 1)
    para(doc, "The review looked at agencies' contact with Tilly and Aled from January 2020 to her death.")
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        family="chronology: Date | Agency | Event table printed row by row, a cell a line, by plain pdftotext",
        description="DHR appendix 'Chronology' built in Word (python-docx, Arial; the table in 9 pt), exported "
        "to PDF by LibreOffice and to text by plain pdftotext: the header's names each on a line, then each row's "
        "cells one after another. Three agency cells print a multi-agency body's capitals initials alone on a "
        "line (MAPPA, MARAC, and a local panel's name wrapped over its initials), which read like capitals "
        "headings; the report's own capitals heading after the table ends it.",
        review=review("DHR", "Corrowby", "Tilly"),
        events=[(event, raw, iso) for _date, _agency, event, raw, iso in ROWS],
        notes="Written by hand from the document's meaning. One entry per table row (7), in document order; "
        "the introduction and the terms of reference after the table are not entries.",
    )


def main() -> None:
    build(STEM, word_document, gold)


if __name__ == "__main__":
    main()
