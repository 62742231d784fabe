"""The document model every stage shares.

A reader turns a file into a `SourceDocument` holding `Line`s (with their original
1-based line number and page). Cleaning marks lines as furniture or footnotes and
fixes their text in place; segmentation adds `Block`s (heading, paragraph, bullet,
table, toc) and a `Section` tree. Extractors read only this model, never the file.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from operator import attrgetter
from typing import TypeVar

from dhrparse.line_views import FirstLines, LinesByNumber
from dhrparse.lines import (  # noqa: F401  (the line model, read from here by every stage)
    BLANK,
    FOOTNOTE,
    FURNITURE,
    NEW_SHEET,
    SHEET_ROW,
    TEXT,
    BlankLine,
    CellLine,
    Line,
    line_spaced,
)

T = TypeVar("T")

_NUMBER = attrgetter("number")  # (a line's number, to bisect the lines on)


def _printed_line_spaced(doc: SourceDocument) -> bool:
    return line_spaced([ln.number for ln in doc.lines if ln.text.strip()])


@dataclass(slots=True)
class Cell:
    text: str
    line_start: int
    line_end: int
    # the word offsets at which the cell's later paragraphs open, where the reader saw them
    breaks: tuple[int, ...] = ()


@dataclass(slots=True)
class Row:
    cells: list[Cell]
    line_start: int
    line_end: int
    page: int | None = None

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


@dataclass
class Table:
    """A table as the reader found it: rows of printed cells, no meaning given to them
    (the plan reader reads action plans from these rows into plan.tables.PlanTable)."""

    rows: list[Row]
    line_start: int
    line_end: int
    page: int | None = None
    origin: str = "text"  # "text" (tab-separated lines), "pdf", "docx"

    def printed(self) -> str:
        """The table as printed: its cells apart by tabs, its rows by lines."""
        return "\n".join("\t".join(cell.text for cell in row.cells) for row in self.rows)


@dataclass(slots=True)
class Block:
    kind: str  # "heading" | "paragraph" | "bullet" | "table" | "toc"
    text: str
    line_start: int
    line_end: int
    page: int | None = None
    number: str | None = None  # "23", "8.10" for numbered paragraphs and headings
    level: int = 0  # heading level, or bullet depth (0 = top)
    # line numbers the text came from (a tuple once segmentation has closed the block)
    lines: list[int] | tuple[int, ...] = field(default_factory=list)
    table: Table | None = None
    section: Section | None = field(default=None, repr=False)
    marker: str | None = None  # bullet marker as printed

    @classmethod
    def of_lines(cls, kind: str, text: str, lines: list[Line], **kw) -> Block:
        """A block read from these lines (its range, page and line numbers from them)."""
        return cls(
            kind=kind,
            text=text,
            line_start=lines[0].number,
            line_end=lines[-1].number,
            page=lines[0].page,
            lines=[ln.number for ln in lines],
            **kw,
        )

    @classmethod
    def of_table(cls, table: Table, section: Section | None) -> Block:
        """A table read anew from a run of printed lines, as a block over the lines it spans."""
        return cls(
            kind="table",
            text=table.printed(),
            line_start=table.line_start,
            line_end=table.line_end,
            page=table.page,
            lines=list(range(table.line_start, table.line_end + 1)),
            table=table,
            section=section,
        )

    @property
    def title(self) -> str:
        """Heading text without its number."""
        return self.text


_BLOCK_TEXT = Block.__dict__["text"]  # (the text a block keeps)


class TableBlock(Block):
    """A table's block. Its text is the table as printed, read from the table's rows when asked
    rather than kept beside them: a long report's tables would be held twice, once in their
    cells and once in this text (issue 17). A text given to it (a reading of the table set
    apart from its rows) is kept as given."""

    __slots__ = ()

    @property
    def text(self) -> str:  # type: ignore[override]
        kept = _BLOCK_TEXT.__get__(self)
        return kept if kept is not None else self.table.printed()  # type: ignore[union-attr]

    @text.setter
    def text(self, value: str | None) -> None:
        _BLOCK_TEXT.__set__(self, value)


@dataclass(slots=True)
class Section:
    title: str
    number: str | None
    level: int
    line_start: int
    line_end: int
    page: int | None = None
    parent: Section | None = field(default=None, repr=False)
    children: list[Section] | tuple[()] = field(default_factory=list)  # (() once built, when none)
    blocks: list[Block] = field(default_factory=list)
    # (the heading as printed, made once: every record located in the section names it, and
    # each made its own copy, thousands of one string in a long report's records)
    _heading: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def heading(self) -> str:
        if self._heading is None:
            number, title = self.number, self.title
            self._heading = (
                title if not number else f"{number}. {title}" if "." not in number else f"{number} {title}"
            )
        return self._heading

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()

    def ancestors(self) -> Iterator[Section]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def all_blocks(self) -> Iterator[Block]:
        """Blocks of this section and its subsections, in document order."""
        for section in self.walk():
            yield from section.blocks


@dataclass
class SourceDocument:
    name: str
    path: str | None
    sha256: str
    format: str  # "text" | "pdf" | "docx" | "html"
    lines: list[Line]
    pages: int | None = None
    blocks: list[Block] = field(default_factory=list)
    root: Section | None = None
    tables: list[Table] = field(default_factory=list)
    reader_warnings: list[tuple[str, str, int | None]] = field(default_factory=list)  # code, message, line
    # a Word document's running heads and feet, kept out of the body (printed on every page)
    running: list[str] = field(default_factory=list)
    # (the lines list whose numbers were last checked to ascend, and its length then)
    _checked: list[Line] | None = field(default=None, repr=False, compare=False)
    _checked_len: int = field(default=-1, repr=False, compare=False)
    _numbers_ascend: bool = field(default=False, repr=False, compare=False)
    _section_index: list[Section] | None = field(default=None, repr=False, compare=False)
    _section_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def content_lines(self) -> Iterator[Line]:
        return (ln for ln in self.lines if ln.is_content)

    def line_spaced(self) -> bool:
        """Whether the text has a blank line after (nearly) every printed line (`line_spaced` over
        the lines with text): taken out of a PDF a printed line at a time, where one blank line is
        no paragraph break. Asked of the cleaned document (cleaning settles which lines print);
        worked out once and kept on it."""
        return self.derived("line_spaced", _printed_line_spaced)

    def derived(self, key: str, build: Callable[[SourceDocument], T]) -> T:
        """What several extractors learn from the prepared document (the abbreviations it
        defines, say), worked out once and kept on the document that owns it."""
        if key not in self._derived:
            self._derived[key] = build(self)
        return self._derived[key]  # type: ignore[return-value]

    def ascending(self) -> bool:
        """Whether the line numbers ascend in reading order (as every reader gives them), so a
        line is found by bisecting the lines on their numbers. Checked once while the lines stay
        the same; no index of the numbers is kept beside them: a long report's ~1 M lines would
        need a second list the length of `lines` (issue 17)."""
        lines = self.lines
        if self._checked is not lines or self._checked_len != len(lines):
            self._numbers_ascend = all(a.number <= b.number for a, b in zip(lines, islice(lines, 1, None)))
            self._checked, self._checked_len = lines, len(lines)
        return self._numbers_ascend

    def page_of(self, line_number: int) -> int | None:
        """Page of the first line at or after `line_number` (a bisect over the lines' numbers)."""
        lines = self.lines
        i = bisect.bisect_left(lines, line_number, key=_NUMBER)
        return lines[i].page if i < len(lines) else (lines[-1].page if lines else None)

    def line_numbered(self, number: int) -> Line | None:
        """The first line with this number: a bisect over the lines when the numbers ascend
        (as every reader gives them), a plain search otherwise."""
        lines = self.lines
        if not self.ascending():
            return next((ln for ln in lines if ln.number == number), None)
        i = bisect.bisect_left(lines, number, key=_NUMBER)
        return lines[i] if i < len(lines) and lines[i].number == number else None

    def lines_between(self, first: int, last: int) -> list[Line]:
        """The lines numbered `first` to `last`, in reading order: one slice found by bisect
        when the numbers ascend, a plain search otherwise."""
        lines = self.lines
        if not self.ascending():
            return [ln for ln in lines if first <= ln.number <= last]
        start = bisect.bisect_left(lines, first, key=_NUMBER)
        return lines[start : bisect.bisect_right(lines, last, start, key=_NUMBER)]

    def lines_by_number(self) -> Mapping[int, list[Line]]:
        """Every line number's lines, in reading order: slices of `lines` found by bisect on
        their numbers when the numbers ascend, so a long report's ~1 M lines get no second
        index of a list per line; a plain dict of lists otherwise."""
        if not self.ascending():
            by_number: dict[int, list[Line]] = {}
            for ln in self.lines:
                by_number.setdefault(ln.number, []).append(ln)
            return by_number
        return LinesByNumber(self)

    def first_lines(self) -> Mapping[int, Line]:
        """Each line number's first line (`line_numbered` as a read-only mapping): an extractor
        looking lines up by number needs no dict of its own over a long report's ~1 M lines
        (a plain dict where the numbers do not ascend, which no reader gives)."""
        if not self.ascending():
            return {number: lines[0] for number, lines in self.lines_by_number().items()}
        return FirstLines(self)

    def sections(self) -> Iterator[Section]:
        if self.root is not None:
            yield from self.root.walk()

    def table_at(self, line_number: int) -> Table | None:
        """The table a reader found that holds the line (the last, were ranges to overlap)."""
        found = None
        for table in self.tables:
            if table.line_start <= line_number <= table.line_end:
                found = table
        return found

    def section_at(self, line_number: int) -> Section | None:
        """The innermost section whose range holds the line."""
        if self._section_index is None:
            self._section_index = [s for s in self.sections() if s.level > 0]
            self._section_starts = [s.line_start for s in self._section_index]
        i = bisect.bisect_right(self._section_starts, line_number) - 1
        while i >= 0:
            section = self._section_index[i]
            if section.line_start <= line_number <= section.line_end:
                return section
            i -= 1
        return None
