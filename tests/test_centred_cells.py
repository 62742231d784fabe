"""A spaced plan table whose target dates are centred in their rows (plan.centred_cells): no row
reads as strict rounds, since each date prints in the round level with its row's middle, yet
the rows whose date then joins its round with every cell holding its column's kind are read,
and the others are left untold. The zoo document tests/zoo/pending/plan_spaced_centred_dates.txt
is that family as plain pdftotext prints it (tests/zoo/pending/build_plan_spaced_centred_dates.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.patterns import load_patterns
from dhrparse.plan.centred_cells import CentredFit, centred_readings
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.round_fit import RoundFit

PENDING = Path(__file__).parent / "zoo" / "pending"
FIELDS = ["status", "recommendation", "action", "lead", "progress", "target_date"]

# a row whose centred date prints in its second round, after the other cells' first lines
ROW = [
    "Green",
    "Make sure lone carers are offered",
    "Write a checklist for carers' reviews",
    "Head of Carers' Services",
    "Checklist agreed with the carers' centre;",
    "a review of their own needs.",
    "and use it at every annual review.",
    "two teams now use it and a third",
    "March 2025",
    "starts in January.",
]
OTHER = [
    "Amber",
    "Tell GP practices about the new",
    "Send a bulletin to every practice",
    "Clinical Safeguarding Lead",
    "Bulletin drafted; it goes out with the",
    "outreach clinic for older victims.",
    "manager about the clinic.",
    "next issue of the practice newsletter.",
    "Q1 2025/26",
]


@pytest.fixture(scope="module")
def roles():
    return ColumnRoles(load_patterns())


def test_a_centred_date_joins_a_later_round(roles):
    reading = CentredFit(roles).rounds(ROW, FIELDS)
    assert reading is not None and reading.used == len(ROW)
    assert reading.cells[5] == ("March 2025",)
    assert reading.cells[2] == ("Write a checklist for carers' reviews", "and use it at every annual review.")
    strict = RoundFit(roles).rounds(ROW, FIELDS)
    assert strict.cells[5] != ("March 2025",)  # (strict rounds cannot place it)


def test_rows_read_so_show_the_table(roles):
    readings = centred_readings(roles, [ROW, OTHER], FIELDS)
    assert readings is not None and all(readings)
    assert readings[1].cells[5] == ("Q1 2025/26",) and readings[1].cells[3] == ("Clinical Safeguarding Lead",)


def test_one_row_alone_does_not_show_the_table(roles):
    assert centred_readings(roles, [ROW, ["Amber", "See the update above."]], FIELDS) is None


def test_a_day_and_month_wrapped_before_its_year_is_one_date(roles):
    fit = RoundFit(roles)
    assert fit._date_carried("2025", ("31 January",)) < 0  # ("31 January" / "2025")
    assert fit._date_carried("2025", ("31 January 2024",)) > 0  # (a whole date: a second is another cell's)


@pytest.fixture(scope="module")
def doc():
    return extract(PENDING / "plan_spaced_centred_dates.txt")


def test_the_zoo_plan_reads_its_rows(doc):
    got = {
        a.ref: (a.action, a.lead, a.target_date.raw if a.target_date else None, a.status.raw)
        for a in doc.actions
    }
    assert got["1"][1:] == ("Designated Nurse, Ashwell Vale ICB", "31 January 2025", "Amber")
    assert got["2"][1:] == ("Head of Adult Safeguarding", "September 2024", "Green")
    assert got["3"][1:] == ("Detective Inspector, Safeguarding Hub", "Q4 2024/25", "Red")
    assert got["3"][0].startswith("Agree an email notice from the custody suite")


def test_a_row_whose_date_prints_after_the_foot_is_left_untold(doc):
    assert "4" not in {a.ref for a in doc.actions}  # (its date printed after the page's foot)
    assert any(w.code == "plan_cells_untold" and "'4'" in w.message for w in doc.warnings)
