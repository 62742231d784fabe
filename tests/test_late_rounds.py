"""A spaced plan row whose centred date and status cells print a round late (plan.late_rounds):
read where its cells then hold what their columns hold, and left untold otherwise. The zoo
document tests/zoo/textplan_late_cells_spaced.txt is set as plain pdftotext prints the family
(tests/zoo/s21textplan_build.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.late_rounds import LateFit, carried_tail, late_reading
from dhrparse.plan.round_fit import Reading, RoundFit

ZOO = Path(__file__).parent / "zoo"
FIELDS = ["action", "lead", "target_date", "progress", "status"]


@pytest.fixture(scope="module")
def fit():
    return LateFit(ColumnRoles(load_patterns()))


@pytest.fixture(scope="module")
def doc():
    return extract(ZOO / "textplan_late_cells_spaced.txt")


# a row whose date and status, centred, print in the second round; the strict rounds refuse it
LATE_ROW = [
    "Add a prompt on carers' own needs to",
    "Head of Nursing,",
    "Prompt built and tested on two teams. Roll-out to",
    "the district nursing visit record.",
    "Kestrelby Community",
    "January 2025",
    "the other six teams is waiting for the supplier's",
    "In progress",
    "Health",
    "release.",
]


def test_a_late_date_and_status_join_their_round(fit):
    strict = RoundFit(fit.roles).rounds(LATE_ROW, FIELDS)
    assert strict is not None and strict.cells[2] != ("January 2025",)  # (the strict fit misplaces it)
    reading = late_reading(fit, LATE_ROW, FIELDS)
    assert reading is not None and reading.used == len(LATE_ROW)
    action, lead, date, progress, status = reading.cells
    assert action == ("Add a prompt on carers' own needs to", "the district nursing visit record.")
    assert lead == ("Head of Nursing,", "Kestrelby Community", "Health")
    assert (date, status) == (("January 2025",), ("In progress",))
    assert progress[-1] == "release."


def test_a_row_with_an_empty_short_cell_is_not_read(fit):
    # (without its status line the row's status may be printed among another row's lines)
    assert late_reading(fit, [t for t in LATE_ROW if t != "In progress"], FIELDS) is None


def test_lines_left_over_only_after_the_last_row(fit):
    # (the columns' widths as the table's other rows print them: the foot is wider than the lead's)
    widths = [(37, 43), (15, 22), (9, 12), (49, 56), (11, 11)]
    foot = [*LATE_ROW, "Emberford Safeguarding Adults Board – SAR ‘Agnes’ – Action plan"]
    assert late_reading(fit, foot, FIELDS, widths) is None
    kept = late_reading(fit, foot, FIELDS, widths, last=True)
    assert kept is not None and kept.used == len(LATE_ROW)


def test_a_tall_cell_s_last_line_after_the_next_number_goes_back_to_it(fit):
    before = Reading(
        (
            ("Publish a guide.",),
            ("Policy Group",),
            ("June 2025",),
            ("Guide drafted and sent to the safeguarding lead of every partner",),
            ("Complete",),
        ),
        5,
        -3.0,
    )
    back = carried_tail(fit, ["agency."], before, FIELDS)
    assert back is not None and back.cells[3][-1] == "agency."
    # a line opening a sentence after one that ended may open a cell of its own: not taken
    ended = Reading((*before.cells[:3], ("Guide sent to every partner.",), before.cells[4]), 5, -3.0)
    assert carried_tail(fit, ["Audit the records."], ended, FIELDS) is None


def test_the_zoo_plan_reads_every_row(doc):
    assert [a.ref for a in doc.actions] == ["1(a)", "1(b)", "2", "3", "4"]
    first, second, *_, last = doc.actions
    assert first.target_date.raw == "September 2024" and first.status.raw == "Complete"
    assert first.progress.endswith("every partner agency.")  # (its last line printed after "1b")
    assert second.action == "Audit capacity assessments in twelve self-neglect cases."
    assert (second.target_date.raw, second.status.raw) == ("31/03/2025", "In progress")
    assert (last.lead, last.target_date.raw, last.status.raw) == (
        "Independent Chair",
        "July 2024",
        "Complete",
    )
    assert not [w for w in doc.warnings if w.code == "plan_cells_untold"]
