"""A target cell naming the end of the financial year is dated by the one financial year the
plan's header names ("Progress 2024/25": 31 March 2025); with none named, or two, it stays
undated."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.models import DateValue
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.reporting_year import year_end_target

PENDING = Path(__file__).parent / "zoo" / "pending"
P = load_patterns()


def _cell(raw: str) -> DateValue:
    return DateValue(raw=raw, start=None, end=None, precision="unknown")


def test_the_header_s_financial_year_dates_its_end():
    got = year_end_target(_cell("by the end of the financial year"), ["Target", "Progress 2025/26"], P)
    assert (got.start, got.precision) == ("2026-03-31", "day")


@pytest.mark.parametrize(
    "raw, headers",
    [
        ("end of financial year", ["Target", "Progress"]),  # (no year named)
        ("end of financial year", ["Update 2023/24", "Update 2024/25"]),  # (two)
        ("end of the project", ["Progress 2025/26"]),  # (no financial year's end)
    ],
)
def test_no_one_financial_year_leaves_it_undated(raw, headers):
    assert year_end_target(_cell(raw), headers, P).start is None


@pytest.mark.parametrize("ext", [".pdf", ".docx"])
def test_a_quarterly_plan_s_year_end_target(ext):
    doc = extract(PENDING / f"dhr_plan_quarter_progress_header{ext}")
    assert [a.target_date.start for a in doc.actions] == ["2024-07", "2025-03-31", "2024-11-30", "2025-01"]
