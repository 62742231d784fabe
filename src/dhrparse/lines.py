"""The printed line, as every reader gives it and cleaning marks it: a `Line` (its number in the
extracted text, page, text as read and cleaned, kind), a `CellLine` where the reader gave it
table cells or a layout hint, a `BlankLine` for a line printed empty. `document` holds them."""

from __future__ import annotations

from dataclasses import dataclass

# Line kinds set by cleaning: only "text" lines carry document content.
TEXT, BLANK, FURNITURE, FOOTNOTE = "text", "blank", "furniture", "footnote"
# the hint of a table row that opens a spreadsheet's next sheet: a table of its own, though only
# page furniture parts it from the table before (prepare.print_headings)
NEW_SHEET = "sheet"
# the hint of a printed line that is a spreadsheet row's first line, its row number taken off: a
# row's cells, never a numbered heading ("3.2 Audit the records ... Not started")
SHEET_ROW = "sheet row"


class _Tail(str):
    """The whitespace cleaning took off a line's end: the line as read is its cleaned text
    and this (most lines differ from how they were read by a trailing space or two)."""

    __slots__ = ()


_TAILS: dict[str, _Tail] = {}


LINE_SPACED_SHARE = 0.8  # of the gaps between printed lines, those of one blank line in line-spaced text


def line_spaced(numbers: list[int]) -> bool:
    """Whether printed lines with these line numbers have a blank line after (nearly) every one,
    as text a PDF tool took out a printed line at a time has (the bundled reports' text): there a
    single blank line is no paragraph break. Gaps wider than one blank line are left out."""
    gaps = [b - a for a, b in zip(numbers, numbers[1:]) if b - a <= 2]
    return bool(gaps) and sum(g == 2 for g in gaps) >= LINE_SPACED_SHARE * len(gaps)


@dataclass(init=False, eq=False)
class Line:
    # (slots by hand: `raw` is worked out from `_raw` and `_base`, not stored as read; `cells`
    # and `hint` are slots of `CellLine` only, see there)
    __slots__ = ("number", "text", "page", "_raw", "_base", "kind")
    number: int  # 1-based line in the extracted text (several Lines may share one
    # number when an HTML fragment on one line holds several paragraphs)
    text: str  # cleaned text
    page: int | None
    raw: str  # text as read, before cleaning
    kind: str
    cells: list[str] | None = None  # set for table rows (tab-separated text, PDF/DOCX tables)
    hint: str | None = None  # reader hint: "heading:N", "bullet", "bullet:1" (nested), "bold"
    # (whole line bold), "para" (paragraph spacing above the line)
    # a table row's cells' paragraph breaks, where the reader saw them: for each cell, the word
    # offsets at which its second and later paragraphs open (see CellLine). No dataclass field:
    # `dataclasses.replace` makes the line anew without them
    breaks = None
    # a table row's slots that a cell merged down from a row above covers (its text printed in
    # that row's slot, this row's slot empty), where the reader saw the merge: the slots' indexes
    merged = None

    def __new__(
        cls,
        number: int,
        text: str,
        page: int | None = None,
        raw: str = "",
        kind: str = TEXT,
        cells: list[str] | None = None,
        hint: str | None = None,
    ):
        # a line read with cells or a hint is a CellLine, any other a Line without those slots
        # (most of a long text report's lines: 16 bytes a line, issue 17)
        if cells is None and hint is None:
            self = _new_object(Line)
        else:
            self = _new_object(CellLine)
            self.cells, self.hint, self.breaks, self.merged = cells, hint, None, None
        self.number, self.text, self.page, self.kind = number, text, page, kind
        self._raw, self._base = raw, None
        return self

    def __reduce__(self):  # (copied and pickled as the line it reads as)
        return Line, (self.number, self.text, self.page, self.raw, self.kind, self.cells, self.hint)

    @property
    def raw(self) -> str:
        raw = self._raw
        return raw if self._base is None else self._base + raw

    @raw.setter
    def raw(self, value: str) -> None:
        self._raw, self._base = value, None

    def clean_to(self, text: str) -> None:
        """Set the cleaned text. The text as read stays readable as `raw`: one string with
        the cleaned text where cleaning left it as read; the cleaned text and the whitespace
        taken off its end where that is all cleaning did (no second copy of the line)."""
        if text is self._raw and self._base is None:  # most lines: left as read, one string
            self.text = text
            return
        raw = self.raw
        if text == raw:
            self.text = self._raw = raw
            self._base = None
        elif raw.startswith(text) and raw[len(text) :].isspace():
            tail = raw[len(text) :]
            self.text = self._base = text
            self._raw = _TAILS.setdefault(tail, _Tail(tail)) if len(tail) <= 8 else _Tail(tail)
        else:
            self.text = text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Line):
            return NotImplemented
        return (self.number, self.text, self.page, self.raw, self.kind, self.cells, self.hint) == (
            other.number,  # type: ignore[attr-defined]
            other.text,  # type: ignore[attr-defined]
            other.page,  # type: ignore[attr-defined]
            other.raw,  # type: ignore[attr-defined]
            other.kind,  # type: ignore[attr-defined]
            other.cells,  # type: ignore[attr-defined]
            other.hint,  # type: ignore[attr-defined]
        )

    __hash__ = None  # type: ignore[assignment]

    @property
    def is_content(self) -> bool:
        # (not all whitespace, tested without building a stripped copy of every line)
        return self.kind == TEXT and bool(self.text) and not self.text.isspace()


