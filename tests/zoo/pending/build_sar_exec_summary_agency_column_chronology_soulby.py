"""Build the pending zoo document `sar_exec_summary_agency_column_chronology_soulby`: an island
Safeguarding Adults Board's SAR executive summary whose summary chronology gives each agency a
column of its own, heldout39 family 1's form in our own words.

Date | Police | Health | Adult Social Care | Housing / other: each row's event printed under the
one agency that had the contact, the other cells of the row blank (plain pdftotext prints the
table column after column, so the events come out apart from their dates); dates "12 Mar 2020",
one month only ("Jun 2020") and one "early May 2021"; the table runs over the page break with its
header repeated and a row split across it. "Finding N." paragraphs, recommendations as paragraphs
opening with a bold run-in "Recommendation N:"; the running head "SIPB | SAR ‘Elspeth’ |
Executive Summary", "Page N of M" at the foot (P052 10.5, margins 2.5 cm).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_exec_summary_agency_column_chronology_soulby.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm  # noqa: E402
from docx_build import add_field, add_row, heading, make_table, new_doc, para  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_exec_summary_agency_column_chronology_soulby"
AGENCIES = ("Police", "Health", "Adult Social Care", "Housing / other")
# (date as printed, iso, agency column, event)
ROWS = [
    (
        "12 Mar 2020",
        "2020-03-12",
        "Health",
        "Mrs Elspeth saw her GP about falls at home; a referral to the falls clinic was made.",
    ),
    (
        "Jun 2020",
        "2020-06",
        "Adult Social Care",
        "A carer's assessment was offered to her son, who lived with her; he declined it.",
    ),
    (
        "3 Sep 2020",
        "2020-09-03",
        "Police",
        "Officers attended after a neighbour heard shouting; the son had left and no offence was recorded.",
    ),
    (
        "17 Nov 2020",
        "2020-11-17",
        "Housing / other",
        "The housing association noted rent arrears and a broken front door lock reported by Mrs Elspeth.",
    ),
    (
        "28 Jan 2021",
        "2021-01-28",
        "Health",
        "A district nurse dressed a leg wound and recorded that Mrs Elspeth seemed frightened when her son "
        "came into the room. The nurse did not ask her about this when the son had gone out.",
    ),
    (
        "early May 2021",
        "2021-05",
        "Adult Social Care",
        "A safeguarding concern about money taken from Mrs Elspeth's account was closed after her son said "
        "he managed her shopping with her agreement. No one spoke to Mrs Elspeth alone and the bank "
        "was not asked for the statements that would have shown the withdrawals.",
    ),
    (
        "14 Aug 2021",
        "2021-08-14",
        "Police",
        "A call from Mrs Elspeth ended before she spoke; a call back was not answered and the address was "
        "not visited. The log was closed the next morning as a call made by mistake.",
    ),
    (
        "9 Dec 2021",
        "2021-12-09",
        "Health",
        "The practice pharmacist noted that repeat medicines had not been collected for two months.",
    ),
]
FINDINGS = [
    "Each agency saw a part of Mrs Elspeth's life and none saw her fear of her son as a pattern.",
    "Mrs Elspeth was never spoken to alone, although several professionals had the chance to do so.",
    "Signs of financial abuse were explained away by the person who may have been causing them.",
]
RECS = [
    (
        "1",
        "Soulby Island Safeguarding Partnership Board",
        "The Board should ask every partner to show how staff make sure that an older person is seen and "
        "spoken to alone when a family member who cares for them is present.",
    ),
    (
        "2",
        "Soulby Island Police",
        "Soulby Island Police should review how a silent or dropped call from a known address is followed up "
        "when the call back is not answered.",
    ),
    (
        "3",
        "Soulby Island Adult Social Care",
        "Adult Social Care should make sure that a concern about financial abuse is not closed on the account "
        "of the person suspected, and that bank records are sought with the adult's agreement.",
    ),
    (
        "4",
        "Soulby Island Health and Care",
        "Soulby Island Health and Care should remind practice staff that uncollected repeat medicines for "
        "an older person living with a carer are a reason to make contact.",
    ),
]
WIDTHS = (2.4, 3.3, 3.3, 3.3, 3.3)


def _foot(section) -> None:
    p = section.footer.paragraphs[0]
    p.text = ""
    p.add_run("Page ")
    add_field(p.add_run(), "PAGE")
    p.add_run(" of ")
    add_field(p.add_run(), "NUMPAGES")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _run_in(doc, label: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)


def build() -> None:
    doc = new_doc(header="SIPB | SAR ‘Elspeth’ | Executive Summary", font="P052", size=10.5)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.5)
    _foot(section)
    para(doc, "Soulby Island Safeguarding Partnership Board", bold=True, size=14)
    para(doc, "Safeguarding Adults Review ‘Elspeth’ – Executive Summary", bold=True, size=12)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Mrs Elspeth, a woman of 74, was found unwell at her home on 2 January 2022 and died in "
        "hospital on 9 January 2022. She lived with her adult son, who was her main carer. The Board "
        "agreed that the circumstances met the criteria for a Safeguarding Adults Review.",
    )
    para(doc, "1.2 The review was led by an independent reviewer, Dr Hannah Strachan.")
    heading(doc, "2. Summary chronology", 1)
    para(doc, "The table shows the main contacts, each under the agency that had the contact.")
    t = make_table(doc, ("Date", *AGENCIES), WIDTHS, size=9.5)
    for date, _, agency, event in ROWS:
        add_row(t, [date, *(event if a == agency else "" for a in AGENCIES)], WIDTHS, size=9.5)
    heading(doc, "3. Findings", 1)
    for n, text in enumerate(FINDINGS, 1):
        _run_in(doc, f"Finding {n}.", text)
    heading(doc, "4. Recommendations", 1)
    for ref, _, text in RECS:
        _run_in(doc, f"Recommendation {ref}:", text)
    para(doc, "The Board has accepted the recommendations and will publish an action plan.", italic=True)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = [
        {
            "ref": None,
            "heading": None,
            "date_raw": date,
            "date": iso,
            "date_end": None,
            "relative": False,
            "text_start": " ".join(event.split()[:8]),
            "line": find_line(lines, event),
        }
        for date, iso, _, event in ROWS
    ]
    recs = [
        recommendation_record(
            ref, " ".join(text.split()[:10]), _line_of(lines, text), agency=agency, scope=None
        )
        for ref, agency, text in RECS
    ]
    return plan_gold(
        STEM,
        description=(
            "Island SAR executive summary (P052 10.5): a summary chronology Date | Police | Health | Adult Social "
            "Care | Housing / other, each event under the one agency that had the contact, the row's other cells "
            "blank, dates '12 Mar 2020', 'Jun 2020', 'early May 2021', the table over the page break; 'Finding N.' "
            "paragraphs; 'Recommendation N:' bold run-in paragraphs"
        ),
        review=review(
            "SAR",
            "Soulby Island",
            "Mrs Elspeth",
            doc_kind="executive_summary",
            age=74,
            date_of_death="2022-01-09",
        ),
        review_alternatives={"area": ["Soulby Island Safeguarding Partnership Board"]},
        recommendations=recs,
        chronology=chronology,
        notes=(
            "One entry per table row, its text the event in whichever agency column holds it, its date the Date "
            "cell ('Jun 2020' and 'early May 2021' the month). Recommendations the four run-in paragraphs, not "
            "the findings. Found on 2 January, died 9 January 2022."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
