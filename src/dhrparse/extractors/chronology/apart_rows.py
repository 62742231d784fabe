"""A chronology table a plain text export printed column after column, its rows paired again
when the evidence settles it.

Such an export prints, page by page, the "Date" column's name and its cells (often shuffled in
with the short agency cells), then the event column's name and every row's event text as one run
of wrapped lines, and any later column ("Comment") in runs of its own, narrower lines. The date
cells can be told from the agency cells (a date cell is a date, perhaps wrapped over two or three
lines); the agency cells cannot be told apart from each other, so the agencies an event names
are those its text names. The event run is cut into as many cells as there are dates only where
the word wrap proves the cuts (wrapped_cells), or the count of rows settles the sentence ends it
leaves open once a brief outcome note is set aside as its event's tail (short_tails); otherwise
the table stays one warning (columns_apart), never events dated from another row."""

from __future__ import annotations

from dhrparse.document import Block, Line
from dhrparse.extractors.chronology.agency_cells import cells_in_order
from dhrparse.extractors.chronology.agency_fit import agency_finder, settle_by_agency
from dhrparse.extractors.chronology.apart_bands import Band, bands
from dhrparse.extractors.chronology.apart_columns import ApartColumns
from dhrparse.extractors.chronology.apart_edges import (
    left_mid_sentence,
    may_run_on,
    run_on,
)
from dhrparse.extractors.chronology.apart_measures import after_gap, pages_of_lines
from dhrparse.extractors.chronology.apart_runs import AGENCY_WORDS, DateCell, Group, Run
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.extractors.chronology.dating import NEWEST_FIRST_MIN_DATES, before
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.guessed_cells import fill, openings, warn_guessed, warn_unpaired
from dhrparse.extractors.chronology.row_heights import joined_dates, least_lines, settle_by_heights
from dhrparse.extractors.chronology.short_tails import settle_by_count
from dhrparse.extractors.chronology.table_tails import cells_end
from dhrparse.extractors.chronology.time_cells import is_clock
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.extractors.chronology.wrapped_cells import cell_spans, opens_cell
from dhrparse.extractors.chronology.wrapped_cells import openings as wrap_openings
from dhrparse.extractors.chronology.year_band_rows import band_lines_put_in
from dhrparse.extractors.chronology.year_column import column_years, rows_years
from dhrparse.ledger import Ledger
from dhrparse.models import DateValue
from dhrparse.vocab.date_cells import cell_date
from dhrparse.vocab.dates import find_dates


def pair_columns_apart(
    blocks: list[Block], start: int, entries: Entries, ctx: Ledger, furniture: Furniture
) -> list[Block] | None:
    """Reads the table from its "Date" line (`start`) when its rows can be paired again; returns
    the blocks before it (its introduction), else None (nothing read)."""
    table = [b for b in blocks if b.line_end >= start]
    last = max(b.line_end for b in table)
    # (a year printed once in a band row over its rows' yearless date cells: "2019" over "9 Jan")
    lines, band_rows = band_lines_put_in(furniture.doc.lines_between(start, last), DateOpening(entries.p))
    apart = ColumnsApart(lines, entries, furniture)
    rows = apart.rows()
    if not any(lines for _, lines in rows):
        return None
    ctx.consumed([ln.number for ln in band_rows], "year band row of a chronology table")
    years = _years(blocks, [d.text for d, _ in rows], entries, furniture)
    for k, (date, lines) in enumerate(rows):
        if lines:
            text = " ".join(" ".join(ln.text.split()) for ln in lines)
            cols = {"date": 0, "event": 1, **({"year": 2} if years else {})}
            cells = [date.text, text, *([years[k]] if years else [])]
            entries.add_row(cells, cols, lines[0].number, lines[-1].number, lines[0].page)
        ctx.consumed([ln.number for ln in date.lines], "date cell printed apart from its row")
    ctx.consumed(apart.structure, "chronology table column printed apart")
    warn_unpaired(rows, entries, ctx)
    warn_guessed([d for d, lines in rows if lines and d in apart.guessed], entries, ctx)
    for note in apart.notes:
        ctx.warn_unread(
            "chronology_not_event",
            "line",
            "under a chronology table read as a note, not events",
            [" ".join(ln.text.split()) for ln in note.lines],
            entries.location(note.lines[0].number, note.lines[-1].number, note.lines[0].page),
        )
    _warn_lead_in(table[0], start, entries, ctx, furniture)
    return [b for b in blocks if b.line_end < start]


def _years(blocks: list[Block], cells: list[str], entries: Entries, furniture: Furniture) -> list[str] | None:
    """Each row's year from a Year column merged down and printed apart in the section (its
    name and years before the table or after it: year_column), or None."""
    lines = furniture.doc.lines_between(blocks[0].line_start, max(b.line_end for b in blocks))
    years = column_years(lines, Columns(entries.p))
    return rows_years(cells, years, entries.p) if years else None


