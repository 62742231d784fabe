"""Plans printed without cells are read a table at a time: each reader finds where a table
opens, reads it, and its printed lines give way to the rows it read. A table a reader cannot
read stays as printed, for the next reader and for the plan's unread-text warning."""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.document import Line

# a table read at line i: the index past its last printed line, and the rows that replace them
TableAt = Callable[[list[Line], int], "tuple[int, list[Line]] | None"]
# the first line from i on where a table may open (plan.line_readings' `opening`): the lines
# before it are ones `table_at` turns down on its first, cheap test
NextOpening = Callable[[list[Line], int], int]


def rewrite_tables(
    lines: list[Line], table_at: TableAt, next_opening: NextOpening | None = None
) -> list[Line]:
    """The lines with every table `table_at` reads replaced by its rows, tables looked for from
    each line in turn (or each line `next_opening` gives), the rows read never looked at again."""
    out = list(lines)
    i = 0
    while i < len(out):
        if next_opening is not None and (i := next_opening(out, i)) == len(out):
            break
        table = table_at(out, i)
        if table is None:
            i += 1
            continue
        end, rewritten = table
        out[i:end] = rewritten
        i += len(rewritten)
    return out
