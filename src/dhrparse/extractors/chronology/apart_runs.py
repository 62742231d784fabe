"""The lines of a chronology table a plain text export printed column after column, sorted into
runs (printed lines with no blank line between them) and the runs into printings of the table's
columns: each printing's lead (dates and agencies) and body (event text and later columns), the
column names, notes and running heads set aside (apart_rows reads the rows from them)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dhrparse.document import Line
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.life_days import count_column_name
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.patterns import Patterns

EVENT, LATER = "event", "later"
_HEAD_REACH = 3  # a running head stands this close to the page's number or its edge
AGENCY_WORDS = 4  # an agency's line printed between a row's date and its event is this short


@dataclass
class Run:
    """Printed lines with no blank line between them: one column's stretch."""

    lines: list[Line] = field(default_factory=list)
    column: str | None = None  # EVENT or LATER (the last column name before it), in the body
    named: bool = False  # the run opens with its column's name


@dataclass
class Group:
    """One printing of the table's columns (a page's, or a table's under its own header): its
    lead runs (dates and agencies) and its body runs (event text and later columns)."""

    lead: list[Run] = field(default_factory=list)
    body: list[Run] = field(default_factory=list)
    agency: list[list[str]] = field(default_factory=list)  # the agency lines' runs, in print order


@dataclass
class DateCell:
    text: str
    lines: list[Line]
    readable: bool = True  # (a cell shaped as a date the grammar does not read: its row is not read)
    # the agency cell's lines printed after it (None: the printing's agency lines cannot be told
    # to their rows, one printed before the first date)
    agency: list[str] | None = field(default_factory=list)


class PrintedRuns:
    """The table's lines sorted into printings of its columns (groups), with the lines read as
    structure and the notes under it."""

    p: Patterns
    names: Columns
    furniture: Furniture
    groups: list[Group]
    notes: list[Run]
    structure: list[int]
    recurring: dict[str, set[int]]

    def _runs(self, lines: list[Line]) -> list[Run]:
        runs, run = [], Run()
        for ln in lines:
            if not ln.text.strip() or self._is_furniture(ln):
                if ln.text.strip():
                    self.structure.append(ln.number)
                if run.lines:
                    runs.append(run)
                run = Run()
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
        if len(line.text.split()) > AGENCY_WORDS:
            return True  # (too long for an agency's name: a page's title printed among the cells)
        near = self.furniture.doc.lines_between(line.number - _HEAD_REACH, line.number + _HEAD_REACH)
        return any(ln is not line and self.furniture.is_furniture(ln.text) for ln in near) or any(
            ln.page != line.page for ln in near
        )

    def _sort(self, runs: list[Run]) -> None:
        """Each printing's runs: the lead (dates, agencies) until the event column's name, then
        the body until the date column's name comes again; a column's name opens a run of its own."""
        in_body, column, named = False, None, False
        printed_names: set[str] = set()  # (the columns this printing has named so far)
        for printed in runs:
            # (a column's name printed apart from its cells: its first run after the lead's is its own)
            lead = self._lead_like(printed)
            run, named = Run(column=column, named=named and in_body and not lead), named and lead
            after_name = True  # (the line before was a column's name, or none: a header goes on)
            texts = [ln.text for ln in printed.lines]
            for k, ln in enumerate(printed.lines):
                name = self._lone_name(ln)
                if name is None and count_column_name(texts, k, self.p):
                    name = "date"  # (a child's age over its count cells: life_days)
                if name is not None and lead and not after_name and name not in ("date", "event"):
                    name = None  # an agency cell's second line ("IDVA" / "Service"), not a column's name
                if name is not None and lead and not after_name and name in printed_names:
                    # (a short cell's line among others naming a column this printing has named
                    # already: "Information" / "shared" in a Contact type column, never the event
                    # column's name printed a second time on one page)
                    name = None
                after_name = name is not None
                if name is None:
                    run.lines.append(ln)
                    continue
                self._place(run, in_body)
                self.structure.append(ln.number)
                if name == "date" and (self.groups[-1].lead or self.groups[-1].body):
                    self.groups.append(Group())
                    printed_names = set()
                printed_names.add(name)
                in_body = name != "date" and (in_body or name == "event")
                column = (EVENT if name == "event" else LATER) if in_body else None
                run = Run(column=column, named=in_body)
            named = named or run.named and not run.lines
            self._place(run, in_body)

    def _place(self, run: Run, in_body: bool) -> None:
        """The run into its group; a note under the table ("Source: ...") and what follows it in
        the run are not the table's."""
        note = next((k for k, ln in enumerate(run.lines) if self._is_note(ln)), None) if in_body else None
        if note is not None:
            self.notes.append(Run(lines=run.lines[note:]))
            run.lines = run.lines[:note]
        if not run.lines:
            return
        in_body = in_body and (run.named or not self._lead_like(run))
        (self.groups[-1].body if in_body else self.groups[-1].lead).append(run)

    @staticmethod
    def _lead_like(run: Run) -> bool:
        """Short lines that end no sentence (agencies' names, dates): the lead's cells, printed
        among the event text's runs."""
        return all(
            len(ln.text.split()) <= AGENCY_WORDS and not SENTENCE_END.search(ln.text) for ln in run.lines
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
