"""A local child safeguarding practice review whose chapters are unnumbered headings all of one
style ("Background", "Summary of agency involvement", "Recommendations", "Partnership action
plan") and whose agency involvement is a Week commencing | Agency | What happened table, each
date cell "w/c dd/mm/yyyy", the date column's name wrapped in its narrow column ("Week" over
"commencing"). Plain pdftotext prints this table row by row: the header's names a line each, then
each row's week, agency and event on lines of their own. A text export gives the unnumbered
headings no levels to trust, so "Recommendations" may read as a part of the agency summary: the
chronology ends there all the same (the numbered recommendations and the plan's dated rows after
it are no events). Built as authors publish it (python-docx, Liberation Sans 10, tables 9.5),
exported to PDF by LibreOffice; the .txt is plain pdftotext of that PDF, the .corpus.txt the
bundled corpus's rendering. The gold is written by hand below.

* cspr_week_rows_unnumbered_chapters: five entries, three recommendations, four actions.

    python tests/zoo/pending/build_cspr_week_rows_unnumbered_chapters.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/cspr_week_rows_unnumbered_chapters.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/pending/cspr_week_rows_unnumbered_chapters.pdf')))"

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, make_table, new_doc, numbered, page_break, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, line_holding, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "cspr_week_rows_unnumbered_chapters"

# (week, agency, what happened, iso monday)
WEEKS = [
    (
        "w/c 09/01/2023",
        "Nursery",
        "Staff noticed that Ruby, aged three, was collected late on three evenings by an adult they did not know.",
        "2023-01-09",
    ),
    (
        "w/c 23/01/2023",
        "GP practice",
        "Ruby's mother missed two appointments about her own low mood.",
        "2023-01-23",
    ),
    (
        "w/c 23/01/2023",
        "Housing association",
        "A repairs officer reported a broken front door and a smell of cannabis in the hallway.",
        "2023-01-23",
    ),
    (
        "w/c 06/03/2023",
        "Children's Social Care",
        "A referral from the nursery was screened as needing no further action.",
        "2023-03-06",
    ),
    (
        "w/c 17/04/2023",
        "Ambulance service",
        "Ruby was taken to hospital after a fall from a window.",
        "2023-04-17",
    ),
]

RECS = [
    (
        "1",
        "The Partnership should make sure that nurseries know how to raise a concern when a child is collected by "
        "an adult they do not know.",
    ),
    (
        "2",
        "Children's Social Care should look at the whole history of contacts when it screens a referral from a "
        "nursery.",
    ),
    (
        "3",
        "The housing association should pass concerns about a home with young children to the front door team.",
    ),
]

# (rec, action, lead, target as printed, iso, status as printed, status)
ROWS = [
    (
        "1",
        "Send a short guide on collection concerns to every nursery",
        "Early Years Lead",
        "31/05/2025",
        "2025-05-31",
        "Complete",
        "complete",
    ),
    (
        "2",
        "Add a history check to the screening form",
        "Front Door Manager",
        "30/09/2025",
        "2025-09-30",
        "In progress",
        "in_progress",
    ),
    (
        "2",
        "Audit twenty screened nursery referrals",
        "Quality Assurance Lead",
        "31/01/2026",
        "2026-01-31",
        "Not started",
        "not_started",
    ),
    (
        "3",
        "Brief repairs staff on when and how to pass on a concern",
        "Housing Safeguarding Officer",
        "31/07/2025",
        "2025-07-31",
        "Complete",
        "complete",
    ),
]


def word_document():
    doc = new_doc(font="Liberation Sans", size=10)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    heading(doc, "Child Safeguarding Practice Review – Ruby", 1)
    para(doc, "Published by Fallowmere Safeguarding Children Partnership. Reviewer: Ivo Catterall-Brook.")
    heading(doc, "Background", 2)
    para(
        doc,
        "Ruby, aged three, was seriously injured in April 2023 when she fell from a first-floor window at home. "
        "She has recovered and lives with her father.",
    )
    heading(doc, "Summary of agency involvement", 2)
    para(doc, "Each contact is shown under the week in which it happened, as the agencies recorded it.")
    widths = [3.0, 3.8, 9.4]
    t = make_table(doc, ["Week commencing", "Agency", "What happened"], widths, size=9.5)
    for week, agency, text, _ in WEEKS:
        add_row(t, [week, agency, text], widths, size=9.5)
    para(doc, "")
    heading(doc, "Recommendations", 2)
    for ref, text in RECS:
        numbered(doc, f"{ref}.", text)
    page_break(doc)
    heading(doc, "Partnership action plan", 2)
    widths = [1.2, 7.0, 3.6, 2.4, 2.2]
    t = make_table(doc, ["Rec", "Action", "Lead", "Target date", "Status"], widths, size=9.5)
    for rec, action, lead, when, _, state, _ in ROWS:
        add_row(t, [rec, action, lead, when, state], widths, size=9.5)
    return doc


def gold(lines: list[str]) -> dict:
    chronology = chronology_gold(lines, [(text, week, iso, False) for week, _, text, iso in WEEKS])
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), line_holding(lines, text, 4))
        for ref, text in RECS
    ]
    actions = [
        action_record(
            action,
            line_holding(lines, action, 4),
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=when,
            target_date=iso,
            status_raw=state,
            status=value,
        )
        for rec, action, lead, when, iso, state, value in ROWS
    ]
    return plan_gold(
        STEM,
        family="cspr: week-commencing chronology table printed row by row, unnumbered chapters",
        description=(
            "A CSPR built in Word (python-docx, Liberation Sans 10, tables 9.5), exported to PDF by LibreOffice and "
            "to text by plain pdftotext: unnumbered Heading 2 chapters, a Week commencing | Agency | What happened "
            "table ('w/c dd/mm/yyyy', 'Week' over 'commencing'), recommendations 1.-3. as hanging paragraphs, and "
            "on page 2 a plan Rec | Action | Lead | Target date | Status."
        ),
        review=review("SCR", "Fallowmere", "Ruby", doc_kind="overview_report", author="Ivo Catterall-Brook"),
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes=(
            "Written by hand from the document's meaning. One entry per table row (5), each dated to the Monday "
            "printed. The background, the table's introduction, the recommendations and the plan's dated rows are "
            "no entries."
        ),
    )


if __name__ == "__main__":
    save_rendered(word_document(), HERE, STEM)
    save_gold(HERE, STEM, gold((HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()))
