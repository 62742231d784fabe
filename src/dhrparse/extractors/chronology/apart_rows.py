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

from dataclasses import dataclass, field

from dhrparse.document import Block, Line
from dhrparse.extractors.chronology.agency_cells import cells_in_order
from dhrparse.extractors.chronology.agency_fit import agency_finder, settle_by_agency
from dhrparse.extractors.chronology.apart_bands import Band, bands
from dhrparse.extractors.chronology.apart_edges import (
    beyond_table,
    holds_cells,
    left_mid_sentence,
    may_run_on,
    run_on,
)
from dhrparse.extractors.chronology.apart_measures import (
    after_gap,
    clock,
    completes,
    narrower,
    pages_of_lines,
    widest,
)
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import DATE_CELL_LINES, before, date_cell_length
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.guessed_cells import fill, openings, warn_guessed, warn_unpaired
from dhrparse.extractors.chronology.row_heights import joined_dates, least_lines, settle_by_heights
from dhrparse.extractors.chronology.short_tails import settle_by_count
from dhrparse.extractors.chronology.time_cells import time_cell
from dhrparse.extractors.chronology.unread_dates import unread_date_cell
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.extractors.chronology.wrapped_cells import cell_spans, opens_cell
from dhrparse.extractors.chronology.wrapped_cells import openings as wrap_openings
from dhrparse.ledger import Ledger
from dhrparse.models import DateValue
from dhrparse.vocab.date_cells import cell_date
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative_grammar import find_relative

_EVENT, _LATER = "event", "later"
_HEAD_REACH = 3  # a running head stands this close to the page's number or its edge
_AGENCY_WORDS = 4  # an agency's line printed between a row's date and its event is this short
_MEASURED = 3  # a later column's run of this many lines or more shows how wide the column prints


@dataclass
class _Run:
    """Printed lines with no blank line between them: one column's stretch."""

    lines: list[Line] = field(default_factory=list)
    column: str | None = None  # _EVENT or _LATER (the last column name before it), in the body
    named: bool = False  # the run opens with its column's name


@dataclass
class _Group:
    """One printing of the table's columns (a page's, or a table's under its own header): its
    lead runs (dates and agencies) and its body runs (event text and later columns)."""

    lead: list[_Run] = field(default_factory=list)
    body: list[_Run] = field(default_factory=list)
    agency: list[list[str]] = field(default_factory=list)  # the agency lines' runs, in print order


@dataclass
class _DateCell:
    text: str
    lines: list[Line]
    readable: bool = True  # (a cell shaped as a date the grammar does not read: its row is not read)
    # the agency cell's lines printed after it (None: the printing's agency lines cannot be told
    # to their rows, one printed before the first date)
    agency: list[str] | None = field(default_factory=list)


def _date_note(text: str) -> bool:
    """A line in the date column that is neither a date nor an agency: a clock time, or a note in
    brackets ("(approx.)")."""
    text = text.strip()
    return clock(text) or text.startswith("(") and text.endswith(")")


def pair_columns_apart(
    blocks: list[Block], start: int, entries: Entries, ctx: Ledger, furniture: Furniture
) -> list[Block] | None:
    """Reads the table from its "Date" line (`start`) when its rows can be paired again; returns
    the blocks before it (its introduction), else None (nothing read)."""
    table = [b for b in blocks if b.line_end >= start]
    last = max(b.line_end for b in table)
    apart = ColumnsApart(furniture.doc.lines_between(start, last), entries, furniture)
    rows = apart.rows()
    if not any(lines for _, lines in rows):
        return None
    for date, lines in rows:
        if lines:
            text = " ".join(" ".join(ln.text.split()) for ln in lines)
            entries.add_row(
                [date.text, text], {"date": 0, "event": 1}, lines[0].number, lines[-1].number, lines[0].page
            )
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


