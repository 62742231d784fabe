"""The date and event columns of a chronology table a plain text export printed column after
column: the date cells of each printing's lead (with the agency lines printed after each), and
the event column's lines of its body (a later, narrower column's runs told apart)."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.extractors.chronology.apart_edges import beyond_table, holds_cells
from dhrparse.extractors.chronology.apart_measures import completes, narrower, widest
from dhrparse.extractors.chronology.apart_runs import EVENT, LATER, DateCell, Group, PrintedRuns, Run
from dhrparse.extractors.chronology.dating import DATE_CELL_LINES, date_cell_length, is_date_cell
from dhrparse.extractors.chronology.time_cells import is_clock, time_cell
from dhrparse.extractors.chronology.unread_dates import unread_date_cell
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative_grammar import find_relative

# a span's dash a date cell ends on when the span's end wraps onto the cell's next line
_SPAN_DASHES = (" –", " —", " -")
_MEASURED = 3  # a later column's run of this many lines or more shows how wide the column prints


def _date_note(text: str) -> bool:
    """A line in the date column that is neither a date nor an agency: a clock time, or a note in
    brackets ("(approx.)")."""
    text = text.strip()
    return is_clock(text) or text.startswith("(") and text.endswith(")")


class ApartColumns(PrintedRuns):
    """The printings' date cells and event lines."""

    def _date_cells(self, group: Group) -> list[DateCell]:
        cells: list[DateCell] = []
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
                    cells.append(DateCell(" ".join(ln.text.strip() for ln in taken), taken))
                elif unread_date_cell(run.lines[i].text, self.p):
                    taken = run.lines[i : i + 1]
                    cells.append(DateCell(run.lines[i].text.strip(), taken, readable=False))
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
    def _close(group: Group, segment: list[str]) -> list[str]:
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
            if i + len(taken) < len(lines) and self._span_goes_on(taken, lines[i + len(taken)].text):
                taken = lines[i : i + len(taken) + 1]
            return taken
        texts = [" ".join(heads[:n]) for n in range(1, len(heads) + 1)]
        n = next((n for n, t in enumerate(texts, 1) if self._relative(t) or self._same_day(t)), 0)
        return lines[i : i + n]

    def _same_day(self, text: str) -> bool:
        """A cell dating its row by the row above's day ("Same" / "day" wrapped in the narrow
        column): a date cell, dated when the rows are read (entries)."""
        return self.entries.vocab.same_day_cell.match(text) is not None

    def _span_goes_on(self, taken: list[Line], following: str) -> bool:
        """The cell ends on a span's dash ("October 2020 –") and the next line is a date that
        ends the span ("February 2021"): one cell wrapped in the narrow column, not two rows."""
        text = " ".join(ln.text.strip() for ln in taken)
        if not text.endswith(_SPAN_DASHES):
            return False
        return is_date_cell(following, self.p) and is_date_cell(f"{text} {following.strip()}", self.p)

    def _relative(self, text: str) -> bool:
        rel = find_relative(text, self.p)
        return bool(rel) and rel[0].start == 0 and rel[0].end >= len(text) - 1

    # the event column ---------------------------------------------------------------------------
    def _widths(self) -> dict[str, int]:
        """How wide the event column and a later column print (their named runs), the later
        one kept only when clearly narrower: then a run's width tells its column."""
        named = [r for g in self.groups for r in g.body if r.named]
        widths = {col: widest(r for r in named if r.column == col) for col in (EVENT, LATER)}
        # (a page whose later column printed no cell of its own prints its name over event text:
        # a run under that name as wide as the event column is not the later column's; a run of a
        # line or two, a cell's tail run on from the page before, tells nothing of the width)
        slim = [
            w
            for r in named
            if r.column == LATER and len(r.lines) >= _MEASURED and narrower(w := widest([r]), widths[EVENT])
        ]
        widths[LATER] = max(slim, default=0)
        return widths

    def _event_lines(self, group: Group, widths: dict[str, int], cells: int) -> list[Line]:
        """The event column's lines in order. A later column's runs ("Comment") are told by their
        narrower lines when that column is clearly narrower, else by order: the runs after its
        name, until the next name, are its own (unless the event runs alone cannot hold the
        printing's `cells`: then the later column printed no cell here, only its name)."""
        own = [ln for run in group.body if run.column == EVENT for ln in run.lines]
        every = not widths[LATER] and not holds_cells(own, cells)
        events: list[Line] = []
        for k, run in enumerate(group.body):
            if not run.named and (beyond_table(run.lines, widths[EVENT]) or self._pointer(run)):
                self.notes += group.body[k:]  # (the report's text after the table)
                break
            told = not run.named or run.column == LATER and not narrower(widest([run]), widths[EVENT])
            column = self._nearer(run, widths) if widths[LATER] and told else run.column
            # (under the later column's name its own first cells may print, short names ending no
            # sentence, before the event text run on after them: those are that column's)
            column = EVENT if every and not (run.named and self._lead_like(run)) else column
            if column == EVENT:
                events.extend(run.lines)
            else:
                self.structure.extend(ln.number for ln in run.lines)
        return events

    def _pointer(self, run: Run) -> bool:
        """The run is the report's paragraph pointing the reader elsewhere, printed after the
        table ("The panel's analysis of these contacts is in Section 6."), naming no date."""
        text = " ".join(ln.text.strip() for ln in run.lines)
        return self.p.any_match("chronology.pointer_cues", text) and not find_dates(text, self.p)

    @staticmethod
    def _nearer(run: Run, widths: dict[str, int]) -> str:
        wide = widest([run])
        return EVENT if abs(wide - widths[EVENT]) <= abs(wide - widths[LATER]) else LATER
