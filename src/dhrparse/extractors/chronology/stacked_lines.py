"""A chronology table a plain text export printed row by row, one cell after another on lines
of their own ("Date" / "Agency" / "Contact/Event", then "12.03.2018" / "23:10" / "Marlstow
Police" / the event's lines), read from its lines where the segmenter ran its cells into the
paragraphs around them. A row opens at a line that is only a date; every line up to the next
such line is that row's (its agency, then its event), so an event is only ever dated by its
own row. The table ends at a note under it ("Source: ...") or the next heading.

A report set with generous line spacing prints its table line by line across the row: the
date's first line, the agency's, the event's, then each cell's second line. A date wrapped in
the narrow date column ("11/05/2021 –" over "26/05/2021", "Early June" over "2021") then has
its rest printed after the row's first agency and event lines: that rest completes the row's
date, it opens no row of its own. A date that ends a sentence of the event ("... offered for 9
April" over "2021.") is the event's, not a row's."""

from __future__ import annotations

from dhrparse.document import Block, Line
from dhrparse.extractors.chronology.age_lead import age_cells, age_name, cell_words, lead_cell
from dhrparse.extractors.chronology.cell_headings import agency_cell
from dhrparse.extractors.chronology.column_roles import OTHER
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.columns_apart import wrapped_date_names
from dhrparse.extractors.chronology.dating import DATE_CELL_LINES, date_cell_length, is_date_cell
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.merged_dates import merged_date_rows
from dhrparse.extractors.chronology.row_agency import cell_goes_on, part_agency, part_agency_after
from dhrparse.extractors.chronology.stacked_dates import fold_hollow, warn_unparted
from dhrparse.extractors.chronology.time_cells import date_only, opens_same_day_row, time_cell
from dhrparse.extractors.chronology.vocabulary import CELL_TIME, SENTENCE_END
from dhrparse.ledger import Ledger


def stacked_lines(
    blocks: list[Block], entries: Entries, ctx: Ledger, furniture: Furniture, until: int | None = None
) -> list[Block] | None:
    """Reads such a table; returns the blocks outside it, or None when the section holds none.
    It is read from its lines even where the segmenter gave the header's names as blocks of
    their own: a numeric date alone on a line reads to it like a paragraph's hanging number,
    joined to the agency's line after it, so its blocks do not say where a row opens. `until`:
    the line before which the table's rows end (where its later pages print column after
    column)."""
    if not blocks:
        return None
    first, last = blocks[0].line_start, max(b.line_end for b in blocks)
    last = last if until is None else min(last, until - 1)
    lines = [ln for ln in furniture.doc.lines_between(first, last) if ln.text.strip()]
    names = Columns(entries.p)
    header = stacked_header(lines, names)
    if header is None:
        return None
    start = header.stop
    chapters = _next_chapters(blocks, entries)
    headings = _ending_headings(blocks, entries, furniture) | chapters
    timed = any(names.field_of(" ".join(lines[k].text.split())) == "time" for k in header)
    rows, end, opening, rests, same_day = _rows(
        lines[start:], names, entries, headings, furniture, ctx, timed
    )
    ages: dict[int, list[Line]] = {}
    age = " ".join(lines[header.start].text.split())
    if names.field_of(age) is None:  # (an age column before the date's: age_lead)
        rows, ages, end = age_cells(rows, len(header) - 1, entries.p, end)
    if len(rows) < 2:
        return None
    fields = [names.field_of(" ".join(lines[k].text.split())) for k in header]
    dated = _dated(rows, entries, opening, rests, same_day, timed)
    dated, undated = merged_date_rows(dated, fields, entries, ctx)  # (a date shown once over its rows)
    cells, unparted = fold_hollow(dated)
    _add_rows(cells, {id(row) for row, _, _ in dated}, fields, entries, undated, ages, age)
    warn_unparted(unparted, entries, ctx)
    ctx.consumed([lines[k].number for k in header], "table header")
    table = range(lines[start].number, end + 1)
    after = next((ln.number for ln in lines if ln.number > end), None)
    stop = after if after in chapters else None  # (the next chapter, not the chronology's)
    return [
        b
        for b in blocks
        if b.line_end < table.start or table.stop - 1 < b.line_start and (stop is None or b.line_start < stop)
    ]


