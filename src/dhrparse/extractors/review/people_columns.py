"""A table of people and their roles (Name | Role: an assurance group, a panel) as plain text
exports print a two-column table, column by column: the first column's header, each person's
name alone on its line, then the second column's header and each role on its line ("Name" /
"Dr Jo Roe" / "Mr Sam Lee" / "Role" / "Independent chair" / "Partnership manager"). Read as
the table's rows ("Dr Jo Roe | Independent chair"), as a Word table's rows read across, so a
role names the person beside it.

Read only where two or more names stand alone under a short header, a short header follows them,
and as many short lines follow it, none a name, none carrying on the line above (a wrapped cell,
which would pair a role with the wrong person) and the line after them none carrying on either."""

from __future__ import annotations

from collections.abc import Callable

_HEADER_WORDS = 4  # a column's header: a few words, no figures
_CELL_WORDS = 8  # a role's cell: a few words, not a sentence


def read_people_columns(lines: list[str], alone: Callable[[str], str | None]) -> list[str]:
    """The lines with each column-printed table of people read as its rows, "name | role"."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        rows = _table_at(lines, i, alone) if _header(lines[i], alone) else None
        if rows is None:
            out.append(lines[i])
            i += 1
            continue
        out += rows
        i += 2 * len(rows)
    return out


def _table_at(lines: list[str], i: int, alone: Callable[[str], str | None]) -> list[str] | None:
    """The rows (header first) of the table whose first column's header is line i, or None."""
    count = 0
    while i + 1 + count < len(lines) and alone(lines[i + 1 + count]):
        count += 1
    second = i + 1 + count
    cells = lines[second + 1 : second + 1 + count]
    if count < 2 or len(cells) < count or not _header(lines[second], alone):
        return None
    after = lines[second + 1 + count] if second + 1 + count < len(lines) else ""
    if not all(_cell(c, alone) for c in cells) or _carries_on(after):
        return None
    names = lines[i + 1 : i + 1 + count]
    heads = [f"{lines[i].strip()} | {lines[second].strip()}"]
    return heads + [f"{n.strip()} | {c.strip()}" for n, c in zip(names, cells, strict=True)]


def _header(line: str, alone: Callable[[str], str | None]) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _HEADER_WORDS
        and line.strip()[:1].isupper()
        and not any(ch.isdigit() for ch in line)
        and not line.rstrip().endswith((".", ":", ","))
        and alone(line) is None
    )


def _cell(line: str, alone: Callable[[str], str | None]) -> bool:
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
