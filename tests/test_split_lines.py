"""A Home Office plan in corpus text that no joined reader can cut (plan.split_lines): the walk
must not read its rows by the words of the joined lines, and a tracker's first-line reading whose
action cells hold numbers alone ("1.1 1.2") is no reading (plan.tracker_carries._worded)."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.lines import Line
from dhrparse.plan.refused_tables import let_go_refused
from dhrparse.plan.split_lines import cuts_a_line
from dhrparse.plan.tables import PlanRow, PlanTable

# (tests/zoo/pending: read on PDF and Word; corpus text is told untold, no record of its rows)
PLAN = Path(__file__).resolve().parent / "zoo" / "pending" / "plan_ho_titled_recs_numbered_actions.corpus.txt"


def _line(number: int, text: str) -> Line:
    return Line(number=number, text=text, raw=text + " ")


def test_a_row_cutting_a_joined_line_inside_it():
    row = PlanRow(line_start=1, line_end=2)
    row.add("recommendation", "Orchard Lane Trust should")
    row.add("action", "Offer a private room")
    row.add("lead", "The Board")
    lines = [
        _line(1, "Orchard Lane Trust should Offer a private room The Board"),
        _line(2, "check every"),
    ]
    assert cuts_a_line(row, lines)


def test_a_row_taking_each_line_whole():
    row = PlanRow(line_start=1, line_end=3)
    row.add("recommendation", "Orchard Lane Trust should check every record")
    row.add("action", "Offer a private room to every visitor")
    lines = [
        _line(1, "1. Orchard Lane Trust should check"),
        _line(2, "every record"),
        _line(3, "Offer a private room to every visitor"),
    ]
    assert not cuts_a_line(row, lines)


def test_no_record_of_the_joined_rows():
    doc = dhrparse.extract(PLAN)
    assert doc.actions == []
    assert doc.recommendations == []
    untold = [w for w in doc.warnings if w.code == "plan_cells_untold"]
    assert untold
    # (the header's warning reaches over the rows let go, so every line stays held)
    assert untold[0].location.line_end > untold[0].location.line_start + 40


def _rows(cut: int, whole: int) -> tuple[list[PlanRow], list[Line]]:
    """`cut` rows that cut their joined line inside it, then `whole` rows taking theirs whole."""
    rows, lines = [], []
    for k in range(cut + whole):
        row = PlanRow(line_start=k + 1, line_end=k + 1)
        if k < cut:
            row.add("action", "Offer a private room")
            row.add("lead", "The Board")
            lines.append(_line(k + 1, "Offer a private room The Board"))
        else:
            row.add("action", "Offer a private room to every visitor")
            lines.append(_line(k + 1, "Offer a private room to every visitor"))
        rows.append(row)
    return rows, lines


def test_a_refused_table_most_of_whose_rows_cut_a_line_is_let_go():
    rows, lines = _rows(cut=3, whole=1)
    table = PlanTable(columns=["action", "lead"], headers=["Action", "Lead"], rows=rows, line_start=0)
    assert let_go_refused([table], {0}, lines) == {0: 4}
    assert table.rows == []


def test_a_row_here_and_there_cutting_a_line_keeps_the_table():
    # (a table printed cell after cell: a short lead, its date and the outcome's opening share a line)
    rows, lines = _rows(cut=1, whole=3)
    table = PlanTable(columns=["action", "lead"], headers=["Action", "Lead"], rows=rows, line_start=0)
    assert let_go_refused([table], {0}, lines) == {}
    assert len(table.rows) == 4
