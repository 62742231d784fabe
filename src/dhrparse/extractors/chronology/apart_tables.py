"""Chronology tables plain text printed with their column names alone on lines, found where no
heading names a chronology ("What happened", "Background"). Two printings: column after column,
the date column's name ("When", "Date", "Period") over a run of date cells, the event column's
name straight after them; or the header a name a line ("When" / "What happened" / "Services
involved") with a date cell under it, the rows a cell at a time below. The names and the dated
cells make the table a chronology whatever heads it; the builder then reads it as any such
table (apart_rows pairs rows printed apart only where the evidence settles them, else one
warning)."""

from __future__ import annotations

from collections.abc import Iterator

from dhrparse.document import Block, Line, SourceDocument
from dhrparse.extractors.chronology.columns import Columns, ends_on_joiner
from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.extractors.chronology.dating import DATE_CELL_LINES, date_cell_length
from dhrparse.extractors.chronology.kinds import FULL
from dhrparse.extractors.chronology.life_days import count_column_name, is_count_cell
from dhrparse.extractors.chronology.missed_headings import Found, line_section
from dhrparse.extractors.chronology.row_agency import cell_goes_on
from dhrparse.extractors.chronology.time_cells import is_clock
from dhrparse.extractors.chronology.year_band_rows import band_cells, each_band_cell, yearless_cell
from dhrparse.patterns import Patterns

_DATES = 3  # date cells enough under the date column's name to show the column
_NAME_WORDS = 3  # a column's name printed alone is this short
_EVENT_REACH = 3  # the event column's name stands this many lines after the date run at most
_MOST_NAMES = 5  # a header printed a name a line names this many columns at most
_AGENCY_WORDS = 4  # an agency's cell printed between two count cells runs to this many words a line


def apart_tables(doc: SourceDocument, p: Patterns, found: Found) -> Found:
    """(section, FULL, blocks) for each such table outside the chronologies already found."""
    spans = [(s.line_start, max([b.line_end for b in blocks] or [s.line_end])) for s, _, blocks in found]
    names = Columns(p)
    lines = [ln for ln in doc.lines if ln.text.strip()]
    more: Found = []
    for k, ln in enumerate(lines):
        dated = _names(ln, names, "date") or count_column_name([x.text for x in lines[k : k + 2]], 0, p)
        if not dated or any(a <= ln.number <= b for a, b in spans):
            continue
        at = k + _name_wrapped(lines, k, names)
        if (
            not _apart(lines, at, names, p)
            and not _stacked(lines, at, names, p)
            and not _counts(lines, k, names, p)
        ):
            continue
        scope = _scope(doc, ln, p)
        if not scope:
            continue
        last = max(b.line_end for b in scope)
        more.append((line_section(_title(scope[0]), ln, last), FULL, scope))
        spans.append((ln.number, last))
    return more


def _apart(lines: list[Line], k: int, names: Columns, p: Patterns) -> bool:
    """The date column's cells printed under its name, the event column's name after them."""
    end = _date_run(lines, k + 1, p)
    # (a band line over a yearless cell shows the column as well: "2020" over "14 Mar")
    banded = (
        end - k - 1 >= 2 and band_cells([ln.text for ln in lines[k + 1 : k + 4]], DateOpening(p))[0] is None
    )
    if end - k - 1 < _DATES and not banded:
        return False
    return any(_names(x, names, "event") for x in lines[end : end + _EVENT_REACH])


def _stacked(lines: list[Line], k: int, names: Columns, p: Patterns) -> bool:
    """The header printed a name a line ("When" / "What happened" / "Services involved"), the
    event's among them, and a date cell under it: the rows printed a cell at a time below."""
    end = k + 1
    fields = ["date"]
    while end < len(lines) and len(fields) <= _MOST_NAMES:
        field = _field(lines[end], names)
        if field is None or field in fields:
            break
        fields.append(field)
        end += 1
    if "event" not in fields:
        return False
    return _date_run(lines, end, p) > end


