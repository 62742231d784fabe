"""A chronology table a PDF text extraction printed line by line with each line's cells joined by
single spaces ("Date Agency Event", then "11/04/2019 Midwifery Booking appointment. Dean attends;
..."): each printed line holds the next line of every cell still running, in column order.

The header line names the columns (every word or run of words a column's name, the date's
first). A row opens where a date opens a line (any form a date cell takes, a span's opening word
aside: "Between June and" over "August 2018"); a date wrapped in the narrow date column prints its
rest at the start of the lines below ("Around mid-September" over "2020 medication."), and is
taken off them before the other cells are parted (joined_cells, by the word wrap). The table ends
at a note under it ("Source: ..."); the header printed again after a page break, and the page's
furniture, are not rows. A row no reading fits is reported, not guessed."""

from __future__ import annotations

from dhrparse.document import Block, Line, SourceDocument
from dhrparse.extractors.chronology.band_lines import bands_apart
from dhrparse.extractors.chronology.column_roles import OTHER
from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.joined_cells import JoinedCells
from dhrparse.extractors.chronology.joined_ends import ends_off
from dhrparse.extractors.chronology.joined_paragraphs import add_paragraphs, paragraph_starts
from dhrparse.extractors.chronology.joined_tables import Read, parted_columns, read_lines
from dhrparse.extractors.chronology.joined_times import same_day_dates, time_apart, time_off, unknown_time_off
from dhrparse.extractors.chronology.known_names import named_rows
from dhrparse.extractors.chronology.source_first_rows import ServiceFirstCells, service_words
from dhrparse.extractors.chronology.wrapped_cells import printed_width
from dhrparse.ledger import Ledger

# a table of more columns than three after the date's is parted into its cells only when its lines
# hold this many words on average at most: a long line shared among four columns has too many
# readings to weigh in time; its rows are still read, each row's words after its date (and time)
# kept whole as the event's text, with a warning (_unparted)
_WIDE_LINE_WORDS = 6
_PROSE = ("event", "comment")  # columns whose cells are sentences, not names


def joined_rows(
    blocks: list[Block], entries: Entries, ctx: Ledger, furniture: Furniture
) -> list[Block] | None:
    """Reads such a table in the blocks' lines; returns the blocks outside it, or None when the
    blocks hold none."""
    if not blocks:
        return None
    table = _table_in(blocks, entries, ctx, furniture)
    if table is None:
        return None
    fields, header, rows, end = table
    dates = DateOpening(entries.p)
    rows, bands = bands_apart(rows, fields, dates)
    split = [take_date(row, dates) for row in rows]
    # the date column's width is the date as printed, before a clock time is taken off it
    room = _room(furniture.doc, rows, split)
    split = _timed(split, fields, entries)
    rest_cols = parted_columns(fields)
    if _too_wide(rest_cols, rows):
        _unparted(split, rows, fields, entries, ctx)
    else:
        split, ends = ends_off(split, fields, entries.p)
        parted = _cell_parter(rest_cols, split, entries, room, service_words(furniture.doc, rows, split))
        outside = _outside(furniture.doc, rows)
        _add_rows(rows, split, ends, parted, rest_cols, fields, entries, ctx, outside, bands)
    ctx.consumed(header, "table header")
    # (an action plan read below the table, its lines in the section's scope: no entries)
    plans = [(c.line_start, c.line_end) for c in ctx.claims if c.kind == "plan"]
    return [
        b
        for b in blocks
        if (b.line_end < header[0] or b.line_start > end)
        and not any(a <= b.line_start <= z for a, z in plans)
    ]


def _table_in(blocks: list[Block], entries: Entries, ctx: Ledger, furniture: Furniture) -> Read | None:
    """The joined table the blocks' lines hold: the one joined_tables read over the whole document
    when these lines hold it whole, else one read over these lines alone."""
    first, last = blocks[0].line_start, max(b.line_end for b in blocks)
    # (an action plan read below the chronology ends its rows, though no heading the segmenter
    # knew parted the two: the plan's lines are no row's)
    last = min([last, *(c.line_start - 1 for c in ctx.claims if c.kind == "plan" and first < c.line_start)])
    table = _within(furniture.joined.get(entries.section.line_start), first, last)
    if table is None:
        lines = [ln for ln in furniture.doc.lines_between(first, last) if ln.text.strip()]
        table = read_lines(lines, entries.p, furniture)
    return table


def _timed(
    split: list[tuple[str, list[list[str]]]], fields: list[str], entries: Entries
) -> list[tuple[str, list[list[str]]]]:
    """With a time column: each row's clock time joined to its date cell, and a day's date carried
    to the rows below that print only a time."""
    if "time" not in fields:
        return split
    unknown = entries.p.joined("dates.cells.unknown_time")
    split = [time_off(date, unknown_time_off(body, unknown), entries.p) for date, body in split]
    return same_day_dates(split)


def _cell_parter(
    rest_cols: list[str],
    split: list[tuple[str, list[list[str]]]],
    entries: Entries,
    room: int,
    known: dict[tuple[str, ...], int],
) -> JoinedCells:
    """What parts a row's words into the cells after its date: which columns hold sentences, which
    the event, and the words that end or open an organisation's name."""
    prose = [name in _PROSE or name.startswith(OTHER) for name in rest_cols]
    organisation = frozenset(
        w.lower()
        for key in ("organisation_words", "name_end_words")
        for w in entries.p.list(f"chronology.agencies.{key}")
    )
    openers = frozenset(w.lower() for w in entries.p.list("chronology.agencies.sentence_openers"))
    dangling = frozenset(w.lower() for w in entries.p.list("chronology.agencies.open_sentence_ends"))
    late = frozenset(w.lower() for w in entries.p.list("chronology.agencies.name_end_words_read"))
    # (a service's cell printed before the row's date: its first line's words are known)
    return ServiceFirstCells(
        known,
        [[w for w in body if w] for _, body in split if any(body)],
        prose,
        rest_cols.index("event"),
        organisation,
        openers,
        dangling,
        room,
        late,
    )