def _next_chapters(blocks: list[Block], entries: Entries) -> set[int]:
    """The lines of headings that name another part of the report ("Recommendations"), at any
    level: a plain text export's heading levels may put the next chapter under an unnumbered
    chronology heading ("Summary of agency contact"); the table ends there, and so does the
    chronology."""
    return {
        b.line_start
        for b in blocks
        if b.kind == "heading" and entries.p.any_match("chronology.not_headings", " ".join(b.text.split()))
    }


def _ending_headings(blocks: list[Block], entries: Entries, furniture: Furniture) -> set[int]:
    """The lines of the headings that end the table: a numbered or top-level heading; a short
    cell line the segmenter took for a heading ("Abuse Service", an agency's capitals initials
    "MARAC") does not."""
    return {
        b.line_start
        for b in blocks
        if b.kind == "heading"
        and (b.number or b.level <= 2)
        and not (not b.number and agency_cell(b.text, entries.gaz.gaz, entries.p))
        and not (not b.number and cell_goes_on(furniture.doc.line_numbered(b.line_start - 1)))
    }


def _dated(rows: list, entries: Entries, opening: dict, rests: dict, same_day: set, timed: bool) -> list:
    """(row, date, rest) of each row: its date cell (with the rest of a date wrapped in its
    narrow column), or a row opened by its time dated as the same day as the row above."""
    cells = []
    for row in rows:
        if id(row) in same_day and cells:
            # (a row with no date of its own, opened by its time: the same day as the row above)
            cells.append((row, f"{date_only(cells[-1][1])} {row[0].text.strip()}", row[1:]))
            continue
        date, rest = _date_cell(row, entries, opening.get(id(row), 1), timed)
        if id(row) in rests:
            date = f"{date} {' '.join(rests[id(row)].text.split())}"
        cells.append((row, date, rest))
    return cells


def _add_rows(
    cells: list,
    own: set[int],
    fields: list[str | None],
    entries: Entries,
    undated: set[int],
    ages: dict[int, list[Line]] | None = None,
    age: str = "",
) -> None:
    """Each row's date, agency and event as an entry, the agency parted from the event where
    the header names an agency column. `own`: the rows as read (a row read with the hollow one
    above is a new list); `undated`: rows whose date the text does not prove (merged_dates);
    `ages`: each row's age cell (its lines, by the row's id), kept beside the entry under the
    column's name `age`, the entry's lines opening at the age's."""
    ages = ages or {}
    agency_column = any(f in ("agency", "source") for f in fields)
    # (an agency column printed after the event's: its cell is the row's last, "Services involved")
    after = agency_column and "event" in fields and fields.index("event") < _agency_at(fields)
    for row, date, rest in cells:
        if after:
            agency, event = part_agency_after(rest)
        else:
            agency, event = part_agency(rest, id(row) in own) if agency_column else ([], rest)
        body, named = (" ".join(" ".join(ln.text.split()) for ln in part) for part in (event, agency))
        before = len(entries.own)
        entries.add_row(
            [date, named, body, cell_words(ages.get(id(row), []))],
            {"date": 0, "agency": 1, "event": 2, **({f"{OTHER}{age}": 3} if ages else {})},
            min(ln.number for ln in [row[0], *ages.get(id(row), [])]),
            row[-1].number,
            row[0].page,
        )
        if id(row) in undated and len(entries.own) > before:
            entries.own[-1].date = None


def _agency_at(fields: list[str | None]) -> int:
    return next(k for k, f in enumerate(fields) if f in ("agency", "source"))


