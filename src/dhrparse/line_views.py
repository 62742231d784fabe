"""Read-only views of a `SourceDocument` keyed by line number ({number: lines}, {number: first
line}), answered by bisecting the document's lines on their numbers rather than built as dicts."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.document import Line, SourceDocument

_NUMBER = attrgetter("number")


class _ByNumber(Mapping):
    """A read-only view keyed by line number over a document whose line numbers ascend: the
    keys are the lines' numbers, the values come from its subclass."""

    def __init__(self, doc: SourceDocument):
        self.doc = doc

    def __iter__(self) -> Iterator[int]:
        return iter(dict.fromkeys(ln.number for ln in self.doc.lines))

    def __len__(self) -> int:
        return len(dict.fromkeys(ln.number for ln in self.doc.lines))


class LinesByNumber(_ByNumber):
    """{number: [lines]}: each number's lines as one slice of the document's lines."""

    def __getitem__(self, number: int) -> list[Line]:
        lines = self.doc.lines
        start = bisect.bisect_left(lines, number, key=_NUMBER)
        end = bisect.bisect_right(lines, number, start, key=_NUMBER)
        if start == end:
            raise KeyError(number)
        return lines[start:end]


class FirstLines(_ByNumber):
    """{number: first line with that number}."""

    def __getitem__(self, number: int) -> Line:
        line = self.doc.line_numbered(number)
        if line is None:
            raise KeyError(number)
        return line

    def __contains__(self, number: object) -> bool:
        return isinstance(number, int) and self.doc.line_numbered(number) is not None