def _add_rows(
    rows: list[list[Line]],
    split: list[tuple[str, list[list[str]]]],
    ends: list[str],
    parted: JoinedCells,
    rest_cols: list[str],
    fields: list[str],
    entries: Entries,
    ctx: Ledger,
    prose: str,
    bands: dict[int, str],
) -> None:
    """Each row an entry of its parted cells; a row whose words no parting fits is reported."""
    cols = {name: k for k, name in enumerate(["date", *rest_cols])}
    if "time" in fields:
        cols["time"] = len(cols)
    cols["end"] = len(cols)  # (ends_off's cell, put last)
    bodies = [[w for w in body if w] for _, body in split]
    read = [parted.cells(body) if body else [""] * len(rest_cols) for body in bodies]
    # (an agency cell the word wrap left in a tie, held to a name the report prints whole)
    read = named_rows(parted, bodies, read, prose)
    paragraphs = rest_cols == ["event"] and "time" not in cols
    starts = paragraph_starts([body for _, body in split]) if paragraphs else [[0] for _ in rows]
    for k, (row, (date, _), cells, end) in enumerate(zip(rows, split, read, ends, strict=True)):
        if k in bands:
            entries.heading = bands[k]  # (an agency's band over the rows below)
        if cells is None:
            ctx.warn(
                "chronology_row_unread",
                f"a row of a chronology table printed with its cells joined on each line ({date!r}) could "
                "not be parted into its cells: it was not read",
                entries.location(row[0].number, row[-1].number, row[0].page),
            )
            continue
        if len(starts[k]) > 1:
            add_paragraphs(row, date, split[k][1], starts[k], entries)
            continue
        texts = [date, *cells]
        if "time" in cols:
            texts[0], time = time_apart(date)
            texts.append(time)
        texts.append(end)
        entries.add_row(texts, cols, row[0].number, row[-1].number, row[0].page)


def _outside(doc: SourceDocument, rows: list[list[Line]]) -> str:
    """The report's text outside the table's rows (where it lists the agencies that took part)."""
    inside = {ln.number for row in rows for ln in row}
    return " ".join(" ".join(ln.text.split()) for ln in doc.lines if ln.number not in inside)


def _too_wide(rest_cols: list[str], rows: list[list[Line]]) -> bool:
    """More columns than three after the date's and long lines: too many ways to part them."""
    return len(rest_cols) > 3 and _words_a_line(rows) > _WIDE_LINE_WORDS


def _unparted(
    split: list[tuple[str, list[list[str]]]],
    rows: list[list[Line]],
    fields: list[str],
    entries: Entries,
    ctx: Ledger,
) -> None:
    """The rows of a table too wide to part into its cells: each row an entry dated by its date
    cell (its clock time apart, when the table has a time column), its text every word the row
    printed after them, the other cells' words among the event's. The rows are sure (a date opens
    each under the header); which words are the event's is not, and a warning says so."""
    cols = {"date": 0, "event": 1}
    if "time" in fields:
        cols["time"] = 2
    for row, (date, body) in zip(rows, split):
        texts = [date, " ".join(w for line in body for w in line)]
        if "time" in cols:
            texts[0], time = time_apart(date)
            texts.append(time)
        entries.add_row(texts, cols, row[0].number, row[-1].number, row[0].page)
    where = entries.location(rows[0][0].number, rows[-1][-1].number, rows[0][0].page)
    ctx.warn(
        "chronology_cells_unparted",
        f"a chronology table of {len(parted_columns(fields))} columns after the date's, printed with its cells "
        f"joined on each line, was read a row at a time ({len(rows)} rows) but not parted into its cells: "
        "each event's text holds the row's other cells' words (agency, source, comment) as printed",
        where,
    )


def _room(doc: SourceDocument, rows: list[list[Line]], split: list[tuple[str, list[list[str]]]]) -> int:
    """The width the columns after the date's share: the page's (its widest printed line, a
    paragraph's or the table's own) less the date column's (the widest date printed on a row's
    first line)."""
    page = max((printed_width(" ".join(ln.text.split())) for ln in doc.lines if ln.text.strip()), default=0)
    date = max(
        (
            printed_width(" ".join(row[0].text.split()[: len(row[0].text.split()) - len(body[0])]))
            for row, (_, body) in zip(rows, split)
            if body
        ),
        default=0,
    )
    return page - date


def _within(table: Read | None, first: int, last: int) -> Read | None:
    """The table joined_tables read (`table`) as the lines `first` to `last` hold it, when they
    hold it whole: read over the document's lines to their end, it also took the furniture past
    them as the header's (printed again)."""
    if table is None or not first <= table[1][0] <= table[3] <= last:
        return None
    fields, header, rows, end = table
    return fields, [n for n in header if n <= last], rows, end


def take_date(row: list[Line], dates: DateOpening) -> tuple[str, list[list[str]]]:
    words = [ln.text.split() for ln in row]
    counts = dates.cell(words)
    date = " ".join(w for k, n in enumerate(counts) for w in words[k][:n])
    body = [w[counts[k] :] if k < len(counts) else w for k, w in enumerate(words)]
    return date, body


def _words_a_line(rows: list[list[Line]]) -> float:
    lines = [ln for row in rows for ln in row]
    return sum(len(ln.text.split()) for ln in lines) / max(len(lines), 1)
