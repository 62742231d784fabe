"""The author named only in a document-control table: a header of labels, "Version Date Author
Status", over one row per version ("1.0 30/06/2023 Jo Roe Final"); a table whose cells are kept
apart (tabs, or pipes read as tabs) is read by its person's column ("Written by"). Text exports join such a row's
cells with single spaces, so the row is read cell by cell in the header's order: a version number
for "Version", a date for "Date", then the name for "Author" (ending where a status or another
role begins). Read only where every header word is a label the cover table or the control
table's vocabulary knows, exactly one names a person, and every row under it gives a name; the
last row, the latest version, names the author."""

from __future__ import annotations

import re
from collections.abc import Callable

from dhrparse.extractors.review.cover_table import KINDS
from dhrparse.extractors.review.printing import compiled
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

_SEARCHED = 200  # lines of the front matter in which the table is looked for
_ROWS = 12  # version rows read under the header
_VERSION = re.compile(r"^(?:v(?:ersion)?\s?)?\d{1,2}(?:\.\d{1,2}){0,2}\s+", re.IGNORECASE)


class _Header:
    def __init__(self, p: Patterns):
        self.kinds = [
            (k, compiled(rf"^(?:{p.get(f'review.cover_table.{k}')})$"))
            for k in KINDS
            if p.get(f"review.cover_table.{k}")
        ]
        self.words = {w.lower() for w in p.list("review.author.control_table_words")}
        self.p = p

    def kinds_of(self, line: str) -> list[str] | None:
        """The kinds of a header printed as words joined by spaces ("Version Date Author Status")."""
        words = line.split()
        return self._labelled(words) if 3 <= len(words) <= 6 else None

    def cell_kinds(self, line: str) -> list[str] | None:
        """The kinds of a header row whose cells a table keeps apart ("Version<tab>Status<tab>Written
        by<tab>Reviewed by<tab>Date")."""
        cells = [c.strip() for c in line.split("\t")]
        return self._labelled(cells) if 3 <= len(cells) <= 8 else None

    def _labelled(self, labels: list[str]) -> list[str] | None:
        """Each label's kind, when every one is a label and exactly one names a person."""
        kinds = []
        for label in labels:
            kind = next((k for k, rx in self.kinds if rx.match(label.rstrip(":"))), None)
            if kind is None and label.lower() not in self.words:
                return None
            kinds.append(kind or "other")
        return kinds if kinds.count("person") == 1 else None


def control_table_author(lines: list[str], p: Patterns, name_at_start: Callable) -> str | None:
    """The name in the Author column of the document-control table's last row, or None.
    `name_at_start` reads the name opening a text (the author reader's own)."""
    header = p.derived("review.author.control_table", _Header)
    for i, line in enumerate(lines[:_SEARCHED]):
        if "\t" in line:
            name = _by_cells(lines, i, header, name_at_start)
            if name:
                return name
            continue
        kinds = header.kinds_of(line)
        if kinds is None:
            continue
        before = kinds[: kinds.index("person")]
        names = []
        for row in lines[i + 1 : i + 1 + _ROWS]:
            rest = _past(row, before, p)
            name = name_at_start(rest) if rest else None
            if not name:
                break
            names.append(name)
        if names:
            return names[-1]
    return None


def _by_cells(lines: list[str], i: int, header: _Header, name_at_start: Callable) -> str | None:
    """The name in the person's column of the last row under a header whose cells are kept apart."""
    kinds = header.cell_kinds(lines[i])
    if kinds is None:
        return None
    column, names = kinds.index("person"), []
    for row in lines[i + 1 : i + 1 + _ROWS]:
        cells = row.split("\t")
        name = name_at_start(cells[column].strip()) if len(cells) == len(kinds) else None
        if not name:
            break
        names.append(name)
    return names[-1] if names else None


def _past(row: str, kinds: list[str], p: Patterns) -> str | None:
    """The row after the cells of the given kinds, or None where a cell is not of its kind."""
    rest = row.strip()
    for kind in kinds:
        if kind == "date":
            dates = find_dates(rest, p)
            if not dates or dates[0].start != 0:
                return None
            rest = rest[dates[0].end :].strip()
        else:
            m = _VERSION.match(rest)
            if not m:
                return None
            rest = rest[m.end() :]
    return rest
