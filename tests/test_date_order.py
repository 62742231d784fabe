"""A plan table whose dates in figures print month first, as a note beside it says: a SharePoint
list export's "Due Date" cells "11/28/2025", "4/1/2026" under "Dates are shown in the site's
format, month/day/year". Read day first, as every other plan is, the targets were no dates at all
(no 28th month) or the wrong day (4 January); under the note the table is read month first, that
table only, and a date that can only be day first ("13/2/2026") outweighs the note
(plan.date_order; zoo: tests/zoo/pending/build_csp_board_paper_tracker_export.py, heldout40
family 5's shape)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.pipeline import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_build import paragraphs_and_table  # noqa: E402

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
HEADER = ["Ref", "Action", "Lead", "Target date", "Status"]
INTRO = ["Domestic Homicide Review action plan", "Progress against the action plan"]
MONTH_FIRST = "Dates are shown month/day/year, as the tracker prints them."


def _targets(paragraphs, dates):
    rows = [
        [f"{k}.1", f"Write the guidance on referrals number {k}", "Safeguarding Lead", date, "In progress"]
        for k, date in enumerate(dates, 1)
    ]
    doc = extract(paragraphs_and_table(paragraphs, HEADER, rows), name="plan.docx")
    return [(a.target_date.raw, a.target_date.start) for a in doc.actions]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_an_export_under_a_month_first_note_reads_its_due_dates_month_first(suffix):
    doc = extracted(PENDING / f"csp_board_paper_tracker_export_drywell{suffix}")
    targets = {a.ref: (a.target_date.raw, a.target_date.start) for a in doc.actions}
    assert targets["14"] == ("11/28/2025", "2025-11-28")
    assert targets["17"] == ("4/1/2026", "2026-04-01")  # (1 April, as the note says, not 4 January)


def test_a_note_saying_month_first_turns_the_tables_dates():
    assert _targets([*INTRO, MONTH_FIRST], ["4/1/2026", "11/28/2025"]) == [
        ("4/1/2026", "2026-04-01"),
        ("11/28/2025", "2025-11-28"),
    ]


def test_without_a_note_dates_stay_day_first():
    assert _targets(INTRO, ["4/1/2026", "28/11/2025"]) == [
        ("4/1/2026", "2026-01-04"),
        ("28/11/2025", "2025-11-28"),
    ]


def test_a_date_that_can_only_be_day_first_outweighs_the_note():
    assert _targets([*INTRO, MONTH_FIRST], ["4/1/2026", "13/2/2026"]) == [
        ("4/1/2026", "2026-01-04"),
        ("13/2/2026", "2026-02-13"),
    ]


def test_a_day_first_note_changes_nothing():
    dated = [*INTRO, "Dates are shown dd/mm/yyyy."]
    assert _targets(dated, ["4/1/2026"]) == [("4/1/2026", "2026-01-04")]
