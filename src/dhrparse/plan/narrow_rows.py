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

import regex

from dhrparse.document import Line
from dhrparse.plan.dated_rows import DATED_ROWS, dated_rows, dated_starts, row_starts
from dhrparse.plan.joined_cells import (
    BEAM,
    BEAM_CUTS,
    CLEAR,
    CONTENT_CLEAR,
    DANGLING,
    FACE_SHARE,
    MIN_COLUMNS,
    OVER_COST,
    REOPEN,
    SENTENCE_ENDS,
    SENTENCES_CLOSE,
    UNENDED,
    WIDER,
    CellShapes,
    JoinedTable,
    _clear,
    _dates_read,
)
from dhrparse.plan.joined_reader import JoinedReader
from dhrparse.plan.joined_rows import PAGE_NUMBER, RUNNING_HEAD
from dhrparse.plan.layouts import _cells_line
from dhrparse.plan.status import status_words
from dhrparse.plan.tables import header_form
from dhrparse.plan.tracker_rows import _Shapes
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.plan.who_columns import EXTRA, is_extra, who_carry, who_fit, with_who_columns
from dhrparse.plan.wrapping import JOINING_WORDS
from dhrparse.vocab.date_search import YEAR
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.type_widths import Face, faces

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.plan_lines import PlanLines

# a name for each column the cells are handed on under (the walk maps names back to fields)
_NAMES = {
    "ref": "Ref",
    "recommendation": "Recommendation",
    "action": "Action to take",
    "lead": "Lead agency",
    "target_date": "Target date",
    "status": "Status",
    "progress": "Progress update",
}
MIN_NARROW = 3  # fewer columns hold no action beside who does it and by when
MIN_ROWS = 3  # fewer numbered rows give too few first lines to agree the columns' widths
FIRST_WORDS = 18  # the most words a cell's first printed line holds (an action column half the page)
NOT_ITS = 3.0  # a cell reading as another column's (a date in the lead's), in the cuts' costs
_YEAR = regex.compile(rf"^{YEAR}\.?$")
LOWER_AFTER_END = 2.0  # a lower-case word after a sentence ended, inside one cell's line
CAPITAL_AFTER_END = 0.25  # ... a capitalised one, as a share of that (a cell's next sentence)
LEAD_WORDS = 8  # the most words a lead's cell holds on its first line ("Adult Social Care – Head of")
STATUS_CARRY = 1.5  # a status cell carried on with a capitalised word
UNCUT = OVER_COST * 2  # what joined_cells costs a line no cut fits
LEAD_ENDS_LOWER = 1.5  # a lead's line carried on ending on a small word ("Manager from")
REF_SPACE = "\u2060"  # joins a ref of two words into one for the cuts (no space to str.split)
SECTION_WORDS = 12  # the most words of an agency's heading over its part of a plan
HEADING_WORDS = 4  # the most words of a heading below a table, over the report's text
FRAGMENT_WORDS = 3  # the most words after an action's sentence ended that read as another cell's
OPENS_UNNUMBERED = 2.0  # ... a cell opening below it instead, on a line no ref opens
NARROWER_GUESS = 0.1  # a cell carried on with a word its line above seemed wide enough for
LAST_ROOM = 1.5  # a last status column's room over its widest first line
STATUS_READ = 1.0  # the share of a reading's status cells that must open with a status word: all
_OPENS = regex.compile(r"^[\p{Lu}\d(\"'‘“]")
NAME_LAST = 1.0  # an action's line ending on a lead's word ("carers Manager")
UNENDED_NOTE = 1.5  # a progress note left out before its sentence ends, beside a status column
SHORT_WORD = 3  # a word this short ending in a full stop may be an abbreviation ("no.")
UNTOLD = "a narrower plan table printed with its cells joined on each line could not be cut into its cells"


_DASHES = ("–", "-", "—")
_ENDED = regex.compile(r"^\p{Ll}+\.$")  # a lower-case word ending a sentence ("week."; a semicolon goes on)


def _lower_after_end(words: list[str]) -> bool:
    """A cell's words going on in lower case after a sentence ended ("reported. homes"): the
    next column's words cut into it. (A name's initials, "Dr. Ash", are capitalised.)"""
    return any(_ENDED.search(a) and b[:1].islower() for a, b in zip(words, words[1:]))


def _opens_date(word: str, roles: CellShapes) -> bool:
    """A capitalised word a date cell opens with ("End", "By", "From"), no name's small word."""
    w = word.lower()
    return w in roles.target_words and w not in roles.lead_words[1]