class ColumnsApart:
    """The table's printed lines sorted back into its columns."""

    def __init__(self, lines: list[Line], entries: Entries, furniture: Furniture):
        self.entries, self.p, self.names = entries, entries.p, Columns(entries.p)
        self.furniture = furniture
        self.groups: list[_Group] = [_Group()]
        self.notes: list[_Run] = []  # a note under the table ("Source: ...")
        self.structure: list[int] = []  # lines read as structure: names, agency and later cells
        self.guessed: list[_DateCell] = []  # rows whose event text the wrap did not prove (guessed_cells)
        self._implied = agency_finder(self.p, entries.gaz.find)  # (the agencies an event names or implies)
        self.recurring = pages_of_lines(furniture.doc.lines)  # a running head recurs page after page
        self.last: Line | None = None  # the event column's last line printed so far
        self._sort(self._runs(lines))

    def rows(self) -> list[tuple[_DateCell, list[Line] | None]]:
        """(date cell, its event's lines, None where the pairing is not settled) per row; each
        printing of the columns is paired on its own (its dates with its event text), its
        event text opening with the rest of the row before when the row broke over the page.
        Dates printed out of date order mean the export shuffled the column: nothing is paired."""
        widths = self._widths()
        rows: list[tuple[_DateCell, list[Line] | None]] = []
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

    def _bands(self, rows, dates: list[_DateCell], events: list[Line]) -> list[Band]:
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

    def _heights(self, group: _Group, dates: list[_DateCell], joins: bool) -> list[int]:
        """The fewest event lines each row holds, told by how its date cell printed (row_heights)."""
        runs = [[ln.number for ln in run.lines] for run in group.lead]
        return least_lines(runs, [[ln.number for ln in d.lines] for d in dates], joins)

    def _pair_apart(
        self,
        rows: list[tuple[_DateCell, list[Line] | None]],
        dates: list[_DateCell],
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
            self.notes.append(_Run(lines=events[: spans[0][1]]))
        rows += [
            (d, events[sp[0] : sp[1]] if sp and d.readable else None) for d, sp in zip(dates, spans[goes_on:])
        ]

    def _agencies(self, dates: list[_DateCell], group: _Group) -> list[frozenset[str]] | None:
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
        rows: list[tuple[_DateCell, list[Line] | None]],
        events: list[Line],
        inline: list[tuple[int, list[Line]]],
    ) -> None:
        """Rows printed one after another: each date cell, then its agency's line(s) (short, no
        sentence, a sentence after), then its event. A clock time printed among the lines is the
        date's."""
        ends = [at for at, _ in inline[1:]] + [len(events)]
        for (at, taken), end in zip(inline, ends):
            body = [ln for ln in events[at + len(taken) : end] if not clock(ln.text)]
            while len(body) > 1 and self._agency_line(body[0].text) and opens_cell(body[1].text):
                self.structure.append(body.pop(0).number)
            rows.append((_DateCell(" ".join(ln.text.strip() for ln in taken), taken), body or None))

    def _agency_line(self, text: str) -> bool:
        words = text.split()
        return 0 < len(words) <= _AGENCY_WORDS and not SENTENCE_END.search(text) and opens_cell(text)

    def _in_date_order(self, dates: list[_DateCell]) -> bool:
        """The printed date cells run forward (a relative or unread one aside), compared at the
        coarser of two dates' precisions: a cell is out of order only when it ends before the cell
        above starts (a season, "Autumn 2019", may stand after a day within it)."""
        values = [v for v in (self._value(d.text) for d in dates) if v is not None and v.start]
        return all(not before(b.end or b.start, a.start) for a, b in zip(values, values[1:]))

    def _value(self, cell: str) -> DateValue | None:
        found = find_dates(cell, self.p)
        if found and found[0].start == 0:
            return found[0].value
        return cell_date(cell, self.p)

    # sorting the lines -------------------------------------------------------------------------
    def _runs(self, lines: list[Line]) -> list[_Run]:
        runs, run = [], _Run()
        for ln in lines:
            if not ln.text.strip() or self._is_furniture(ln):
                if ln.text.strip():
                    self.structure.append(ln.number)
                if run.lines:
                    runs.append(run)
                run = _Run()
                continue
            run.lines.append(ln)
        if run.lines:
            runs.append(run)
        return runs

    def _is_furniture(self, line: Line) -> bool:
        # (a page's head or foot the cleaner already told is not the report's content)
        return not line.is_content or self.furniture.is_furniture(line.text) or self._running_head(line)

    def _running_head(self, line: Line) -> bool:
        """A line printed the same on two or more pages, next to a page's number: the report's
        running head (an agency's name recurs too, but among the table's cells)."""
        pages = self.recurring.get(" ".join(line.text.split()))
        if pages is None or len(pages) < 2 or self._lone_name(line) is not None:
            return False
        if len(line.text.split()) > _AGENCY_WORDS:
            return True  # (too long for an agency's name: a page's title printed among the cells)
        near = self.furniture.doc.lines_between(line.number - _HEAD_REACH, line.number + _HEAD_REACH)
        return any(ln is not line and self.furniture.is_furniture(ln.text) for ln in near) or any(
            ln.page != line.page for ln in near
        )

    def _sort(self, runs: list[_Run]) -> None:
        """Each printing's runs: the lead (dates, agencies) until the event column's name, then
        the body until the date column's name comes again; a column's name opens a run of its own."""
        in_body, column, named = False, None, False
        for printed in runs:
            # (a column's name printed apart from its cells: its first run after the lead's is its own)
            lead = self._lead_like(printed)
            run, named = _Run(column=column, named=named and in_body and not lead), named and lead
            after_name = True  # (the line before was a column's name, or none: a header goes on)
            for ln in printed.lines:
                name = self._lone_name(ln)
                if name is not None and lead and not after_name and name not in ("date", "event"):
                    name = None  # an agency cell's second line ("IDVA" / "Service"), not a column's name
                after_name = name is not None
                if name is None:
                    run.lines.append(ln)
                    continue
                self._place(run, in_body)
                self.structure.append(ln.number)
                if name == "date" and (self.groups[-1].lead or self.groups[-1].body):
                    self.groups.append(_Group())
                in_body = name != "date" and (in_body or name == "event")
                column = (_EVENT if name == "event" else _LATER) if in_body else None
                run = _Run(column=column, named=in_body)
            named = named or run.named and not run.lines
            self._place(run, in_body)

    def _place(self, run: _Run, in_body: bool) -> None:
        """The run into its group; a note under the table ("Source: ...") and what follows it in
        the run are not the table's."""
        note = next((k for k, ln in enumerate(run.lines) if self._is_note(ln)), None) if in_body else None
        if note is not None:
            self.notes.append(_Run(lines=run.lines[note:]))
            run.lines = run.lines[:note]
        if not run.lines:
            return
        in_body = in_body and (run.named or not self._lead_like(run))
        (self.groups[-1].body if in_body else self.groups[-1].lead).append(run)

    @staticmethod
    def _lead_like(run: _Run) -> bool:
        """Short lines that end no sentence (agencies' names, dates): the lead's cells, printed
        among the event text's runs."""
        return all(
            len(ln.text.split()) <= _AGENCY_WORDS and not SENTENCE_END.search(ln.text) for ln in run.lines
        )

    def _is_note(self, line: Line) -> bool:
        """A note opens a sentence of its own ("Source: ..."; an event's last word "notes." does not)."""
        return line.text.lstrip()[:1].isupper() and self.p.any_match("chronology.table_notes", line.text)

    def _lone_name(self, line: Line) -> str | None:
        """The column name a line is, alone ("Date", "Contact/Event"; not "contact her.")."""
        text = " ".join(line.text.split())
        if not 0 < len(text.split()) <= 3 or not text[:1].isupper() or SENTENCE_END.search(text):
            return None
        return self.names.field_of(text)

    # the date column ----------------------------------------------------------------------------
    def _date_cells(self, group: _Group) -> list[_DateCell]:
        cells: list[_DateCell] = []
        orphans = False  # (an agency's line before the printing's first date)
        for run in group.lead:
            i, told = 0, False  # (told: this run already gave the last date its agency lines)
            if time_cell([w for ln in run.lines for w in ln.text.split()], self.p) is not None:
                self.structure.extend(ln.number for ln in run.lines)  # (a row's time: "Not" / "known")
                continue
            segment: list[str] = []  # (this run's agency lines since its last date)
            while i < len(run.lines):
                taken = self._date_at(run.lines, i)
                if taken:
                    cells.append(_DateCell(" ".join(ln.text.strip() for ln in taken), taken))
                elif unread_date_cell(run.lines[i].text, self.p):
                    taken = run.lines[i : i + 1]
                    cells.append(_DateCell(run.lines[i].text.strip(), taken, readable=False))
                if taken:
                    i += len(taken)
                    told = True
                    segment = self._close(group, segment)
                    continue
                self.structure.append(run.lines[i].number)  # an agency cell's line
                # (a date's agency cell prints as one run: a second run after it is another's;
                # a clock time or a bracketed note is the date's, a row's broken over the page)
                if _date_note(run.lines[i].text):
                    pass
                elif cells and cells[-1].agency is not None and (told or not cells[-1].agency):
                    cells[-1].agency.append(run.lines[i].text.strip())
                    segment.append(run.lines[i].text)
                    told = True
                else:
                    orphans = True
                    segment.append(run.lines[i].text)
                i += 1
            self._close(group, segment)
        for cell in cells if orphans else []:
            cell.agency = None
        return cells

    @staticmethod
    def _close(group: _Group, segment: list[str]) -> list[str]:
        """A run of agency lines ends (at a date, or at its run's end): the group keeps it."""
        if segment:
            group.agency.append(segment)
        return []

    def _date_at(self, lines: list[Line], i: int) -> list[Line]:
        """The lines of the date cell that opens at lines[i] (none when an agency's line does):
        the fewest lines that make a date (else a relative date, "Two days" / "later"), with a
        clock time or a bracketed note's close after."""
        heads = [ln.text.strip() for ln in lines[i : i + DATE_CELL_LINES]]
        n = date_cell_length(heads, self.p)
        if n:
            taken = lines[i : i + n]
            while i + len(taken) < len(lines) and completes(taken, lines[i + len(taken)].text):
                taken = lines[i : i + len(taken) + 1]
            return taken
        texts = [" ".join(heads[:n]) for n in range(1, len(heads) + 1)]
        n = next((n for n, t in enumerate(texts, 1) if self._relative(t)), 0)
        return lines[i : i + n]

    def _relative(self, text: str) -> bool:
        rel = find_relative(text, self.p)
        return bool(rel) and rel[0].start == 0 and rel[0].end >= len(text) - 1

    # the event column ---------------------------------------------------------------------------
    def _widths(self) -> dict[str, int]:
        """How wide the event column and a later column print (their named runs), the later
        one kept only when clearly narrower: then a run's width tells its column."""
        named = [r for g in self.groups for r in g.body if r.named]
        widths = {col: widest(r for r in named if r.column == col) for col in (_EVENT, _LATER)}
        # (a page whose later column printed no cell of its own prints its name over event text:
        # a run under that name as wide as the event column is not the later column's; a run of a
        # line or two, a cell's tail run on from the page before, tells nothing of the width)
        slim = [
            w
            for r in named
            if r.column == _LATER and len(r.lines) >= _MEASURED and narrower(w := widest([r]), widths[_EVENT])
        ]
        widths[_LATER] = max(slim, default=0)
        return widths

    def _event_lines(self, group: _Group, widths: dict[str, int], cells: int) -> list[Line]:
        """The event column's lines in order. A later column's runs ("Comment") are told by their
        narrower lines when that column is clearly narrower, else by order: the runs after its
        name, until the next name, are its own (unless the event runs alone cannot hold the
        printing's `cells`: then the later column printed no cell here, only its name)."""
        own = [ln for run in group.body if run.column == _EVENT for ln in run.lines]
        every = not widths[_LATER] and not holds_cells(own, cells)
        events: list[Line] = []
        for k, run in enumerate(group.body):
            if not run.named and (beyond_table(run.lines, widths[_EVENT]) or self._pointer(run)):
                self.notes += group.body[k:]  # (the report's text after the table)
                break
            told = not run.named or run.column == _LATER and not narrower(widest([run]), widths[_EVENT])
            column = self._nearer(run, widths) if widths[_LATER] and told else run.column
            column = _EVENT if every else column
            if column == _EVENT:
                events.extend(run.lines)
            else:
                self.structure.extend(ln.number for ln in run.lines)
        return events

    def _pointer(self, run: _Run) -> bool:
        """The run is the report's paragraph pointing the reader elsewhere, printed after the
        table ("The panel's analysis of these contacts is in Section 6."), naming no date."""
        text = " ".join(ln.text.strip() for ln in run.lines)
        return self.p.any_match("chronology.pointer_cues", text) and not find_dates(text, self.p)

    @staticmethod
    def _nearer(run: _Run, widths: dict[str, int]) -> str:
        wide = widest([run])
        return _EVENT if abs(wide - widths[_EVENT]) <= abs(wide - widths[_LATER]) else _LATER
