"""Build a zoo document of a family whose page is set in two newspaper columns.

* sar_briefing_newspaper_columns: a Safeguarding Adults Board's seven-minute learning briefing,
  one A4 page: a shaded full-width title box, then a continuous section set in two newspaper
  columns (the text runs down the left column and on at the top of the right one). Its
  "Timeline of key events" are dated bullets, its "Recommendations" items "R1" .. "R5" with a
  bold label and a hanging indent; the column break falls inside R2, so its last
  lines stand at the top of the right column, level with the briefing's opening paragraph.
  PDFium reads the left column, then the right, but the unruled-table search took the hanging
  labels of both columns for one table (R3-R5 read before R1, R2 cut in two); the PDF route
  now reads each column on its own (readers/pdf_newspaper). Kept in tests/zoo/pending: plain
  pdftotext prints the columns' blocks out of order (R3-R5 and the questions before the
  findings, R2's last lines among them, R1 and R2's first lines last), and nothing in the
  text is left to tell which column a block stood in (the PDF and Word routes read 1.00).

All people, places and bodies are fictional; the wording is our own. Run once, then render the
corpus-text route (dev/corpus_style.py renders every PDF of a folder):

    python tests/zoo/pending/build_sar_briefing_newspaper_columns.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold frame
from docx_build import box, new_doc, para  # noqa: E402
from gold_lines import R, chronology_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import plan_gold_lines, review  # noqa: E402

STEM = "sar_briefing_newspaper_columns"
BOARD = "Kestley Safeguarding Adults Board"

OPENING = (
    "Cordelia was 74 and lived with her son, who was her only carer, in a terraced house in "
    "Kestley. She died in "
    "February 2024 after a fall down the stairs at home. The Board commissioned this review "
    "because agencies had been worried about the care she received and did not act together."
)
SECOND = (
    "This briefing gives the main points of the review for staff who visit people at home. "
    "Please share it with your team and talk about the questions at the end."
)

# (date as printed, iso date, event)
EVENTS = [
    ("April 2023", "2023-04", "Her son gave up work to care for her full time."),
    ("12 July 2023", "2023-07-12", "A carers' assessment was offered and declined by her son."),
    ("September 2023", "2023-09", "The GP noted weight loss and a bruise on her arm."),
    ("3 November 2023", "2023-11-03", "A neighbour rang the police after hearing shouting."),
    ("14 February 2024", "2024-02-14", "She was found at the foot of the stairs and died that day."),
]

FINDINGS = [
    "Staff saw her son as a carer under strain and did not ask Cordelia alone how she was treated.",
    "The police call was not shared with her GP or with adult social care.",
    "No one checked whether the declined carers' assessment should be offered again.",
]

# (number, addressee, text)
RECS = [
    (
        "1",
        BOARD,
        "Kestley Safeguarding Adults Board should issue guidance on speaking with a person "
        "away from their carer when there are signs of harm at home.",
        ["policy_procedure"],
    ),
    (
        "2",
        "Kestley Council Adult Social Care",
        "Kestley Council Adult Social Care should offer a carers' assessment again within six "
        "months when it has been declined, and record the reason it was declined each time, "
        "so that a carer's changing needs are seen and met.",
        ["record_keeping"],
    ),
    (
        "3",
        "Kestley Police",
        "Kestley Police should share each report of a domestic incident involving an older adult "
        "with adult social care on the next working day.",
        ["information_sharing"],
    ),
    (
        "4",
        "Kestley Primary Care Network",
        "Kestley Primary Care Network should add unexplained bruising in an older patient to the "
        "prompts for a safeguarding discussion in its practice meetings.",
        ["training"],
    ),
    (
        "5",
        BOARD,
        "The Board should check through a single-agency audit within a year that the guidance "
        "on speaking with a person alone is used.",
        ["quality_assurance"],
    ),
]

QUESTIONS = [
    "Have you spoken with the person on their own?",
    "Who else should hear about what you saw today?",
    "When was the carer last offered support?",
]


def _two_columns(section, space_cm=1.0):
    """The section set in two newspaper columns of equal width."""
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), str(int(space_cm * 567)))


def _heading(doc, text):
    p = para(doc, text, bold=True, size=12)
    p.paragraph_format.space_before = Pt(8)
    return p


def _bullet(doc, text, bold_lead=None):
    p = doc.add_paragraph(style="List Bullet")
    if bold_lead:
        p.add_run(bold_lead).bold = True
        p.add_run(" – ")
    p.add_run(text)
    return p


def _numbered(doc, number, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.add_run(f"R{number}").bold = True
    p.add_run(f"\t{text}")
    return p


def build():
    doc = new_doc(footer_label="SAR Cordelia – seven-minute briefing", size=10)
    para(doc, BOARD, bold=True, size=11)
    box(
        doc,
        "Safeguarding Adults Review: ‘Cordelia’\n"
        "Seven-minute briefing for staff who visit people at home – January 2025\n"
        "Independent reviewer: Marian Greyhithe",
        fill="DDEBF7",
        size=11,
    )
    body = doc.add_section(WD_SECTION.CONTINUOUS)
    _two_columns(body)
    _heading(doc, "Why this review was held")
    para(doc, OPENING)
    para(doc, SECOND)
    _heading(doc, "Timeline of key events")
    for raw, _, text in EVENTS:
        _bullet(doc, text, bold_lead=raw)
    _heading(doc, "What the review found")
    for text in FINDINGS:
        _bullet(doc, text)
    _heading(doc, "Recommendations")
    para(doc, "The reviewer made five recommendations. The Board accepted all of them.")
    for number, _, text, _ in RECS:
        _numbered(doc, number, text)
    _heading(doc, "Questions for your team")
    for text in QUESTIONS:
        _bullet(doc, text)
    _heading(doc, "More information")
    para(
        doc,
        "The full report and a recorded talk by the reviewer are on the Board's website. "
        "Ask the Board's business unit for a copy of the guidance on speaking with people alone.",
    )
    para(
        doc,
        "Team leaders can book a practice session on this review for their team; sessions "
        "run each month and take an hour.",
    )
    return doc


def gold(lines):

    recs = [R(f"R{number}", agency, text[:80], themes) for number, agency, text, themes in RECS]
    chronology = chronology_gold(lines, [(text, raw, iso, False) for raw, iso, text in EVENTS])
    return plan_gold_lines(
        lines,
        STEM,
        description=(
            "Safeguarding Adults Review seven-minute briefing set in Arial 10 (Liberation Sans), 1 page: "
            "a shaded full-width title box ('Independent reviewer:'), then a continuous section in two "
            "newspaper columns: 'Timeline of key events' dated bullets 'date – event', 'What the review found' "
            "bullets, 'Recommendations' a lead-in and five items 'R1'-'R5' with a bold label and a "
            "hanging indent (2 broken by the column break), questions, 'More information'; plain "
            "pdftotext prints the top of the right column before the left column's text"
        ),
        review=review(
            "SAR",
            "Kestley",
            "Cordelia",
            doc_kind=None,
            age=74,
            author="Marian Greyhithe",
            date_of_death="2024-02",
        ),
        review_alternatives={"area": [BOARD]},
        recommendations=recs,
        chronology=chronology,
        notes=(
            "Recommendations: the five numbered items (ref the printed label), level overview, agency "
            "the addressee ('The Board' -> the Board), all local; R2 is broken by the "
            "column break. 'What the review found' and the questions are not recommendations. No action "
            "plan. Chronology: the five 'Timeline of key events' bullets, text_start the words after the dash; "
            "'April 2023', 'September 2023' -> month."
        ),
    )


if __name__ == "__main__":
    save_with_gold(build(), HERE, STEM, gold)
