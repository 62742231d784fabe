"""Build a spaced-style action plan whose plain-text export (pdftotext, no -layout) prints a
cell's lines again after a round it printed nothing in. All people, places and bodies are
fictional; the wording is our own.

* `textplan_resumed_cells_spaced`: a SAB's action plan in a house style with space after every
  paragraph, Ref | Action | Lead | Target | Progress | Status, the target and status cells
  centred in their rows. pdftotext prints each printed line as a block of its own and a row a
  line at a time across its cells, but where a long lead or progress cell runs lower than the
  centred cells, its later lines print after a round it printed nothing in: a lead's last two
  lines after the progress cell's last line, a progress cell's last line (the year of a date
  wrapped at the cell's edge, "... in June" / "2025.") after the centred status that stands
  level with it, a progress cell's last lines after a page break (the centred status printed
  after the old page's foot, the header's names again).

It sits in tests/zoo/pending: the text, PDF and Word routes read it whole, but its corpus text
(each row's cells joined on one line with single spaces, the centred date and status on lines
of their own) does not read yet, as the s21 family it extends (textplan_late_cells_spaced).

    python tests/zoo/s23textplan_build.py     # writes .docx, .pdf, .txt and the gold .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from office_export import save_rendered  # noqa: E402
from plan_gold import line_opening, plain_action, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import row, spaced_document, table  # noqa: E402

STEM = "textplan_resumed_cells_spaced"
TITLE = "Ostmoor Safeguarding Adults Board"
SUBTITLE = "Safeguarding Adults Review ‘Edith’ – Board action plan, position at January 2025"
FOOT = "Ostmoor Safeguarding Adults Board – SAR ‘Edith’ – Action plan"
HEADER = ["Ref", "Action", "Lead", "Target", "Progress", "Status"]

ROWS = [
    (
        "1a",
        "Publish a short guide for staff on seeing the adult alone during an enquiry.",
        "Ostmoor SAB Practice Group",
        "October 2024",
        "Guide written with the three partner agencies and published on the Board website in October.",
        "Complete",
    ),
    (
        "1b",
        "Audit twenty closed enquiries for a record of seeing the adult alone.",
        "Head of Quality, Ostmoor Council Adult Social Care",
        "31/03/2025",
        "Audit tool agreed with the partners in January. The sample will be drawn once the new case "
        "records system goes live, now expected at the end of May 2025.",
        "Not started",
    ),
    (
        "2",
        "Add a question on money worries to the carers' assessment form.",
        "Manager, Fellacre Carers Support Service",
        "December 2024",
        "Question drafted and tested with six carers. The revised form will be printed and issued in "
        "June 2025.",
        "In progress",
    ),
    (
        "3",
        "Board Chair to write to the regional ambulance service about referral times.",
        "Independent Chair",
        "July 2024",
        "Letter sent in July; the service will report its times to the Board twice a year.",
        "Complete",
    ),
    (
        "4",
        "Ask the two hospital trusts to report how often a discharge plan names who will give care at home.",
        "Designated Nurse, Ostmoor ICB",
        "September 2025",
        "Both trusts have agreed to report each quarter. The first report, due in March, was delayed "
        "by a change of system and is now expected in the summer; the Board will review it at its "
        "next meeting.",
        "In progress",
    ),
]

# Each row as plain pdftotext prints it in the spaced style: its ref, then its printed lines in
# the order they come out. Row 1a prints as rounds (the first line of every cell, then the
# second ...). In row 1b the centred date and status print with the progress cell's first line,
# a round after the action and lead began, and the lead's last two lines come out after the
# progress cell's last line: the lead prints again after rounds it printed nothing in. In row 2
# the centred status prints before the progress cell's last line ("2025.", the year of a date
# wrapped at the cell's edge) that stands level with it, and the lead's last line after both.
# Row 4 runs over the page: its centred status prints after the old page's foot, the header's
# names print again on the new page, then the progress cell's last lines.
PAGE = "(page)"
PRINTED = [
    (
        "1a",
        [
            "Publish a short guide for staff on",
            "Ostmoor SAB Practice",
            "October",
            "Guide written with the three partner agencies and",
            "Complete",
            "seeing the adult alone during an",
            "Group",
            "2024",
            "published on the Board website in October.",
            "enquiry.",
        ],
    ),
    (
        "1b",
        [
            "Audit twenty closed enquiries for a",
            "Head of Quality,",
            "record of seeing the adult alone.",
            "Ostmoor Council",
            "31/03/2025",
            "Audit tool agreed with the partners in January. The",
            "Not started",
            "sample will be drawn once the new case records",
            "system goes live, now expected at the end of May",
            "2025.",
            "Adult Social",
            "Care",
        ],
    ),
    (
        "2",
        [
            "Add a question on money worries to",
            "Manager, Fellacre",
            "December",
            "Question drafted and tested with six carers. The",
            "the carers' assessment form.",
            "Carers Support",
            "2024",
            "revised form will be printed and issued in June",
            "In progress",
            "2025.",
            "Service",
        ],
    ),
    (
        "3",
        [
            "Board Chair to write to the regional",
            "Independent Chair",
            "July 2024",
            "Letter sent in July; the service will report its",
            "Complete",
            "ambulance service about referral",
            "times to the Board twice a year.",
            "times.",
        ],
    ),
    (
        "4",
        [
            "Ask the two hospital trusts to report",
            "Designated Nurse,",
            "how often a discharge plan names who",
            "Ostmoor ICB",
            "will give care at home.",
            "September 2025",
            "Both trusts have agreed to report each quarter. The",
            "first report, due in March, was delayed by a change",
            PAGE,
            "of system and is now expected in the summer; the",
            "Board will review it at its next meeting.",
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
            if line == PAGE:  # (the page's foot and number, the row's centred status, the header)
                out += [FOOT, "", "1", "", "In progress", "", "\f" + HEADER[0], ""]
                for name in HEADER[1:]:
                    out += [name, ""]
                continue
            out += [line, ""]
    out += [FOOT, "", "2", "", "\f"]
    return "\n".join(out)


def build(folder: Path) -> None:
    doc = spaced_document(FOOT, TITLE, SUBTITLE)
    t = table(doc, HEADER, [1.2, 6.0, 4.0, 2.6, 8.6, 2.6])
    for values in ROWS:
        row(t, list(values))
        cells = t.rows[-1].cells
        for k in (3, 5):  # the target and status cells centred in their rows
            cells[k].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    save_rendered(doc, folder, STEM)
    # the family's own export (a word processor's PDF of the table) prints it a line at a time
    # with the late lines above; LibreOffice lays the table out otherwise, so the text route's
    # fixture is set here in that form, line for line as pdftotext prints it
    (folder / f"{STEM}.txt").write_text(_spaced_text(), encoding="utf-8")
    lines = (folder / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    gold = plan_gold(
        STEM,
        description=(
            "SAB action plan in a house style with space after every paragraph: one landscape table "
            "Ref | Action | Lead | Target | Progress | Status, the target and status cells centred "
            "in their rows; plain pdftotext prints every printed line as a block of its own, a row "
            "a line at a time across its cells, but a long lead's or progress cell's last lines "
            "after rounds it printed nothing in (after the progress cell's end, after the centred "
            "status standing level with them)."
        ),
        review=review("SAR", "Ostmoor", "Edith"),
        actions=[
            plain_action(
                action.rstrip("."),
                line_opening(lines, ref, exact=True),
                lead=lead,
                due=due,
                state=state,
                ref=ref,
            )
            for ref, action, lead, due, _, state in ROWS
        ],
        notes="Actions: one per row, ref the Ref cell; status the Status column.",
    )
    save_gold(folder, STEM, gold)


if __name__ == "__main__":
    build(HERE / "pending")
