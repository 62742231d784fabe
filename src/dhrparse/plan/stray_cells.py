"""A plan table cut from printed text whose cells hold other columns' words: let go.

A plan whose cells each printed line joins (corpus text: "Audit ten referrals Quality
Assurance by the next ◐") is cut into its columns by the joined readers (plan.tracker_first_lines
and its kin). On a layout a little different from the ones they know, the cut can land in the
wrong place and hand a row's action the words of its lead, target date and status. Two signs
tell such a cut whatever the wording:

- a status mark the table's own key explains ("✓", "◐": plan.symbol_key) inside a cell that is
  not the status column's: the mark is only ever printed alone in its own narrow column;
- an action or recommendation cell holding a date in the very form the table's target-date
  cells print ("30.06.25"), where no sentence puts it: at the cell's opening, or after a word
  that is no sentence's ("Manager 30.06.25"), not "by 30.06.25".

Both are read in a plan whose status column is a key's marks (plan.symbol_key): a wide plan
of sentences whose cut puts a date in a recommendation cell is mostly read right all the same,
its rows scored as they stand. In any plan, a third sign: the header names a status and a
target date column, yet no row holds a status, most hold no target and most hold a month's name
in their text cells after a name's capital (a table of many narrow columns read as printed, each
row's words run together: the dates are in its text cells).

Such a table's rows are let go and a `plan_cells_untold` warning at its header reaches over
them: a wrong record is worse than a missing one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.plan.symbol_key import lone_mark
from dhrparse.plan.tables import PlanTable

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns

_TEXT_CELLS = ("action", "recommendation")
# the one field whose cells hold a key's mark rightly (a column no field is for, "Done?", keeps
# its cells in the row's extra, which is not looked at)
_MARK_COLUMNS = ("status",)
LOST_ROWS = 3  # the fewest rows whose empty status and target cells tell the columns lost


def _shape(token: str) -> str:
    return regex.sub(r"\d", "d", token.rstrip(".,;"))


def _marks_astray(table: PlanTable, marks: set[str]) -> bool:
    """A key's mark inside a cell of a field other than the status column's."""
    for row in table.rows:
        for name, text in row.cells.items():
            if name in _MARK_COLUMNS or name == "progress" and lone_mark(text):
                continue  # (a Progress column of marks alone is the plan's status column)
            if any(word in marks for word in text.split()):
                return True
    return False


def _dates_astray(table: PlanTable, p: Patterns) -> bool:
    """An action or recommendation cell holding, where no sentence would, a date printed in the
    form of the table's own target-date cells."""
    date = p.joined("dates.cells.numeric_word", 0)  # ("30.06.25", "31/03/2025")
    forms = {
        _shape(word)
        for row in table.rows
        for word in row.cells.get("target_date", "").split()
        if date.match(word)
    }
    if not forms:
        return False
    for row in table.rows:
        for name in _TEXT_CELLS:
            words = row.cells.get(name, "").split()
            for k, word in enumerate(words):
                if not (date.match(word) and _shape(word) in forms):
                    continue
                # (a sentence's date follows a small word, "by 30.06.25"; a date opening the
                # cell or after a name's capital is another column's)
                if k == 0 or not words[k - 1][:1].islower():
                    return True
    return False


def _columns_lost(table: PlanTable, p: Patterns) -> bool:
    """The header names a status and a target date column, no row holds a status, most rows
    hold no target, and most rows' text cells hold a month's name where no sentence puts it
    (after a name's capital, "Wythenbro Oct"): the cut lost those columns' cells to the others."""
    if not {"status", "target_date"} <= set(table.columns) or len(table.rows) < LOST_ROWS:
        return False
    if any(row.cells.get("status", "").strip() for row in table.rows):
        return False
    dated = sum(bool(row.cells.get("target_date", "").strip()) for row in table.rows)
    months = {m.lower() for m in p.get("dates.months") or {}}
    astray = sum(_month_astray(row.cells, months) for row in table.rows)
    return dated * 2 < len(table.rows) and astray * 2 >= len(table.rows)


def _month_astray(cells: dict[str, str], months: set[str]) -> bool:
    """A month's name in an action or recommendation cell, opening it or after a capitalised
    word: another column's date."""
    for name in _TEXT_CELLS:
        words = cells.get(name, "").split()
        for k, word in enumerate(words):
            named = word[:1].isupper() and word.lower().rstrip(".,") in months
            if named and (k == 0 or words[k - 1][:1].isupper()):
                return True
    return False


def let_go_stray(tables: list[PlanTable], marks: set[str], p: Patterns) -> dict[int, tuple[int, int | None]]:
    """Empty each table read from printed text whose cells hold other columns' marks or dates;
    per emptied table's header line, (the last line of its rows, its page), for the warning."""
    out: dict[int, tuple[int, int | None]] = {}
    for table in tables:
        if table.source is not None or not table.rows:
            continue
        # (marks and dates astray read so only under a key of marks, the family whose narrow
        # Done? column a cut can lose: a wide plan's own wrong cuts are left to its readers)
        astray = bool(marks) and (_marks_astray(table, marks) or _dates_astray(table, p))
        if not (astray or _columns_lost(table, p)):
            continue
        end = max(row.line_end or row.line_start for row in table.rows)
        out[table.line_start] = (end, table.rows[0].page)
        table.rows = []
    return out
