"""A chronology table whose first column names the service that recorded each event and whose
second gives its date ("Source Date Event Significance"), printed with each line's cells joined by
single spaces: "Kinloch Health and 04/01/2022 A home care worker found ..." over "Social Care
heating and reported it ...". Such a table reads as the date-first table joined_rows knows once
each row's date cell is put before the recording service's words on the lines it prints on: the
service's wrapped name then opens the lines below as a first column after the date does.

A row opens where, after at most a few words of the service's name (no figures in them), a date
cell begins; a date that wraps in its narrow column ("w/c" over "07/02/2022") prints its rest on
the line below after the service's next words, and is put first there too."""

from __future__ import annotations

from dhrparse.document import SourceDocument
from dhrparse.extractors.chronology.cell_costs import Part
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.extractors.chronology.header_names import header_names
from dhrparse.extractors.chronology.joined_cells import JoinedCells
from dhrparse.lines import Line

_SOURCE_WORDS = 4  # one printed line of the recording service's cell is at most this many words
_FIRST = ("source", "agency")  # the columns that may stand before the date's
_HEADER_WORDS = 16  # a header's words at most (header_names')
_REACH = 600  # a table's lines below its header looked at, at most (the rest stand as printed)


def date_put_first(
    lines: list[Line], k: int, names: Columns, dates: DateOpening
) -> tuple[list[str], list[Line]] | None:
    """When lines[k] is such a table's header: its columns with the date's first, and the lines
    with every row's date put before the service's words (the lines above k as they are)."""
    # (asked of every line a joined table is sought in: a line of prose is told by its length)
    if len(lines[k].text.split(None, _HEADER_WORDS)) > _HEADER_WORDS:
        return None
    header = " ".join(lines[k].text.replace("|", " ").split())
    turned = _turned_header(header, names)
    if turned is None:
        return None
    fields, head = turned
    out = list(lines[:k]) + [with_text(lines[k], head)]
    i, last = k + 1, min(len(lines), k + 1 + _REACH)
    while i < last:
        ln = lines[i]
        text = " ".join(ln.text.split())
        if text == header:  # (printed again after a page break)
            out.append(with_text(ln, head))
            i += 1
            continue
        below = lines[i + 1].text.split() if i + 1 < len(lines) else []
        opening = _row_opening(text.split(), below, dates)
        if opening is None:
            out.append(ln)
            i += 1
            continue
        first, second = opening
        out.append(with_text(ln, first))
        if second is not None:
            out.append(with_text(lines[i + 1], second))
            i += 1
        i += 1
    return fields, out + lines[i:]


def _turned_header(header: str, names: Columns) -> tuple[list[str], str] | None:
    """The header's columns read with its date's name put first, and that header's text, when the
    words before the date's name name the recording service alone."""
    words = header.split()
    for j in range(1, min(len(words), 4)):
        if names.field_of(words[j]) != "date":
            continue
        head = " ".join([words[j], *words[:j], *words[j + 1 :]])
        fields = header_names(head, names)
        if fields and fields[1] in _FIRST and names.field_of(" ".join(words[:j])) == fields[1]:
            return fields, head
    return None


def _row_opening(words: list[str], below: list[str], dates: DateOpening) -> tuple[str, str | None] | None:
    """The row's first line with its date cell put first (and the line below so, when the date
    wrapped onto it), or None when no date cell follows the service's first words."""
    for s in range(1, min(_SOURCE_WORDS, len(words) - 1) + 1):
        if any(ch.isdigit() for w in words[:s] for ch in w):
            return None
        rest = words[s:]
        for t in range(min(_SOURCE_WORDS, len(below)) + 1):
            if any(ch.isdigit() for w in below[:t] for ch in w):
                break
            counts = dates.cell([rest, below[t:]]) if below[t:] else dates.cell([rest])
            if len(counts) == 2:
                m = counts[1]
                return _put_first(words, s, counts[0]), _put_first(below, t, m)
        counts = dates.cell([rest])
        if counts and _dated(rest[: counts[0]]):
            return _put_first(words, s, counts[0]), None
    return None


def _dated(words: list[str]) -> bool:
    """The date cell gives a figure (a day or a year): a month's name alone may open an event's
    sentence wrapped after the service's name."""
    return any(ch.isdigit() for w in words for ch in w)


def _put_first(words: list[str], at: int, n: int) -> str:
    return " ".join([*words[at : at + n], *words[:at], *words[at + n :]])


def with_text(line: Line, text: str) -> Line:
    """The line again, its text rewritten (a row's cells put in another order)."""
    return Line(line.number, text, line.page, line.raw, line.kind)


def service_words(
    doc: SourceDocument, rows: list[list[Line]], split: list[tuple[str, list[list[str]]]]
) -> dict[tuple[str, ...], int]:
    """For a table read with its dates put first: each row's first line's words after its date
    (as the cells are parted from them) and how many of them the service's cell holds, the words
    printed before the date; empty for a table printed date first."""
    known: dict[tuple[str, ...], int] = {}
    for row, (_, body) in zip(rows, split):
        printed = doc.line_numbered(row[0].number)
        if not body or not body[0] or printed is None:
            continue
        turned, first = row[0].text.split(), body[0]
        date = turned[: len(turned) - len(first)]
        words = printed.text.split()
        s = next((s for s in range(1, len(first)) if words[s : s + len(date)] == date), 0)
        if s and date and words[:s] == first[:s]:
            known[tuple(first)] = s
    return known


class ServiceFirstCells(JoinedCells):
    """The cells of such a table's rows, each row's first line's service cell as printed before
    its date (the word wrap alone tells the rest)."""

    def __init__(self, known: dict[tuple[str, ...], int], *args, **kwargs):
        self.known = known
        super().__init__(*args, **kwargs)

    def _parts(self, words: tuple[str, ...], first: bool, widths: tuple[int, ...]) -> list[Part]:
        parts = super()._parts(words, first, widths)
        n = self.known.get(words) if first else None
        if not n:
            return parts
        kept = [p for p in parts if p.pieces and p.pieces[0] == (0, 0, n)]
        # (while the widths are searched, widths too narrow for a service's printed first line
        # read the row not at all; under the widths found, a row no such reading fits reads free)
        return kept if kept or not self._labels else parts
