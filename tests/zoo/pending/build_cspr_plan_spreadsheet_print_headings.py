"""Build the pending zoo document `cspr_plan_spreadsheet_print_headings_wyncote`: a local child
safeguarding practice review's action plan printed straight from a spreadsheet with its print
headings on, Liberation Sans 8, landscape.

A grey row of column letters (A to H) heads each page and a grey row number opens every row, as a
spreadsheet prints with "row and column headings" ticked. Rows 1-2 hold a title and an "updated"
line running across the sheet, row 4 the column names Rec no. | Recommendation | Action ref |
Action | Owner | Due | RAG status | Update (Oct 2025); a recommendation's number and text are
filled on its first action's row only, the cells under them empty (not merged); dues are mmm-yy
("Sep-25", "Feb-26": a month); statuses Complete / On track / At risk / Not started. Empty rows
close the sheet; a second sheet, "Key", prints its own letters and row numbers. The text is
pdftotext -layout's, as such a print is usually read.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_plan_spreadsheet_print_headings.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Cm  # noqa: E402
from docx_build import add_row, make_table, new_doc, page_break, set_text, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "cspr_plan_spreadsheet_print_headings_wyncote"
GREY = "D9D9D9"
RECS = {
    "1": "Children's social care and the police should share every return home interview with the "
         "school within five working days.",
    "2": "The partnership should make sure that a child who goes missing three times in a month is "
         "discussed at the exploitation panel.",
    "3": "Schools should record a child's unexplained absences in the same place as their "
         "safeguarding concerns.",
    "4": "The partnership should ask the three children's homes in the area to tell the police and "
         "the child's social worker within an hour of a child going missing, every time, and record "
         "in the child's file who was told and when, so that a pattern can be seen by the next "
         "person who reads it.",
}  # fmt: skip
# (rec, ref, action, owner, due, status, update)
ACTIONS = [
    ("1", "1.1", "Agree a sharing route for return home interviews", "Head of Service", "Sep-25",
     "Complete", "Route agreed 12/09"),
    ("1", "1.2", "Check a sample of interviews were shared in time", "Quality Lead", "Jan-26",
     "On track", "First sample taken"),
    ("1", "1.3", "Report the sample's findings to the partnership", "Quality Lead", "Mar-26",
     "Not started", ""),
    ("2", "2.1", "Add a missing episode count to the panel's referral criteria", "Panel Chair",
     "Nov-25", "Complete", "Criteria changed"),
    ("2", "2.2", "Train panel members on the new criteria", "Panel Chair", "Feb-26", "At risk",
     "Trainer unavailable"),
    ("3", "3.1", "Issue guidance to schools on recording absences", "Education Safeguarding Lead",
     "Dec-25", "On track", "Draft with heads"),
    ("3", "3.2", "Audit absence records in five schools", "Education Safeguarding Lead", "Apr-26",
     "Not started", ""),
    ("4", "4.1", "Write the one-hour notification into each home's missing from care procedure",
     "Residential Services Manager", "Oct-25", "Complete", "All three procedures changed and "
     "signed off by the homes' managers at their September meeting"),
    ("4", "4.2", "Check notification times in the police missing persons log each month",
     "Missing Persons Coordinator", "Jan-26", "On track", "October and November checked; two late "
     "notifications followed up with the home concerned and the reasons recorded"),
    ("4", "4.3", "Add a who was told and when section to the child's file template",
     "Head of Service", "Dec-25", "At risk", "Template change waiting for the case management "
     "system supplier; a paper form is in use meanwhile in all three homes"),
    ("4", "4.4", "Report the first six months of notification times to the partnership",
     "Missing Persons Coordinator", "May-26", "Not started", ""),
    ("4", "4.5", "Share the findings with the homes' registered managers",
     "Residential Services Manager", "Jun-26", "Not started", ""),
]  # fmt: skip
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
STATE = {
    "Complete": "complete",
    "On track": "in_progress",
    "At risk": "in_progress",
    "Not started": "not_started",
}
NAMES = [
    "Rec no.",
    "Recommendation",
    "Action ref",
    "Action",
    "Owner",
    "Due",
    "RAG status",
    "Update (Oct 2025)",
]
WIDTHS = [0.8, 1.3, 6.2, 1.5, 5.6, 3.2, 1.4, 2.0, 3.0]
LETTERS = "ABCDEFGH"


def _iso(due: str) -> str:
    month, year = due.split("-")
    return f"20{year}-{MONTHS.index(month.lower()) + 1:02d}"


def _sheet(doc, rows: list[list[str]], widths: list[float], across: int = 0) -> None:
    """A sheet as printed with its headings: a grey letters row, then each row numbered; the
    first `across` rows' text running across the sheet's empty cells (a title, an updated line)."""
    table = make_table(doc, ["", *LETTERS[: len(widths) - 1]], widths, header_fill=GREY, size=8)
    for n, cells in enumerate(rows, 1):
        row = add_row(table, [str(n), *cells], widths, size=8)
        shade(row.cells[0], GREY)
        if n <= across:
            text = row.cells[1].text
            merged = row.cells[1].merge(row.cells[-1])
            set_text(merged, text, bold=n == 1, size=8)


def _plan_rows() -> list[list[str]]:
    blank = [""] * 8
    rows = [
        ["Wyncote Safeguarding Children Partnership – LCSPR Child M action plan", *[""] * 7],
        ["Last updated 20 October 2025 by the partnership business unit", *[""] * 7],
        blank,
        NAMES,
    ]
    seen: set[str] = set()
    for rec, ref, action, owner, due, state, update in ACTIONS:
        first = rec not in seen
        seen.add(rec)
        rows.append(
            [rec if first else "", RECS[rec] if first else "", ref, action, owner, due, state, update]
        )
    return rows + [blank, blank]


def build() -> None:
    doc = new_doc(landscape=True, font="Liberation Sans", size=8, footer_label="Child M action plan v3.xlsx")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.0)
    sec.top_margin = sec.bottom_margin = Cm(3.2)  # (a print area under a tall page head and foot)
    sec.header.paragraphs[0].text = "Plan"
    _sheet(doc, _plan_rows(), WIDTHS, across=2)
    page_break(doc)
    doc.sections[0].header.is_linked_to_previous = True
    key = [
        ["RAG status", "Meaning"],
        ["Complete", "Action finished and evidenced"],
        ["On track", "Under way and expected by its due month"],
        ["At risk", "Under way but may miss its due month"],
        ["Not started", "Work not yet begun"],
        ["Due dates are months: Feb-26 is February 2026.", ""],
    ]
    _sheet(doc, key, [0.8, 4.0, 9.0])
    save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(n, " ".join(text.split()[:8]), line_holding(lines, text, 3))
        for n, text in RECS.items()
    ]
    actions = [
        action_record(
            action,
            line_holding(lines, action, 3),
            ref=ref,
            recommendation_ref=rec,
            lead=owner,
            target_date_raw=due,
            target_date=_iso(due),
            status_raw=state,
            status=STATE[state],
        )
        for rec, ref, action, owner, due, state, _ in ACTIONS
    ]
    return plan_gold(
        STEM,
        description=(
            "LCSPR action plan printed from a spreadsheet with print headings on (Liberation Sans 8, landscape): "
            "column letters A-H and row numbers, title and updated rows, Rec no. | Recommendation | Action ref | "
            "Action | Owner | Due | RAG status | Update, the recommendation filled on its first row only, mmm-yy "
            "dues, a Key sheet; text by pdftotext -layout"
        ),
        review=review("SCR", "Wyncote", None),
        review_alternatives={"area": ["Wyncote Safeguarding Children Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "One action per numbered sheet row with an Action ref; letters, row numbers, the title and updated "
            "rows, empty rows and the Key sheet are no records. recommendation_ref carries down from the group's "
            "first row. Dues mmm-yy are months. At risk and On track in progress."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
