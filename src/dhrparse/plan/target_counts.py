"""How many rows' target dates a column-block cell holds (plan.column_blocks), and how many rows
a table's targets count.

Plain pdftotext prints a Word table's target column in blocks: a row's target as a cell of its
own ("Dec 2025", "On publication"), or several rows' targets standing close as one block ("End
June" / "2025" / "End Sept" / "2025" / "End Dec 2025"). Counted over the table, the targets tell
how many rows the table has, a count the action cells alone do not prove (a row the reader
missed or split). A cell holds

- one target a date, where it holds its dates and nothing else but the words a target opens
  with ("End", "By": patterns/actions.toml [column_blocks] target_openers), each known by its
  grain ("day", "month");
- one target of no grain, where the reader told it a target by its words but it holds more
  ("Quarterly from October 2024", "On publication");
- none, else (a milestone, a status, a lead).

A table's targets are written to one grain; a lone day among targets of months is another
column's (the day an action was done, "Date completed" / "19/05/2025"). So the table's targets
are those of the grain most of its dated targets share, with those of no grain; where two grains
are as common, the count is unknown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.block_cells import BlockCell
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.dates import find_dates

_WORD = regex.compile(r"[\p{L}\d]+")
NO_GRAIN = "none"  # a target told by its words that is no date alone ("On publication")


def targets_held(cell: BlockCell, patterns: Patterns) -> list[str]:
    """The grain of each row's target the cell holds (see the module's account)."""
    if cell.kind not in ("target_date", "other"):
        return []
    text = " ".join(flatten(ln.text).strip() for ln in cell.lines)
    found = find_dates(text, patterns)
    rest = text
    for date in reversed(found):
        rest = rest[: date.start] + " " + rest[date.end :]
    openers = {w.lower() for w in patterns.list("actions.column_blocks.target_openers")}
    if found and all(w.lower() in openers for w in _WORD.findall(rest)):
        return [date.value.precision for date in found]
    return [NO_GRAIN] if cell.kind == "target_date" else []


def targets_counted(grains: Iterable[str]) -> int | None:
    """How many rows the table's targets (their grains, in print order) count: those of the
    grain most dated targets share, with those of no grain; None where two grains tie."""
    grains = list(grains)
    dated = Counter(g for g in grains if g != NO_GRAIN).most_common(2)
    if len(dated) == 2 and dated[0][1] == dated[1][1]:
        return None
    return grains.count(NO_GRAIN) + (dated[0][1] if dated else 0)
