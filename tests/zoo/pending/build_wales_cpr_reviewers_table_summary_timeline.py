"""Build wales_cpr_reviewers_table_summary_timeline_cwmderyn: a Welsh concise Child Practice
Review on the template's shaded section boxes (DejaVu Serif 10, portrait, 2.5 cm margins), a
right-hand running head with the review's reference and a right-hand page number.

A centred title block with a bold "Re: <board> CPR 2/2024" line; grey one-cell boxes over each
section ("Brief outline of circumstances resulting in the Review", the death given only by its
month; "Practice and organisational learning"; "Improving Systems and Practice", its lead-in
calling them actions, hanging items 1.-4.; "Statement by Reviewers", a four-column table
REVIEWER 1 | name | REVIEWER 2 | name over a signature row; "Statement by Review Panel Chair");
page 2 "Appendix 2: Summary timeline", a Date | Agency | Significant event table whose last row
is the death, and a "For Welsh Government use only" box.

The author is reviewer 1; the day of death is printed only in the timeline's last row.

    python tests/zoo/pending/build_wales_cpr_reviewers_table_summary_timeline.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # then the .corpus.txt

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold frame
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the Word helpers and export steps

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm  # noqa: E402
from docx_build import add_row, box, make_table, new_doc, page_break, para, set_widths  # noqa: E402
from gold_lines import chronology_gold, find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "wales_cpr_reviewers_table_summary_timeline_cwmderyn"
BOARD = "Cwmderyn Regional Safeguarding Board"
REF = "CRSB CPR 2/2024"
WRITTEN = "Written by helper s50h49rest; fictional."
REVIEWER_1, REVIEWER_2 = "Rhian Ellery", "Dafydd Morcombe"

OUTLINE = (
    "This concise review was commissioned after the death of Child D, aged 15 months, in February "
    "2024. Child D lived with her mother and her mother's partner and was known to health and "
    "children's services."
)
LEARNING = [
    "Health visitors did not see Child D at home after the family moved, and the new address was not "
    "shared with the GP practice.",
    "Concerns raised by the nursery about Child D's weight were not linked with the mother's missed "
    "appointments.",
]
ACTIONS = [
    (
        "Cwmderyn Health Board",
        "Cwmderyn Health Board should make sure that a family's change of address is "
        "sent to every health service working with the child within two working days.",
    ),
    (
        "Cwmderyn County Council",
        "Cwmderyn County Council should remind nursery staff how to raise concerns "
        "about a child's weight and how to escalate them.",
    ),
    (
        "The Regional Safeguarding Board",
        "The Regional Safeguarding Board should audit how missed health "
        "appointments for children under two are followed up.",
    ),
    (
        "Cwmderyn Health Board",
        "Cwmderyn Health Board should provide training on the risks to babies when a "
        "new adult joins the household.",
    ),
]
# (date, agency, event, raw date, iso)
TIMELINE = [
    (
        "03/11/2022",
        "Midwifery",
        "Child D born at term; no concerns noted at birth.",
        "03/11/2022",
        "2022-11-03",
    ),
    (
        "September 2023",
        "Health visiting",
        "Family moves to a new address; records not transferred.",
        "September 2023",
        "2023-09",
    ),
    (
        "17/10/2023",
        "Nursery",
        "Nursery notes that Child D appears thin and hungry.",
        "17/10/2023",
        "2023-10-17",
    ),
    ("December 2023", "GP", "Mother misses two appointments for Child D.", "December 2023", "2023-12"),
    (
        "11/01/2024",
        "Children's services",
        "Referral from the nursery closed after one visit.",
        "11/01/2024",
        "2024-01-11",
    ),
    (
        "23/02/2024",
        "Ambulance service",
        "Child D found unresponsive at home and later dies in hospital.",
        "23/02/2024",
        "2024-02-23",
    ),
]


def section(doc, title: str):
    box(doc, title, fill="D9D9D9", width=16.0, size=10)


def document():
    doc = new_doc(header=REF, font="DejaVu Serif", size=10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, BOARD, bold=True, size=13, align="center")
    para(doc, "Concise Child Practice Review", bold=True, size=12, align="center")
    para(doc, f"Re: {REF}", bold=True, align="center")
    para(doc, "Legal context", bold=True)
    para(
        doc,
        "This review was commissioned by the Board under the Social Services and Well-being (Wales) Act 2014.",
    )
    section(doc, "Brief outline of circumstances resulting in the Review")
    para(doc, OUTLINE)
    section(doc, "Practice and organisational learning")
    for text in LEARNING:
        para(doc, text)
    section(doc, "Improving Systems and Practice")
    para(doc, "In order to promote the learning from this case the following actions should be taken:")
    for n, (_, text) in enumerate(ACTIONS, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{n}.\t{text}")
    section(doc, "Statement by Reviewers")
    widths = [3.0, 5.0, 3.0, 5.0]
    t = make_table(
        doc,
        ["REVIEWER 1", REVIEWER_1, "REVIEWER 2", REVIEWER_2],
        widths,
        header_fill=None,
        size=9,
        repeat=False,
    )
    add_row(t, ["Signature", "", "Signature", ""], widths)
    add_row(t, ["Date", "14/06/2024", "Date", "14/06/2024"], widths)
    set_widths(t, widths)
    para(doc, "")
    section(doc, "Statement by Review Panel Chair")
    para(
        doc,
        "I make this statement that prior to sending the report to the Board I am satisfied that the "
        "review has been carried out in line with the guidance.",
    )
    para(doc, "Chair of Review Panel: Gwen Arbery")
    page_break(doc)
    para(doc, "Appendix 2: Summary timeline", bold=True, size=11)
    widths = [2.6, 3.6, 9.8]
    t = make_table(doc, ["Date", "Agency", "Significant event"], widths, size=9)
    for date, agency, event, *_ in TIMELINE:
        add_row(t, [date, agency, event], widths)
    para(doc, "")
    box(
        doc,
        "For Welsh Government use only\nDate information received: ..........\nDate acknowledgment letter "
        "sent to Board Chair: ..........",
        fill="F2F2F2",
        width=16.0,
        size=9,
    )
    return doc


def gold(lines):
    recs = [
        recommendation_record(
            str(n), first_words(text, 10), find_line(lines, first_words(text, 6)), agency=agency
        )
        for n, (agency, text) in enumerate(ACTIONS, start=1)
    ]
    chronology = chronology_gold(lines, [(event, raw, iso, False) for _, _, event, raw, iso in TIMELINE])
    return plan_gold(
        STEM,
        family="Welsh concise CPR: template section boxes; reviewers' table; summary timeline",
        description=(
            "A Welsh concise Child Practice Review built in Word (python-docx, DejaVu Serif 10), exported to PDF "
            "by LibreOffice and to text by plain pdftotext: grey one-cell section boxes, a bold 'Re: <ref>' line, "
            "numbered actions under 'Improving Systems and Practice', a four-column REVIEWER 1 | name | REVIEWER 2 "
            "| name table, and a Date | Agency | Significant event summary timeline whose last row is the death."
        ),
        review=review(
            "SCR",
            "Cwmderyn",
            "Child D",
            doc_kind="report",
            review_id=REF,
            author=REVIEWER_1,
            age=1,
            date_of_death="2024-02-23",
        ),
        review_alternatives={"area": [BOARD]},
        recommendations=recs,
        chronology=chronology,
        notes=(
            f"{WRITTEN} The author is reviewer 1 in the reviewers' table; the day of death is only in the "
            "timeline's last row (the outline gives the month). The four items under 'Improving Systems and "
            "Practice' are the recommendations (the template's lead-in calls them actions)."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
