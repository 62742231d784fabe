"""Short spaced plan rows whose numbers printed after their first rounds, among a tall row's
lines (plan.late_numbers). The zoo document tests/zoo/textplan_late_numbers_spaced.txt is set as
plain pdftotext prints the family (tests/zoo/s23latenum_build.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.late_numbers import late_numbers
from dhrparse.plan.late_rounds import LateFit
from dhrparse.plan.number_runs import cells_hold

ZOO = Path(__file__).parent / "zoo"
FIELDS = ["recommendation", "action", "lead", "target_date", "progress", "status"]

TALL = [
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
    # (the short row's right cells, printed among the tall row's lines)
    "Offer every carer a yearly",
    "Carers' Lead,",
    "March 2026",
    "Offer written into the",
    "Not started",
    "check of their own health",
    "Stilbury Council",
    "carer's plan.",
    # (the tall row's own last line)
    "answer.",
]


@pytest.fixture(scope="module")
def fit():
    return LateFit(ColumnRoles(load_patterns()))


def shaped(fit):
    return lambda reading: cells_hold(reading, FIELDS, fit.roles)


def test_the_short_rows_rounds_are_cut_from_the_tall_rows_lines(fit):
    short = ["Carer support"]
    out = late_numbers(fit, [TALL, short], [None, None], FIELDS, [(0, 2)], shaped(fit))
    tall, row = out
    assert tall.cells[1] == (
        "Ask the housing team to check for",
        "earlier tenancy warnings before",
        "every move and to record the",
        "answer.",
    )
    assert tall.cells[2] == ("Stilbury Housing", "Options")
    assert tall.used == len(TALL)
    # (the short row's recommendation printed after its number: it opens the row)
    assert row.cells[0] == ("Carer support",)
    assert row.cells[1] == ("Offer every carer a yearly", "check of their own health")
    assert row.cells[2:] == (
        ("Carers' Lead,", "Stilbury Council"),
        ("March 2026",),
        ("Offer written into the", "carer's plan."),
        ("Not started",),
    )
    assert row.used == 1


def test_the_short_rows_last_lines_after_its_number_close_its_action(fit):
    short = ["Carer support", "and sleep."]
    out = late_numbers(fit, [TALL, short], [None, None], FIELDS, [(0, 2)], shaped(fit))
    assert out[1] is not None
    assert out[1].cells[1] == ("Offer every carer a yearly", "check of their own health", "and sleep.")
    assert out[1].used == 2


def test_a_run_no_cut_reads_is_left_untold(fit):
    # (the tall row's lines hold no second row's rounds: its last line is no date's)
    tall = [*TALL[:11], *TALL[-1:]]
    out = late_numbers(fit, [tall, ["Carer support"]], [None, None], FIELDS, [(0, 2)], shaped(fit))
    assert out == [None, None]
    # (a short row printing too much after its number is no late number's row)
    many = ["Carer support", "a", "b", "c", "d"]
    out = late_numbers(fit, [TALL, many, ["x"]], [None, None, None], FIELDS, [(0, 2)], shaped(fit))
    assert out == [None, None, None]


def test_rows_outside_the_runs_keep_their_readings(fit):
    kept = object()
    out = late_numbers(
        fit, [TALL, ["Carer support"], ["x"]], [None, None, kept], FIELDS, [(0, 2)], shaped(fit)
    )
    assert out[2] is kept and out[0] is not None


def test_the_zoo_plan_reads_every_row():
    doc = extract(ZOO / "textplan_late_numbers_spaced.txt")
    got = {a.ref: a for a in doc.actions}
    assert sorted(got) == ["1", "2", "3", "4", "5"]
    assert got["3"].action == "Offer every carer a yearly check of their own health and sleep."
    assert got["3"].lead == "Carers' Lead, Stilbury Council"
    assert got["4"].action == "Send a short learning briefing on this review to every partner."
    assert got["2"].action.endswith("and to record the answer.")
    assert not any(w.code == "plan_cells_untold" for w in doc.warnings)
