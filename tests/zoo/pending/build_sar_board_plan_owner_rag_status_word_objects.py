"""Build a zoo SAR summary whose Board plan (No. | Action | Owner | Deadline | RAG | Commentary)
writes its actions as headlines without full stops, some naming the cases they work on by a word
a status column also uses ("Audit 20 closed safeguarding enquiries ...", "Review every open case
...", "Check 12 completed carer's assessments ...").

sar_board_plan_owner_rag_status_word_objects: a SAR summary (landscape, Arial 9, the table drawn as the zoo's merged plans are) with the Board's
plan appended; a key line over the table gives the RAG letters' meaning. Plain pdftotext prints
the table column by column: the numbers, the action cells one after another, then each later
column's name over the first row's cell, the other rows' owners as one block of wrapped names and
their deadline, RAG and commentary cells a row at a time. The words "closed", "open" and
"completed" inside an action's object make no action a status: each headline is one row.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_board_plan_owner_rag_status_word_objects.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

STEM = "sar_board_plan_owner_rag_status_word_objects"
VALUE = {"G": "complete", "A": "in_progress", "R": "not_started"}
# (no., action, owner, deadline, rag, commentary)
ROWS = [
    (
        "1",
        "Audit 20 closed safeguarding enquiries for a named worker at closure",
        "Board Business Manager",
        "30/04/2025",
        "G",
        "Audit reported to the Board in April.",
    ),
    (
        "2",
        "Review every open case held by the hoarding panel against the pathway",
        "Chair, Hoarding and Clutter Panel",
        "31/07/2025",
        "A",
        "Half of the cases reviewed so far.",
    ),
    (
        "3",
        "Check 12 completed carer's assessments for the carer's own view",
        "Principal Occupational Therapist",
        "30/09/2025",
        "R",
        "Not begun; sample still to be drawn.",
    ),
    (
        "4",
        "Write a one-page guide to the self-neglect pathway for GP surgeries",
        "Designated Nurse for Adult Safeguarding",
        "31/03/2025",
        "G",
        "Guide sent to every surgery in March.",
    ),
    (
        "5",
        "Report the panel's findings to the Board's quality group",
        "Head of Quality, Adult Social Care",
        "31/10/2025",
        "A",
        "On the quality group's October agenda.",
    ),
]
WIDTHS = [1.2, 8.0, 4.6, 2.6, 1.4, 8.2]
KEY = "RAG: G = done; A = in hand; R = not yet begun."


def build() -> None:
    doc = new_document("Pellworth Safeguarding Adults Board – SAR 'Mr Osgood' – action plan")
    doc.add_heading("Pellworth Safeguarding Adults Board", level=1)
    doc.add_paragraph("Safeguarding Adults Review 'Mr Osgood' – Summary and Board Action Plan")
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph(
        "1.1 Mr Osgood was 77 and lived alone in a flat he had filled with papers and furniture over "
        "many years. Several agencies saw the state of his home but each ended its work after he "
        "turned down their help, and he died after a fire started by a heater."
    )
    doc.add_paragraph(
        "1.2 The review found that no agency held the whole picture and that the self-neglect "
        "pathway was used only once in the two years before his death."
    )
    doc.add_heading("Appendix: Board action plan", level=2)
    doc.add_paragraph(KEY)
    t = table(doc, ["No.", "Action", "Owner", "Deadline", "RAG", "Commentary"], WIDTHS)
    for values in ROWS:
        merged_rows(t, [], [], [list(values)])
    doc.add_paragraph()
    doc.add_paragraph(
        "The Board's quality group checks this plan at each meeting until every action is done."
    )
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action.split()[0] + " " + action.split()[1]),
            ref=number,
            lead=owner,
            target_date_raw=due,
            target_date="-".join(reversed(due.split("/"))),
            status_raw=rag,
            status=VALUE[rag],
        )
        for number, action, owner, due, rag, _note in ROWS
    ]
    return plan_gold(
        STEM,
        family="sar_board_plan_owner_rag_status_word_objects",
        description=(
            "SAR summary (Word, landscape Arial 9) with a Board plan No. | Action | Owner | Deadline | "
            "RAG | Commentary, headline actions without full stops, three naming their cases by a "
            "status word (closed, open, completed), RAG letters read through the key line"
        ),
        review=review("SAR", "Pellworth", "Mr Osgood", doc_kind="action_plan", age=77),
        review_alternatives={"area": ["Pellworth Safeguarding Adults Board"]},
        recommendations=[],
        actions=actions,
        notes="Each row's status is its RAG letter read through the key line over the table.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
