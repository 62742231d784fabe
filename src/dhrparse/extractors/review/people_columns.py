"""A table of people and their roles (Name | Role: an assurance group, a panel; or Role | Name |
Organisation) as plain text exports print a table, column by column: each column's header, then
its cells a line each ("Name" / "Dr Jo Roe" / "Mr Sam Lee" / "Role" / "Independent chair" /
"Partnership manager"), the column of names first or after the roles. Read as the table's rows
("Dr Jo Roe | Independent chair", "Independent chair | Dr Jo Roe | Roe Consulting Ltd"), as a Word
table's rows read across, so a role names the person beside it and no column's header is read as
a person under a role ("Independent chair and author" / "Member Name").

Read only where two or more names stand alone under a short header, and a column of as many short
lines under a short header of its own stands before or after them (one each side: a further block
may be the next table, "Ratings" / "Rating" / "Met" ...), none a name, none carrying on the line
above (a wrapped cell, which would pair a role with the wrong person) and the line after the table
none carrying on either."""

from __future__ import annotations

from collections.abc import Callable

_HEADER_WORDS = 4  # a column's header: a few words, no figures
_CELL_WORDS = 8  # a role's cell: a few words, not a sentence

Alone = Callable[[str], "str | None"]


def read_people_columns(lines: list[str], alone: Alone) -> list[str]:
    """The lines with each column-printed table of people read as its rows, "name | role"."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        table = _table_with_names_at(lines, i, alone) if _header(lines[i], alone) else None
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        start, end, rows = table
        del out[len(out) - (i - start) :]  # (the column printed before the names, already passed)
        out += rows
        i = end
    return out


def _table_with_names_at(lines: list[str], i: int, alone: Alone) -> tuple[int, int, list[str]] | None:
    """(first line, line after, rows with the header row first) of the table whose column of names
    has its header at line i, or None."""
    count = 0
    while i + 1 + count < len(lines) and alone(lines[i + 1 + count]):
        count += 1
    if count < 2:
        return None
    height = count + 1  # a column's lines: its header and its cells
    before = int(_column_at(lines, i - height, count, alone))  # (columns printed before the names)
    after = int(_column_at(lines, i + height, count, alone))
    if not before and not after:
        return None
    start, end = i - height * before, i + height * (1 + after)
    if end < len(lines) and _carries_on(lines[end]):
        return None
    columns = [lines[at : at + height] for at in range(start, end, height)]
    rows = [" | ".join(column[r].strip() for column in columns) for r in range(height)]
    return start, end, rows


def _column_at(lines: list[str], start: int, count: int, alone: Alone) -> bool:
    """Whether a column of `count` cells under its header is printed from line `start`."""
    if start < 0 or start + count >= len(lines):
        return False
    cells = lines[start + 1 : start + 1 + count]
    return _header(lines[start], alone) and all(_cell(c, alone) for c in cells)


def _header(line: str, alone: Alone) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _HEADER_WORDS
        and line.strip()[:1].isupper()
        and not any(ch.isdigit() for ch in line)
        and not line.rstrip().endswith((".", ":", ","))
        and alone(line) is None
    )


def _cell(line: str, alone: Alone) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _CELL_WORDS
        and not _carries_on(line)
        and not line.rstrip().endswith(".")
        and (alone(line) is None)
    )


def _carries_on(line: str) -> bool:
    """A line opening in lower case carries on the cell above it."""
    return line.strip()[:1].islower()
