"""Chronology tables as plain `pdftotext` (no -layout) prints a Word report's tables: column after
column. Each family is built here as authors publish it (python-docx, real Word tables with the
widths authors give them), exported to PDF by LibreOffice, and the .txt is what pdftotext makes of
that PDF.

* chron_colprint_agency_tables: a DHR appendix telling each agency's contact in its own small
  table under a numbered sub-heading, each agency with its own columns (Date | Time | Incident,
  Date of appointment | Seen by | Summary, Date | Meeting outcome ...) and its own date forms;
  a numbered chapter follows the last table.

    python tests/zoo/build_chron_colprint.py   # writes the .docx, .pdf and .txt beside this script
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1] / "samples"))
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from make_samples import to_pdf  # noqa: E402

STEM = "chron_colprint_agency_tables"
RUNNING_HEAD = "Brackenholt DHR – 'Mira' – Appendix D"

# (title, intro or None, header, widths in cm, rows)
AGENCIES = [
    (
        "D4.2 Brackenholt Constabulary",
        None,
        ["Date", "Time", "Incident"],
        [2.6, 1.6, 12.2],
        [
            (
                "14/02/2019",
                "21:40",
                "Mira rang to say that Tomasz had locked her out of the flat after an argument. "
                "Officers attended and Tomasz let her back in. Recorded as a domestic incident.",
            ),
            (
                "02/09/2019",
                "00:15",
                "A passing driver reported a man pulling a woman by the arm in the car park behind "
                "the shops. Nobody was found when officers arrived.",
            ),
            (
                "27/06/2021",
                "17:05",
                "Mira reported that Tomasz had taken her phone and bank card. Both were returned "
                "before officers arrived. DASH answers gave a medium risk.",
            ),
        ],
    ),
    (
        "D4.3 Fellgate Health Centre (GP)",
        None,
        ["Date of appointment", "Seen by", "Summary"],
        [3.0, 2.6, 10.8],
        [
            (
                "8 Mar 2019",
                "GP",
                "Mira asked for something to help her sleep. She said work had been difficult. "
                "Sleep hygiene advice given.",
            ),
            (
                "Oct 2020 (day not recorded)",
                "Nurse",
                "Dressing of a cut to the hand, said to be from a broken glass.",
            ),
            (
                "19 Jul 2021",
                "GP",
                "Mira said she felt watched at home and could not make decisions for herself. "
                "The GP asked about her safety and gave her the helpline number.",
            ),
        ],
    ),
    (
        "D4.4 Brackenholt Housing Trust",
        None,
        ["Date", "Contact type", "Detail"],
        [2.6, 2.8, 11.0],
        [
            (
                "11.05.20",
                "Repair",
                "Repair to the front door lock; the operative noted the frame was split.",
            ),
            (
                "Sep 2021",
                "Visit",
                "Tenancy visit. Tomasz answered and said Mira was at work. No concerns recorded.",
            ),
        ],
    ),
    (
        "D4.5 Brackenholt MARAC",
        "The MARAC heard the case once:",
        ["Date", "Meeting outcome"],
        [2.6, 13.8],
        [
            (
                "2021-07-29",
                "Case heard. Police to flag the address; the IDVA to offer Mira support; the GP to "
                "be told of the referral.",
            ),
        ],
    ),
    (
        "D4.6 Brackenholt Adult Social Care",
        None,
        ["Date", "Contact"],
        [2.8, 13.6],
        [
            (
                "3rd August 2021",
                "MARAC notification screened. Mira was not thought to need care and support, so no "
                "enquiry was opened.",
            ),
            (
                "Late December 2021",
                "A friend of Mira's rang to say she was worried about her. Advice given; the friend "
                "was given the police non-emergency number.",
            ),
        ],
    ),
]

AFTER = [
    ("D5. What the chronologies show", 1),
    (
        "D5.1 Each agency saw a part of Mira's life. None of them put together the lock-out, the loss of "
        "her phone and card and her account of being watched as a pattern of coercive control.",
        None,
    ),
]


def word_document():
    doc = new_doc(header=RUNNING_HEAD, footer_label="Appendix D", size=10)
    para(doc, "Brackenholt Community Safety Partnership", bold=True)
    para(doc, "Domestic Homicide Review – 'Mira' – Appendix D: Agency chronologies", bold=True)
    para(
        doc,
        "D4.1 Each agency that knew Mira (aged 38) or her partner Tomasz set out its contact in its own "
        "table, as it gave it to the panel. Mira was killed by Tomasz at their flat on 2 March 2022; the "
        "tables cover the three years before her death.",
    )
    for title, intro, header, widths, rows in AGENCIES:
        heading(doc, title, level=2)
        if intro:
            para(doc, intro)
        table = make_table(doc, header, widths, size=9)
        for row in rows:
            add_row(table, list(row), widths, size=9)
        para(doc, "")
    for text, level in AFTER:
        if level:
            heading(doc, text, level=level)
        else:
            para(doc, text)
    return doc


def main() -> None:
    docx = HERE / f"{STEM}.docx"
    word_document().save(docx)
    pdf = to_pdf(docx, HERE)
    subprocess.run(["pdftotext", str(pdf), str(HERE / f"{STEM}.txt")], check=True)


if __name__ == "__main__":
    main()
