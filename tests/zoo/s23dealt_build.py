"""Build a spaced-style action plan whose plain-text export (pdftotext, no -layout) prints the
short cells of several rows in one block among a tall row's lines. All people, places and
bodies are fictional; the wording is our own.

* `textplan_dealt_cells_spaced`: a community safety partnership's action plan in a house style
  with space after every paragraph, Ref | Action | Lead | Progress | Target date | Status, the
  date and status the table's last columns. pdftotext prints each printed line as a block of its
  own and a row a line at a time across its cells, but beside a tall progress cell the target
  dates and statuses of that row and of the two short rows below it come out together, one after
  another ("Q2 2025/26" / "In progress" / "30/11/2025" / "Not started" / ...), among the tall
  row's later lines; the two short rows then print their action, lead and progress with no date
  or status of their own.

    python tests/zoo/s23dealt_build.py     # writes .docx, .pdf, .txt and the gold .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from office_export import save_rendered  # noqa: E402
from plan_gold import line_opening, plain_action, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import row, spaced_document, table  # noqa: E402

STEM = "textplan_dealt_cells_spaced"
TITLE = "Wrenholt Community Safety Partnership"
SUBTITLE = "Domestic Homicide Review ‘Nora’ – action plan, position at June 2025"
FOOT = "Wrenholt CSP – DHR ‘Nora’ – Action plan"
HEADER = ["Ref", "Action", "Lead", "Progress", "Target date", "Status"]

ROWS = [
    (
        "1a",
        "Add a prompt about earlier partners to the police risk form.",
        "Wrenholt Police",
        "Prompt added in March and used in every risk form since.",
        "March 2025",
        "Complete",
    ),
    (
        "1b",
        "Train call handlers to ask about earlier partners.",
        "Tarrowby Ambulance Service",
        "Course written with the police trainers. The first two sessions ran in May; the rest wait "
        "for rota time, now agreed for the autumn, with a refresher for night shift staff in the new year.",
        "Q2 2025/26",
        "In progress",
    ),
    (
        "1c",
        "Share the form's results with the partnership.",
        "Wrenholt Police",
        "First report set for the winter meeting.",
        "30/11/2025",
        "Not started",
    ),
    (
        "2a",
        "Write to every GP practice about the review.",
        "Brackwell Health Board",
        "Letters sent to all practices.",
        "January 2025",
        "Complete",
    ),
    (
        "3a",
        "Hold a learning event for the housing teams.",
        "Wrenholt Housing",
        "Event booked for the spring with the review's author.",
        "April 2026",
        "Ongoing",
    ),
]

# Each row as plain pdftotext prints it in the spaced style: its ref, then its printed lines in
# the order they come out. Rows 1a and 3a print as rounds (the first line of every cell, then
# the second ...). Beside row 1b's tall progress cell the dates and statuses of rows 1b, 1c
# and 2a print together after its action's last line; rows 1c and 2a then print their
# action, lead and progress as rounds with no date or status.
PRINTED = [
    (
        "1a",
        [
            "Add a prompt about earlier partners",
            "Wrenholt Police",
            "Prompt added in March and used in",
            "March 2025",
            "Complete",
            "to the police risk form.",
            "every risk form since.",
        ],
    ),
    (
        "1b",
        [
            "Train call handlers to ask about",
            "Tarrowby Ambulance",
            "Course written with the police trainers.",
            "earlier partners.",
            "Service",
            "The first two sessions ran in May; the",
            "Q2 2025/26",
            "In progress",
            "30/11/2025",
            "Not started",
            "January 2025",
            "Complete",
            "rest wait for rota time, now agreed for",
            "the autumn, with a refresher for night",
            "shift staff in the new year.",
        ],
    ),
    (
        "1c",
        [
            "Share the form's results with the",
            "Wrenholt Police",
            "First report set for the winter",
            "partnership.",
            "meeting.",
        ],
    ),
    (
        "2a",
        [
            "Write to every GP practice about the",
            "Brackwell Health",
            "Letters sent to all practices.",
            "review.",
            "Board",
        ],
    ),
    (
        "3a",
        [
            "Hold a learning event for the",
            "Wrenholt Housing",
            "Event booked for the spring with the",
            "April 2026",
            "Ongoing",
            "housing teams.",
            "review's author.",
        ],
    ),
]


def _spaced_text() -> str:
    """The plan as plain pdftotext prints it in the spaced style: each printed line a block of
    its own, a blank line between."""
    out = [TITLE, SUBTITLE, ""]
    for name in HEADER:
        out += [name, ""]
    for ref, printed in PRINTED:
        out += [ref, ""]
        for line in printed:
            out += [line, ""]
    out += [FOOT, "", "1", "", "\f"]
    return "\n".join(out)


def build(folder: Path) -> None:
    doc = spaced_document(FOOT, TITLE, SUBTITLE)
    t = table(doc, HEADER, [1.2, 6.0, 4.0, 8.6, 2.6, 2.6])
    for values in ROWS:
        row(t, list(values))
    save_rendered(doc, folder, STEM)
    # the family's own export (a word processor's PDF of the table) prints the short cells in
    # one block as above; LibreOffice lays the table out otherwise, so the text route's fixture
    # is set here in that form, line for line as pdftotext prints it
    (folder / f"{STEM}.txt").write_text(_spaced_text(), encoding="utf-8")
    lines = (folder / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    gold = plan_gold(
        STEM,
        description=(
            "CSP action plan in a house style with space after every paragraph: one landscape table "
            "Ref | Action | Lead | Progress | Target date | Status; plain pdftotext prints every "
            "printed line as a block of its own and a row a line at a time across its cells, but "
            "the target dates and statuses of a tall row and of the two short rows below it in one "
            "block among the tall row's lines."
        ),
        review=review("DHR", "Wrenholt", "Nora"),
        actions=[
            plain_action(
                action_text.rstrip("."),
                line_opening(lines, ref, exact=True),
                lead=lead,
                due=due,
                state=state,
                ref=ref,
            )
            for ref, action_text, lead, _, due, state in ROWS
        ],
        notes="Actions: one per row, ref the Ref cell; status the Status column.",
    )
    save_gold(folder, STEM, gold)


if __name__ == "__main__":
    build(HERE)