def stacked_header(lines: list[Line], names: Columns) -> range | None:
    """The header's lines: two or more column names on consecutive lines, the date's first
    (perhaps wrapped over two lines, "Week" over "commencing"), a date cell on the line after
    them. A child's age may stand before the date ("Age" / "Date" / "Agency" / "Contact"): its
    name then opens the header and each row's age cell prints before its date (age_lead)."""
    wrapped = {k for k, _ in wrapped_date_names(lines, names)}
    for k, ln in enumerate(lines):
        run = 2 if k in wrapped else 0
        while k + run < len(lines) and _lone_name(lines[k + run], names):
            run += 1
        named = run - 1 if k in wrapped else run  # (the names: a wrapped name's two lines are one)
        dated = k in wrapped or names.field_of(ln.text) == "date"
        opens = named >= 2 and dated and k + run < len(lines)
        if opens and _opens_with_date(lines[k + run : k + run + DATE_CELL_LINES], names):
            return range(k, k + run)
        if opens and k > 0 and age_name(lines[k - 1], names.p):
            after = k + run + len(lead_cell(lines[k + run :], names.p))
            if _opens_with_date(lines[after : after + DATE_CELL_LINES], names):
                return range(k - 1, k + run)
    return None


def _opens_with_date(lines: list[Line], names: Columns) -> bool:
    """The lines open with a date cell: a date on the first line, or wrapped over the first
    few ("Early" / "January" / "2016") with nothing between them."""
    printed = [ln for k, ln in enumerate(lines) if ln.number == lines[0].number + k]
    return date_cell_length([ln.text for ln in printed], names.p) > 0


def _lone_name(line: Line, names: Columns) -> bool:
    # (asked of every line: a line of prose is told from its first words, only a short line is
    # tidied; split(None, 3) gives more than three words exactly when the whole split does)
    if not 0 < len(line.text.split(None, 3)) <= 3:
        return False
    return names.field_of(" ".join(line.text.split())) is not None


def _rows(
    lines, names, entries, headings, furniture, ctx, timed: bool = False
) -> tuple[list[list[Line]], int, dict[int, int], dict[int, Line], set[int]]:
    """The table's rows (their lines), its last line, how many lines open the rows whose date is
    wrapped over more than one (by the row's id), the date's rest printed among a row's
    other cells (by the row's id), and the rows opened by their time with no date of their own
    (by id; `timed`: the table has a time column, time_cells)."""
    rows: list[list[Line]] = []
    same_day: set[int] = set()
    opening: dict[int, int] = {}
    rests: dict[int, Line] = {}
    stacked: set[int] = set()  # rows opened by a wrapped date stood after the row above's date
    end = lines[0].number
    for k, ln in enumerate(lines):
        text = " ".join(ln.text.split())
        if entries.p.any_match("chronology.table_notes", text) or (
            ln.number in headings and not is_date_cell(text, entries.p)
        ):
            break
        end = ln.number
        # (an event's last word alone on its line, "service.", is no column's name printed again)
        if furniture.is_furniture(text) or _lone_name(ln, names) and not SENTENCE_END.search(text):
            ctx.consumed([ln.number], "page furniture or repeated header")
        elif (
            rows
            and id(rows[-1]) not in rests
            and _rest_of_date(rows[-1], ln, entries, id(rows[-1]) in stacked)
        ):
            rests[id(rows[-1])] = ln
        elif rows and _ends_sentence(rows[-1], ln, entries):
            rows[-1].append(ln)
        elif is_date_cell(text, entries.p) or not rows or _opens_wrapped_date(lines, k, entries):
            head = _wrapped_date_head(rows[-1], ln, entries) if rows else []
            if rows and not rows[-1]:
                rows.pop()  # (the table's first row was only the date's first lines)
            rows.append([*head, ln])
            if head:
                opening[id(rows[-1])] = len(head) + 1
        elif _stacked_wrapped_date(rows[-1], lines, k, entries):
            rows.append([ln])
            stacked.add(id(rows[-1]))
        elif timed and _same_day_row(rows[-1], ln, entries):
            rows.append([ln])
            same_day.add(id(rows[-1]))
        else:
            rows[-1].append(ln)
    return rows, end, opening, rests, same_day


_TIME_REACH = 3  # a row's time cell prints within this many lines after its date's first


