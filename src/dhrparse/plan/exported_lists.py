"""A plan exported as a list of items from a performance-management system or a SharePoint
list, in text taken out a printed line at a time (each printed line of the table joins its
cells with single spaces): "Code | Title | Status | Progress | Due Date | Assigned To | Latest
Note", "ID | Title | Recommendation | Assigned To | Due Date | Status | % Complete | Modified".

The system names every item's column "Title" (`actions.table_checked_action_names`), a word no
header reader takes for a plan's (it labels a cover's title elsewhere); under a header that
names it beside a ref column and a status column among other plan columns, and over rows that
open with their codes, it is the action. The items' own shape cuts each row's first line:

1. the header: the fewest names covering its words, each a plan column's name, the item's
   name or a column the system adds (`[plan.exported_list]`: a share done, "55%"; the day and
   time the item was last changed);
2. the rows: a printed line opening with a ref whose line holds a status in the status column;
3. each row's first line cut where its cells' kinds say: a status phrase, a share in figures,
   a date (in figures either way round), a stamp; the words between them are the free cells,
   parted where the next one opens: a recommendation's lookup at its label and number ("Rec 2 -
   Housing enquiry"), a note at the date it opens with, a lead as the capitalised name closing
   the words ("Head of Probation");
4. a recommendation's own row (the item cell alone filled among the free cells, "R1
   Recommendation: ...") takes its wrapped lines under it as its words (plan.labelled_bands
   then reads it as the recommendation of the items coded under it); an item's later lines
   join its cells in ways the first line cannot part, so they are left unread, with the
   tracker's first-lines warning.

The header's columns are kept with the plan's lines (`PlanLines.list_columns`): the item's name
stays "Title" as printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.printed_twice import running_texts
from dhrparse.plan.table_rewrites import rewrite_tables
from dhrparse.plan.tables import header_form
from dhrparse.plan.tracker_shapes import FIRST_LINES, TrackerShapes
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.dates import find_dates

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.plan_lines import PlanLines

MAX_NAME_WORDS = 4  # a column's name ("Last modified", "Due Date")
MIN_COLUMNS = 5
MIN_ROWS = 3
ROWS_AFTER_HEADER = 3  # printed lines between the header and its first row (a name's wrap, "Complete")
STATUS_WORDS = 3  # a status phrase's words at most ("Not yet started")
DATE_WORDS = 3  # a date's words at most ("31 March 2026")

# the kinds of cell a row's first line shows by their shape
STATUS, PERCENT, DATE, STAMP = "status", "percent", "date", "stamp"
_PERCENT = regex.compile(r"^\d{1,3}%$")


@dataclass
class _Column:
    name: str  # as printed
    field: str  # the plan's field, or extra:<name>
    kind: str | None  # the shape its cells show, None for words (a free cell)


class ExportedLists:
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        self.pl, self.p, self.cm = lines, p, lines.cm
        self.heading_lines = heading_lines
        self.on = line_spaced
        self.warnings: list[tuple[str, Line]] = []
        self.items = {header_form(n) for n in p.list("actions.table_checked_action_names")}
        self.percents = {header_form(n) for n in p.list("actions.plan.exported_list.percent_columns")}
        self.stamps = {header_form(n) for n in p.list("actions.plan.exported_list.stamp_columns")}
        self.figure_date = regex.compile(
            rf"^(?:{p.get('actions.plan.exported_list.figure_date', '(?!x)x')})$"
        )
        self.clock = regex.compile(rf"^(?:{p.get('actions.plan.exported_list.clock', '(?!x)x')})$")
        self.meridiem = {w.lower() for w in p.list("actions.plan.exported_list.meridiem")}
        self.report_labels = tuple(w.lower() for w in p.list("actions.plan.exported_list.report_labels"))
        self.joining = {w.lower() for w in p.list("actions.plan.exported_list.lead_joining")}
        self.status_rx = TrackerShapes(p).status_rx
        self.ref = PlanVocabulary.of(p).ref_word_whole
        # a recommendation's lookup opening its cell, its label and number ("Rec 2 -")
        self.lookup = regex.compile(rf"^(?i:{p.get('actions.plan.ref_label')})\d", regex.I)
        self.names = literal_alternation([*self.items, *self.percents, *self.stamps], longest_first=True)

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if not self.on:
            return lines
        return rewrite_tables(lines, self._table_at)

    # ---- the header ------------------------------------------------------------------------
    def _name(self, span: str) -> _Column | None:
        form = header_form(span).strip(" :")
        if form in self.items:
            return _Column(span, "action", None)
        if form in self.percents:
            return _Column(span, f"extra:{span}", PERCENT)
        if form in self.stamps:
            return _Column(span, f"extra:{span}", STAMP)
        if not self.cm.names_exactly(span):
            return None
        field = self.cm.field_of(span)
        kind = STATUS if field == "status" else DATE if field == "target_date" else None
        return _Column(span, field, kind)

    def _header(self, ln: Line) -> list[_Column] | None:
        """The columns a header line names, the fewest names covering its words; None for a line
        that is no export's header (no item's name, no ref first, no status)."""
        if ln.cells is not None:
            return None
        words = self.pl.flat(ln.text).split()
        if not MIN_COLUMNS <= len(words) <= 4 * MAX_NAME_WORDS:
            return None
        if not any(header_form(w) in self.items for w in words):
            return None
        best: list[list[_Column] | None] = [None] * (len(words) + 1)
        best[0] = []
        for a in range(len(words)):
            if best[a] is None:
                continue
            for b in range(a + 1, min(len(words), a + MAX_NAME_WORDS) + 1):
                column = self._name(" ".join(words[a:b]))
                if column is not None and (best[b] is None or len(best[a]) + 1 < len(best[b])):
                    best[b] = [*best[a], column]
        columns = best[-1]
        if columns is None or len(columns) < MIN_COLUMNS or columns[0].field != "ref":
            return None
        fields = [c.field for c in columns]
        if fields.count("action") != 1 or fields.count("status") != 1:
            return None
        if not {"lead", "target_date"} & set(fields):
            return None
        return columns

    # ---- the table -------------------------------------------------------------------------
    def _table_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        columns = self._header(lines[i])
        if columns is None:
            return None
        printed = self.pl.flat(lines[i].text).strip()
        rows: list[tuple[int, list[str]]] = []
        j = i + 1
        while j < len(lines) and lines[j].cells is None and lines[j].number not in self.heading_lines:
            if self.pl.flat(lines[j].text).strip() == printed:
                j += 1  # (the header printed again over the next page's rows)
                continue
            cells = self._row(lines[j], columns)
            if cells is not None:
                rows.append((j, cells))
            elif not rows and j - i > ROWS_AFTER_HEADER:
                return None
            j += 1
        if len(rows) < MIN_ROWS:
            return None
        end = self._end(lines, rows[-1][0], j)
        running = running_texts(self.pl, lines)
        blank = [""] * len(columns)
        out = [cells_line(lines[i], [c.name for c in columns])]
        out += [cells_line(lines[k], blank) for k in range(i + 1, end)]
        untold = False
        for n, (k, cells) in enumerate(rows):
            nxt = rows[n + 1][0] if n + 1 < len(rows) else end
            later = [
                self.pl.flat(lines[m].text).strip()
                for m in range(k + 1, nxt)
                if self.pl.flat(lines[m].text).strip() not in (printed, "")
                and lines[m].text.strip() not in running
            ]
            if later and self._words_alone(cells, columns):
                # (a recommendation's own row: its wrapped lines are its words)
                a = [c.field for c in columns].index("action")
                cells = [*cells[:a], " ".join([cells[a], *later]), *cells[a + 1 :]]
            elif later:
                untold = True
            out[k - i] = cells_line(lines[k], cells)
        self.pl.list_columns[lines[i].number] = [c.field for c in columns]
        above = header_form(self.pl.flat(lines[i - 1].text)).strip() if i else ""
        if above.startswith(self.report_labels):
            self.pl.report_labels.add(
                lines[i - 1].number
            )  # (no agency's heading: PlanLines.is_agency_heading)
        if untold:
            self.warnings.append((FIRST_LINES, lines[i]))
        return end, out

    def _end(self, lines: list[Line], last: int, j: int) -> int:
        """The index after the table: the last row's line and the lines wrapping its cells on,
        each opening in lower case (a summary line after the table opens with a capital)."""
        end = last + 1
        while end < j and self.pl.flat(lines[end].text).strip()[:1].islower():
            end += 1
        return end

    def _words_alone(self, cells: list[str], columns: list[_Column]) -> bool:
        """Of a row's cells holding words, the item's alone is filled."""
        return all((c.field == "action") == bool(t) for t, c in zip(cells[1:], columns[1:]) if c.kind is None)

    # ---- a row's first line ----------------------------------------------------------------
    def _row(self, ln: Line, columns: list[_Column]) -> list[str] | None:
        """The cells of a row's first printed line, or None for a line opening no row: it opens
        with a ref and its cells cut so that the status column holds a status."""
        words = self.pl.flat(ln.text).split()
        if len(words) < 3 or not self.ref.match(words[0]):
            return None
        cut = self._cut(words[1:], columns[1:])
        if cut is None:
            return None
        return [words[0], *cut]

    def _cut(self, words: list[str], columns: list[_Column]) -> list[str] | None:
        """The words cut into the columns: the shaped cells as many as the line fills, the item's
        words before them at least one; the cut filling most shaped cells, its free cells the
        shortest, wins."""
        memo: dict[tuple[int, int], tuple[int, list[str]] | None] = {}

        def best(c: int, w: int) -> tuple[int, list[str]] | None:
            if c == len(columns):
                return (0, []) if w == len(words) else None
            if (c, w) in memo:
                return memo[c, w]
            column = columns[c]
            found: tuple[int, list[str]] | None = None
            if column.kind is not None:
                for n in self._shaped(column.kind, words, w):
                    rest = best(c + 1, w + n)
                    if rest is not None and (found is None or rest[0] + 1 > found[0]):
                        found = (rest[0] + 1, [" ".join(words[w : w + n]), *rest[1]])
                if column.kind != STATUS:
                    rest = best(c + 1, w)
                    if rest is not None and (found is None or rest[0] > found[0]):
                        found = (rest[0], ["", *rest[1]])
            else:
                run = c
                while run < len(columns) and columns[run].kind is None:
                    run += 1
                least = 1 if any(k.field == "action" for k in columns[c:run]) else 0
                ends = [len(words)] if run == len(columns) else range(w + least, len(words) + 1)
                for e in ends:
                    rest = best(run, e)
                    if rest is None or (found is not None and rest[0] <= found[0]):
                        continue
                    parted = self._parted(words[w:e], columns[c:run])
                    if parted is not None:
                        found = (rest[0], [*parted, *rest[1]])
            memo[c, w] = found
            return found

        got = best(0, 0)
        return None if got is None else got[1]

    def _shaped(self, kind: str, words: list[str], w: int) -> list[int]:
        """How many words from w a cell of this kind may take (none where it cannot open there)."""
        if w >= len(words):
            return []
        if kind == PERCENT:
            return [1] if _PERCENT.match(words[w]) else []
        if kind == STATUS:
            m = self.status_rx.match(" ".join(words[w : w + STATUS_WORDS]))
            return [len(m.group(0).split())] if m else []
        n = self._date_words(words, w)
        if not n or kind == DATE:
            return [n] if n else []
        if w + n < len(words) and self.clock.match(words[w + n]):
            n += 1
            if w + n < len(words) and words[w + n].lower() in self.meridiem:
                n += 1
        return [n]

    def _date_words(self, words: list[str], w: int) -> int:
        """The words of a date opening at word w (0 where none does)."""
        if self.figure_date.match(words[w]):
            return 1
        text = " ".join(words[w : w + DATE_WORDS])
        found = find_dates(text, self.p)
        if not found or found[0].start != 0:
            return 0
        n = len(text[: found[0].end].split())
        return n if " ".join(words[w : w + n]) == text[: found[0].end] else 0

    def _parted(self, words: list[str], columns: list[_Column]) -> list[str] | None:
        """A run of free cells' words parted from its end: each later cell where its kind opens
        (a note at its date, a lookup at its label and number, a lead as the capitalised name
        closing the words); None where a cell that must open cannot."""
        cells: list[str] = []
        rest = words
        for column in reversed(columns[1:]):
            at = self._opening(column.field, rest)
            if at is None:
                return None
            cells.insert(0, " ".join(rest[at:]))
            rest = rest[:at]
        if columns[0].field == "action" and not rest and words:
            return None
        return [" ".join(rest), *cells]

    def _opening(self, field: str, words: list[str]) -> int | None:
        """Where a free cell of this field opens among the words closing a run (len(words) for
        an empty cell)."""
        if not words:
            return 0
        if field == "recommendation":
            return next(
                (k for k in range(1, len(words)) if self.lookup.match(" ".join(words[k : k + 2]))),
                len(words),
            )
        if field == "lead":
            k = len(words)
            while k > 1 and (words[k - 1][:1].isupper() or words[k - 1].lower() in self.joining):
                k -= 1
            while k < len(words) and words[k].lower() in self.joining:
                k += 1  # (a name opens with a capital)
            return k
        # (a note, a progress update: at the date it opens with)
        return next((k for k in range(1, len(words)) if self._date_words(words, k)), None)
