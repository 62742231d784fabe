"""Build wales_concise_apr_header_box_id_date_colon_bullets_board_plan_llwynderw: a Welsh concise
Adult Practice Review on the template's headings (Nimbus Sans 10, tables 9, portrait, 2.54 cm
margins, a centred page number).

A shaded two-cell header box, "<board> / Adult Practice Review Report" | "<ref> / Concise review"
(the review's reference printed nowhere else); the template's headings: Legal context;
Circumstances resulting in the review; Summary timeline of significant events, bullets each
opening with a bold date and a colon and wrapping over two lines (one a month only, the last the death); Practice and
organisational learning; Improving systems and practice, "Recommendation N:" bold run-ins;
Statement by Reviewer, a two-row table naming the reviewer; then "Regional Board action plan",
Rec. | Action | Lead agency | Target date | Progress, the Rec. cell a bold number merged down over
its rows, Progress Completed / Ongoing / Not started, the page breaking after recommendation 1's
rows under the repeated header, and a position line.

    python tests/zoo/pending/build_wales_concise_apr_header_box_id_date_colon_bullets_board_plan_llwynderw.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # then the .corpus.txt

All people, places and bodies are fictional; the wording is our own. Written by helper
s51h51rest as a stand-in for heldout51's family 5.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold frame
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the Word helpers and export steps

from docx.shared import Cm, Pt  # noqa: E402
from docx_build import make_table, merge_down, new_doc, para, set_text, set_widths, shade  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import first_words, line_holding, plain_action, plan_gold, recommendation_record, review  # noqa: E402

STEM = "wales_concise_apr_header_box_id_date_colon_bullets_board_plan_llwynderw"
BOARD = "Llwynderw Regional Safeguarding Board"
REF = "LRSB 2/2024"
REVIEWER = "Morwenna Tregarth"

# (bold date as printed, event, iso)
TIMELINE = [
    ("12 March 2022", "Mr P is discharged home from hospital after a fall, with a package of care of two "
     "visits a day; the discharge letter notes that he has lived alone since his wife died.", "2022-03-12"),
    ("June 2022", "Carers report to the agency that Mr P is refusing meals and personal care; the agency "
     "reduces the visits to one a day at his request and does not tell the council.", "2022-06"),
    ("4 August 2022", "The GP practice sees Mr P, who has lost weight since the spring; he is given a "
     "food supplement and a review in three months, and no referral is made.", "2022-08-04"),
    ("19 October 2022", "A neighbour calls the council to say that Mr P's house is cold and dirty and "
     "that he has been seen in the garden at night without a coat.", "2022-10-19"),
    ("2 December 2022", "A social worker visits; Mr P declines an assessment, and the case is closed "
     "the same week without a discussion of his capacity to make that decision.", "2022-12-02"),
    ("27 January 2023", "Mr P is found collapsed at home by a carer and is taken to hospital, where he "
     "dies later that day.", "2023-01-27"),
]  # fmt: skip

# (agency, text, [(action, lead, target, progress)])
RECS = [
    (
        BOARD,
        "The Regional Board should issue practice guidance on responding to adults who repeatedly "
        "decline care and support, including when to hold a multi-agency meeting.",
        [
            ("Draft guidance on self-neglect and refusal of care", "Board Business Unit", "30/06/2024", "Completed"),
            ("Launch the guidance at a practitioner event", "Board Business Unit", "September 2024", "Ongoing"),
        ],
    ),
    (
        "Llwynderw County Council",
        "Llwynderw County Council should make sure that a case is not closed after one declined "
        "visit without a review of the adult's capacity to make that decision.",
        [("Audit cases closed after a declined assessment", "Head of Adult Services", "31/10/2024", "Ongoing")],
    ),
    (
        "Llwynderw University Health Board",
        "Llwynderw University Health Board should remind GP practices to refer an adult with "
        "unexplained weight loss who lives alone to adult services.",
        [
            ("Send a practice briefing to all GP practices", "Primary Care Lead", "31/07/2024", "Completed"),
            ("Add weight loss to the practice safeguarding prompts", "Primary Care Lead", "March 2025", "Not started"),
        ],
    ),
]  # fmt: skip


def header_box(doc):
    widths = [10.5, 5.4]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_text(t.cell(0, 0), f"{BOARD}\nAdult Practice Review Report", bold=True, size=11)
    set_text(t.cell(0, 1), f"{REF}\nConcise review", bold=True, size=11)
    for c in t.rows[0].cells:
        shade(c, "DEEAF6")
    set_widths(t, widths)
    doc.add_paragraph()


def heading(doc, text):
    para(doc, text, bold=True, size=11)


def bullet(doc, bold: str, text: str):
    p = doc.add_paragraph(style="List Bullet")
    r = p.add_run(f"{bold}:")
    r.bold = True
    p.add_run(f" {text}")


def run_in(doc, label: str, text: str):
    p = doc.add_paragraph()
    r = p.add_run(f"{label}:")
    r.bold = True
    p.add_run(f" {text}")


def document():
    doc = new_doc(font="Nimbus Sans", size=10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.54)
    header_box(doc)
    heading(doc, "Legal context")
    para(
        doc,
        "The Board commissioned this concise review under section 139 of the Social Services and "
        "Well-being (Wales) Act 2014, as the criteria for an Adult Practice Review were met.",
    )
    heading(doc, "Circumstances resulting in the review")
    para(
        doc,
        "Mr P, aged 79, lived alone in a rural village. He had care and support at home after a fall, "
        "which he later refused. He died in hospital in January 2023 from the effects of self-neglect.",
    )
    heading(doc, "Summary timeline of significant events")
    for date, event, _ in TIMELINE:
        bullet(doc, date, event)
    heading(doc, "Practice and organisational learning")
    para(
        doc,
        "Agencies respected Mr P's wish to be left alone but did not test whether he understood the "
        "risks. Nobody brought together what the carers, the GP and the neighbour had each seen.",
    )
    heading(doc, "Improving systems and practice")
    para(doc, "The reviewer makes the following recommendations to the Regional Board.")
    for n, (_, text, _) in enumerate(RECS, start=1):
        run_in(doc, f"Recommendation {n}", text)
    heading(doc, "Statement by Reviewer")
    widths = [4.0, 11.9]
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_text(t.cell(0, 0), "Reviewer", bold=True, size=9)
    set_text(t.cell(0, 1), REVIEWER, size=9)
    set_text(t.cell(1, 0), "Date", bold=True, size=9)
    set_text(t.cell(1, 1), "22 April 2024", size=9)
    set_widths(t, widths)
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    p.add_run("Regional Board action plan").bold = True
    p.runs[0].font.size = Pt(11)
    widths = [1.3, 6.0, 3.6, 2.4, 2.6]
    t = make_table(doc, ["Rec.", "Action", "Lead agency", "Target date", "Progress"], widths, size=9)
    row = 1
    for n, (_, _, actions) in enumerate(RECS, start=1):
        first = row
        for action, lead, target, progress in actions:
            cells = t.add_row().cells
            for k, (c, value) in enumerate(zip(cells, [str(n), action, lead, target, progress])):
                set_text(c, value, size=9, bold=k == 0)
            if n == 2 and row == first:
                # the page turns after recommendation 1's rows, the header printed again
                cells[0].paragraphs[0].paragraph_format.page_break_before = True
            row += 1
        merge_down(t, 0, first, row - 1, size=9, bold=True)
    set_widths(t, widths)
    para(doc, "Position as at 31 January 2025.", italic=True)
    return doc


def gold(lines):
    recs = [
        recommendation_record(
            str(n),
            first_words(text, 10),
            line_holding(lines, text, 5),
            agency=agency,
            scope="regional" if agency == BOARD else "local",
        )
        for n, (agency, text, _) in enumerate(RECS, start=1)
    ]
    actions = [
        plain_action(
            action,
            line_holding(lines, action, 4),
            lead=lead,
            due=target,
            state=progress,
            recommendation_ref=str(n),
        )
        for n, (_, _, rows) in enumerate(RECS, start=1)
        for action, lead, target, progress in rows
    ]
    chronology = chronology_gold(lines, [(event, date, iso, False) for date, event, iso in TIMELINE])
    return plan_gold(
        STEM,
        family="Welsh concise APR: header box id; date-colon timeline bullets; Recommendation N: run-ins; board plan",
        description=(
            "A Welsh concise Adult Practice Review built in Word (python-docx, Nimbus Sans 10), exported to PDF by "
            "LibreOffice and to text by plain pdftotext: a shaded two-cell header box with the board and the review's "
            "reference, a summary timeline of bullets opening with a bold date and a colon, 'Recommendation N:' bold "
            "run-ins, a Statement by Reviewer table, and a Rec. | Action | Lead agency | Target date | Progress plan."
        ),
        review=review(
            "SAR",
            "Llwynderw",
            "Mr P",
            doc_kind="report",
            review_id=REF,
            author=REVIEWER,
            age=79,
            date_of_death="2023-01-27",
        ),
        review_alternatives={"area": [BOARD]},
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes=(
            "Written by helper s51h51rest; fictional. The reference is only in the header box; the author is the "
            "reviewer in the Statement by Reviewer table. Each timeline bullet is an event dated by its bold run-in "
            "(without the colon). The plan's rows are the actions, their recommendation the merged Rec. number; "
            "Ongoing is in progress."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
