"""A spaced plan row whose tall cell prints again after rounds it printed nothing in
(plan.late_rounds): a long lead's last lines after the progress cell's last line, a progress
cell's last line (a date's year wrapped at the cell's edge) after the centred status standing
level with it. The zoo document tests/zoo/pending/textplan_resumed_cells_spaced.txt is set as
plain pdftotext prints the family (tests/zoo/s23textplan_build.py; pending on its corpus text
only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.late_rounds import LateFit, holds, late_reading
from dhrparse.plan.round_fit import Reading
from dhrparse.plan.spaced_rounds import _status_line

ZOO = Path(__file__).parent / "zoo" / "pending"
FIELDS = ["action", "lead", "target_date", "progress", "status"]
# (the columns' widths as the table's other rows print them)
WIDTHS = [(34, 37), (20, 20), (8, 11), (49, 52), (8, 8)]

# the lead's last two lines come out after the progress cell's last line
LEAD_AFTER = [
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
]


@pytest.fixture(scope="module")
def fit():
    return LateFit(ColumnRoles(load_patterns()))


def test_a_lead_prints_again_after_rounds_it_skipped(fit):
    reading = late_reading(fit, LEAD_AFTER, FIELDS, WIDTHS)
    assert reading is not None and reading.used == len(LEAD_AFTER)
    action, lead, date, progress, status = reading.cells
    assert action == ("Audit twenty closed enquiries for a", "record of seeing the adult alone.")
    assert lead == ("Head of Quality,", "Ostmoor Council", "Adult Social", "Care")
    assert (date, status) == (("31/03/2025",), ("Not started",))
    assert progress[-2:] == ("system goes live, now expected at the end of May", "2025.")


def test_a_progress_line_after_the_status_beside_it(fit):
    row = [
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
    ]
    reading = late_reading(fit, row, FIELDS, WIDTHS)
    assert reading is not None
    assert reading.cells[1] == ("Manager, Fellacre", "Carers Support", "Service")
    assert reading.cells[3][-1] == "2025." and reading.cells[4] == ("In progress",)


def test_a_year_alone_in_a_free_cell_only_where_it_ends_a_wrapped_date(fit):
    def reading(progress):
        cells = (("Publish a guide.",), ("Policy Group",), ("June 2025",), progress, ("Complete",))
        return Reading(cells, 5, 0.0)

    assert holds(reading(("Guide drafted and sent to every partner in May", "2025.")), FIELDS, fit)
    # (a year after a sentence's end, or after a line naming no month, is a date cell's line)
    assert not holds(reading(("Guide drafted and sent to every partner.", "2025.")), FIELDS, fit)
    assert not holds(reading(("Guide drafted and sent to the partners in", "2025.")), FIELDS, fit)


def test_a_status_among_a_leads_lines_is_no_lead():
    p = load_patterns()
    assert _status_line(("Manager, Fellacre", "Carers Support", "In progress", "Service"), p)
    assert not _status_line(("Manager, Fellacre", "Carers Support", "Service"), p)


def test_the_zoo_plan_reads_every_row():
    doc = extract(ZOO / "textplan_resumed_cells_spaced.txt")
    assert [a.ref for a in doc.actions] == ["1(a)", "1(b)", "2", "3", "4"]
    second, third = doc.actions[1:3]
    assert second.lead == "Head of Quality, Ostmoor Council Adult Social Care"
    assert (second.target_date.raw, second.status.raw) == ("31/03/2025", "Not started")
    assert second.progress.endswith("end of May 2025.")
    assert (third.lead, third.status.raw) == ("Manager, Fellacre Carers Support Service", "In progress")
    # (row 4 runs over the page: its status after the old page's foot, its progress's last lines
    # after the header's names again)
    last = doc.actions[-1]
    assert (last.lead, last.status.raw) == ("Designated Nurse, Ostmoor ICB", "In progress")
    assert last.progress.endswith("the Board will review it at its next meeting.")
    assert not [w for w in doc.warnings if w.code == "plan_cells_untold"]