def _years_over(words: list[str], p) -> bool:
    """Whether a date cell prints more years than it holds dates ("March 2022 2022."): a date
    prints its year once, so the other is another cell's word."""
    dates = find_dates(" ".join(words), p)
    bare = sum(1 for d in dates if _YEAR.match(d.value.raw.strip()))
    return 0 < bare < len(dates)


def _awaits_year(cell: str, p) -> bool:
    """Whether a date cell is a month whose year is not in it ("End of May"): its year printed
    on the cell's next line, so a year alone in a cell beside it is that year, cut astray."""
    return not regex.search(YEAR, cell) and not find_dates(cell, p) and bool(find_dates(f"{cell} 2020", p))


def _heading_like(words: list[str]) -> bool:
    """A line of a few words opening with a capital and ending no sentence ("Sign-off")."""
    return (
        0 < len(words) <= HEADING_WORDS and words[0][:1].isupper() and not words[-1].endswith(SENTENCE_ENDS)
    )


def _fragment_after_end(words: list[str]) -> bool:
    """An action going on after its sentence ended with a few words ending none ("... review.
    Business Manager"): another column's words cut into it, not a second sentence."""
    ends = [n for n, w in enumerate(words[:-1]) if w.endswith(SENTENCE_ENDS)]
    if not ends:
        return False
    rest = words[ends[-1] + 1 :]
    return len(rest) <= FRAGMENT_WORDS and not rest[-1].endswith(SENTENCE_ENDS)


def _broken_off(row) -> bool:
    """Whether a row's last printed part leaves a cell broken off on a comma or a joining word
    ("Police Inspector," / "Head of"): its words go on below, so the table cannot end there."""
    return any(
        cell and (cell[-1].endswith(",") or cell[-1].lower() in JOINING_WORDS) for cell in row.parts[-1]
    )


def _name_may_open(table: NarrowTable, rows, a: int) -> bool:
    """Whether a line of an action's cell ends on capitalised words after a small one ("... add
    a Police" over "procedure", "... the Clinical Lead," over "review.") while the action goes
    on below: the cell beside it (a lead's "Police Inspector", "Clinical Lead, District
    Nursing") may as well hold those words, and the widths alone do not tell which; a cut so
    unsure reads no action."""
    for (r, n), ends in table.line_ends.items():
        if r >= len(rows) or n >= len(rows[r].parts):
            continue
        action = rows[r].parts[n][a]
        for m in ends:
            if 1 < m < len(action):
                k = m - 1  # (back over the line's closing run of capitalised words)
                while k > 0 and action[k][:1].isupper() and not action[k - 1].endswith(SENTENCE_ENDS):
                    k -= 1
                last, before = action[k + 1] if k + 1 < m else action[k], action[k]
                if last[:1].isupper() and before[:1].islower() and not before.endswith(SENTENCE_ENDS):
                    if action[m][:1].isupper():
                        continue  # (the name runs on in the action's next line: "the Scottish" / "Government")
                    return True
    return False


