"""Plans printed without cells are read a table at a time: each reader finds where a table
opens, reads it, and its printed lines give way to the rows it read. A table a reader cannot
read stays as printed, for the next reader and for the plan's unread-text warning."""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.document import Line

# a table read at line i: the index past its last printed line, and the rows that replace them
TableAt = Callable[[list[Line], int], "tuple[int, list[Line]] | None"]


def rewrite_tables(lines: list[Line], table_at: TableAt) -> list[Line]:
    """The lines with every table `table_at` reads replaced by its rows, tables looked for from
    each line in turn, the rows read never looked at again."""
    out = list(lines)
    i = 0
    while i < len(out):
        table = table_at(out, i)
        if table is None:
            i += 1
            continue
        end, rewritten = table
        out[i:end] = rewritten
        i += len(rewritten)
    return out