def _counts(lines: list[Line], k: int, names: Columns, p: Patterns) -> bool:
    """A child's age over count cells ("Baby S's age" / "Day 1"), the count cells printed in turn
    with the short agency cells beside them ("Day 5" / "Midwifery" / "Day 12"), the event column's
    name after them: a count cell is nothing but a row's date, so the cells show the column."""
    if not count_column_name([ln.text for ln in lines[k : k + 2]], 0, p):
        return False
    counted = 0
    for line in lines[k + 1 :]:
        if _names(line, names, "event"):
            return counted >= _DATES
        if len(line.text.split()) > _AGENCY_WORDS:
            return False  # (a sentence: no cell of the table's left columns)
        counted += is_count_cell(line.text, p)
    return False


def _field(line: Line, names: Columns) -> str | None:
    words = line.text.split(None, _NAME_WORDS)
    return names.field_of(" ".join(words)) if 0 < len(words) <= _NAME_WORDS else None


def _name_wrapped(lines: list[Line], k: int, names: Columns) -> int:
    """1 when the date column's name ends on its joiner and goes on on the next line ("Date /"
    over "time"), else 0."""
    text = lines[k].text.strip()
    if k + 1 >= len(lines) or not ends_on_joiner(text):
        return 0
    return int(names.field_of(f"{text} {lines[k + 1].text.strip()}") == "date")


def _names(line: Line, names: Columns, field: str) -> bool:
    words = line.text.split(None, _NAME_WORDS)
    return 0 < len(words) <= _NAME_WORDS and names.field_of(" ".join(words)) == field


def _date_run(lines: list[Line], at: int, p: Patterns) -> int:
    """Where the run of date cells from lines[at] on ends (each cell one line or wrapped over a
    few, its time of day under it; a band line's year put in the yearless cells under it,
    year_band_rows)."""
    cells = each_band_cell([ln.text.strip() for ln in lines[at:]], DateOpening(p))
    texts: list[str] = []  # (read only as far as the run goes: the rest of the report is no cell)
    k = 0
    while _read_to(texts, cells, k + DATE_CELL_LINES) > k:
        n = 1 if not texts[k] else date_cell_length(texts[k : k + DATE_CELL_LINES], p)
        if not n:
            break
        if texts[k] and _read_to(texts, cells, k + n + 1) > k + n and is_clock(texts[k + n]):
            n += 1  # (the cell's time of day wrapped under its date: "21/11/2022" over "07:40")
        k += n
    return at + k


def _read_to(texts: list[str], cells: Iterator[str | None], n: int) -> int:
    """Band cells read into texts until it holds n (or the cells run out); how many it holds."""
    while len(texts) < n:
        cell = next(cells, _NO_MORE)
        if cell is _NO_MORE:
            break
        texts.append(cell or "")
    return len(texts)


_NO_MORE = object()


def _scope(doc: SourceDocument, line: Line, p: Patterns) -> list[Block]:
    """The blocks from the date column's name to the end of the section it stands in, and of the
    sections after it whose heading is a cell's wrapped name ("Police;" over "CPS": the
    segmenter took the capitals for a heading) or a yearless date cell ("2 Dec" under a band
    "2021": a numbering rule took it for the next chapter)."""
    at = next((k for k, b in enumerate(doc.blocks) if b.line_start <= line.number <= b.line_end), None)
    if at is None:
        return []
    holder = doc.blocks[at].section
    end = holder.line_end if holder is not None else doc.lines[-1].number
    dates = DateOpening(p)
    for block in doc.blocks[at:]:
        if block.line_start <= end:
            continue
        if block.kind != "heading" or not (
            _date_cell_heading(doc, block, dates)
            or not block.number
            and cell_goes_on(doc.line_numbered(block.line_start - 1))
        ):
            break
        end = block.section.line_end if block.section is not None else end
    return [b for b in doc.blocks if b.line_end >= line.number and b.line_start <= end and b.kind != "toc"]


def _date_cell_heading(doc: SourceDocument, block: Block, dates: DateOpening) -> bool:
    """The heading's printed line is a date cell wanting its band's year ("2 Dec")."""
    line = doc.line_numbered(block.line_start)
    return line is not None and yearless_cell(line.text, dates)


def _title(block: Block) -> str:
    return block.section.heading if block.section is not None else "Chronology"
