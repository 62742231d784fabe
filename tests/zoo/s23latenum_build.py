"""Build a spaced-style action plan whose plain-text export (pdftotext, no -layout) prints two
short rows' numbers after their first rounds. All people, places and bodies are fictional; the
wording is our own.

* `textplan_late_numbers_spaced`: a safeguarding adults board's plan in a house style with space
  after every paragraph, No. | Recommendation | Action | Lead | By when | Update | Status.
  pdftotext prints each printed line as a block of its own and a row a line at a time across its
  cells, but beside row 2's tall action the two short rows below it print first their right
  cells' rounds (action, lead, date, update, status), among row 2's lines; row 2's last line
  follows, and only then each short row's number, its recommendation and its action's last line.

    python tests/zoo/s23latenum_build.py     # writes .docx, .pdf, .txt and the gold .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    line_opening,
    plain_action,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)
from plan_merged_build import row, spaced_document, table  # noqa: E402

STEM = "textplan_late_numbers_spaced"
TITLE = "Appendix C: Board action plan"
SUBTITLE = "Corvenham Safeguarding Adults Board – SAR ‘Edith’. Position at July 2025."
FOOT = "Corvenham SAB – SAR ‘Edith’ – action plan"
HEADER = ["No.", "Recommendation", "Action", "Lead", "By when", "Update", "Status"]

ROWS = [
    (
        "1",
        "Hospital discharge",
        "Write a discharge note for every patient who lives with a carer.",
        "Ward Manager, Corvenham General",
        "31/07/25",
        "Note written and used on two wards.",
        "Ongoing",
    ),
    (
        "2",
        "Housing checks",
        "Ask the housing team to check for earlier tenancy warnings before every move and to record the answer.",
        "Stilbury Housing Options",
        "December 2025",
        "Process agreed; the case file field is being added by the supplier.",
        "Ongoing",
    ),
    (
        "3",
        "Carer support",
        "Offer every carer a yearly check of their own health and sleep.",
        "Carers' Lead, Stilbury Council",
        "March 2026",
        "Offer written into the carer's plan.",
        "Not started",
    ),
    (
        "4",
        "Learning shared",
        "Send a short learning briefing on this review to every partner.",
        "Board Business Manager",
        "August 2025",
        "Briefing drafted and out for comment.",
        "Ongoing",
    ),
    (
        "5",
        "Assurance",
        "Report progress on this plan to the Board at each meeting.",
        "Board Chair",
        "30/09/25",
        "First report made in June; next in September.",
        "Complete",
    ),
]

# The plan as plain pdftotext prints it in the spaced style, line for line. Rows 1 and 5 print
# as rounds after their numbers (the first line of every cell, then the second ...). Row 2 opens
# so, but after its second round rows 3 and 4 print their action, lead, date, update and status
# as rounds, one row after the other, with no number or recommendation; row 2's last line
# follows, then "3" with row 3's recommendation and its action's last line, and "4" the same.
PRINTED = [
    "1",
    "Hospital discharge",
    "Write a discharge note for every",
    "Ward Manager,",
    "31/07/25",
    "Note written and used on",
    "Ongoing",
    "patient who lives with a carer.",
    "Corvenham General",
    "two wards.",
    "2",
    "Housing checks",
    "Ask the housing team to check for",
    "Stilbury Housing",
    "December 2025",
    "Process agreed; the case file",
    "Ongoing",
    "earlier tenancy warnings before",
    "Options",
    "field is being added by the",
    "every move and to record the",
    "supplier.",
    "Offer every carer a yearly",
    "Carers' Lead,",
    "March 2026",
    "Offer written into the",
    "Not started",
    "check of their own health",
    "Stilbury Council",
    "carer's plan.",
    "Send a short learning briefing",
    "Board Business",
    "August 2025",
    "Briefing drafted and out for",
    "Ongoing",
    "on this review to every",
    "Manager",
    "comment.",
    "answer.",
    "3",
    "Carer support",
    "and sleep.",
    "4",
    "Learning shared",
    "partner.",
    "5",
    "Assurance",
    "Report progress on this plan to",
    "Board Chair",
    "30/09/25",
    "First report made in",
    "Complete",
    "the Board at each meeting.",
    "June; next in September.",
]


def _spaced_text() -> str:
    """The plan as plain pdftotext prints it in the spaced style: each printed line a block of
    its own, a blank line between."""
    out = [TITLE, SUBTITLE, ""]
    for line in [*HEADER, *PRINTED]:
        out += [line, ""]
    out += [FOOT, "", "1", "", "\f"]
    return "\n".join(out)


def build(folder: Path) -> None:
    doc = spaced_document(FOOT, TITLE, SUBTITLE)
    t = table(doc, HEADER, [1.2, 3.4, 6.0, 3.8, 2.4, 5.0, 2.4])
    for values in ROWS:
        row(t, list(values))
    save_rendered(doc, folder, STEM)
    # the family's own export (a word processor's PDF of the table) prints the short rows so;
    # LibreOffice lays the table out otherwise, so the text route's fixture is set here in that
    # form, line for line as pdftotext prints it
    (folder / f"{STEM}.txt").write_text(_spaced_text(), encoding="utf-8")
    lines = (folder / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    gold = plan_gold(
        STEM,
        description=(
            "SAB action plan in a house style with space after every paragraph: one landscape table "
            "No. | Recommendation | Action | Lead | By when | Update | Status; plain pdftotext prints "
            "every printed line as a block of its own and a row a line at a time across its cells, "
            "but two short rows print their right cells' rounds among a tall row's lines, and their "
            "numbers, recommendations and actions' last lines after the tall row's last line."
        ),
        review=review("SAR", "Corvenham", "Edith"),
        recommendations=[
            recommendation_record(ref, title, line_opening(lines, title, exact=True))
            for ref, title, *_ in ROWS
        ],
        actions=[
            plain_action(
                action_text.rstrip("."),
                line_opening(lines, ref, exact=True),
                lead=lead,
                due=due,
                state=state,
                ref=ref,
                recommendation_ref=ref,
            )
            for ref, _, action_text, lead, _, due, state in ROWS
        ],
        notes=(
            "Recommendations: the Recommendation column (a short title each), numbered by the No. "
            "column. Actions: one per row, ref the No. cell; status the Status column."
        ),
    )
    save_gold(folder, STEM, gold)


if __name__ == "__main__":
    build(HERE)