class CellLine(Line):
    """A line the reader gave table cells or a layout hint (a PDF or Word line, a tab-separated
    row, a plan row laid out anew): those two are slots of its own. A plain text line reads
    them as None from `Line` without holding them. `Line(...)` makes whichever the line needs;
    a plain Line's cells and hint cannot be set afterwards (make it anew with
    `dataclasses.replace`). A reader that sees where a cell's paragraphs break (a Word cell's
    paragraphs, a PDF cell's line stopping short) sets `breaks`; a line made anew drops them,
    and a cell then reads as the one paragraph every other route shows. A reader that sees a cell
    merged down over several rows (Word's vertical merge, a PDF grid's missing rule) sets
    `merged` on the rows below its first, dropped alike."""

    __slots__ = ("cells", "hint", "breaks", "merged")


_new_object = object.__new__


class BlankLine(float):
    """A line printed empty, as the text reader finds it: nearly half a long report's lines.
    It reads as a `Line` with no text (blank, no cells, no hint) at a third of the memory:
    only its number and page are its own (issue 17). It stays blank: cleaning finds it so.

    Its number is held as the float it is (exact to 2**53) rather than as an int object beside
    it, which took as much memory again as the line; `number` gives it back as an int. It is
    no quantity: a line is never added, ordered or printed as a number."""

    __slots__ = ("page",)
    text = raw = ""
    cells = hint = breaks = None
    is_content = False

    def __new__(cls, number: int, page: int | None = None, **read):
        # `dataclasses.replace` on a blank line (a reader laying a table's lines out anew gives
        # each its cells) makes the Line with those cells, as it would from the plain Line
        return Line(number, page=page, **read) if read else super().__new__(cls, number)

    def __init__(self, number: int, page: int | None = None):
        self.page = page

    @property
    def number(self) -> int:
        return int(self)

    @property
    def kind(self) -> str:
        return BLANK

    @kind.setter
    def kind(self, value: str) -> None:
        if value != BLANK:
            raise AttributeError(f"an empty line stays blank (line {self.number})")

    def clean_to(self, text: str) -> None:
        if text:
            raise AttributeError(f"an empty line stays blank (line {self.number})")

    def __eq__(self, other: object) -> bool:
        # (equal to the Line that would have been read, as to another blank line; to nothing
        # else, a number equal to its own included)
        if not isinstance(other, (BlankLine, Line)):
            return False
        fields = ("number", "text", "page", "raw", "kind", "cells", "hint")
        return all(getattr(self, name) == getattr(other, name) for name in fields)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def _unordered(self, other: object):  # (lines are not ordered as the numbers they hold)
        return NotImplemented

    __lt__ = __le__ = __gt__ = __ge__ = _unordered

    __hash__ = None  # type: ignore[assignment]
    __dataclass_fields__ = Line.__dataclass_fields__  # (read as a Line by `dataclasses`)

    def __repr__(self) -> str:
        return f"BlankLine(number={self.number!r}, page={self.page!r})"

    __str__ = __repr__

    def __reduce__(self):  # (copied and pickled as the line it is, not as a number)
        return BlankLine, (self.number, self.page)