class NarrowShapes(CellShapes):
    """What a narrower table's cells look like: as the template's (plan.joined_cells), and a
    lead's cell holds no date ("Board Business Manager Jan" over "2025" cuts the date in two),
    a date's cell opens with more than its year."""

    def __init__(self, p, columns: list[str]):
        super().__init__(p, columns)
        # (every column is asked: none but the date's opens with a year, "2025 On track")
        self.asks = [True] * len(columns)

    def carry(self, column: int, text: str) -> float:
        """A status cell's later lines say more in lower case ("In progress –" over "three of
        five named"); a capitalised word there is another column's ("Worker" of a lead's name)."""
        beside = who_carry(self.columns, column, text, *self.lead_words)
        if beside is not None:
            return beside  # (plan.who_columns)
        if self.columns[column] == "status" and text[:1].isupper():
            return STATUS_CARRY
        if self.columns[column] == "action" and self._name_last(text):
            return NAME_LAST
        if self.columns[column] in ("progress", "status") and self._name_first(column, text):
            return NAME_LAST
        if self.columns[column] != "target_date" and "target_date" in self.columns and _YEAR.match(text):
            return NOT_ITS  # (a year alone on a line is a date's second line: "From June" over "2025")
        if self.columns[column] == "lead" and (text.split()[-1][:1].islower() or text[:1].islower()):
            return LEAD_ENDS_LOWER  # (a name's small words stand inside its lines: "Head of" over "Housing")
        return super().carry(column, text)

    def _status_only(self, text: str) -> bool:
        m = self.status_rx.match(text)
        return bool(m) and not text[m.end() :].strip()

    def _name_first(self, column: int, text: str) -> bool:
        """Whether a progress line right of the lead's opens on a name's word ("Lead
        awaited."): the last word of the lead's cell beside it ("Primary Care Safeguarding" over
        "Lead")."""
        names, _ = self.lead_words
        first = text.split()[0]
        return (
            "lead" in self.columns[:column]
            and first[:1].isupper()
            and first.lower().strip(",;:") in names
            and not self.status_rx.match(text)
        )

    def _name_last(self, text: str) -> bool:
        """Whether an action's line ends on a name's capitalised word after a small one
        ("... with two carers Manager"): the word of the lead's cell beside it."""
        words = text.split()
        names, _ = self.lead_words
        return (
            "lead" in self.columns
            and len(words) > 1
            and words[-2][:1].islower()
            and words[-1][:1].isupper()
            and words[-1].lower().strip(",;:") in names
        )

    def status_goes_on(self, cell: str) -> bool:
        """A status word with a word straight after it, no dash or colon between ("Complete
        Worker", "In progress publish"): another column's word cut into the status cell."""
        m = self.status_rx.match(cell)
        rest = cell[m.end() :].split() if m else []
        return bool(rest) and rest[0][:1].isalpha()

    def _fit(self, column: int, text: str) -> float:
        role = self.columns[column]
        fit = who_fit(self.columns, column, text, *self.lead_words)
        if fit is not None:
            return fit  # (plan.who_columns)
        if role != "target_date" and "target_date" in self.columns and _YEAR.match(text.split()[0]):
            return NOT_ITS
        if role == "lead":
            words = text.split()
            last = words[-1]
            # (nor ends on the word a date cell opens with: "Lead From" beside "April 2025")
            opener = last[:1].isupper() and last.lower() in self.target_words
            numbered = words[0][:1].isdigit()  # (an action's number opens the action's cell)
            long = len(words) > LEAD_WORDS
            return (
                NOT_ITS if opener or numbered or long or any(self._date_like(w) for w in words[-2:]) else 0.0
            )
        if role == "progress" and "status" in self.columns[column + 1 :] and self._status_only(text):
            return NOT_ITS  # (a bare status phrase ending a row's first line is the status column's)
        if role == "target_date" and text[:1].islower() and self.status_rx.match(text):
            return NOT_ITS  # (a date cell's own "Completed" opens it; "complete" goes on a status's words)
        if role == "target_date" and text.split()[0].lower() in self.target_words:
            # (a date after the words a date cell opens with: "From April 2025", "By end of")
            rest = text.split()
            while rest and rest[0].lower() in self.target_words:
                rest = rest[1:]
            return super()._fit(column, " ".join(rest)) if rest else NOT_ITS
        return super()._fit(column, text)


