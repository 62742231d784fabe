"""A narrower plan's header printed on one line with its cells joined (corpus text), "Rec | What
the Board will do | Lead | By | Status": the lone "By" between the lead's name and the status's
names the target date's column (plan.header_bands.due_between), as a plain-text header's last
"By" does. Read without it, the table has one column fewer than its rows' cells and no cut of
them reads (plan_cells_untold)."""

from __future__ import annotations

from board_plan_text import expected, printed, read

from dhrparse.patterns import load_patterns
from dhrparse.plan.header_bands import due_between
from dhrparse.plan.tables import ColumnMap


def _cm() -> ColumnMap:
    return ColumnMap(load_patterns())


def test_a_lone_by_after_the_lead_names_the_target_date():
    cols = ["recommendation", "action", "lead", "status"]
    got = due_between(_cm(), "Rec What the Board will do Lead By Status", cols, {"by"})
    assert got == ["recommendation", "action", "lead", "target_date", "status"]


def test_by_names_no_column_where_the_table_names_its_date_or_other_words_stand_there():
    cm = _cm()
    dated = ["ref", "action", "lead", "target_date", "status"]
    assert due_between(cm, "Ref Action Lead By Target date Status", dated, {"by"}) == dated
    cols = ["ref", "action", "lead", "status"]
    assert due_between(cm, "Ref Action Lead By Evidence Status", cols, {"by"}) == cols
    assert due_between(cm, "Ref Action By Lead Status", cols, {"by"}) == cols


def test_a_board_plan_headed_by_gives_every_action_its_target_date():
    assert read(printed()) == expected()
