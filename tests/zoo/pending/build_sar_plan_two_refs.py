"""Build a zoo Safeguarding Adults Review whose Board action plan opens every row with two
numbers: the recommendation's ("R2") and the action's ("2.1").

sar_plan_two_refs: a SAR overview (Arial 10) with its recommendations printed "R1"-"R5" and an
appendix "Board action plan": Rec | Action no. | Action | Lead | Target date | Status, the
header's "Action no." wrapped so that "no." prints on a line of its own under a header line that
prints "Action" twice ("Rec Action Action Lead Target date Status" / "no." in corpus text); each
row's Rec cell repeats the recommendation's code, its action number after it; actions and leads
wrap over two lines; a status cell with a note after a dash ("Complete – report taken to Board").

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_plan_two_refs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_plan_two_refs"
RECS = [
    (
        "R1",
        "The Board should seek assurance that adult social care reviews the care plan of any person whose "
        "carer has told services that they can no longer cope.",
        "Pellbrook Safeguarding Adults Board",
    ),
    (
        "R2",
        "Pellbrook Community Health should make sure that district nurses record the name of the main "
        "carer and ask about the carer's health at each review.",
        "Pellbrook Community Health",
    ),
    (
        "R3",
        "Pellbrook Council should give carers a named contact in the carers' service after any hospital "
        "discharge of the person they care for.",
        "Pellbrook Council",
    ),
    (
        "R4",
        "The Board should publish a short guide for practitioners on carer breakdown and the signs "
        "that a carer is no longer managing.",
        "Pellbrook Safeguarding Adults Board",
    ),
]
# (rec, number, action, lead, target, status)
ROWS = [
    (
        "R1",
        "1.1",
        "Add a carer strain question to the care plan review template",
        "Adult Social Care – Principal Social Worker",
        "31 October 2024",
        "Complete",
    ),
    (
        "R1",
        "1.2",
        "Sample fifteen reviews to test that the question is being used",
        "SAB Quality Subgroup",
        "March 2025",
        "In progress",
    ),
    (
        "R2",
        "2.1",
        "Change the district nursing record so that the main carer is a required field",
        "Head of Community Nursing",
        "30/11/2024",
        "Complete",
    ),
    (
        "R2",
        "2.2",
        "Brief every district nursing team on asking about the carer's own health",
        "Named Nurse for Adult Safeguarding",
        "January 2025",
        "In progress",
    ),
    (
        "R3",
        "3.1",
        "Agree a discharge message from the hospital to the carers' service",
        "Carers' Service Manager",
        "June 2025",
        "Not started",
    ),
    (
        "R4",
        "4.1",
        "Write and publish the carer breakdown guide with two carers",
        "SAB Business Manager",
        "September 2024",
        "Complete – report taken to Board",
    ),
    (
        "R4",
        "4.2",
        "Run two lunchtime sessions on the guide for front-line staff",
        "SAB Learning and Development Subgroup",
        "December 2024",
        "Not started",
    ),
]


def build() -> None:
    doc = new_doc(header="Pellbrook Safeguarding Adults Board – SAR Cyril", font="Arial", size=10)
    para(doc, "Pellbrook Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Safeguarding Adults Review: Cyril", bold=True, size=13)
    para(doc, "Independent reviewer: Marguerite Ollerenshaw")
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Cyril was 79 and cared for his wife, who had dementia. He was found collapsed at home in "
        "March 2024 and died in hospital a week later. His wife had not eaten for two days.",
    )
    heading(doc, "2. Findings", 1)
    para(
        doc,
        "2.1 Cyril had told his GP and a district nurse that he was exhausted. Neither concern reached "
        "adult social care, and no one reviewed the couple's care plan.",
    )
    heading(doc, "3. Recommendations", 1)
    para(doc, "3.1 The review makes four recommendations. The Board's action plan is in the appendix.")
    for ref, text, _ in RECS:
        para(doc, f"{ref} {text}")
    heading(doc, "Appendix: Board action plan", 1)
    widths = [1.2, 1.5, 6.0, 3.7, 2.6, 2.4]
    t = make_table(doc, ["Rec", "Action no.", "Action", "Lead", "Target date", "Status"], widths)
    for row in ROWS:
        add_row(t, list(row), widths)
    para(doc, "The Board reviews progress on this plan at each of its meetings.")
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    dates = {
        "31 October 2024": "2024-10-31",
        "March 2025": "2025-03",
        "30/11/2024": "2024-11-30",
        "January 2025": "2025-01",
        "June 2025": "2025-06",
        "September 2024": "2024-09",
        "December 2024": "2024-12",
    }
    states = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), agency=agency)
        for ref, text, agency in RECS
    ]
    actions = [
        action_record(
            action,
            _line_of(lines, action),
            ref=number,
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=when,
            target_date=dates[when],
            status_raw=status,
            status=next(v for k, v in states.items() if status.startswith(k)),
        )
        for rec, number, action, lead, when, status in ROWS
    ]
    return plan_gold(
        STEM,
        family="sar_board_plan_two_refs",
        description=(
            "Safeguarding Adults Review (Word, Arial 10) with recommendations 'R1'-'R4' and an appendix "
            "'Board action plan': Rec | Action no. | Action | Lead | Target date | Status, each row opening "
            "with the recommendation's code and the action's number, the header's 'Action no.' wrapped so "
            "its 'no.' prints on a line of its own"
        ),
        review=review(
            "SAR", "Pellbrook", "Cyril", doc_kind="overview_report", author="Marguerite Ollerenshaw", age=79
        ),
        review_alternatives={"area": ["Pellbrook Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Each plan row is one action: ref the Action no. cell, recommendation_ref the Rec cell's code; "
            "a status with a note after a dash keeps the state it opens with."
        ),
    )


if __name__ == "__main__":
    build()
    g = gold()
    save_gold(HERE, STEM, g)
    print("wrote", f"{STEM}.json")
