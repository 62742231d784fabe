"""The header of a table printed side by side (pdftotext -layout): where it prints its column
names, the words of a name wrapped onto the lines under it, and where the cells under each
name start. Shared with the side-by-side reader (plan.layouts)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import regex

from dhrparse.document import Line
from dhrparse.plan.dated_position import NAME as DATED_NAME
from dhrparse.plan.dated_position import month_named, year_under
from dhrparse.plan.hanging_indents import item_starts
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.wrapped_headers import is_header_piece, joined

SEGMENT = regex.compile(r"\S+(?: \S+)*")  # text between runs of two or more spaces
MIN_COLUMNS = 3
MIN_KNOWN_BESIDE_UNKNOWN = 6  # header names the vocabulary knows, for one it does not to pass
# an aside after a column's name: "(Jan 2025)", "(as at" wrapped in its column before "March)"
_ASIDE = regex.compile(r"\s*\([^()]{1,30}\)?$")
REF_CELL = regex.compile(r"^\(?(?:[A-Za-z]{1,14}\.?\s?)?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?[.):]?$")
SLACK = 2  # a cell's text may start this many characters left of its column


def segments(raw: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in SEGMENT.finditer(raw.replace("\f", " ").expandtabs())]


class PrintedHeader:
    """A side-by-side table's header: its column names, where it prints them, and where the
    cells under it start."""

    def __init__(self, cm: ColumnMap, heading_lines: set[int], section_line: Callable[[Line], bool]):
        self.cm, self.heading_lines, self.section_line = cm, heading_lines, section_line

    def find(self, ln: Line) -> list[tuple[int, str]] | None:
        if ln.cells is not None or "  " not in ln.raw.strip():
            return None
        segs = segments(ln.raw)
        # (a chronology's column map reads a header of two columns, "Date   What happened")
        if len(segs) < getattr(self.cm, "min_columns", MIN_COLUMNS):
            return None
        # (a last column named by a month alone, where each row stood then: plan.dated_position;
        # a plan's column map only, a chronology's holds no patterns)
        patterns = getattr(self.cm, "_patterns", None)
        if patterns is not None and len(segs) > MIN_COLUMNS and month_named(segs[-1][1], patterns):
            segs = [*segs[:-1], (segs[-1][0], DATED_NAME)]
        unknown = sum(1 for _, t in segs if not self._header_segment(t))
        # (a wide tracker's header may name one column the vocabulary does not know, "Closed (Y/N)"
        # cut to "Close" by its narrow column: kept under its printed name, as any unknown column)
        if unknown > (1 if len(segs) - unknown >= MIN_KNOWN_BESIDE_UNKNOWN else 0):
            return None
        return segs if self.cm.header_columns([t for _, t in segs]) else None

    def _wrapped_header_words(self, text: str) -> bool:
        # (a chronology's column map has no words that only complete a wrapped header)
        return getattr(self.cm, "is_wrapped_header_words", self.cm.is_header_words)(text)

    def _header_segment(self, text: str) -> bool:
        """Header words, the last maybe cut by a narrow column ("Recommendatio" / "n"), maybe
        with an aside after them ("Progress update (Jan 2025)")."""
        if self._wrapped_header_words(text):
            return True
        # (a chronology's column map names no response column)
        if getattr(self.cm, "is_response_header", lambda _: False)(text):
            return True
        aside = _ASIDE.search(text)
        if aside and aside.start() > 0 and self._wrapped_header_words(text[: aside.start()]):
            return True
        *whole, last = text.split()
        cut = last.lower()
        return (
            (not whole or self.cm.is_header_words(" ".join(whole)))
            and len(cut) >= 6
            # (the chronology's column names carry no vocabulary of header words: no cut words there)
            and any(w.startswith(cut) for w in getattr(self.cm, "vocabulary", ()))
        )

    def continued(
        self, lines: list[Line], j: int, starts: list[int], names: list[str]
    ) -> tuple[int, list[Line]]:
        """Header words printed on following lines under their column ("Target" / "Date")."""
        extra_header: list[Line] = []
        while (
            j < len(lines)
            and lines[j].cells is None
            and self.words_under(lines[j], starts, names)
            and all(column_of(starts, s, t) is not None for s, t in segments(lines[j].raw))
        ):
            self.add_words(lines[j], starts, names)
            extra_header.append(lines[j])
            j += 1
        return j, extra_header

    def add_words(self, ln: Line, starts: list[int], names: list[str]) -> None:  # (to their columns' names)
        for s, t in segments(ln.raw):
            if (k := column_of(starts, s, t)) is not None and k < len(names):  # (a repeat may print fewer)
                names[k] = joined(self.cm, names[k], t)

    def words_under(self, ln: Line, starts: list[int], names: list[str]) -> bool:
        if self.cm.is_header_words(ln.text):
            return True
        for s, t in segments(ln.raw):
            k = column_of(starts, s, t)
            name = names[k] if k is not None and k < len(names) else ""
            if k is None or not (is_header_piece(self.cm, name, t) or name == DATED_NAME and year_under(t)):
                return False
        return True

    def aligned(self, starts: list[int], names: list[str], below: list[Line]) -> tuple[list[int], list[str]]:
        """Column starts where the cells below the header print their text: a header centred
        over its column starts right of it. Numbers printed left of the first header's column
        are an unlabelled ref column, when printed on a row's line across the columns."""
        counts, left, across, indents = self._cell_starts(starts, names, below)
        starts, names = list(starts), list(names)
        if left:
            first = min(left)
            if sum(1 for t in left[first] if REF_CELL.match(t)) >= 0.6 * len(left[first]):
                starts, names = [first] + starts, [""] + names
                rest = [s for s in left if s > first + SLACK]
                if rest:
                    starts[1] = min(rest)
            else:
                starts[0] = first
        # (a table of one row shows each column's start once, on the row's first line)
        frequent = sorted(s for s, c in counts.items() if (c >= 2 or s in across) and s not in indents)
        for k in range(1, len(starts)):
            # text repeatedly starting between the previous column's text and this header: the
            # text of a column whose header is centred over it
            after = own_text(frequent, starts[k - 1], max(len(w) for w in names[k - 1].split() or [""]))
            between = [s for s in frequent if after + SLACK < s < starts[k] - SLACK]
            # (not when the cells start under the header more often: a row printed out of line,
            # as pdftotext sets a table's last row, moves no column)
            under = sum(c for s, c in counts.items() if abs(s - starts[k]) <= SLACK)
            if between and counts[between[0]] > under:
                starts[k] = between[0]
        return starts, names

    def _cell_starts(self, starts: list[int], names: list[str], below: list[Line]):
        """Where the cells below the header print their text: (how often text starts at each
        place, the texts printed left of the first header by start, the starts on lines
        printed across most columns, a bulleted list's hanging indents), up to the table's end
        or its first page's end."""
        counts: Counter[int] = Counter()
        left: dict[int, list[str]] = {}  # text printed left of the first header, by start
        across: set[int] = set()  # where text starts on a line printed across most columns
        indents: set[int] = set()  # a bulleted list's hanging indents: its items' text, no column
        in_header = False  # on the lines of a header repeated on a new page
        for ln in below:
            if self.section_line(ln):
                continue
            if ln.cells is not None or ln.number in self.heading_lines or counts and ln.page != below[0].page:
                break  # (a later page sets its columns afresh: plan.page_columns)
            repeated = self.find(ln)
            if repeated is not None:  # on a new page: its cells sit under it, maybe elsewhere
                if [s for s, _ in repeated] != starts:
                    break
                in_header = True
                continue
            if in_header and self.words_under(ln, starts, names):
                continue  # (the repeated header's wrapped names, "date" under "Completion", are no cells)
            in_header = False
            segs = segments(ln.raw)
            indents |= item_starts(segs)
            if 2 * len(segs) >= len(starts):  # a row's first line shows its columns' starts
                across.update(s for s, _ in segs)
            for s, t in segs:
                counts[s] += 1
                # a single text left of the table is a title or a paragraph beside it, not a cell
                if s < starts[0] - SLACK and len(segs) > 1:
                    left.setdefault(s, []).append(t)
        return counts, left, across, indents


def own_text(frequent: list[int], start: int, word: int) -> int:
    """Where a column's own text starts: at its start, or the first place right of it, under
    its header's word, that text repeatedly starts (cells padded right of a header printed at
    the column's edge)."""
    right = [s for s in frequent if s >= start - SLACK]
    return right[0] if right and start + SLACK < right[0] < start + word else start


def column_of(starts: list[int], s: int, text: str) -> int | None:
    """The column a text starting at `s` sits in, when it does not run into the next one."""
    k = max((n for n, c in enumerate(starts) if c - SLACK <= s), default=None)
    if k is None:
        return None if s < starts[0] - SLACK else 0
    end = s + len(text)
    return k if k + 1 >= len(starts) or end <= starts[k + 1] else None
