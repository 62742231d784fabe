"""A summary chronology set without rules (only the header row shaded) whose Date column is so
narrow that some dates wrap over two or three lines ("October" / "2018", "w/c 9 July" / "2019",
"w/c 14" / "January" / "2020"), built in Word (python-docx) and exported to PDF by LibreOffice,
the way executive summaries print a Date | Source | Summary table.

PDFium prints such a row's date cell line by line before the row's other cells, so the wrapped
date's later lines ("2019") stand as lines of their own between the date's first line and the
event: tests/test_chron_pdf_wrapped_dates.py holds the PDF route to reading each row with its
whole date and its event.

    python tests/chron_wrapped_dates/build.py   # writes documents/*.docx/.pdf

Fictional people and places; our own words.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "documents"
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1] / "samples"))
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from make_samples import to_pdf  # noqa: E402

# (date cell, source, summary) — the date cells are the ones a 2.3 cm column wraps
ROWS = [
    ("Spring 2018", "Family", "Hollis moved in with Brannock after they had known each other a few weeks."),
    ("02/05/2018", "GP", "Hollis asked her GP for help with headaches and said she was not sleeping."),
    (
        "October 2018",
        "Employer",
        "Hollis's team leader saw Brannock waiting in the car park at the end of every shift and "
        "noted that she left early twice.",
    ),
    ("19/11/2018", "Police", "A neighbour reported raised voices. Brannock had gone when officers arrived."),
    (
        "w/c 9 July 2019",
        "Midwife",
        "Booking appointment. Routine enquiry about abuse was not made because Brannock stayed in "
        "the room throughout.",
    ),
    ("Autumn 2019", "Family", "Hollis told a cousin that Brannock read all of her messages."),
    (
        "w/c 14 January 2020",
        "IDVA service",
        "Three calls to Hollis went unanswered; on the fourth a safety plan was agreed with her.",
    ),
    ("03/03/2020", "Police", "Brannock was arrested after Hollis called 999 from a neighbour's flat."),
]

STEM = "chron_wrapped_dates_unruled"


def _borderless(table) -> None:
    """No rules at all: the table's style dropped for the plain one."""
    table.style = None


def word_document():
    doc = new_doc(
        header="Ashgrove DHR 'Hollis' – Executive Summary", footer_label="Executive Summary", size=10
    )
    heading(doc, "3. Summary chronology", level=1)
    para(
        doc,
        "The table combines the agencies' chronologies. Only contacts the panel found significant are shown.",
    )
    widths = [2.3, 3.2, 11.0]
    table = make_table(doc, ["Date", "Source", "Summary of contact"], widths, size=10)
    _borderless(table)
    for date, source, summary in ROWS:
        add_row(table, [date, source, summary], widths, size=10)
    heading(doc, "4. Key findings", level=1)
    para(doc, "Chances to speak to Hollis alone were missed when Brannock came to appointments.")
    return doc


def main() -> None:
    OUT.mkdir(exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    word_document().save(docx)
    with tempfile.TemporaryDirectory() as tmp:
        made = to_pdf(docx, Path(tmp))
        (OUT / f"{STEM}.pdf").write_bytes(made.read_bytes())


if __name__ == "__main__":
    main()
