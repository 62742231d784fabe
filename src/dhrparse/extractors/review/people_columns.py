"""A table of people and their roles (Name | Role: an assurance group, a panel; or Role | Name |
Organisation) as plain text exports print a table, column by column: each column's header, then
its cells a line each ("Name" / "Dr Jo Roe" / "Mr Sam Lee" / "Role" / "Independent chair" /
"Partnership manager"), the column of names first or after the roles. Read as the table's rows
("Dr Jo Roe | Independent chair", "Independent chair | Dr Jo Roe | Roe Consulting Ltd"), as a Word
table's rows read across, so a role names the person beside it and no column's header is read as
a person under a role ("Independent chair and author" / "Member Name").

Read only where two or more names stand alone under a short header, and a column of as many short
lines under a short header of its own stands before or after them (a second one each side only
under a header a table of people has, "Organisation", "Role": a further block may be the next
table, "Ratings" / "Rating" / "Met" ...), none a name, none carrying on the line
above (a wrapped cell, which would pair a role with the wrong person) and the line after the table
none carrying on either."""

from __future__ import annotations

import re
from collections.abc import Callable

_HEADER_WORDS = 6  # a column's header: a few words, no figures ("Role on the Assurance Group")
_CELL_WORDS = 8  # a role's cell: a few words, not a sentence
_BESIDE = 2  # columns, at most, printed before the names' column and after it

Alone = Callable[[str], "str | None"]


def read_people_columns(lines: list[str], alone: Alone, headers) -> list[str]:
    """The lines with each column-printed table of people read as its rows, "name | role".
    `headers` matches the whole header of a column a table of people has ("Organisation")."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        table = _table_with_names_at(lines, i, alone, headers) if _header(lines[i], alone) else None
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        start, end, rows = table
        del out[len(out) - (i - start) :]  # (the column printed before the names, already passed)
        out += rows
        i = end
    return out


def person_in_row(cells_before: str, alone: Alone) -> str | None:
    """The one person a table row's cells before a role name ("Jo Roe | Roe Consulting Ltd |" before
    "Independent chair"): the role is theirs, as the row reads across; a row naming two is no one's."""
    if " | " not in cells_before:
        return None
    people = [name for cell in cells_before.split(" | ") if (name := alone(cell.strip()))]
    return people[0] if len(people) == 1 else None


def _table_with_names_at(
    lines: list[str], i: int, alone: Alone, headers
) -> tuple[int, int, list[str]] | None:
    """(first line, line after, rows with the header row first) of the table whose column of names
    has its header at line i, or None."""
    count = 0
    while i + 1 + count < len(lines) and alone(lines[i + 1 + count]):
        count += 1
    if count < 2:
        return None
    height = count + 1  # a column's lines: its header and its cells
    before = _columns(lines, i, -height, count, alone, headers)  # (columns printed before the names)
    after = _columns(lines, i + height, height, count, alone, headers)
    if not before and not after:
        return None
    start, end = i - height * before, i + height * (1 + after)
    if end < len(lines) and _carries_on(lines[end]):
        return None
    columns = [lines[at : at + height] for at in range(start, end, height)]
    rows = [" | ".join(column[r].strip() for column in columns) for r in range(height)]
    return start, end, rows


def _columns(lines: list[str], at: int, step: int, count: int, alone: Alone, headers) -> int:
    """How many columns of `count` cells under a header are printed one after another from line
    `at` (back from the names' column where `step` is negative): the one beside the names, and
    a second only under a header a table of people has ("Organisation", "Role")."""
    found = 0
    start = at if step > 0 else at + step
    while found < _BESIDE and _column_at(lines, start, count, alone, headers):
        if found and not headers.match(lines[start].strip()):
            break
        found += 1
        start += step
    return found


def _column_at(lines: list[str], start: int, count: int, alone: Alone, headers) -> bool:
    """Whether a column of `count` cells under its header is printed from line `start`. Under a
    people table's header other than the names' ("Organisation") a cell may read like a name
    ("Tarnby Homes"): only elsewhere is a name no other column's cell."""
    if start < 0 or start + count >= len(lines):
        return False
    header, cells = lines[start].strip(), lines[start + 1 : start + 1 + count]
    known = headers.match(header) and not _NAMES_HEADER.search(header)
    return _header(header, alone) and all(_cell(c, _no_name if known else alone) for c in cells)


_NAMES_HEADER = re.compile(r"\bnames?\b|^(?:panel\s+|group\s+)?members?$", re.IGNORECASE)


def _no_name(line: str) -> None:
    return None


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
