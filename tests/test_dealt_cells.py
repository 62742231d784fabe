"""Short cells of several spaced plan rows printed in one block among a tall row's lines, dealt
back to their rows (plan.dealt_cells). The zoo document tests/zoo/textplan_dealt_cells_spaced.txt
is set as plain pdftotext prints the family (tests/zoo/s23dealt_build.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.dealt_cells import blocks, dealt, short_fields
from dhrparse.plan.late_rounds import LateFit
from dhrparse.plan.round_fit import Reading

ZOO = Path(__file__).parent / "zoo"
FIELDS = ["action", "lead", "progress", "target_date", "status"]

TALL = [
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
    "rest wait for rota time, now agreed for",
    "the autumn, with a refresher for night",
    "shift staff in the new year.",
]
SHORT_ROW = [
    "Share the form's results with the",
    "Wrenholt Police",
    "First report set for the winter",
    "partnership.",
    "meeting.",
]


@pytest.fixture(scope="module")
def fit():
    return LateFit(ColumnRoles(load_patterns()))


def test_short_fields_are_the_date_and_the_columns_after_it():
    assert short_fields(FIELDS) == ["target_date", "status"]
    assert short_fields(["action", "lead", "target_date", "progress"]) == ["target_date", "progress"]
    # (a column of long cells after the date: no block of short cells can be told)
    assert short_fields(["action", "lead", "target_date", "extra:Update", "status"]) == []
    assert short_fields(["action", "lead", "progress"]) == []


def test_a_block_is_two_sets_or_more_in_column_order(fit):
    assert blocks(fit, TALL, ["target_date", "status"]) == [(6, 2)]
    # (one row's own date and status is no block; a status before its date is no set)
    assert blocks(fit, TALL[:8] + TALL[10:], ["target_date", "status"]) == []
    assert (
        blocks(fit, ["In progress", "Q2 2025/26", "Not started", "30/11/2025"], ["target_date", "status"])
        == []
    )


def test_the_block_is_dealt_to_the_rows_in_order(fit):
    read = dealt(fit, [TALL, SHORT_ROW], [None, None], FIELDS)
    assert all(r is not None for r in read)
    tall, short = read
    assert tall.used == len(TALL) and short.used == len(SHORT_ROW)
    assert tall.cells[3:] == (("Q2 2025/26",), ("In progress",))
    assert tall.cells[2][-1] == "shift staff in the new year."
    assert short.cells[0] == ("Share the form's results with the", "partnership.")
    assert short.cells[3:] == (("30/11/2025",), ("Not started",))


def test_a_row_read_with_its_own_short_cells_takes_no_set(fit):
    own = (
        ("Share the form's results with the",),
        ("Wrenholt Police",),
        ("First",),
        ("May 2025",),
        ("Complete",),
    )
    kept = Reading(own, len(SHORT_ROW), 0.0)
    assert dealt(fit, [TALL, SHORT_ROW], [None, kept], FIELDS) == [None, kept]


def test_a_tall_row_that_does_not_read_with_its_own_set_is_left(fit):
    # (its first line carries on a cell of the row above: its action opens as no cell does, so
    # the block is not dealt and the short row keeps no one's date)
    broken = ["and the night staff to ask about", *TALL[1:]]
    assert dealt(fit, [broken, SHORT_ROW], [None, None], FIELDS) == [None, None]


def test_the_zoo_plan_reads_every_row():
    doc = extract(ZOO / "textplan_dealt_cells_spaced.txt")
    got = {a.ref: (a.target_date.raw if a.target_date else None, a.status.raw) for a in doc.actions}
    assert got == {
        "1(a)": ("March 2025", "Complete"),
        "1(b)": ("Q2 2025/26", "In progress"),
        "1(c)": ("30/11/2025", "Not started"),
        "2(a)": ("January 2025", "Complete"),
        "3(a)": ("April 2026", "Ongoing"),
    }
    assert not [w for w in doc.warnings if w.code == "plan_cells_untold"]
