"""A day told as a table of clock times under a heading that names the day, as reviews print the
evening or the day a victim died apart from the chronology before it: "3. The evening of Saturday
14 May 2022" over Time | Source | What happened, the rows "18:40" ... "23:55", "00:20". Each row is
an entry dated by the heading (relative: the row prints no date of its own); a row whose time is
earlier than the row before has run past midnight and falls on the next day. The time is kept
beside the entry, and so is every other short cell under its column's name where the cells can be
told apart.

Read only where the heading names one day and its section (or the sub-heading that is the
table's own header) holds the header, its first column a time column (patterns: chronology's
columns.time) and none a date column, and at least MIN_ROWS rows opening with a clock: a
times-only table under a heading that names no day gives no guessed dates, and a heading's day
dates no table under a later heading.

Each route prints the table its own way: a Word or PDF table (one row a table row); a text export
printing each cell as a block ("18:40" / "Friend (statement)" / its event), the header's names
one a block; a corpus text printing each row's cells joined on a line, the header a line too.
Blocks past the header's count of cells in a row are left unread with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dhrparse.document import Block, Section, SourceDocument
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.kinds import FULL
from dhrparse.extractors.chronology.missed_headings import Found
from dhrparse.extractors.chronology.time_cells import is_clock
from dhrparse.extractors.chronology.unread import UnreadRuns
from dhrparse.models import ChronologyEvent, DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

MIN_ROWS = 3  # timed rows enough to tell such a table from a time quoted in a paragraph
_NAME_WORDS = 4  # a column's name printed alone is this short


@dataclass
class _Row:
    time: str
    cells: list[str]  # the row's cells after its time (one joined cell where they print as one)
    first: int  # printed line numbers
    last: int
    page: int | None


@dataclass
class _Table:
    names: list[str]  # the header's names after the time's ([] where they print joined)
    rows: list[_Row]
    unread: list[Block]
    header: tuple[int, int] = (0, -1)  # the header's printed lines, first and last


def day_times_sections(doc: SourceDocument, p: Patterns, found: Found) -> Found:
    """(section, kind, blocks) for each section whose heading names a day over a times table,
    outside the chronologies already found."""
    spans = [(s.line_start, max([b.line_end for b in bl] or [s.line_end])) for s, _, bl in found]
    out: Found = []
    for section in doc.sections():
        if section.level <= 0 or heading_day(section.title, p) is None:
            continue
        scope = _own_blocks(section, p)
        table = _times_table(scope, p)
        if table is None or any(a <= table.rows[0].first <= b for a, b in spans):
            continue
        out.append((section, FULL, scope))
    return out


def heading_day(title: str, p: Patterns) -> DateValue | None:
    """The one day a heading names ("The evening of Saturday 14 May 2022"); None where it names
    none, a month or year only, or more than one date."""
    found = find_dates(title, p)
    if len(found) != 1:
        return None
    value = found[0].value
    if value.precision != "day" or not value.start or value.end not in (None, value.start):
        return None
    return value


def _own_blocks(section: Section, p: Patterns) -> list[Block]:
    """The section's blocks, and those under a sub-heading that is the table's own header (a
    text export can take the header's line for a heading): never a later sub-heading's."""
    blocks = [b for b in section.blocks if b.kind != "toc"]
    for child in section.children:
        if _time_name(child.title.split(), p):
            blocks += [b for b in child.all_blocks() if b.kind != "toc"]
    return sorted(blocks, key=lambda b: b.line_start)


def _time_name(words: list[str], p: Patterns) -> int:
    """How many of the words open the line with a time column's name (0: none)."""
    for k in range(min(3, len(words)), 0, -1):
        if p.any_match("chronology.columns.time", " ".join(words[:k])):
            return k
    return 0


def _times_table(blocks: list[Block], p: Patterns) -> _Table | None:
    for k, block in enumerate(blocks):
        if block.kind == "table" and block.table is not None:
            table = _word_table(block, p)
        else:
            table = _printed_table(blocks[k:], p)
        if table is not None and len(table.rows) >= MIN_ROWS and not _dated_column(table.names, p):
            return table
    return None


def _dated_column(names: list[str], p: Patterns) -> bool:
    """A column after the time's names a date ("Time | Date | Event"): the rows date themselves."""
    return any(p.any_match("chronology.columns.date", name) for name in names)


def _word_table(block: Block, p: Patterns) -> _Table | None:
    """A table a Word or PDF reader found: its header's first cell a time column's name."""
    rows = block.table.rows
    header = [" ".join(t.split()) for t in rows[0].texts]
    if not header or _time_name(header[0].split(), p) != len(header[0].split()):
        return None
    timed = []
    for row in rows[1:]:
        texts = [" ".join(t.split()) for t in row.texts]
        if texts and is_clock(texts[0]):
            timed.append(_Row(texts[0], texts[1:], row.line_start, row.line_end, row.page))
        elif texts != header:  # (the header printed again after a page break is no row)
            return None
    return _Table(header[1:], timed, [], (rows[0].line_start, rows[0].line_end))


def _printed_table(blocks: list[Block], p: Patterns) -> _Table | None:
    """A table a text export printed as blocks, from its header's first block: the header's names
    one a block or joined on one line, then each row from a block opening with its clock."""
    words = _words(blocks[0])
    count = _time_name(words, p)
    if not count or (count < len(words) and (len(words) - count > 8 or _opens_with_clock(words[count:]))):
        return None
    names: list[str] = []
    k = 1
    while count == len(words) and k < len(blocks) and _is_name(blocks[k]):
        names.append(" ".join(_words(blocks[k])))
        k += 1
    table = _Table(names, [], [], (blocks[0].line_start, blocks[k - 1].line_end))
    for block in blocks[k:]:
        if block.kind == "heading":
            break
        _take(table, block)
    return table if table.rows else None


def _take(table: _Table, block: Block) -> None:
    """The block opens a row, carries on the row above (the cells a row of its header's count
    holds) or is left unread."""
    words = _words(block)
    if _opens_with_clock(words):
        table.rows.append(_Row(words[0], [" ".join(words[1:])] if words[1:] else [], *_span(block)))
        return
    row = table.rows[-1] if table.rows else None
    if row is not None and not table.unread and len(row.cells) < max(1, len(table.names)):
        row.cells.append(" ".join(words))
        row.last = block.line_end
    else:
        table.unread.append(block)


def _span(block: Block) -> tuple[int, int, int | None]:
    return block.line_start, block.line_end, block.page


def _words(block: Block) -> list[str]:
    return f"{block.number or ''} {block.text}".split()


def _opens_with_clock(words: list[str]) -> bool:
    return bool(words) and is_clock(words[0])


def _is_name(block: Block) -> bool:
    """A column's name printed alone: a few words, no clock, no sentence."""
    words = _words(block)
    return 0 < len(words) <= _NAME_WORDS and not _opens_with_clock(words) and not words[-1].endswith(".")


def read_day_times(blocks: list[Block], entries: Entries, unread: UnreadRuns) -> bool:
    """The table's rows read into `entries`, dated by the section's heading; the section's other
    blocks left unread with a warning. False (nothing read) where the section is no such day."""
    day = heading_day(entries.section.title, entries.p)
    table = _times_table(blocks, entries.p) if day is not None else None
    if table is None:
        return False
    held = {n for row in table.rows for n in range(row.first, row.last + 1)}
    held.update(range(table.header[0], table.header[1] + 1))
    for block in blocks:
        if block.line_start not in held and block.kind not in ("heading", "table"):
            unread.skip(block, "commentary around a day's times table")
    unread.flush()
    days_on, before = 0, None
    for row in table.rows:
        minutes = _minutes(row.time)
        if before is not None and minutes < before:
            days_on += 1  # (past midnight: the next day)
        before = minutes
        _add(entries, row, table.names, _dated(day, days_on))
    return True


def _minutes(clock: str) -> int:
    digits = "".join(ch for ch in clock if ch.isdigit())[:4].rjust(4, "0")
    return int(digits[:2]) * 60 + int(digits[2:])


def _dated(day: DateValue, days_on: int) -> DateValue:
    when = (date.fromisoformat(day.start) + timedelta(days=days_on)).isoformat()
    return DateValue(raw=day.raw, start=when, end=when, precision="day", relative=True)


def _add(entries: Entries, row: _Row, names: list[str], day: DateValue) -> None:
    """One row as an entry of its day: the event's cell its text, the time and the other cells
    kept beside it under their columns' names."""
    extra = {"time": row.time}
    text = " ".join(row.cells)
    if names and len(row.cells) == len(names):
        at = next((i for i, n in enumerate(names) if entries.p.any_match("chronology.columns.event", n)), -1)
        text = row.cells[at]
        extra.update({n.lower(): c for i, (n, c) in enumerate(zip(names, row.cells)) if i != at % len(names)})
    entries.anchor = day
    event = ChronologyEvent(
        id="",
        heading=entries.heading,
        date=day,
        text=text,
        agencies=entries.gaz.find(" ".join(row.cells)),
        extra=extra,
        location=entries.location(row.first, row.last, row.page),
    )
    entries.own.append(event)
    entries.events.append(event)
