"""A plan printed transposed (plan.transposed_tables: its field names down the first column, one
column per action) in text that joins each printed line's cells with single spaces, as corpus
text does: "Action 1.1 1.2 2.1 2.2", "Target date 30 Nov 2025 31 Mar 2026 30 Sep 2025 ...".

The first field row prints the actions' refs, one word each, so it tells how many actions the
table holds. Every other field row's line is cut into as many cells only where the line itself
proves the cut: as many dates as actions, as many capitalised words as actions (a status word
or a repeated label opening each cell), or as many capitalised verbs of doing (an action
cell's opening words). A row no cut fits is left empty: a lead's "Adult Social Care Adult
Social Care" could be cut in more than one place. The lines a cell wraps onto print several
actions' later words joined and are not read (the table is marked so for the walk); a table
whose action row cannot be cut is left as printed.

The field rows so cut are turned back as plan.transposed_tables turns a PDF's cells.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import regex

from dhrparse.plan.layouts import cells_line
from dhrparse.plan.table_rewrites import rewrite_tables
from dhrparse.plan.transposed_tables import MIN_COLUMNS, MIN_FIELDS, checked_action_name, field_named, turned
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.dates import find_dates

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

FIRST_LINES = "a plan printed transposed was read from each field's first printed line only (its cells joined on each line)"
NAME_WORDS = 4  # the most words a field's name prints in ("What will be done")
REACH = 40  # printed lines a transposed table may run over
_REF = regex.compile(r"^(?:[A-Z]{0,3}\d{1,2}(?:[.\-]\d{1,2}){0,2}[a-z]?|[a-z])$")
_CAPITAL = regex.compile(r"(?<!\S)\p{Lu}")


class JoinedTransposed:
    """Transposed plans in joined text to the cell rows plan.transposed_tables reads."""

    def __init__(self, cm: ColumnMap, p: Patterns):
        self.cm, self.p = cm, p
        self.warnings: list[tuple[str, Line]] = []

    def rewrite(self, lines: list[Line]) -> list[Line]:
        return rewrite_tables(lines, self._table_at)

    @cached_property
    def _doing(self) -> regex.Pattern:
        verbs = [
            *self.p.list("actions.column_blocks.action_verbs"),
            *self.p.list("actions.column_blocks.instruction_verbs"),
            *self.p.list("actions.plan.joined_transposed.more_verbs"),
        ]
        return regex.compile(
            rf"(?<!\S)(?:{literal_alternation(verbs, spaced=True, longest_first=True)})\b", regex.I
        )

    def _table_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        opened = self._refs_row(lines[i])
        if opened is None:
            return None
        name, refs = opened
        rows, fields, later, end = [[name, *refs]], [lines[i]], [], i + 1
        wrapped: list[Line] = []  # (a cell's wrapped words, several actions' joined)
        while end < min(len(lines), i + REACH) and lines[end].cells is None:
            split = self._named(lines[end].text)
            if split is None:
                wrapped.append(lines[end])
            elif split[0] in {row[0] for row in rows}:
                break  # (the next table's first field: the plan continued)
            else:
                rows.append([split[0], *self._cut(split[1], len(refs))])
                fields.append(lines[end])
                later, wrapped = later + wrapped, []
            end += 1
        end -= len(wrapped)  # (the lines after the last field are the report's, not the table's)
        if len(rows) < MIN_FIELDS or not self._read_actions(rows):
            return None
        got = turned([cells_line(ln, row) for ln, row in zip(fields, rows)], self.cm)
        if got is None:
            return None
        self.warnings.append((FIRST_LINES, lines[i]))
        blank = [""] * len(rows)
        return end, got + [cells_line(ln, blank) for ln in later]

    def _refs_row(self, line: Line) -> tuple[str, list[str]] | None:
        """(name, refs) where the line is a field's name and a ref a word for two actions or more."""
        if line.cells is not None:
            return None
        split = self._named(line.text)
        if split is None:
            return None
        refs = split[1].split()
        if len(refs) < MIN_COLUMNS - 1 or not all(_REF.match(r) for r in refs):
            return None
        return split[0], refs

    def _named(self, text: str) -> tuple[str, str] | None:
        """(name, rest) where the line opens with a plan field's whole name and goes on."""
        words = text.split()
        for n in range(min(NAME_WORDS, len(words) - 1), 0, -1):
            name = " ".join(words[:n])
            if (self.cm.names_exactly(name) or checked_action_name(name, self.cm)) and field_named(
                name, self.cm
            ):
                return name, " ".join(words[n:])
        return None

    def _cut(self, rest: str, k: int) -> list[str]:
        """`rest` cut into k cells where the line proves the cut, else k empty cells."""
        words = rest.split()
        if len(words) == k:
            return words
        dates = find_dates(rest, self.p)
        if len(dates) == k and not regex.sub(r"\s", "", _outside(rest, [(d.start, d.end) for d in dates])):
            return [rest[d.start : d.end] for d in dates]
        for opening in (_CAPITAL, self._doing):
            starts = [m.start() for m in opening.finditer(rest)]
            if opening is self._doing:
                starts = [s for s in starts if rest[s].isupper()]
            if len(starts) == k and starts[0] == 0:
                return [rest[s:e].strip() for s, e in zip(starts, [*starts[1:], len(rest)])]
        return [""] * k

    def _read_actions(self, rows: list[list[str]]) -> bool:
        """Whether the action's row was cut: the table is read for its actions or not at all."""
        return any(field_named(row[0], self.cm) == "action" and all(row[1:]) for row in rows[1:])


def _outside(text: str, spans: list[tuple[int, int]]) -> str:
    kept, at = [], 0
    for s, e in spans:
        kept.append(text[at:s])
        at = e
    return "".join(kept) + text[at:]