class NarrowTable(JoinedTable):
    """The cuts of a narrower table's lines: as the template's, and an action's cell left out
    of the line below before its sentence ends costs as the template's recommendation does (a
    row's lines print its action's words first, left to right: "and reported." carries the
    action on, however well it would fill the progress cell beside it)."""

    action = 1
    refs_every_row = False  # every action row opens with its own number (see _openings)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.uncut: set[int] = set()  # the lines (ids) no cut fits
        self.ended_any: bool | None = None  # whether any cell's sentence ends (see _sentences)
        self.line_ends: dict[tuple[int, int], list[int]] = {}  # (row, part): its action's lines' ends

    def read(self, widths, beam: int = 1, alts: int = 0):
        self.uncut = set()
        return super().read(widths, beam, alts)

    def _rows(self, widths, chosen):
        """As the template's, noting where each action cell's printed lines end (its words'
        count at each line's end), for _name_may_open."""
        over, rows = super()._rows(widths, chosen)
        self.line_ends = {}
        cell_of: dict[int, tuple[int, int]] = {}  # (row, part) of the action's cell, by line
        r, owner = -1, 0
        for i in sorted(chosen):
            if i in self.starts:
                r, owner = r + 1, 0
            for cut in chosen[i]:
                if cut.column != self.action:
                    continue
                if cut.opens and i not in self.starts:
                    owner = rows[r].firsts.index(i) if i in rows[r].firsts else owner
                cell_of[i] = (r, owner)
        counts: dict[tuple[int, int], int] = {}
        for i in sorted(cell_of):
            key = cell_of[i]
            cut = next(c for c in chosen[i] if c.column == self.action)
            counts[key] = counts.get(key, 0) + cut.end - cut.start
            self.line_ends.setdefault(key, []).append(counts[key])
        return over, rows

    def _cuts(self, ln, widths, last, closed, dangling, start: bool, m: int):
        cuts = super()._cuts(ln, widths, last, closed, dangling, start, m)
        if len(cuts) == 1 and cuts[0][0] == UNCUT and len(cuts[0][1]) == 1 and not cuts[0][1][0].opens:
            self.uncut.add(id(ln))  # (no cut fits the line: it is none of the table's)
        return cuts

    def ends(self, rows) -> int | None:
        """The printed line the table ends before: a line after the last row's first line that
        no cut fits, or where a cell opens with no ref before it (the report's text after the
        table, "Next review of this plan: ..."); None when every line is the table's."""
        last = self.starts[-1]
        opened = [f for row in rows for f in row.firsts if f > last]
        uncut = [n for n, ln in enumerate(self.lines) if n > last and id(ln) in self.uncut]
        if not opened and not uncut:
            return None
        # (a short line straight above the report's text is its heading: "Monitoring")
        k = min(opened + uncut)
        names, _ = self.roles.lead_words
        while (
            k - 1 > last
            and _heading_like(self.lines[k - 1].words)
            # (a lead's last line, "Subgroup", is no heading: its words are a name's)
            and not (
                "lead" in self.roles.columns and all(w.lower() in names for w in self.lines[k - 1].words)
            )
        ):
            k -= 1
        return k

    def _openings(self, c: int, prev, closed: bool, capital: bool, full: bool) -> list[tuple[float, bool]]:
        if not c and prev is not None and not self.numbered_text:
            return []  # (a ref's cell, or a number standing alone, is one word on its row's first line)
        if c and prev is not None and self.refs_every_row:
            # (every action row opens with its own number: a cell below its row's first line
            # carries its cell on, even where the widths say the line above could take the word)
            # (a cell opening there, no ref before it, is the report's text after the table)
            return [
                (REOPEN if closed else (0.0 if full else NARROWER_GUESS), False),
                (OPENS_UNNUMBERED, True),
            ]
        return super()._openings(c, prev, closed, capital, full)

    def _left_out(self, column: int, word: str) -> float:
        cost = super()._left_out(column, word)
        if word in _DASHES or word.endswith(":"):
            return max(cost, DANGLING)  # ("Partially complete –" over what it says more)
        if column == self.action and not word.endswith(SENTENCE_ENDS) and self._sentences():
            return max(cost, UNENDED)
        if (
            self.roles.columns[column] == "progress"
            and "status" in self.roles.columns[column + 1 :]
            and not word.endswith(SENTENCE_ENDS)
            and self._sentences()
        ):
            # (a progress note left out before its sentence ends: its last words are not the
            # status's, which says its state and, after a dash, more)
            return max(cost, UNENDED_NOTE)
        return cost

    def _sentences(self) -> bool:
        """Whether the table's cells end sentences at all: a plan whose actions are set as
        commands with no full stop ("Agree a discharge message") leaves none unended."""
        if self.ended_any is None:
            self.ended_any = any(
                w.endswith(SENTENCE_ENDS) and len(w) > SHORT_WORD and w[:1].islower()
                for ln in self.lines
                for w in ln.words
            )
        return self.ended_any