def _warn_lead_in(block: Block, start: int, entries: Entries, ctx: Ledger, furniture: Furniture) -> None:
    """The text a block holds before the table's "Date" line (its introduction, run into the
    header by the export) is not an event."""
    lines = [ln for ln in furniture.doc.lines_between(block.line_start, start - 1) if ln.text.strip()]
    if lines:
        ctx.warn_unread(
            "chronology_not_event",
            "line",
            "before a chronology table read as its introduction, not events",
            [" ".join(ln.text.split()) for ln in lines],
            entries.location(lines[0].number, lines[-1].number, lines[0].page),
        )


class ColumnsApart(ApartColumns):
    """The table's printed lines sorted back into its columns."""

    def __init__(self, lines: list[Line], entries: Entries, furniture: Furniture):
        self.entries, self.p, self.names = entries, entries.p, Columns(entries.p)
        self.furniture = furniture
        self.groups: list[Group] = [Group()]
        self.notes: list[Run] = []  # a note under the table ("Source: ...")
        self.structure: list[int] = []  # lines read as structure: names, agency and later cells
        self.guessed: list[DateCell] = []  # rows whose event text the wrap did not prove (guessed_cells)
        self._implied = agency_finder(self.p, entries.gaz.find)  # (the agencies an event names or implies)
        self.recurring = pages_of_lines(furniture.doc.lines)  # a running head recurs page after page
        self.last: Line | None = None  # the event column's last line printed so far
        self._sort(self._runs(lines))

    def rows(self) -> list[tuple[DateCell, list[Line] | None]]:
        """(date cell, its event's lines, None where the pairing is not settled) per row; each
        printing of the columns is paired on its own (its dates with its event text), its
        event text opening with the rest of the row before when the row broke over the page.
        Dates printed out of date order mean the export shuffled the column: nothing is paired."""
        widths = self._widths()
        rows: list[tuple[DateCell, list[Line] | None]] = []
        printed = [self._date_cells(group) for group in self.groups]
        joins = any(joined_dates([[ln.number for ln in d.lines] for d in dates]) for dates in printed)
        for group, dates in zip(self.groups, printed):
            events = self._event_lines(group, widths, len(dates))
            inline = self._dates_inline(events)
            # rows printed one after another (date, agency, event) after the columns printed apart
            apart = events[: inline[0][0]] if inline else events
            heights, agencies = self._heights(group, dates, joins), self._agencies(dates, group)
            for band in self._bands(rows, dates, apart):
                if band.lines_from:
                    self.last = None  # (a band's rows open after the band before it ended its last)
                if band.dates_from == band.dates_to:  # (the rest of the row broken over the page)
                    run_on(rows, apart[band.lines_from : band.lines_to])
                    self.last = None
                    continue
                in_band = slice(band.dates_from, band.dates_to)
                self._pair_apart(
                    rows,
                    dates[in_band],
                    apart[band.lines_from : band.lines_to],
                    heights[in_band],
                    agencies[in_band] if agencies else None,
                )
            if inline:
                self._row_by_row(rows, events, inline)
        if not self._in_date_order([d for d, _ in rows]):
            return [(d, None) for d, _ in rows]
        return rows

    def _bands(self, rows, dates: list[DateCell], events: list[Line]) -> list[Band]:
        """The printing's bands of rows (apart_bands), kept only when each band's event text can
        hold its own rows: no more places where a cell must open than the band has rows (the
        export may print a row's event with the band before, its date with the band after)."""
        found = bands(
            [d.lines[0].number for d in dates],
            [ln.number for ln in events],
            [opens_cell(ln.text) for ln in events],
        )
        whole = [Band(0, len(dates), 0, len(events))]
        for band in found if len(found) > 1 else []:
            lines = events[band.lines_from : band.lines_to]
            cells = band.dates_to - band.dates_from
            if (
                not cells
                or band.lines_from == 0
                and (not opens_cell(lines[0].text) or left_mid_sentence(rows))
            ):
                cells += 1  # (the band opens with the rest of the row broken over the page)
            possible, proven = wrap_openings([ln.text for ln in lines], after_gap(lines))
            if not len(proven) <= cells - 1 <= len(possible):
                return whole
        return found

    def _heights(self, group: Group, dates: list[DateCell], joins: bool) -> list[int]:
        """The fewest event lines each row holds, told by how its date cell printed (row_heights)."""
        runs = [[ln.number for ln in run.lines] for run in group.lead]
        return least_lines(runs, [[ln.number for ln in d.lines] for d in dates], joins)

    def _pair_apart(
        self,
        rows: list[tuple[DateCell, list[Line] | None]],
        dates: list[DateCell],
        events: list[Line],
        heights: list[int],
        agencies: list[frozenset[str]] | None,
    ) -> None:
        """The printing's dates paired with its event text, cut where the wrapping settles it."""
        if not events:
            rows += [(d, None) for d in dates]
            return
        goes_on = not opens_cell(events[0].text) or left_mid_sentence(rows)  # (a row broken over the page)
        texts, gaps = [ln.text for ln in events], after_gap(events)
        end = cells_end(texts, len(dates) + goes_on, gaps)
        if end is not None:  # (the report's text after the table, printed among its event runs)
            self.notes.append(Run(lines=events[end:]))
            events, texts, gaps = events[:end], texts[:end], frozenset(k for k in gaps if k < end)
        spans, guessed = cell_spans(texts, len(dates) + goes_on, gaps), []
        if rows and not goes_on and may_run_on(self.last, texts, len(dates), gaps):
            spans = [None] * len(dates)  # (nor guessed)
        else:
            spans = settle_by_heights(spans, texts, [1] * goes_on + heights, gaps)
            spans, guessed = fill(settle_by_count(spans, texts, gaps), texts, gaps)
            if None in spans and agencies:
                spans, more = settle_by_agency(
                    spans, texts, openings(texts, gaps), [frozenset()] * goes_on + agencies, self._implied
                )
                guessed += more
        self.guessed += [dates[k - goes_on] for k in guessed if k >= goes_on]
        self.last = events[-1]
        if goes_on and spans[0] is not None and rows:
            run_on(rows, events[: spans[0][1]])
        elif goes_on and spans[0] is not None:  # (its row was read before this table's part: a note)
            self.notes.append(Run(lines=events[: spans[0][1]]))
        rows += [
            (d, events[sp[0] : sp[1]] if sp and d.readable else None) for d, sp in zip(dates, spans[goes_on:])
        ]

    def _agencies(self, dates: list[DateCell], group: Group) -> list[frozenset[str]] | None:
        """Each row's agency cell as the agencies it names: the lines each date printed straight
        after it, else the printing's agency runs cut into cells and taken in order (agency_cells);
        None when neither tells the cells to their rows."""
        if not dates:
            return None
        if all(d.agency for d in dates):
            return [frozenset(self._implied(" ".join(d.agency or []))) for d in dates]
        return cells_in_order(group.agency, len(dates), self.entries.gaz.mentions, self._implied)

    def _dates_inline(self, events: list[Line]) -> list[tuple[int, list[Line]]]:
        """Date cells among the event lines, each after a line that ends a sentence: the export
        printed these rows one after another (date, agency, event), not column by column."""
        found, i = [], 0
        while i < len(events):
            opens = i == 0 or SENTENCE_END.search(events[i - 1].text) is not None
            taken = self._date_at(events, i) if opens else []
            if taken and not SENTENCE_END.search(taken[-1].text):
                found.append((i, taken))
                i += len(taken)
            else:
                i += 1
        return found

    def _row_by_row(
        self,
        rows: list[tuple[DateCell, list[Line] | None]],
        events: list[Line],
        inline: list[tuple[int, list[Line]]],
    ) -> None:
        """Rows printed one after another: each date cell, then its agency's line(s) (short, no
        sentence, a sentence after), then its event. A clock time printed among the lines is the
        date's."""
        ends = [at for at, _ in inline[1:]] + [len(events)]
        for (at, taken), end in zip(inline, ends):
            body = [ln for ln in events[at + len(taken) : end] if not is_clock(ln.text)]
            while len(body) > 1 and self._agency_line(body[0].text) and opens_cell(body[1].text):
                self.structure.append(body.pop(0).number)
            rows.append((DateCell(" ".join(ln.text.strip() for ln in taken), taken), body or None))

    def _agency_line(self, text: str) -> bool:
        words = text.split()
        return 0 < len(words) <= AGENCY_WORDS and not SENTENCE_END.search(text) and opens_cell(text)

    def _in_date_order(self, dates: list[DateCell]) -> bool:
        """The printed date cells run forward, or newest first, (a relative or unread one aside), compared at the
        coarser of two dates' precisions: a cell is out of order only when it ends before the cell
        above starts (a season, "Autumn 2019", may stand after a day within it)."""
        values = [v for v in (self._value(d.text) for d in dates) if v is not None and v.start]
        steps = list(zip(values, values[1:]))
        if all(not before(b.end or b.start, a.start) for a, b in steps):
            return True
        # (a case-recording system's contact history, printed newest first: every step back)
        return len(values) >= NEWEST_FIRST_MIN_DATES and all(
            not before(a.end or a.start, b.start) for a, b in steps
        )

    def _value(self, cell: str) -> DateValue | None:
        found = find_dates(cell, self.p)
        if found and found[0].start == 0:
            return found[0].value
        return cell_date(cell, self.p)