def _same_day_row(row: list[Line], ln: Line, entries: Entries) -> bool:
    """The line is a clock time alone after a blank line, the row above has its own time cell
    and an event whose last line ends a sentence: a row of the same day (time_cells)."""
    if len(row) < 3 or ln.number - row[-1].number < 2 or len(ln.text.split()) > 2:
        return False
    # (the row above may itself be a same-day row, its clock its first line)
    heads = [ln.text.split() for ln in row[: 1 + _TIME_REACH]]
    timed = any(
        time_cell(words, entries.p) is not None or time_cell(words + nxt, entries.p)
        for words, nxt in zip(heads, [*heads[1:], []])
    )
    return opens_same_day_row(" ".join(ln.text.split()), row[-1].text, timed)


_INTERLEAVED = 3  # a date's rest prints within this many lines of its first (agency, event, rest)
_RANGE_OPEN = ("–", "-", "—", " to")


def _rest_of_date(row: list[Line], ln: Line, entries: Entries, stacked: bool = False) -> bool:
    """The line is the rest of the row's date, wrapped in the narrow date column and printed
    after the row's first agency and event lines: the row's date is still open (a range's
    dash, a month with no year), the line is only a date or a year, and the two make one.
    (`stacked`: the row's date stood after the row above's, so the row above's cells print
    between its date and its rest, as far as _STACKED_REACH lines.)"""
    text = " ".join(ln.text.split())
    reach = _STACKED_REACH if stacked else _INTERLEAVED
    if not 1 < len(row) <= reach or ln.number - row[-1].number < 2:
        return False  # (a date's lines printed straight under each other are one cell already)
    if ln.number - row[0].number > 2 * reach or SENTENCE_END.search(text):
        return False
    if len(text.split()) > 2 or not is_date_cell(text, entries.p):
        return False
    first = " ".join(row[0].text.split())
    still_open = first.endswith(_RANGE_OPEN) or not is_date_cell(first, entries.p)
    return still_open and is_date_cell(f"{first} {text}", entries.p)


def _opens_wrapped_date(lines: list[Line], k: int, entries: Entries) -> bool:
    """lines[k] opens a row's date cell wrapped over two lines ("Early June" over "2021"), its
    rest printed a line or two later among the row's other cells: a short line after a blank
    one, no date alone, that makes a date with a year or date line printed within reach."""
    ln = lines[k]
    text = " ".join(ln.text.split())
    if k == 0 or ln.number - lines[k - 1].number < 2 or not 0 < len(text.split()) <= 3:
        return False
    if SENTENCE_END.search(text) or is_date_cell(text, entries.p):
        return False
    if _bare_date(lines[k + 1 : k + 2], entries):
        return False  # (its rest printed straight under it: the wrapped date's own lines)
    for later in lines[k + 2 : k + 1 + _INTERLEAVED]:
        rest = " ".join(later.text.split())
        if len(rest.split()) <= 2 and not SENTENCE_END.search(rest) and is_date_cell(rest, entries.p):
            return is_date_cell(f"{text} {rest}", entries.p)
    return False


_STACKED_REACH = 8  # the lines a stacked date's rest prints within: the row above's cells, then its own


def _stacked_wrapped_date(row: list[Line], lines: list[Line], k: int, entries: Entries) -> bool:
    """lines[k] opens a date cell wrapped in the narrow column ("Mid-March" over "2021") and
    stood straight after the row above's date, as two rows' dates print together: the row above
    holds only its date so far, the line is short and no date alone, and a date's rest printed
    further on, among the rows' other cells (before any other date cell), makes a date with it.
    Its rest then prints mid-event (the event's line before it ends no sentence), where read as
    a row of its own it would date an event's second half."""
    ln = lines[k]
    text = " ".join(ln.text.split())
    if len(row) != 1 or ln.number - row[0].number < 2 or not 0 < len(text.split()) <= 2:
        return False
    if SENTENCE_END.search(text) or not is_date_cell(" ".join(row[0].text.split()), entries.p):
        return False
    for j in range(k + 1, min(k + 1 + _STACKED_REACH, len(lines))):
        rest = " ".join(lines[j].text.split())
        if not is_date_cell(rest, entries.p):
            continue
        before = lines[j - 1].text.strip()
        return (
            len(rest.split()) <= 2
            and SENTENCE_END.search(rest) is None
            and SENTENCE_END.search(before) is None
            and is_date_cell(f"{text} {rest}", entries.p)
        )
    return False


