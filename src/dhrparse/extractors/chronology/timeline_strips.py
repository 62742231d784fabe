"""A summary's chronology printed as a horizontal timeline strip: a table of one column per year,
the years its header row ("2019 | 2020 | 2021 | 2022"), and under each year a cell of month-led
lines, "Mar – Callum lost his flat ...", "18 Dec – ..." (a day where one is known). The year is
printed once, over its column, so each line is dated by its month (or day) and its column's
year, and is one entry: the strip is read column by column, top to bottom, which is the order the
events happened in.

Found by its structure, whatever the heading over it says ("His last four years"): a header row
whose every cell is a year, each the year after the one before, over cells that each open with a
month-led line. A strip is read here whole, and left out of any chronology section around it.

Where the reader kept the table's cells (PDF, Word) every line's year is its column's. Printed as
text the cells are gone, and the year is told only where the print says it:
- plain text prints the year heads, each a line, and the cells' lines after them interleaved
  across the columns in no order a reader can trust: only lines printed between one year's head
  and the next are that year's; the others are entries left undated, with a warning;
- text that joins each printed line across the cells ("2019 2020 2021 2022", then "Mar – Callum
  lost his flat Apr – He was placed in ...") opens one line per column on a line opening as many
  month-led lines as there are years, in the columns' order; a line opening fewer could be any
  columns', so its entries are left undated, and the lines wrapped under them, whose cut between
  the columns nothing shows, are left out of the entries, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from dhrparse.document import Block, Cell, SourceDocument
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.ledger import Ledger
from dhrparse.patterns import Patterns

MIN_YEARS = 2  # (one year over a column is a table's date band, not a strip)


# (a cell's lines: at its start, a paragraph's or a sentence's end)
_IN_CELL = r"(?:^|(?<=\n)|(?<=[.!?”\"’')]\s{1,3}))"
_JOINED = r"(?:^|(?<=\s))"  # (a line joining the columns' lines: after any word)


def _forms(p: Patterns) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """A year head, a month-led line's opening in a cell and in a line joining the cells."""

    def build(q: Patterns):
        month = q.get("chronology.timeline_strip.month")
        opening = q.get("chronology.timeline_strip.opening").replace("{month}", month)
        return (
            regex.compile(q.get("chronology.timeline_strip.year_head")),
            regex.compile(_IN_CELL + opening, regex.I),
            regex.compile(_JOINED + opening, regex.I),
        )

    return p.derived("chronology.timeline_strip", build)


def strip_tables(doc: SourceDocument, p: Patterns) -> list[Block]:
    """The document's timeline strips, in print order."""
    return [
        b
        for b in doc.blocks
        if b.kind == "table" and b.table is not None and _years(b, p) and _month_led(b, p)
    ]


def year_head_lines(block: Block) -> list[int]:
    """The printed lines of a strip table's row of years."""
    head = block.table.rows[0]
    return list(range(head.line_start, head.line_end + 1))


def read_strip(block: Block, entries: Entries) -> None:
    """Each month-led line of the strip an entry, dated by its month and its column's year."""
    years = _years(block, entries.p)
    for k, year in enumerate(years):
        for row in block.table.rows[1:]:
            if k >= len(row.cells):
                continue
            for when, what in month_lines(_paragraphed(row.cells[k]), entries.p):
                entries.add_row(
                    [f"{when} {year}", what], {"date": 0, "event": 1}, row.line_start, row.line_end, row.page
                )


def month_lines(text: str, p: Patterns, joined: bool = False) -> list[tuple[str, str]]:
    """A cell's month-led lines (`joined`: a printed line's, across the columns): (the month or
    day as printed, what happened)."""
    opening = _forms(p)[2 if joined else 1]
    found = [
        m for m in opening.finditer(text) if m.group("when")[:1].isupper() or m.group("when")[:1].isdigit()
    ]
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [(m.group("when"), " ".join(text[m.end() : end].split())) for m, end in zip(found, ends)]


