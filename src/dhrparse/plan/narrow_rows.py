"""A narrower plan table (three to six columns: "Ref | Action | Lead | Target date | Status",
"Recommendation | Action | Owner | Completion date | Progress") in text taken out a printed line
at a time (every printed line followed by a blank line, the cells of a table line joined by
single spaces), turned into cell rows the plan reader reads like any other.

The wide Home Office template is read by plan.joined_rows; this reader takes the tables it
leaves: those whose first column is a row's ref (or a recommendation's number standing alone)
and whose rows each open with that ref ("1", "2.1", "1a", "R3"). The lines are cut by the
columns' widths in the report's typeface as plan.joined_cells cuts them (each column as wide as
the widest of the rows' first lines, the narrowest table holding them all), and a table is
rewritten only where the cuts cost little and the cells read as their columns: a date in the
date column, a status word in the status column, a name opening the lead column, an action
opening with a capital. Any other table is left as printed with a warning (plan_cells_untold):
a wrong action is worse than a missing one.

A plan set out one table per agency (the agency's heading, numbered or a plain line, over the
same header printed again, the numbering restarting) is read as one table, and so is a table
whose bands across it name the agency of the rows under them ("Kelby Police"): the rows
together measure the columns, each heading is kept as printed (over its header named again) so
the walk gives its rows to its agency. A ref of two words ("Police 2", "ASC 1") is kept whole
in the ref's cell.

A recommendation printed across the table between its actions' rows ("Recommendation 2 –
Northfield Council should ...") is no row of the cut table: its lines are kept as printed,
where the walk reads a recommendation's statement. Each action row's cells go on its first
printed line and the table's other lines stay as empty rows, so every printed line keeps its
own Line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.document import Line
from dhrparse.plan.cell_item_headings import item_headings
from dhrparse.plan.coded_header import bracketed_numbers, coded_columns, wrapped_names
from dhrparse.plan.completion_days import completion_days
from dhrparse.plan.dated_rows import DATED_ROWS, dated_rows, dated_starts, row_starts
from dhrparse.plan.done_columns import date_rooms, year_tails
from dhrparse.plan.header_floors import floored, header_floors
from dhrparse.plan.joined_cells import (
    BEAM,
    BEAM_CUTS,
    CLEAR,
    CONTENT_CLEAR,
    MIN_COLUMNS,
    WIDER,
    CellShapes,
    clear_reading,
)
from dhrparse.plan.joined_reader import JoinedReader
from dhrparse.plan.lettered_rows import table_ref
from dhrparse.plan.linked_numbers import LINKED, linked_columns
from dhrparse.plan.merged_unread import MergedUnread
from dhrparse.plan.narrow_cells import cells_read
from dhrparse.plan.narrow_cuts import NarrowShapes, NarrowTable, broken_off, name_may_open
from dhrparse.plan.narrow_header_names import printed_columns
from dhrparse.plan.narrow_sections import MIN_NARROW, NarrowLayout
from dhrparse.plan.narrow_table_lines import row_firsts, table_lines, under_ref
from dhrparse.plan.rec_cell_rows import rec_cell_lines, rec_cell_rows
from dhrparse.plan.tracker_rows import TrackerShapes
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.plan.who_columns import EXTRA, is_extra
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.type_widths import Face, faces

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.plan_lines import PlanLines


# a name for each column the cells are handed on under (the walk maps names back to fields)
_NAMES = {
    "ref": "Ref",
    "recommendation": "Recommendation",
    LINKED: "Rec no.",
    "action": "Action to take",
    "lead": "Lead agency",
    "target_date": "Target date",
    "status": "Status",
    "progress": "Progress update",
}
SENTENCE_WORDS = 6  # the fewest words of a paragraph's line read as the report's text after a table
SHORT_NAME = 3  # the most letters of a first column's abbreviated name ("Rec.", "No.")
MIN_ROWS = 3  # fewer numbered rows give too few first lines to agree the columns' widths
FIRST_WORDS = 18  # the most words a cell's first printed line holds (an action column half the page)
LOWER_AFTER_END = 2.0  # a lower-case word after a sentence ended, inside one cell's line
CAPITAL_AFTER_END = 0.25  # ... a capitalised one, as a share of that (a cell's next sentence)
LAST_ROOM = 1.5  # a last status column's room over its widest first line
EMPTY_ACTION = 1.0  # a row's first line leaving its action's cell empty
LABEL_WORDS = 6  # the most words of a label a plan's own line under its table opens with
UNTOLD = "a narrower plan table printed with its cells joined on each line could not be cut into its cells"


def whole_sentence(text: str) -> bool:
    """A printed line that is a whole sentence: a capital opening it, a full stop ending it."""
    words = text.split()
    return len(words) >= SENTENCE_WORDS and words[0][:1].isupper() and words[-1].endswith(".")


def label_line(text: str) -> bool:
    """A printed line that is a label over its value, the plan's own line under its table ("Next
    update to the Board: March 2026.", "Signed off so far: 4 of 7 actions"): a few words opening
    with a capital, a colon, words after it. A row's wrapped line runs its cells' words on, with
    no label of its own opening it."""
    label, colon, value = text.partition(":")
    words = label.split()
    return bool(colon) and 0 < len(words) <= LABEL_WORDS and words[0][:1].isupper() and bool(value.strip())


def _first_after(texts: list[str], kept: list[int], start: int, test) -> int | None:
    """The first kept line from `start` on whose text passes `test`; None where none does."""
    return next((k for k in range(start, len(kept)) if test(texts[kept[k]])), None)


class NarrowRows(NarrowLayout, JoinedReader):
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        super().__init__(lines, p, heading_lines, line_spaced)
        self.ref = PlanVocabulary.of(p).ref_word_whole
        self._shapes: TrackerShapes | None = None
        # (the last table's bands over lettered actions: first line -> end)
        self._parents: dict[int, int] = {}
        self.who = {w.lower() for w in p.list("actions.who_headers")}
        # (merged plans given up here: left unread once the later readers have had them)
        self.merged = MergedUnread()
        # (the header's first printed line, as the report printed it: plan.header_floors)
        self._header_first = ""

    def _taken(self, cols: list[str]) -> bool:
        """Whether the header is a narrower table's this reader cuts: an action column, a ref
        (or a recommendation's number) first, and a date, status or lead column to cut against."""
        named = len([c for c in cols if not is_extra(c)])
        return (
            MIN_NARROW <= len(cols) <= MIN_COLUMNS
            and cols[0] in ("ref", "recommendation")
            # (joined_rows' template; a recommendation's number beside the action's is no template)
            and not (named >= MIN_COLUMNS and cols[0] == "recommendation" and cols[1] != "ref")
            and "action" in cols
            and cols.count("action") == 1
            and all(c in _NAMES or is_extra(c) for c in cols)
            and bool({"target_date", "status"} & set(cols))
        )

    def _table(self, lines: list[Line], i: int, header) -> tuple[list[Line], int] | None:
        cols, _, nxt = header
        self._parents = {}
        if self.first_table is None:
            self.first_table = i
        cols = self._named_again(lines, i, header)
        self._header_first = self._printed_first(lines[i])
        dated = dated_rows(cols)
        # (a recommendation's code beside each action's number, "R2 2.1": read as one ref, the
        # two cells parted again after the cuts)
        paired = len(cols) > 2 and cols[:2] == ["recommendation", "ref"]
        if not dated and not self._taken(cols):
            return None
        # (a numbered action in a recommendation's cell taken for a heading ends no table)
        self.heading_lines = self.pl.heading_lines - item_headings(
            lines, nxt, self.pl.heading_lines, self.pl.flat, self.p
        )
        body, j, sections = self._body(lines, i, cols, nxt)
        texts = [self.pl.flat(lines[k].text) for k in body]
        self.ref = table_ref(self.p, texts)  # ("A", "B(i)": plan.lettered_rows)
        if paired:
            # (the recommendation's number merged down its actions' rows, "(1)": plan.coded_header)
            texts = bracketed_numbers(texts, lambda word: bool(self.ref.match(word)))
        found = self._row_starts(texts, cols, dated)
        if found is None:
            return None
        texts, starts, bands = found
        kept = [n for n in range(len(body)) if n not in bands]
        read = self._told(texts, kept, starts, cols[1:] if paired else cols, lines[i].text)
        if read is not None:
            # (the report's text after the table: the table ends there, its lines left as printed)
            kept = kept[: len(read[3].lines)]
            ended = body[kept[-1]] if kept else i
            sections = {h: a for h, a in sections.items() if h < ended}
        if read is None:
            told = rec_cell_rows(texts, self.p)  # (the actions numbered inside the recommendation's cell)
            if told is not None:
                return rec_cell_lines(lines, i, j, body, told), j
            self.warnings.append((UNTOLD, lines[i]))
            self.merged.note(lines, i, j, cols, texts)  # (as printed until the later readers try it)
            return None
        rows, before, _, _ = read
        before = before + list(range(len(kept), len(body)))  # (left as printed)
        firsts = row_firsts(rows, body, kept, paired, cols.index("action") if cols[0] == "ref" else -1)
        left = {body[kept[n]] for n in before if n < len(kept)} | {body[n] for n in bands}
        left |= {body[n] for n in range(len(body)) if n not in kept}
        names = [_NAMES.get(c) or c.removeprefix(EXTRA) for c in cols]
        if self._one_of_two(lines[i].text, header[0]) != header[0]:
            # (one column for the recommendations and their actions, "Recommendation / action":
            # named as printed, its bands rows of their own, a bare number and its words, the
            # walk reads as the recommendations over their lettered actions)
            self._parent_rows(texts, body, cols, names, firsts, left)
        return table_lines(lines, i, j, names, firsts, left, sections), j

    def _named_again(self, lines: list[Line], i: int, header) -> list[str]:
        """The columns the header at line i names as printed: its wrapped lines, a coded
        Action column (plan.coded_header) and the rewrites each family's header asks
        (plan.narrow_header_names); so a header printed again over the rows on the next page
        is told as the table's own."""
        cols = self._columns(lines, i, header[0], header[2])
        head = self.pl.flat(lines[i].text)
        below = [self.pl.flat(lines[k].text).split() for k in range(i + 1, header[2])]
        cols = coded_columns(self.pl.cm, self.p, head, wrapped_names(self.pl.cm, head, below, cols, _NAMES))
        return linked_columns(printed_columns(self.pl.cm, self.p, self.who, head, cols))

    def _printed_first(self, line: Line) -> str:
        """The header's first line as printed, before its wrapped names were joined to it."""
        printed = next((ln for ln in self.pl.doc.lines if ln.number == line.number), line)
        return self.pl.flat(printed.text)

    def _row_starts(self, texts: list[str], cols: list[str], dated: bool):
        """(the lines' texts, a row's ref made whole; the rows' first lines; the lines of
        recommendations printed across the table), or None when too few rows open."""
        if dated:
            status = self._status_rx() if cols[-1] == "status" else None
            starts, bands = dated_starts(texts, self.p, self.pl.vocab.statement, status)
            if len(starts) < DATED_ROWS or starts[0] != 0:
                return None
            return texts, starts, bands
        starts, bands = self._starts(texts)
        texts = [self._ref_whole(t, cols) if n in starts else t for n, t in enumerate(texts)]
        if cols[-1] == "status":
            texts = completion_days(texts, starts, self.p)  # ("Completed" over "12/02/2025")
        if len(starts) < MIN_ROWS:
            return None
        return texts, starts, bands

    def _parent_rows(self, texts, body: list[int], cols: list[str], names, firsts: dict, left: set) -> None:
        """The bands of one column for the recommendations and their actions made rows of
        their own (a bare number and its words), that column named the recommendation's."""
        a = cols.index("action")
        names[a] = _NAMES["recommendation"]
        blank = [""] * len(cols)
        for start, end in self._parents.items():
            words = " ".join(texts[n] for n in range(start, end)).split()
            if body[start] in left and words:
                cells = list(blank)
                cells[0], cells[a] = words[0], " ".join(words[1:])
                firsts[body[start]] = cells
                left -= {body[n] for n in range(start, end)}

    def _starts(self, texts: list[str]) -> tuple[list[int], set[int]]:
        """(the rows' first lines, the lines of recommendations printed across the table): a row
        opens with its ref and a cell opening with a capital after it; a recommendation's
        statement runs on to the next row's first line."""
        starts, bands = row_starts(
            texts, self.pl.vocab.statement, lambda text: self._row_opening(text.split()) is not None
        )
        return self._parent_bands(texts, starts, bands)

    def _parent_bands(
        self, texts: list[str], starts: list[int], bands: set[int]
    ) -> tuple[list[int], set[int]]:
        """A recommendation printed as a band across the table over its lettered actions ("2"
        over "2a", "2b"): a row opening with a bare number whose next row's ref is that number
        lettered or numbered under it, its lines printing no date, is no row of the cut table
        but a recommendation the walk reads, up to its first action's line."""
        kept: list[int] = []
        self._parents = {}
        for n, start in enumerate(starts):
            ref = texts[start].split()[0]
            after = texts[starts[n + 1]].split()[0] if n + 1 < len(starts) else ""
            end = starts[n + 1] if n + 1 < len(starts) else start + 1
            under = under_ref(ref, after)  # ("2a", "2.1", "2(ii)" under "2")
            if under and not any(find_dates(texts[k], self.p) for k in range(start, end)):
                bands |= set(range(start, end))
                self._parents[start] = end
            else:
                kept.append(start)
        return kept, bands

    def _told(self, texts: list[str], kept: list[int], starts: list[int], cols: list[str], header: str):
        """The reading of the table's kept lines, None where it is not sure; where a line after
        the last row is a sentence of its own (the report's paragraph after the table, "The Board
        reviews this plan at each meeting.", a page's foot below it) and the reading with it is
        not sure, read up to it."""
        numbers = self._numbers_only(header, cols)
        firsts = [kept.index(s) for s in starts]
        last = firsts[-1]
        ends = (
            len(kept),
            # (the report's paragraph after the table, a sentence of its own after the last row's
            # first two lines, with whatever follows it: a page's running foot, "... • Page 1")
            _first_after(texts, kept, last + 2, whole_sentence),
            # (a line of the plan's own under its last row, "Next update to the Board: March 2026.",
            # "Signed off so far: 4 of 7 actions", goes on no cell: cut as the last row's it spoils
            # the row's cells, so the table is read up to it)
            _first_after(texts, kept, last + 1, label_line),
        )
        for end in ends:
            if end is None:
                continue
            read = self._read([texts[n] for n in kept[:end]], cols, firsts, numbers)
            if read is not None and read[2] and not read[3].uncut:
                return read
        return None

    def _numbers_only(self, text: str, cols: list[str]) -> bool:
        """Whether the first column holds the rows' numbers alone: its printed name an
        abbreviation ("Rec.", "Rec", "No."), as a column no wider than its numbers is named, where
        an Action column beside it holds what is to be done."""
        words = self.pl.flat(text).split()
        return (
            bool(words)
            and cols[:2] == ["recommendation", "action"]
            and len(words[0].strip(".")) <= SHORT_NAME
        )

    def _read(self, texts: list[str], cols: list[str], starts: list[int], numbers: bool = False):
        """The rows the lines are cut into, in the typeface and reading (a first column holding
        the number alone, or the number opening its words) that cut them at least cost; None
        when the cuts are not clear or the cells do not read as their columns."""
        roles = NarrowShapes(self.p, cols)
        # (a recommendation's number beside a who column stands alone: "14.1 | Kelby CSP | ...")
        alones = (True,) if cols[0] == "ref" or is_extra(cols[1]) or numbers else (True, False)
        if cols[0] == "action":
            alones = (False,)  # (no number: the action's own words open the row, carried on below)
        tried = self._costed(texts, roles, cols, starts, numbers, alones)
        if not tried:
            return None
        _, table, least = min(tried, key=lambda t: t[0])
        lines = table.lines
        share = min(WIDER, key=lambda share: table.read(table.wider(least, share))[0])
        best = self._ended(table, table.wider(least, share), 1, 0)
        may_open = name_may_open(table, best[2], cols.index("action"))
        if may_open and not roles.done:
            return best[2], best[3], False, table  # (the lead's name may open a word sooner: told)
        if (
            not may_open
            and clear_reading(texts[: len(table.lines)], best, CLEAR)
            and self._cells_read(best[2], cols, roles)
        ):
            return best[2], best[3], True, table
        table.content = True
        table.lines = lines
        share = min(WIDER, key=lambda share: table.read(table.wider(least, share))[0])
        best = self._ended(table, table.wider(least, share), BEAM, BEAM_CUTS)
        year_tails(best[2], cols, roles.done)  # ("Spring 2025 April": plan.done_columns)
        clear = clear_reading(texts[: len(table.lines)], best, CONTENT_CLEAR) and self._cells_read(
            best[2], cols, roles
        )
        clear = clear and not name_may_open(table, best[2], cols.index("action"))
        return best[2], best[3], clear, table

    def _floors(self, cols: list[str], face: Face) -> list[float]:
        """Each column's least width, its header's name on the header's first line (none for
        lines read without a header: a table's lines given alone)."""
        if not self._header_first:
            return [0.0] * len(cols)
        return header_floors(self.pl.cm, self._header_first, cols, face)

    def _costed(self, texts, roles, cols: list[str], starts: list[int], numbers: bool, alones) -> list:
        """(cost, table, widths) for each typeface and reading of the number tried."""
        tried = []
        for name in faces():
            floors = self._floors(cols, Face(name))
            for alone in alones:
                table = _narrow_table(texts, roles, Face(name), alone, starts, cols, numbers)
                least = table.widths()
                if least is None or None in least:
                    continue
                # (the widths every row's first line agrees on, or those one row's tells, as
                # the lines below read them: a recommendation cell merged down over its later
                # actions' rows leaves their first lines no word of it)
                for widths in date_rooms(table, [least, *table.row_widths()], roles, cols, self.p):
                    widths = floored(widths, floors)  # (no column narrower than its header's name)
                    if cols[-1] == "status" and is_extra(cols[1]):
                        # (the last column's first lines are short status words, "Complete"; what a
                        # cell says after its word runs to the column's edge: "three of five languages")
                        widths = [*widths[:-1], widths[-1] * LAST_ROOM]
                    # (each at the share that reads it best: a typeface is told by the widths its
                    # lines wrap at, not by how they fare a fixed share wider)
                    cost = min(table.read(table.wider(widths, share))[0] for share in WIDER)
                    tried.append((cost, table, widths))
        return tried

    def _ended(self, table: NarrowTable, widths: list[float], beam: int, alts: int):
        """The table's lines read by `widths`, up to the line the table ends before (the
        report's text after it, read again without it by the same widths)."""
        best = table.read(widths, beam, alts)
        end = table.ends(best[2])
        if end is not None:
            table.lines, cut_off = table.lines[:end], table.lines[end]
            best = table.read(widths, beam, alts)
            if table.ends(best[2]) is not None or broken_off(best[2], table.names_line(cut_off.words)):
                # (the lines cut off go on a cell the last row left unfinished: these widths
                # misread them as the report's text after the table)
                return (float("inf"), 0, [], [])
        return best

    def _status_rx(self):
        """What a status cell's words are (a dated row's first line ends in them)."""
        if self._shapes is None:
            self._shapes = TrackerShapes(self.p)
        return self._shapes.status_rx

    def _cells_read(self, rows, cols: list[str], roles: CellShapes) -> bool:
        """Whether the cells read as their columns (plan.narrow_cells)."""
        if self._shapes is None:
            self._shapes = TrackerShapes(self.p)
        return cells_read(rows, cols, roles, self._shapes, self.p)


def _narrow_table(
    texts, roles, face: Face, alone: bool, starts, cols: list[str], numbers: bool
) -> NarrowTable:
    """The lines as a narrower table in one typeface and reading, its rows' first lines
    told as this layout's are."""
    table = NarrowTable(texts, roles, face, alone, None, starts)
    table.action = cols.index("action")
    # (an action row's first line prints its action's first words: the cell left
    # empty there is the recommendation's, merged down from the row above)
    table.first_empty[table.action] = EMPTY_ACTION
    # (so does every row of a ref column beside the recommendation's: "1.1", "1.2"
    # under a recommendation cell merged down over its actions)
    table.refs_every_row = is_extra(cols[1]) or cols[:2] == ["ref", "recommendation"] or numbers
    table.open_merged_rows(cols[:2] == ["ref", "recommendation"])
    table.first_words = FIRST_WORDS
    table.lower_after_end = LOWER_AFTER_END
    table.capital_after_end = CAPITAL_AFTER_END
    return table
