"""Chronology tables: a table the reader found (one entry per row under a header with a date
column), and a table a layout-preserving text export printed as whitespace-aligned columns."""

from __future__ import annotations

import regex

from dhrparse.document import FURNITURE, Block, Line
from dhrparse.extractors.chronology.agency_band_rows import band_name
from dhrparse.extractors.chronology.cell_paragraphs import paragraph_cuts
from dhrparse.extractors.chronology.column_roles import OTHER, by_cells
from dhrparse.extractors.chronology.columns import Columns, column_positions
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.hanging_dates import hanging_date_columns, trailing_headings
from dhrparse.extractors.chronology.joined_paragraphs import add_paragraphs, paragraph_starts
from dhrparse.extractors.chronology.person_columns import row_parts, side_by_side_columns
from dhrparse.ledger import Ledger
from dhrparse.plan.layouts import SLACK, SideBySide

SPACED = regex.compile(r"\s{2,}")  # the gap between cells on a line of a layout export
DATE_LINES = 3  # the most lines a narrow date column wraps one date over ("22" / "September" / "2022")


def _warn_pointer(row, texts: list[str], entries: Entries, ctx: Ledger) -> None:
    """A numbered paragraph after the table, "4.5<tab>The panel's analysis of these contacts
    is in Section 5.", read by a Word export as one more row: no event, a warning."""
    ctx.warn_unread(
        "chronology_not_event",
        "row",
        "in a chronology table read as a pointer to another part of the report, not events",
        [" ".join(t for t in texts if t)],
        entries.location(row.line_start, row.line_end, row.page),
    )


def read_table(block: Block, entries: Entries, ctx: Ledger, furniture: Furniture) -> bool:
    """One entry per row under a header row that names a date column; a header repeated after
    a page break and running footers inside the table are not rows. True when the table ends
    in the report's next heading (hanging_dates): what follows is no longer the chronology."""
    table = block.table
    if table is None or not table.rows:
        return False
    header_texts: list[str] = []
    all_texts = [[" ".join(t.split()) for t in row.texts] for row in table.rows]
    cols = _dated_pairs(all_texts, entries, furniture)
    headings, sides = 0, []  # (a key-dates list read as three columns, headings after it: hanging_dates)
    cuts: dict[int, list[list[str]]] | None = None
    if cols is None and (cols := hanging_date_columns(all_texts, lambda c: is_date_cell(c, entries.p))):
        headings = trailing_headings(all_texts, lambda c: is_date_cell(c, entries.p))
    for k, row in enumerate(table.rows):
        texts = all_texts[k]
        if k >= len(table.rows) - headings:
            break  # (the report's heading printed at the list's margin: no event)
        if furniture.row_is_furniture(texts):
            # a running footer inside the table ("<title> | Page 12 of 31"): not a row
            ctx.consumed(range(row.line_start, row.line_end + 1), "page furniture")
            continue
        if cols is None or texts == header_texts:
            found = column_positions(texts, entries.p)
            if found is not None:
                cols, header_texts = (
                    by_cells(found, all_texts[k + 1 :], *_cell_tests(entries)),
                    texts,
                )
                ctx.consumed(range(row.line_start, row.line_end + 1), "table header")
            continue
        if _pointer_row(texts, entries):
            _warn_pointer(row, texts, entries, ctx)
            continue
        if (band := band_name(texts, lambda c: is_date_cell(c, entries.p))) is not None:
            entries.heading = band  # (an agency's band across the table: its rows' heading)
            continue
        if cuts is None:  # (the table's rows of several paragraphs, once its columns are known)
            cuts = paragraph_cuts(table.rows, all_texts, cols, entries.p)
            sides = side_by_side_columns(cols, all_texts[k:])  # (two people's contacts side by side)
        # (a paragraph an entry, and a side-by-side cell an entry)
        for told in (t for part in cuts.get(k, [texts]) for t in row_parts(part, sides)):
            entries.add_row(told, cols, row.line_start, row.line_end, row.page)
    if cols is None:
        ctx.warn(
            "chronology_table_unread",
            "a table in a chronology section has no date column; its rows were not read",
            entries.location(block.line_start, block.line_end, block.page),
        )
    return headings > 0


