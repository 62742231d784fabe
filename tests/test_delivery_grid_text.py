"""A delivery grid ("Q1 2025/26" ... "Q4 2025/26" columns, a dot in the quarter each action is due)
in plain pdftotext (no -layout), which prints the header's names one a line, the labels apart
from their years ("Q1" / "Q2" / ... / "Status" / "2025/26" / ...), and each row a line at a time
across its cells, the dot alone on its line: the labels and years are no names a plan reader
knows, so no action was read. They and the dots are taken out (plan.grid_rounds), the plan read
without the grid (plan.line_rounds), the targets told unread (a dot alone says no quarter).
Stand-in of heldout43's quarter-grid family:
tests/zoo/pending/build_dhr_plan_quarter_grid_dots_brantmoor.py."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.grid_rounds import UNTOLD, GridRounds
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_plan_quarter_grid_dots_band_rows_c059_brantmoor"
P = load_patterns()


def _lines(texts: list[str]) -> list[Line]:
    return [Line(number=n, text=t, raw=t, page=1) for n, t in enumerate(texts, 1)]


def _grid() -> GridRounds:
    return GridRounds(ColumnMap(P), P)


HEADER = [
    "Ref",
    "Action",
    "Lead",
    "Q1",
    "Q2",
    "Q3",
    "Q4",
    "Status",
    "2025/26",
    "2025/26",
    "2025/26",
    "2025/26",
]
ROW = ["1.1", "Write the protocol", "Head of Service", "●", "Complete"]


def test_the_grid_and_its_marks_are_taken_out():
    grid = _grid()
    kept = [ln.text for ln in grid.rewrite(_lines([*HEADER, *ROW]))]
    assert kept == [
        "Ref",
        "Action",
        "Lead",
        "Status",
        "1.1",
        "Write the protocol",
        "Head of Service",
        "Complete",
    ]
    assert grid.warnings and grid.warnings[0][0] == UNTOLD
    assert grid.taken == {4, 5, 6, 7, 9, 10, 11, 12, 16}


def test_each_label_over_its_year_is_a_grid_too():
    header = ["Ref", "Action", "Lead", "Q1", "2025/26", "Q2", "2025/26", "Q3", "2025/26", "Status"]
    kept = [ln.text for ln in _grid().rewrite(_lines(header))]
    assert kept == ["Ref", "Action", "Lead", "Status"]


def test_labels_out_of_order_or_without_their_years_are_left():
    for header in (
        ["Ref", "Action", "Lead", "Q1", "Q3", "Status", "2025/26", "2025/26"],
        ["Ref", "Action", "Lead", "Q1", "Q2", "Status", "2025/26"],
    ):
        grid = _grid()
        assert [ln.text for ln in grid.rewrite(_lines(header))] == header
        assert not grid.warnings


def test_a_mark_far_from_any_grid_is_kept():
    texts = ["Some paragraph", "●", "Another"]
    assert [ln.text for ln in _grid().rewrite(_lines(texts))] == texts


def test_the_plan_is_read_without_the_grid_on_plain_text():
    doc = extracted(PENDING / f"{STEM}.txt")
    assert [a.ref for a in doc.actions] == [
        "1.1",
        "1.2",
        "1.3",
        "2.1",
        "2.2",
        "3.1",
        "3.2",
        "4.1",
        "4.2",
        "4.3",
    ]
    assert [a.status.value for a in doc.actions][:3] == ["complete", "complete", "not_started"]
    assert doc.actions[0].lead == "Principal Social Worker, Adult Social Care"
    assert all(a.target_date is None for a in doc.actions)  # (a dot alone says no quarter)
    assert any(w.code == "plan_cells_untold" and "delivery grid" in w.message for w in doc.warnings)