def _paragraphed(cell: Cell) -> str:
    """The cell's text, its paragraphs (where the reader saw them) a line each: a line that ends
    no sentence ("Mar – Moved to a hostel") still ends where the next month opens."""
    words = cell.text.split()
    breaks = [k for k in cell.breaks if 0 < k < len(words)]
    if not breaks or breaks != sorted(set(breaks)):
        return cell.text  # (no breaks, or breaks that no longer fit the words)
    bounds = [0, *breaks, len(words)]
    return "\n".join(" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:]))


def _years(block: Block, p: Patterns) -> list[str]:
    """The header row's years where each is the year after the one before; else none."""
    year_head = _forms(p)[0]
    heads = [year_head.match(c.text) for c in block.table.rows[0].cells]
    if len(heads) < MIN_YEARS or not all(heads):
        return []
    years = [int(m.group("year")) for m in heads]
    return [str(y) for y in years] if all(b == a + 1 for a, b in zip(years, years[1:])) else []


def _month_led(block: Block, p: Patterns) -> bool:
    """Every filled cell under the years opens with a month-led line; at least one does."""
    cells = [_paragraphed(c).strip() for row in block.table.rows[1:] for c in row.cells if c.text.strip()]
    opening = _forms(p)[1]
    return bool(cells) and all(opening.match(text) for text in cells)


# printed as text ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Line:
    """A month-led line of a strip printed as text, its year where the print tells it."""

    when: str
    what: str
    line_start: int
    line_end: int
    page: int | None
    year: str | None


@dataclass
class PrintedStrip:
    """A strip printed as text: its years, its month-led lines, the blocks it was read from and
    the printed lines wrapped under a joined line, which no entry holds."""

    years: list[str]
    lines: list[_Line] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    wrapped: list[tuple[int, str]] = field(default_factory=list)
    head_lines: list[int] = field(default_factory=list)  # (the years' printed lines)


def printed_strips(doc: SourceDocument, p: Patterns) -> list[PrintedStrip]:
    """The strips a text export printed: year heads each a line, or all on one line."""
    texts = {ln.number: ln for ln in doc.lines}
    blocks = [b for b in doc.blocks if b.kind != "toc"]
    found, i = [], 0
    while i < len(blocks):
        strip, i = _headed_strip(blocks, i, texts, p) or _joined_strip(blocks, i, texts, p) or (None, i + 1)
        if strip is not None and strip.lines:
            found.append(strip)
    return found


def read_printed_strip(strip: PrintedStrip, entries: Entries, ctx: Ledger) -> None:
    """The strip's lines as entries: the dated ones column by column, then the undated ones as
    printed, each undated line and the wrapped lines left out told in a warning."""
    dated = sorted((ln for ln in strip.lines if ln.year), key=lambda ln: strip.years.index(ln.year))
    for ln in dated:
        entries.add_row(
            [f"{ln.when} {ln.year}", ln.what], {"date": 0, "event": 1}, ln.line_start, ln.line_end, ln.page
        )
    undated = [ln for ln in strip.lines if not ln.year]
    for ln in undated:
        entries.add_row([ln.when, ln.what], {"date": 0, "event": 1}, ln.line_start, ln.line_end, ln.page)
        entries.own[-1].date = None  # (a month with no year: which column's it is the print does not say)
        entries.anchor = None
    first = strip.blocks[0]
    if undated:
        ctx.warn(
            "chronology_strip_years_untold",
            f"{len(undated)} line{'s' if len(undated) > 1 else ''} of a timeline strip of years "
            f"{strip.years[0]}-{strip.years[-1]} printed apart from its year columns: which year each is "
            f"cannot be told, so {'they are' if len(undated) > 1 else 'it is'} left undated",
            entries.location(undated[0].line_start, undated[-1].line_end, first.page),
        )
    if strip.wrapped:
        ctx.warn_unread(
            "chronology_strip_lines_untold",
            "wrapped line",
            "of a timeline strip printed across its columns, where no break shows which column's each part is",
            [text for _, text in strip.wrapped],
            entries.location(strip.wrapped[0][0], strip.wrapped[-1][0], first.page),
        )


def _headed_strip(blocks: list[Block], i: int, texts: dict, p: Patterns) -> tuple[PrintedStrip, int] | None:
    """Year heads each a heading of its own, the years running on, the month-led paragraphs
    between and after them: those between two heads the first head's year. Only where the last
    head follows the one before with nothing between (the heads printed together above the
    cells): a chronology told year by year under year headings prints each year's entries under
    its own heading, and is read as such."""
    year_head = _forms(p)[0]
    years: list[str] = []
    strip = PrintedStrip(years)
    pending: list[_Line] = []
    together = False  # (the last head came straight after the one before)
    k = i
    while k < len(blocks):
        b = blocks[k]
        m = year_head.match(b.text) if b.kind == "heading" else None
        if m and (not years or int(m.group("year")) == int(years[-1]) + 1):
            together = bool(years) and not pending
            strip.lines += [replace(ln, year=years[-1]) for ln in pending] if years else []
            pending = []
            years.append(m.group("year"))
            strip.head_lines += list(b.lines or [b.line_start])
        elif years and b.kind == "paragraph" and (lines := _block_lines(b, texts, p)):
            pending += lines
        else:
            break
        strip.blocks.append(b)
        k += 1
    if len(years) < MIN_YEARS or not together or not pending:
        return None
    strip.lines += pending  # (after the heads printed together: any column's)
    return strip, k


def _joined_strip(blocks: list[Block], i: int, texts: dict, p: Patterns) -> tuple[PrintedStrip, int] | None:
    """A line of years alone, the years running on, then lines joining the columns' lines: a
    block holding it, and the blocks after it that open with a month-led line."""
    b = blocks[i]
    if b.kind != "paragraph":
        return None
    numbers = list(b.lines or [b.line_start])
    head = next((n for n, num in enumerate(numbers) if _year_line(texts[num].text, p)), None)
    if head is None:
        return None
    years = _year_line(texts[numbers[head]].text, p)
    strip = PrintedStrip(years, blocks=[b], head_lines=[numbers[head]])
    rest = numbers[head + 1 :]
    k = i + 1
    opening = _forms(p)[1]
    while k < len(blocks) and blocks[k].kind == "paragraph":
        first = texts[(blocks[k].lines or [blocks[k].line_start])[0]].text.strip()
        if not opening.match(first):
            break
        strip.blocks.append(blocks[k])
        rest += list(blocks[k].lines or [blocks[k].line_start])
        k += 1
    for num in rest:
        ln = texts[num]
        found = month_lines(ln.text.strip(), p, joined=True)
        if not found:
            strip.wrapped.append((num, ln.text.strip()))
            continue
        full = len(found) == len(years)
        for col, (when, what) in enumerate(found):
            strip.lines.append(_Line(when, what, num, num, ln.page, years[col] if full else None))
    if not strip.lines or not opening.match(texts[rest[0]].text.strip() if rest else ""):
        return None
    return strip, k


def _year_line(text: str, p: Patterns) -> list[str]:
    """A printed line of years alone, each the year after the one before ("2019 2020 2021")."""
    year_head = _forms(p)[0]
    words = text.split()
    if len(words) < MIN_YEARS or not all(year_head.match(w) for w in words):
        return []
    return words if all(int(b) == int(a) + 1 for a, b in zip(words, words[1:])) else []


def _block_lines(b: Block, texts: dict, p: Patterns) -> list[_Line]:
    """A paragraph's month-led lines, read from its printed lines (a day opening a line, "18 Dec",
    is no paragraph number here); none where it does not open with one."""
    numbers = list(b.lines or [b.line_start])
    text = " ".join(texts[n].text.strip() for n in numbers)
    found = month_lines(text, p)
    if not found or not _forms(p)[1].match(text):
        return []
    return [_Line(when, what, numbers[0], numbers[-1], b.page, None) for when, what in found]
