"""A SAR overview report in the family of sar_start_until_setting_episodes_table, varied: DejaVu
Sans 10, the key episodes table on page 1 and the recommendations alone on page 2 (no ruled table
on that page, so a PDF reader sees the hanging "R.N<tab>text" lines as unruled rows), four
recommendations "R.1"-"R.4" each followed by an italic line "Response required from: <agency>",
two of them opening "The Board should ask <another body> to ..." (the body the line names must
respond: it is the recommendation's agency, not the Board the sentence opens on). Built in Word
(python-docx), exported to PDF by LibreOffice, to text by plain pdftotext; the gold is written by
hand. All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_addressed_recs_board_asks_page_two.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # then the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import chronology_table, find_line, heading, new_doc, para, review, table_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "sar_addressed_recs_board_asks_page_two_wenscombe"
FONT = "DejaVu Sans"
WIDTHS = [2.4, 2.4, 3.3, 8.5]
HANG = Cm(1.6)  # the recommendations' hanging indent

# (from, until, setting, episode, gold date, gold date_end)
ROWS = [
    (
        "11/10/2021",
        "–",
        "Community pharmacy",
        "Mr Arkwright's daughter collected his tablets and said he was sleeping most of the day.",
        "2021-10-11",
        None,
    ),
    (
        "02/11/2021",
        "23/11/2021",
        "Wenscombe General Hospital",
        "Admitted with a chest infection; sent home with a package of four care calls a day.",
        "2021-11-02",
        "2021-11-23",
    ),
    (
        "24/11/2021",
        "31/01/2022",
        "Own home (care calls)",
        "Carers recorded eleven calls where the door was not answered; none was reported on.",
        "2021-11-24",
        "2022-01-31",
    ),
    (
        "07/02/2022",
        "–",
        "Own home",
        "A neighbour found Mr Arkwright on the kitchen floor and called an ambulance.",
        "2022-02-07",
        None,
    ),
]

RECOMMENDATIONS = [
    (
        "R.1",
        "The Board should ask Wenscombe Council to set a time within which a care provider must "
        "report a call where the door is not answered.",
        "Wenscombe Council Adult Social Care",
    ),
    (
        "R.2",
        "Wenscombe General Hospital should check before discharge that an adult's family knows "
        "what care has been arranged and how to raise a concern.",
        "Wenscombe General Hospital NHS Trust",
    ),
    (
        "R.3",
        "The Board should ask the Integrated Care Board to remind community pharmacists how to "
        "pass on a worry about a patient they have not seen.",
        "Wenscombe Integrated Care Board",
    ),
    (
        "R.4",
        "The Board should publish a short note for families on what to do when care calls are missed.",
        "Wenscombe Safeguarding Adults Board",
    ),
]


def word_document():
    doc = new_doc(header="OFFICIAL – Wenscombe Safeguarding Adults Board")
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    para(doc, "Safeguarding Adults Review: Mr Arkwright – overview report", bold=True)
    heading(doc, "3. Key episodes", 1)
    para(
        doc,
        "The episodes below are those the panel judged to matter most. A stay or a period of care gives its last day.",
    )
    chronology_table(doc, ["From", "Until", "Care setting", "Episode"], WIDTHS, (r[:4] for r in ROWS), size=9)
    para(doc, "")
    para(
        doc,
        "Practice point: a door not answered is a missed call, and a missed call is a concern.",
        italic=True,
    )
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "4. Recommendations", 1)
    para(doc, "Each recommendation names the body whose response the Board requires.")
    for ref, words, agency in RECOMMENDATIONS:
        hanging(doc, ref, words)
        para(doc, f"Response required from: {agency}", italic=True).paragraph_format.left_indent = HANG
    para(doc, "The Board will publish the responses within six months.")
    return doc


def hanging(doc, ref: str, words: str) -> None:
    """A recommendation: its bold ref, a tab, its text hanging under the text's first word."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = HANG
    p.paragraph_format.first_line_indent = -HANG
    p.add_run(ref).bold = True
    p.add_run("\t" + words)


def recommendation_gold(lines: list[str], ref: str, words: str, agency: str) -> dict:
    """An overview recommendation: its printed ref, its agency the "Response required from:" line's."""
    start = " ".join(words.split()[:8])
    return {
        "ref": ref,
        "level": "overview",
        "agency": agency,
        "title": None,
        "text_start": start,
        "aliases": [],
        "outcome": None,
        "scope": "local",
        "line": find_line(lines, start),
    }


def gold(lines: list[str]) -> dict:
    out = table_gold(
        lines,
        STEM,
        events=[(episode, start, iso) for start, _u, _s, episode, iso, _e in ROWS],
        family="SAR overview: From | Until | Care setting | Episode table; R.N recommendations each followed "
        "by a 'Response required from:' line, on a page of their own",
        description="SAR overview report built in Word (python-docx, DejaVu Sans 10, the table 9), exported "
        "to PDF by LibreOffice: key episodes with a start and an end date column on page 1; recommendations "
        "R.1-R.4 on page 2, a bold ref and a tab before the hanging text, each followed by an italic "
        "'Response required from:' line; two open 'The Board should ask <another body> to ...'.",
        review=review("SAR", "Wenscombe", "Mr Arkwright"),
        notes="Written by hand from the document's meaning (helper s33fix33). One entry per table row (4), "
        "dated by the From column, the Until column its date_end (an en dash: none). Recommendations "
        "R.1-R.4 as printed, each one's agency the 'Response required from:' line under it (not part of "
        "its text): where the sentence opens 'The Board should ask X to ...', the line names X as the body "
        "that must respond, so X is the agency. The practice point and the closing line are not records.",
    )
    for entry, row in zip(out["chronology"], ROWS, strict=True):
        entry["date_end"] = row[5]
    out["recommendations"] = [recommendation_gold(lines, *r) for r in RECOMMENDATIONS]
    return out


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
