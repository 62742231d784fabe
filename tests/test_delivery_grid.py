"""Plans whose delivery is planned in a grid of period columns (plan.delivery_grid): a quarter's
or a month's column for each period, a mark in the period each action is due, no target column.
The marked column's name is the row's target. Stand-ins of heldout43's family 1 written in our own
words (tests/zoo/pending: a DHR plan with "Q1 2025/26" columns and dots, a SAR plan with "Apr 25"
columns and crosses, portrait)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_json

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.delivery_grid import grid_periods, marked_period

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
QUARTERS = "dhr_plan_quarter_grid_dots_band_rows_c059_brantmoor"
MONTHS = "sar_plan_month_grid_crosses_portrait_narrow_skelhaven"
P = load_patterns()
GRID = ["ref", "action", "extra:Q1 2025/26", "extra:Q2 2025/26", "extra:Q3 2025/26", "status"]


def test_quarters_running_on_are_a_grid():
    periods = grid_periods(["Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "Q4 2025/26"], P)
    assert [v.start for v in periods.values()] == ["2025-04", "2025-07", "2025-10", "2026-01"]


def test_months_in_two_figures_are_months_only_in_a_run():
    periods = grid_periods(["Nov 25", "Dec 25", "Jan 26"], P)
    assert [v.start for v in periods.values()] == ["2025-11", "2025-12", "2026-01"]
    assert grid_periods(["Apr 25", "Jun 25"], P) == {}  # (a gap: days, or two dated columns)
    assert grid_periods(["Q2 2025/26"], P) == {}  # (one dated column is no grid)


@pytest.mark.parametrize(
    "extra",
    [{"Q2 2025/26": "●"}, {"Q2 2025/26": "X"}, {"Q2 2025/26": "✓"}],
)
def test_the_marked_column_names_the_target(extra):
    found = marked_period(GRID, extra, P)
    assert found.period.raw == "Q2 2025/26" and found.period.start == "2025-07"


@pytest.mark.parametrize(
    "extra", [{}, {"Q1 2025/26": "Launch event"}, {"Q1 2025/26": "●", "Q3 2025/26": "●"}]
)
def test_no_mark_two_marks_or_words_give_no_target(extra):
    found = marked_period(GRID, extra, P)
    assert found.period is None
    assert len(found.marked) == (2 if len(extra) == 2 else 0)


def test_a_row_marking_two_quarters_is_told_and_keeps_no_target():
    text = "\n".join(
        [
            "Action plan",
            "Ref\tAction\tLead\tQ1 2025/26\tQ2 2025/26\tQ3 2025/26\tStatus",
            "1.1\tWrite a protocol for sharing concerns\tHead of Service\t●\t\t\tComplete",
            "1.2\tTrain every duty worker in the protocol\tTraining Manager\t\t●\t●\tIn progress",
        ]
    )
    doc = extract(text, name="grid.txt")
    targets = {a.ref: a.target_date for a in doc.actions}
    assert targets["1.1"] is not None and targets["1.1"].start == "2025-04"
    assert targets["1.2"] is None
    assert any("Q2 2025/26, Q3 2025/26" in w.message for w in doc.warnings)


@pytest.mark.parametrize("ext", ["pdf", "docx"])
@pytest.mark.parametrize(
    ("stem", "first"),
    [(QUARTERS, ("Q1 2025/26", "2025-04")), (MONTHS, ("Jun 25", "2025-06"))],
)
def test_every_action_has_the_period_its_mark_stands_in(stem, first, ext):
    doc = extracted_json(PENDING / f"{stem}.{ext}")
    targets = [a["target_date"] for a in doc["actions"]]
    assert all(t is not None for t in targets)
    assert (targets[0]["raw"], targets[0]["start"]) == first


@pytest.mark.parametrize(("stem", "count"), [(QUARTERS, 10), (MONTHS, 7)])
def test_corpus_text_reads_the_rows_and_tells_the_targets_unread(stem, count):
    """Corpus text joins each row's cells: where its mark stands says no period (plan.grid_lines)."""
    doc = extracted_json(PENDING / f"{stem}.corpus.txt")
    assert len(doc["actions"]) == count
    assert all(a["target_date"] is None and a["status"]["value"] != "unknown" for a in doc["actions"])
    assert any("delivery grid" in w["message"] for w in doc["warnings"])


def _grid_lines():
    from dhrparse.plan.grid_lines import GridLines
    from dhrparse.plan.tables import ColumnMap

    return GridLines(ColumnMap(P), P)


def test_a_grid_header_loses_its_labels_and_years_and_its_rows_their_marks():
    from dhrparse.lines import Line

    texts = [
        "Ref Action Lead Q1 Q2 Q3 Q4 Status",
        "2025/26 2025/26 2025/26 2025/26",
        "1.1 Write the protocol Head of Service ● Complete",
        "Fund X for the pilot",  # (a letter in prose: no mark among a row's cells)
    ]
    lines = [Line(n, t, 1, t, "content") for n, t in enumerate(texts, 1)]
    out = [ln.text for ln in _grid_lines().rewrite(lines)]
    assert out == [
        "Ref Action Lead Status",
        "1.1 Write the protocol Head of Service Complete",
        "Fund X for the pilot",
    ]


@pytest.mark.parametrize(
    ("header", "years"),
    [
        ("Ref Action Lead Q1 Q3 Status", "2025/26 2025/26"),  # (no run: Q2 missing)
        ("Ref Action Lead Q1 Q2 Status", "2025/26"),  # (a year short)
        ("Ref Action Lead Q1 Q2 Status", "2025/26 Complete"),  # (no years line)
    ],
)
def test_labels_not_running_or_no_years_under_them_leave_the_header(header, years):
    from dhrparse.lines import Line

    lines = [Line(1, header, 1, header, "content"), Line(2, years, 1, years, "content")]
    assert [ln.text for ln in _grid_lines().rewrite(lines)] == [header, years]