def _bare_date(lines: list[Line], entries: Entries) -> bool:
    return bool(lines) and len(lines[0].text.split()) <= 2 and is_date_cell(lines[0].text, entries.p)


def _ends_sentence(row: list[Line], ln: Line, entries: Entries) -> bool:
    """A date line that ends a sentence run on from the line above it ("... offered for 9
    April" / "2021."): the event's own words, not the next row's date cell."""
    text = " ".join(ln.text.split())
    above = row[-1] if row else None
    return (
        above is not None
        and len(row) > 1
        and above.number + 1 == ln.number
        and SENTENCE_END.search(text) is not None
        and SENTENCE_END.search(above.text) is None
        and is_date_cell(text, entries.p)
        and is_date_cell(" ".join(above.text.split()[-2:] + [text]), entries.p)
    )


_WRAPPED_DATE_LINES = DATE_CELL_LINES - 1  # (the lines a wrapped date prints above its last)
_DATE_LINE_WORDS = 3


def _wrapped_date_head(row: list[Line], ln: Line, entries: Entries) -> list[Line]:
    """The lines at the end of the row before that open this row's date cell, wrapped in a
    narrow column ("w/c 10 June" over "2019"): short lines printed straight above the date's
    last line, after a blank line that ended the row before, which with it make a fuller
    date. They are taken off that row (the table's first "row" may be only those lines, under
    the header)."""
    whole = not is_date_cell(" ".join(row[0].text.split()), entries.p)
    for take in range(min(_WRAPPED_DATE_LINES, len(row) - (0 if whole else 1)), 0, -1):
        head = row[-take:]
        run = [*head, ln]
        if any(b.number != a.number + 1 for a, b in zip(run, run[1:])):
            continue
        if take < len(row) and row[-take - 1].number + 1 == head[0].number:
            continue  # (no blank line before them: the event's own last lines)
        if any(len(h.text.split()) > _DATE_LINE_WORDS for h in head):
            continue
        if is_date_cell(" ".join(" ".join(x.text.split()) for x in run), entries.p):
            del row[-take:]
            return head
    return []


def _date_cell(
    row: list[Line], entries: Entries, opening: int = 1, timed: bool = False
) -> tuple[str, list[Line]]:
    """The row's date (its first `opening` lines), with a clock time printed on the line under
    it ("23:10"). `timed`: the table has a time column, whose cell may also be a time qualified
    or wrapped ("Approx." over "23:00") or say no time was recorded ("Not" over "known")."""
    date = " ".join(" ".join(ln.text.split()) for ln in row[:opening])
    rest = row[opening:]
    if rest and CELL_TIME.sub("", f"x {rest[0].text.strip()}") == "x":
        return f"{date} {rest[0].text.strip()}", rest[1:]
    if rest and _qualifies(date, row[opening - 1], rest[0], entries):
        date, rest = f"{date} {' '.join(rest[0].text.split())}", rest[1:]
    if not timed or len(rest) < 2:
        return date, rest
    for n in (1, 2):
        cell = rest[:n]
        if any(b.number != a.number + 1 for a, b in zip(cell, cell[1:])) or len(rest) <= n:
            continue  # (a cell's lines print straight under each other)
        clock = time_cell([w for ln in cell for w in ln.text.split()], entries.p)
        if clock is not None:
            return (f"{date} {clock}" if clock else date), rest[n:]
    return date, rest


_QUALIFIER_WORDS = 2


def _qualifies(date: str, last: Line, ln: Line, entries: Entries) -> bool:
    """`ln`, printed straight under the date cell's last line, is the date's qualifier wrapped
    in the narrow column ("08/06/2021" over "(approx.)"): short, no date by itself, and a date
    cell with the date before it."""
    text = " ".join(ln.text.split())
    return (
        ln.number == last.number + 1
        and len(text.split()) <= _QUALIFIER_WORDS
        and not is_date_cell(text, entries.p)
        and is_date_cell(f"{date} {text}", entries.p)
    )