class NarrowRows(JoinedReader):
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        super().__init__(lines, p, heading_lines, line_spaced)
        self.ref = PlanVocabulary.of(p).ref_word_whole
        self._shapes: _Shapes | None = None
        self.who = {w.lower() for w in p.list("actions.who_headers")}
        self.slashed: set[int] = set()  # headers naming one "Recommendation / action" column
        self.parents: dict[int, int] = {}  # a band's first line: the line its band ends before

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

    def _columns(self, lines: list[Line], i: int, cols: list[str], nxt: int) -> list[str]:
        """The header's columns, its wrapped lines completing the names above them ("Rec" over
        "no.") adding none: the names its first line prints, when the lines below hold a word
        or two each and name only columns after them."""
        above = self.pl.cm.scan(self.pl.flat(lines[i].text))
        below = [self.pl.flat(lines[k].text).split() for k in range(i + 1, nxt)]
        twin = self._twin_ref(self.pl.flat(lines[i].text), below)
        if twin is not None:
            return twin
        if "recommendation" in cols and "action" in cols:
            both = self._slashed(self.pl.flat(lines[i].text))
            if both is not None:
                self.slashed.add(i)
                return both
        if (
            MIN_NARROW <= len(above) < len(cols)
            and cols[: len(above)] == above
            and below
            and all(len(words) <= 2 for words in below)
        ):
            return above
        return cols

    def _slashed(self, text: str) -> list[str] | None:
        """The columns of a header naming one column "Recommendation / action" (its bands the
        recommendations, the rows under them the actions): one action column."""
        cm = self.pl.cm
        form = header_form(text)
        found = list(cm.name_search.finditer(form))
        for a, b in zip(found, found[1:]):
            if (
                cm.field_of(a.group(0)) == "recommendation"
                and cm.field_of(b.group(0)) == "action"
                and form[a.end() : b.start()].strip() == "/"
            ):
                out: list[str] = []
                for m in found:
                    if m is a:
                        continue
                    f = cm.field_of(m.group(0))
                    if not out or out[-1] != f:
                        out.append(f)
                return out
        return None

    def _twin_ref(self, text: str, below: list[list[str]]) -> list[str] | None:
        """The columns of a header printing one name twice side by side over a wrapped "no."
        ("Rec | Action no. | Action | Lead ..." printed "Rec Action Action Lead ..." / "no."):
        the first of the twins, with the word under it, names the action's number column."""
        if len(below) != 1 or len(below[0]) != 1:
            return None
        cm = self.pl.cm
        found = cm.printed_names(text)
        for k in range(len(found) - 1):
            (f, printed), (g, _) = found[k], found[k + 1]
            if f == g and cm.field_of(f"{printed} {below[0][0]}") == "ref":
                fields = [name for name, _ in found]
                fields[k] = "ref"
                out: list[str] = []
                for name in fields:
                    if not out or out[-1] != name:
                        out.append(name)
                return out
        return None

    def _body(
        self, lines: list[Line], i: int, cols: list[str], nxt: int
    ) -> tuple[list[int], int, dict[int, int]]:
        """The table's printed lines, up to the report's next heading, without the header
        printed again on a later page, the page's number and the running head printed above it;
        and the tables after it split off under a heading each with the same header printed
        again (a plan set out one table per agency, its numbering restarting in each): their
        rows are read with this table's, {the heading's index: the index after its header}."""
        heads = {ln.text.strip() for ln in lines[:i] if len(ln.text.strip()) >= RUNNING_HEAD}
        body: list[int] = []
        sections: dict[int, int] = {}
        # (a running head or footer first printed on the table's own pages: a long line printed
        # again word for word, as no cell's line is, the header's aside)
        seen: dict[str, int] = {}
        for ln in lines[i:]:
            text = ln.text.strip()
            if len(text) >= RUNNING_HEAD and ln.cells is None and not self.pl.cm.is_header_words(text):
                seen[text] = seen.get(text, 0) + 1
        heads |= {text for text, n in seen.items() if n > 1}
        j = nxt
        while j < len(lines) and lines[j].cells is None:
            heading = lines[j].number in self.heading_lines
            if heading or self._heading_over(lines, j):
                after = self._same_header(lines, j, cols)
                # (no band names the agency of the rows under it where a column names each row's)
                if after is None and not any(map(is_extra, cols)) and self._band_over_row(lines, j):
                    after = j + 1  # (a band across the table naming the agency of the rows under it)
                if after is not None:
                    sections[j] = after
                    j = after
                    continue
                if heading:
                    break
            text = lines[j].text.strip()
            again = self.pl.header_at(j) if self.pl.cm.is_header_words(lines[j].text) else None
            if again is not None and again[0] == cols:
                j = again[2]
                continue
            if text and not PAGE_NUMBER.match(text) and text not in heads:
                body.append(j)
            j += 1
        while sections and max(sections) >= (body[-1] if body else i):
            # (a heading and header with no row under them: the table ends before the heading)
            j = max(sections)
            del sections[j]
        return body, j, sections

    def _heading_over(self, lines: list[Line], j: int) -> bool:
        """Whether line j reads as a section's heading printed as a plain line ("Kelby
        Police", "4.2 Kelby Police"): a few words opening with a capital, ending no sentence,
        holding no row's date or status, printed once (a running head is printed on every page)."""
        text = self.pl.flat(lines[j].text).strip()
        words = text.split()
        if not words or len(words) > SECTION_WORDS or not words[0][:1].isupper() or text[-1] in ".,;:":
            return False
        if any(rx.search(text) for rx in self.pl.vocab.not_agency_heading):
            return False
        rest = " ".join(words[1:])
        if self.ref.match(words[0]) and (find_dates(rest, self.p) or status_words(rest) is not None):
            return False  # (a row's one printed line, its date and status last: no sub-section's heading)
        raw = lines[j].text.strip()
        return sum(1 for ln in lines if ln.text.strip() == raw) == 1

    def _band_over_row(self, lines: list[Line], j: int) -> bool:
        """Whether heading line j is a band printed across the table over a row ("Kelby
        Police", "Multi-agency recommendations"): it names an agency or a part of the plan and
        the next line opens a row with its ref."""
        if j + 1 >= len(lines) or lines[j + 1].cells is not None:
            return False
        text = self.pl.flat(lines[j].text).strip()
        words = text.split()
        vocab = self.pl.vocab
        names = vocab.section_of(text) is not None or bool(vocab.agency_part.match(text))
        names = (
            names
            or len(words) >= 2
            and any(w.lower().strip("(),'’") in vocab.agency_heading_words for w in words)
        )
        return names and self._row_opening(self.pl.flat(lines[j + 1].text).split()) is not None

    def _ref_whole(self, text: str, paired: bool = False) -> str:
        """A row's first line with a ref of two words ("Police 2", "ASC 1") made one, so the
        cuts keep it whole in the ref's cell; so too, in a plan whose rows open with two refs,
        the recommendation's and the action's ("R2 2.1")."""
        words = text.split()
        if paired:
            if len(words) > 2 and self.ref.match(words[0]) and self.ref.match(words[1]):
                return " ".join([f"{words[0]}{REF_SPACE}{words[1]}", *words[2:]])
            return text
        if self._row_opening(words) != 2:
            return text
        return " ".join([f"{words[0]}{REF_SPACE}{words[1]}", *words[2:]])

    def _row_opening(self, words: list[str]) -> int | None:
        """How many words a row's ref takes at the start of its first line ("2.1", "MA1", "Police
        2"), a cell opening with a capital after it; None where the line opens no row."""
        for n in (1, 2):
            if len(words) > n + 1 and self.ref.match(" ".join(words[:n])) and _OPENS.match(words[n]):
                return n
        return None

    def _same_header(self, lines: list[Line], j: int, cols: list[str]) -> int | None:
        """The index after the header printed on the line after heading j, where it names the
        same columns as the table's; None where any other line follows the heading."""
        k = j + 1
        if k >= len(lines) or lines[k].cells is not None or not self.pl.cm.is_header_words(lines[k].text):
            return None
        again = self.pl.header_at(k)
        if again is None or self._columns(lines, k, again[0], again[2]) != cols:
            return None
        return again[2]

    def _table(self, lines: list[Line], i: int, header) -> tuple[list[Line], int] | None:
        cols, _, nxt = header
        if self.first_table is None:
            self.first_table = i
        cols = self._columns(lines, i, cols, nxt)
        cols = with_who_columns(self.pl.cm, self.who, self.pl.flat(lines[i].text), cols)
        dated = dated_rows(cols)
        # (a recommendation's code beside each action's number, "R2 2.1": read as one ref, the
        # two cells parted again after the cuts)
        paired = len(cols) > 2 and cols[:2] == ["recommendation", "ref"]
        if not dated and not self._taken(cols):
            return None
        body, j, sections = self._body(lines, i, cols, nxt)
        texts = [self.pl.flat(lines[k].text) for k in body]
        if dated:
            starts, bands = dated_starts(texts, self.p, self.pl.vocab.statement)
            if len(starts) < DATED_ROWS or starts[0] != 0:
                return None
        else:
            starts, bands = self._starts(texts)
            texts = [self._ref_whole(t, paired) if n in starts else t for n, t in enumerate(texts)]
            if len(starts) < MIN_ROWS:
                return None
        kept = [n for n in range(len(body)) if n not in bands]
        read = self._read(
            [texts[n] for n in kept], cols[1:] if paired else cols, [kept.index(s) for s in starts]
        )
        if read is not None and (not read[2] or read[3].uncut):
            read = None
        if read is not None:
            # (the report's text after the table: the table ends there, its lines left as printed)
            kept = kept[: len(read[3].lines)]
            ended = body[kept[-1]] if kept else i
            sections = {h: a for h, a in sections.items() if h < ended}
        if read is None:
            self.warnings.append((UNTOLD, lines[i]))
            return None
        rows, before, _, _ = read
        before = before + list(range(len(kept), len(body)))  # (left as printed)
        firsts: dict[int, list[str]] = {}
        for row in rows:
            for part, first in zip(row.parts, row.firsts):
                cells = [" ".join(words) for words in part]
                if paired:
                    cells = [*(cells[0].split(REF_SPACE, 1) + [""])[:2], *cells[1:]]
                firsts[body[kept[first]]] = [cell.replace(REF_SPACE, " ") for cell in cells]
        left = {body[kept[n]] for n in before if n < len(kept)} | {body[n] for n in bands}
        left |= {body[n] for n in range(len(body)) if n not in kept}
        names = [_NAMES.get(c) or c.removeprefix(EXTRA) for c in cols]
        blank = [""] * len(cols)
        if i in self.slashed and not dated and self.parents:
            # (one "Recommendation / action" column: each band a row of its own, its number and
            # its words, the other cells empty, as plan.recommendation_bands reads a band row;
            # the rows under it its actions)
            names[cols.index("action")] = _NAMES["recommendation"]
            a = cols.index("action")
            for n, end in self.parents.items():
                words = " ".join(texts[m] for m in range(n, end)).split()
                cells = [*blank]
                cells[0], cells[a] = words[0], " ".join(words[1:])
                firsts[body[n]] = cells
                left -= {body[m] for m in range(n, end)}
        out = [_cells_line(lines[i], names)]
        # (each agency's heading kept as printed over its header, named again: the walk reads
        # the section as in a table printed with its cells)
        left |= set(sections)
        headers = {h + 1 for h, after in sections.items() if after > h + 1}
        for k in range(i + 1, j):
            if k in headers:
                out.append(_cells_line(lines[k], names))
            elif k in firsts:
                out.append(_cells_line(lines[k], firsts[k]))
            elif k in left:
                out.append(lines[k])  # (a recommendation printed across the table: the walk reads it)
            else:
                out.append(_cells_line(lines[k], blank))
        return out, j

    def _starts(self, texts: list[str]) -> tuple[list[int], set[int]]:
        """(the rows' first lines, the lines of recommendations printed across the table): a row
        opens with its ref and a cell opening with a capital after it; a recommendation's
        statement runs on to the next row's first line."""
        starts, bands = row_starts(
            texts, self.pl.vocab.statement, lambda text: self._row_opening(text.split()) is not None
        )
        # (a recommendation's band opening with its bare number, "2 Saltenby Police should ...",
        # over its actions' rows "2a", "2b": the band's lines are no row)
        refs = [texts[n].split()[0] for n in starts]
        parents = {
            n
            for n, ref, after in zip(starts, refs, refs[1:])
            if ref.isdigit() and regex.match(rf"{ref}(?:[a-z]|\.\d+)$", after)
        }
        self.parents = {}
        if parents:
            ends = [*starts[1:], len(texts)]
            for n, end in zip(starts, ends):
                if n in parents:
                    bands |= set(range(n, end))
                    self.parents[n] = end
            starts = [n for n in starts if n not in parents]
        return starts, bands

    def _read(self, texts: list[str], cols: list[str], starts: list[int]):
        """The rows the lines are cut into, in the typeface and reading (a first column holding
        the number alone, or the number opening its words) that cut them at least cost; None
        when the cuts are not clear or the cells do not read as their columns."""
        roles = NarrowShapes(self.p, cols)
        # (a recommendation's number beside a who column stands alone: "14.1 | Kelby CSP | ...")
        alones = (True,) if cols[0] == "ref" or is_extra(cols[1]) else (True, False)
        if cols[0] == "action":
            alones = (False,)  # (no number: the action's own words open the row, carried on below)
        tried = []
        for name in faces():
            for alone in alones:
                table = NarrowTable(texts, roles, Face(name), alone, None, starts)
                table.action = cols.index("action")
                table.refs_every_row = is_extra(cols[1])
                table.first_words = FIRST_WORDS
                table.lower_after_end = LOWER_AFTER_END
                table.capital_after_end = CAPITAL_AFTER_END
                least = table.widths()
                if least is None or None in least:
                    continue
                if cols[-1] == "status" and table.refs_every_row:
                    # (the last column's first lines are short status words, "Complete"; what a
                    # cell says after its word runs to the column's edge: "three of five languages")
                    least = [*least[:-1], least[-1] * LAST_ROOM]
                cost, *_ = table.read(table.wider(least, FACE_SHARE))
                tried.append((cost, table, least))
        if not tried:
            return None
        _, table, least = min(tried, key=lambda t: t[0])
        lines = table.lines
        share = min(WIDER, key=lambda share: table.read(table.wider(least, share))[0])
        best = self._ended(table, table.wider(least, share), 1, 0)
        if _name_may_open(table, best[2], cols.index("action")):
            return best[2], best[3], False, table  # (the lead's name may open a word sooner: told)
        if _clear(texts[: len(table.lines)], best, CLEAR) and self._cells_read(best[2], cols, roles):
            return best[2], best[3], True, table
        table.content = True
        table.lines = lines
        share = min(WIDER, key=lambda share: table.read(table.wider(least, share))[0])
        best = self._ended(table, table.wider(least, share), BEAM, BEAM_CUTS)
        clear = _clear(texts[: len(table.lines)], best, CONTENT_CLEAR) and self._cells_read(
            best[2], cols, roles
        )
        clear = clear and not _name_may_open(table, best[2], cols.index("action"))
        return best[2], best[3], clear, table

    def _ended(self, table: NarrowTable, widths: list[float], beam: int, alts: int):
        """The table's lines read by `widths`, up to the line the table ends before (the
        report's text after it, read again without it by the same widths)."""
        best = table.read(widths, beam, alts)
        end = table.ends(best[2])
        if end is not None:
            table.lines = table.lines[:end]
            best = table.read(widths, beam, alts)
            if table.ends(best[2]) is not None or (best[2] and _broken_off(best[2][-1])):
                # (the lines cut off go on a cell the last row left unfinished: these widths
                # misread them as the report's text after the table)
                return (float("inf"), 0, [], [])
        return best

    def _cells_read(self, rows, cols: list[str], roles: CellShapes) -> bool:
        """Whether the cells read as their columns: every action opening with a capital, every
        lead with a name's capital, nearly every date as a date and status as a status word."""
        if not _dates_read(rows, roles):
            return False
        if self._shapes is None:
            self._shapes = _Shapes(self.p)
        parts = [part for row in rows for part in row.parts]
        a = cols.index("action")
        l = cols.index("lead") if "lead" in cols else None  # noqa: E741
        for part in parts:
            if not part[a] or not _OPENS.match(part[a][0]):
                return False
            if any(_lower_after_end(cell) for cell in part) or _fragment_after_end(part[a]):
                return False
            lead = part[l] if l is not None else []
            if any(self._shapes.date_shape(w) or _opens_date(w, roles) for w in lead if w[:1].isupper()):
                return False  # (a lead holds no month, nor a date's first word: "Police End of")
            if l is not None and not lead:
                return False  # (every action has someone to lead it: an empty lead's words went elsewhere)
            if lead and (
                not _OPENS.match(lead[0])
                or lead[-1][:1].islower()
                or any(_YEAR.match(w) for w in lead)
                or roles.carry(l, " ".join(lead))
            ):
                return False  # (a lead names a body or a role: "Head of Housing", not "Manager homes")
        ended = sum(part[a][-1].endswith(SENTENCE_ENDS) for part in parts)
        if SENTENCES_CLOSE * len(parts) <= ended < len(parts):
            return False  # (a plan ends its actions alike: one stopping mid-sentence was cut short)
        if "status" in cols:
            s = cols.index("status")
            cells = [" ".join(part[s]) for part in parts if part[s]]
            read = sum(bool(self._shapes.status_rx.match(cell)) for cell in cells)
            if read < STATUS_READ * len(cells) or any(roles.status_goes_on(cell) for cell in cells):
                return False
        if "target_date" in cols:
            d = cols.index("target_date")
            if not all(roles.date_cell(" ".join(part[d])) for part in parts if part[d]):
                return False  # (every date cell reads as a date: "June 2024 Complete" holds the next cell's words)
            for part in parts:
                if not part[d] or _YEAR.match(part[d][0]):
                    return False  # (a date cut in two, "June" beside the action and "2025" here)
                if _years_over(part[d], self.p):
                    return False  # (a year no date holds: "March 2022 2022." holds the next cell's year)
                whole = " ".join(part[d]).lower().strip(" .")
                if part[d][0].lower() in roles.no_date and whole not in roles.no_date:
                    return False  # (a no-date word with more words: "Complete 2025" is a status and a year)
                if _awaits_year(" ".join(part[d]), self.p) and any(
                    _YEAR.match(w.strip(",;")) for c, cell in enumerate(part) if c != d for w in cell
                ):
                    return (
                        False  # (a month without its year beside a cell holding one: "End of May" / "2025")
                    )
                others = " ".join(w for c, cell in enumerate(part) if c not in (a, d) for w in cell)
                if not part[d] and find_dates(others, self.p):
                    return False  # (a row's date cut into the cell beside its empty date cell)
        return True
