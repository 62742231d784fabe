"""A DHR overview's chronology as a four-column Word table, Date | Source | Information | Panel
comment: each row's date printed day, short month and two-digit year ("7 Jan 21"), two rows on one
day each printing the date again, a month alone for an entry the agency could not date closer
("Apr 21"), and the panel's view of each contact in a column of its own, which is no part of the
event. Numbered paragraphs of the overview sit before the table and after it. Built as authors
publish it (python-docx, Georgia 10.5, the table in 9.5 pt), exported to PDF by LibreOffice; the
.txt is plain pdftotext of that PDF, the .corpus.txt the bundled corpus's rendering (pdfplumber
lines, each line's cells joined by spaces). The gold is written by hand below.

* chron_panel_comment_short_month_dates: seven rows.

    python tests/zoo/pending/build_chron_panel_comment_short_month_dates.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/chron_panel_comment_short_month_dates.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/pending/chron_panel_comment_short_month_dates.pdf')))"
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import chronology_table, heading, new_doc, numbered, para, review, table_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "chron_panel_comment_short_month_dates"
WIDTHS = [2.0, 2.6, 7.0, 4.6]

# (date cell, source, information, panel comment, gold date_raw, gold date)
ROWS = [
    (
        "7 Jan 21",
        "Fellhaven GP",
        "Marisol told the GP she had not slept for weeks and asked for something to help.",
        "No routine enquiry about home was made.",
        "7 Jan 21",
        "2021-01-07",
    ),
    (
        "19 Jan 21",
        "Fellhaven Police",
        "A neighbour reported a door being kicked at the flat. Officers spoke to Tobias on the landing.",
        "Marisol was not seen on her own.",
        "19 Jan 21",
        "2021-01-19",
    ),
    (
        "19 Jan 21",
        "Fellhaven Police",
        "A DASH risk assessment was started but not finished because Marisol would not answer the door.",
        "The panel would have expected a return visit.",
        "19 Jan 21",
        "2021-01-19",
    ),
    (
        "Apr 21",
        "Brightwater Housing",
        "Tobias asked to be added to the tenancy. The officer sent him the form by post.",
        "The request was not shared with other agencies.",
        "Apr 21",
        "2021-04",
    ),
    (
        "2 Jun 21",
        "Fellhaven Hospital",
        "Marisol attended the emergency department with a cut hand which she said was from a broken glass.",
        "The explanation was accepted without question.",
        "2 Jun 21",
        "2021-06-02",
    ),
    (
        "30 Aug 21",
        "Women's Aid Fellhaven",
        "Marisol phoned the helpline and asked what would happen to the flat if she left.",
        "A good call; she was offered a follow-up.",
        "30 Aug 21",
        "2021-08-30",
    ),
    (
        "14 Oct 21",
        "Fellhaven Police",
        "Officers were called to the flat and found Marisol with serious injuries. She died the same night.",
        "-",
        "14 Oct 21",
        "2021-10-14",
    ),
]


def word_document():
    doc = new_doc(header="Fellhaven CSP – DHR Marisol – Overview Report", font="Georgia", size=10.5)
    heading(doc, "4. Chronology of agency contact", 1)
    numbered(doc, "4.1", "The panel drew up the table below from the agencies' own chronologies.")
    numbered(
        doc, "4.2", "The last column gives the panel's view of each contact; it is not part of the record."
    )
    chronology_table(
        doc, ["Date", "Source", "Information", "Panel comment"], WIDTHS, [r[:4] for r in ROWS], size=9.5
    )
    para(doc, "")
    heading(doc, "5. Analysis", 1)
    numbered(doc, "5.1", "The panel found three points where Marisol could have been asked about home.")
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        events=[(event, raw, iso) for _d, _s, event, _c, raw, iso in ROWS],
        family="chronology: Date | Source | Information | Panel comment table, 'd Mon yy' dates",
        description=(
            "DHR overview's chronology section built in Word (python-docx, Georgia 10.5, the table in 9.5 pt), "
            "exported to PDF by LibreOffice and to text by plain pdftotext. Dates printed '7 Jan 21', two rows "
            "on one day each with its date, a month alone ('Apr 21'); a Panel comment column beside the event."
        ),
        review=review("DHR", "Fellhaven", "Marisol"),
        notes=(
            "Written by hand from the document's meaning. One entry per table row (7), in document order; "
            "numbered paragraphs 4.1, 4.2 and 5.1 are not entries; the panel's comment is no part of an entry."
        ),
    )


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