def _dated_pairs(all_texts: list[list[str]], entries: Entries, furniture: Furniture) -> dict[str, int] | None:
    """A table of two columns and no header whose every row opens with a date cell and goes on in
    prose: a date, a tab and the event, paragraph after paragraph ("14.01.2022<TAB>Released on
    licence ..."), which a Word document keeps as cells. Its first column is the date's, its second
    the event's; a row of any other shape leaves it unread (None)."""
    rows = [t for t in all_texts if any(t) and not furniture.row_is_furniture(t)]
    if len(rows) < 2 or any(len(t) != 2 for t in rows):
        return None
    p = entries.p
    if all(is_date_cell(a, p) and b and not is_date_cell(b, p) for a, b in rows):
        return {"date": 0, "event": 1}
    return None


def _pointer_row(texts: list[str], entries: Entries) -> bool:
    """A row no date cell dates, one cell pointing the reader elsewhere: not an event."""
    p = entries.p
    return not any(is_date_cell(t, p) for t in texts) and any(
        p.any_match("chronology.pointer_cues", t) for t in texts
    )


def aligned_table(
    blocks: list[Block], entries: Entries, ctx: Ledger, furniture: Furniture
) -> list[Block] | None:
    """Rows of a table a layout-preserving text export printed as whitespace-aligned columns
    (the plan layouts' side-by-side reader gives their cells): one entry per row, a row
    opening at a date cell. Returns the blocks outside the table, to be read as usual, or
    None when the section holds no such table."""
    if not blocks:
        return None
    first, last = min(b.line_start for b in blocks), max(b.line_end for b in blocks)
    lines = furniture.doc.lines_between(first, last)
    if not any("  " in ln.raw.strip() for ln in lines):
        return None
    headings = {b.line_start for b in blocks if b.kind == "heading"}
    not_headings = _wrapped_cells(lines, headings, entries) | _printed_across(lines, headings)
    rewritten = SideBySide(Columns(entries.p), headings - not_headings).rewrite(lines)
    cols, rows = _aligned_rows(rewritten, entries, ctx, furniture)
    if cols is None or not rows:
        return None
    cols = by_cells(cols, [texts for texts, _ in rows], *_cell_tests(entries))
    starts = _paragraph_starts(rows, cols)
    for (texts, printed), row_starts in zip(rows, starts):
        if len(row_starts) > 1:  # (an event cell of several paragraphs: an entry each)
            body = [ln.cells[cols["event"]].split() for ln in printed]
            add_paragraphs(printed, texts[cols["date"]], body, row_starts, entries)
            continue
        entries.add_row(texts, cols, printed[0].number, printed[-1].number, printed[0].page)
    covered = {ln.number for ln in rewritten if ln.cells is not None}
    return [b for b in blocks if b.line_start not in covered]


def _paragraph_starts(rows: list[tuple[list[str], list[Line]]], cols: dict[str, int]) -> list[list[int]]:
    """For each row, the printed lines opening its event cell's paragraphs (joined_paragraphs),
    in a table of a date and an event column alone; [0] where the cell is one paragraph."""
    if {name for name in cols if not name.startswith(OTHER)} != {"date", "event"}:
        return [[0] for _ in rows]
    at = cols["event"]
    return paragraph_starts(
        [[ln.cells[at].split() if at < len(ln.cells) else [] for ln in printed] for _, printed in rows]
    )


def _wrapped_cells(lines: list[Line], headings: set[int], entries: Entries) -> set[int]:
    """Heading lines that are the wrapped end of a cell, printed straight under a row: a cell
    of a later column ("Centre)" under "(Ormbridge Health", as far right as the header's
    second column), or the end of a date cell ("Between June and" / "August 2018"). A heading
    set apart at the margin still ends the table."""
    header = SideBySide(Columns(entries.p), set())
    for k, ln in enumerate(lines):
        segs = header.header(ln) if "  " in ln.raw else None
        if segs is not None and len(segs) > 1:
            second = segs[1][0] - SLACK
            return {
                x.number
                for above, x in zip(lines[k:], lines[k + 1 :])
                if x.number in headings
                and x.number == above.number + 1
                and (_indent(x.raw) >= second or _ends_date(_first_cell(above.raw), x.text, entries))
            }
    return set()


