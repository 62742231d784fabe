"""Read-only views of a `SourceDocument` keyed by line number ({number: lines}, {number: first
line}), answered from the document's own sorted index of numbers rather than built as dicts."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.document import Line, SourceDocument


class _ByNumber(Mapping):
    """A read-only view keyed by line number over a document whose line numbers ascend: the
    keys come from the document's cached index, the values from its subclass."""

    def __init__(self, doc: SourceDocument):
        self.doc = doc

    def __iter__(self) -> Iterator[int]:
        return iter(dict.fromkeys(self.doc._numbers()))

    def __len__(self) -> int:
        return len(dict.fromkeys(self.doc._numbers()))


class LinesByNumber(_ByNumber):
    """{number: [lines]}: each number's lines as one slice of the document's lines."""

    def __getitem__(self, number: int) -> list[Line]:
        numbers = self.doc._numbers()
        start = bisect.bisect_left(numbers, number)
        end = bisect.bisect_right(numbers, number, start)
        if start == end:
            raise KeyError(number)
        return self.doc.lines[start:end]


class FirstLines(_ByNumber):
    """{number: first line with that number}."""

    def __getitem__(self, number: int) -> Line:
        line = self.doc.line_numbered(number)
        if line is None:
            raise KeyError(number)
        return line

    def __contains__(self, number: object) -> bool:
        return isinstance(number, int) and self.doc.line_numbered(number) is not None