def _printed_across(lines: list[Line], headings: set[int]) -> set[int]:
    """Heading lines printed across two or more columns ("Apr-18   Thornbury Medical   Ruth
    registered ..."): a row's first line the segmenter took for a heading, not a heading (a
    heading inside a table's stretch stands alone at the margin)."""
    return {
        ln.number
        for ln in lines
        if ln.number in headings and len(SPACED.split(ln.raw.replace("\f", " ").strip())) >= 2
    }


def _indent(raw: str) -> int:
    text = raw.replace("\f", " ").expandtabs()
    return len(text) - len(text.lstrip())


def _first_cell(raw: str) -> str:
    return SPACED.split(raw.strip(), maxsplit=1)[0]


def _ends_date(cell: str, text: str, entries: Entries) -> bool:
    """`text` completes the date `cell` started."""
    return bool(cell) and not _date_cell(cell, entries) and _date_cell(f"{cell} {text.strip()}", entries)


def _cell_tests(entries: Entries):
    """What by_cells asks of a cell (a date?) and of a header name (the event's?)."""
    p = entries.p
    return (lambda c: is_date_cell(c, p)), (lambda name: p.any_match("chronology.columns.event", name))


def _aligned_rows(
    rewritten: list[Line], entries: Entries, ctx: Ledger, furniture: Furniture
) -> tuple[dict[str, int] | None, list[tuple[list[str], list[Line]]]]:
    """The header's columns and the rows (cells, printed lines) under it: a row opens at a date
    cell, the lines after it continue its cells."""
    names = Columns(entries.p)
    rows: list[tuple[list[str], list[Line]]] = []
    cols: dict[str, int] | None = None
    cell_lines = [ln for ln in rewritten if ln.cells is not None]
    for k, ln in enumerate(cell_lines):
        texts = [" ".join(t.split()) for t in ln.cells]
        if column_positions(texts, entries.p) is not None and all(names.field_of(t) for t in texts if t):
            cols = column_positions(texts, entries.p)
            ctx.consumed([ln.number], "table header")
            continue
        # (a line cleaning found to be a running head or footer is furniture whatever its cells)
        if not any(texts) or ln.kind == FURNITURE or furniture.row_is_furniture(texts) or cols is None:
            ctx.consumed([ln.number], "page furniture")
            continue
        if not rows or _opens_row(
            rows[-1][0][cols["date"]], cell_lines[k : k + DATE_LINES], cols["date"], entries
        ):
            rows.append((texts, [ln]))
            continue
        cells, printed = rows[-1]
        rows[-1] = ([f"{a} {b}".strip() for a, b in zip(cells, texts)], printed + [ln])
    return cols, rows


def _opens_row(above: str, here: list[Line], at: int, entries: Entries) -> bool:
    """A printed line opens a row when its date cell is a date, or starts one its next lines end
    ("Between June and" / "August 2018", "04/03/2019 at" / "23:15", a narrow column's "22" /
    "September" / "2022"); a line that ends the date the row above started carries on that row."""
    cells = [" ".join(ln.cells[at].split()) if at < len(ln.cells) else "" for ln in here]
    if not cells[0]:
        return False
    if not _date_cell(above, entries) and _date_ends(above, cells, entries):
        return False  # (the rest of the date the row above opened)
    return _date_cell(cells[0], entries) or _date_ends(cells[0], cells[1:], entries)


def _date_ends(start: str, cells: list[str], entries: Entries) -> bool:
    """The date cell `start` opened is ended by the next lines' cells, read one line at a time:
    none of them empty, none a date by itself (that line opens a row of its own)."""
    told = start
    for k, cell in enumerate(cells):
        if not cell or (k and _date_cell(cells[k - 1], entries)):
            return False
        told = f"{told} {cell}"
        if _date_cell(told, entries):
            return True
    return False


def _date_cell(text: str, entries: Entries) -> bool:
    """A date cell, also one that opens with the word of a span ("Between June and August 2018")."""
    p = entries.p
    return is_date_cell(text, p) or is_date_cell(p.joined("chronology.entries.span_opener").sub("", text), p)
