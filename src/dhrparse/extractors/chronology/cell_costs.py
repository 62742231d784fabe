"""The costs a reading of a joined table row's lines weighs (joined_cells): how one printed line's
words are shared out among the columns (pieces), and how the word wrap links a running cell's
line to its line below. A cell's line is never wider than its column, a line followed by another
would not have taken the next line's first word; a name cell (an agency's) reads as a name, a
sentence cell (the event's, a comment's) as sentences."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.extractors.chronology.wrapped_cells import opens_cell, printed_width

_OVER = 1.04  # a piece may print this much wider than its column's width (the face is not known)
_FIT = 0.96  # the next word "would have fitted" only with this much to spare
_LOWER_OPENING = 1.0  # the cost of a cell that opens with a small letter
_EMPTY = 1.5  # the cost of a narrow cell left empty on a row
# the cost of a comment's cell left empty on a row, less than a name cell's (a panel often had
# nothing to say of a contact), and a little less than one line break the word wrap would not have
# made: a row with no comment otherwise ties with its event cut short and its words taken for a
# comment ("Ines and" / "Tobin met through"); no lower, since a table whose comment column is full
# is then read with its comments taken into the events (tests/test_chron_joined_comment_cells.py)
_EMPTY_NOTE = 0.9
_EMPTY_NOTE_SEARCHED = 1.0  # ... while the widths are searched
NOT_WRAPPED = 1.0  # the cost of a line break the word wrap would not have made
_NARROW_LINE = 0.05  # the cost of a narrow cell's line after its first (an event's words go on further)
_SENTENCE_IN_NARROW = 0.5  # the cost of a narrow cell's line ending a sentence (an agency's name ends none)
_TWO_NAMES = (
    0.3  # the cost of an event cell opening with two capitalised words (a name's end: the cell before's)
)
# the cost of a name cell's line ending with a word that opens sentences, never ends a name ("GP
# The" over "GP discussed": "The" opens the event's sentence)
_OPENER_ENDS_NAME = 0.5
# the cost of a sentence cell opening with a lone initial ("M was born": the label "Child M" is
# split, its first word taken into the name cell before)
_INITIAL_OPENING = 0.5
_OPEN_BRACKET = 1.0  # the cost of a name cell ending inside its bracket ("(Quenmoor" / "Homes)")
_STRAY_CLOSE = 0.5  # the cost of a sentence cell's line opening with a bracket's close it never opened
_SMALL_AFTER_STOP = 0.5  # the cost of a sentence cell's line opening small after a sentence's end
# the cost of a sentence cell's line going on with an organisation's word, capitalised, in the
# middle of its sentence ("Ines registers" over "Practice with the"): the word is the end of the
# agency's name in the column before, wrapped
_ORGANISATION_IN_PROSE = 1.0
_NAME_RUN = 3
# the cost of a sentence cell's line going on, mid-sentence, with an aside in brackets that closes on
# the line ("no food" over "(nursing team) in it."): beside a name column, the bracket is more often
# the name's qualifier wrapped onto its last line ("Community Health" over "(nursing team)")
_BRACKET_IN_PROSE = 0.3
# the cost of a sentence cell ending on a word that leaves its sentence open ("Grace and",
# "Ambulance called by", "to the"): the cell goes on below, or its words are another cell's
_DANGLING_END = 1.0  # the capitalised words of a wrapped name's rest weighed for an organisation's word


# a cell holding only a dash: the table's mark for "nothing to say" (a comment column's "—" on a
# row the panel did not comment on), a whole cell though it opens with no capital
NOTHING_MARK = frozenset({"—", "–", "-"})

# an acronym naming an agency or a meeting ("MAPPA", "MARAC", "CAMHS")
ACRONYM = regex.compile(r"\p{Lu}{3,}")

# a lone capital initial, as a label's end ("Child M", "Adult K's"): "A" and "I" open sentences
_INITIAL = regex.compile(r"[B-HJ-Z](?:['’]s)?[.,;:]?$")


@lru_cache(maxsize=4096)
def piece_width(text: str) -> int:
    return printed_width(text)


def fits_of(widths) -> list[float]:
    """Each column's width past which a line with the next word would not have fitted: a
    running cell's line that would have taken it was not wrapped there."""
    return [width * _FIT for width in widths]


@dataclass(frozen=True)
class Part:
    """One line's words shared out: (column, first word, word after the last) per piece."""

    pieces: tuple[tuple[int, int, int], ...]
    cost: float
    columns: frozenset[int] = frozenset()  # (the pieces' columns, set once: asked of in every link)

    def __post_init__(self):
        object.__setattr__(self, "columns", frozenset(c for c, _, _ in self.pieces))


class CellCosts:
    """The costs of one table's readings; the table's columns and word lists are JoinedCells'."""

    ncols: int
    wide: int
    prose: list[bool]
    organisation: frozenset[str]
    openers: frozenset[str]
    dangling: frozenset[str]
    late_names: frozenset[str]
    _links: dict
    _pieces: dict
    _runs: dict
    _labels: bool

    def _step(self, best: list, above: list[str], below: list[str], parts: list[Part], fits) -> list:
        """(cost so far, the parts chosen) per part of the line below that follows one of the
        readings kept so far (`best`, the cheapest of them; the first of equals): its cost is
        the reading's, the part's and the word wrap's between the two lines (a running cell's
        line above would have taken the first word of its line below). `fits`: each column's
        width times _FIT."""
        links = self._links_of(above, below)
        # (each kept reading's last part, asked of by every part below: looked at once)
        kept = [(cost, prev, prev[-1].columns, id(prev[-1].pieces)) for cost, prev in best]
        # (the readings a part may follow, by the part's columns: a line's parts share few sets of
        # columns, and a running cell's line below follows only a reading whose line above has it)
        following: dict[frozenset[int], list] = {}
        # (`best` as _decode keeps it, cheapest first: a reading whose cost and the part's reach
        # the total chosen already cannot win, a link costing nothing below 0, nor can any after it)
        cheapest_first = all(a[0] <= b[0] for a, b in zip(best, best[1:]))
        nxt = []
        for part in parts:
            cols, own = part.columns, part.cost
            # (a part's pieces are interned (_interned): their identity names them)
            from_up = links.get(id(part.pieces))
            if from_up is None:
                from_up = links[id(part.pieces)] = {}
            ups = following.get(cols)
            if ups is None:
                ups = following[cols] = [k for k in kept if cols <= k[2]]
            chosen = None
            for cost, prev, _, up in ups:
                if cheapest_first and chosen is not None and cost + own >= chosen[0]:
                    break
                known = from_up.get(up)
                if known is None:
                    known = from_up[up] = self._link_apart(above, prev[-1], below, part)
                fixed, reaches = known
                extra = 0  # (summed as sum() would: from 0, in the pieces' order)
                for c, width in reaches:
                    if width <= fits[c]:
                        extra += NOT_WRAPPED
                total = cost + own + (fixed + extra)
                if chosen is None or total < chosen[0]:
                    chosen = (total, prev)
            if chosen is not None:
                nxt.append((chosen[0], [*chosen[1], part]))
        return nxt

    def _links_of(self, above: list[str], below: list[str]) -> dict:
        """The known links between two lines (the width search asks of the same two lines under
        many widths), by the lines' identity: the line below's part -> the line above's -> link."""
        key = (id(above), id(below))
        links = self._links.get(key)
        if links is None:
            links = self._links[key] = {}
        return links

    def _interned(self, pieces: tuple) -> tuple:
        """One tuple for each way of sharing out a line's words, so that its identity names it."""
        return self._pieces.setdefault(pieces, pieces)

    def _link_apart(self, above: list[str], up: Part, below: list[str], down: Part):
        """The link's cost the columns' widths leave alone, and per running cell the width its
        line above would print at with the first word of its line below (the width search asks
        of the same two lines under many widths)."""
        ends = {c: (a, b) for c, a, b in up.pieces}
        cost = 0.0
        reaches = []
        for c, a, b in down.pieces:
            a0, b0 = ends[c]
            reaches.append((c, piece_width(" ".join([*above[a0:b0], below[a]]))))
            if self.prose[c] and ")" in below[a] and "(" not in below[a]:
                cost += _STRAY_CLOSE
            # (a bracket aside: "(nursing team)" opens small too)
            if self.prose[c] and below[a].lstrip("(")[:1].islower() and SENTENCE_END.search(above[b0 - 1]):
                cost += _SMALL_AFTER_STOP
            if (
                self.prose[c]
                and self._organisation_run(below[a:b])
                and not SENTENCE_END.search(above[b0 - 1])
            ):
                cost += _ORGANISATION_IN_PROSE
            if self._labels and self.prose[c] and c > 0 and not self.prose[c - 1] and _aside(below[a:b]):
                cost += _BRACKET_IN_PROSE if not SENTENCE_END.search(above[b0 - 1]) else 0.0
        return cost + self._ends(above, up, down.columns), tuple(reaches)

    def _organisation_word(self, word: str) -> bool:
        bare = word.strip(".,;:()").lower()
        if bare in self.late_names:
            # (weighed in a row's reading under the widths found, not in their search: a word as
            # common in events as in names moves the widths the rows read best under)
            return self._labels and word[:1].isupper()
        return word[:1].isupper() and bare in self.organisation

    def _name_cut(self, words: tuple[str, ...], a: int) -> bool:
        """A sentence cell after a name's column opening on a row's first line with an
        organisation's word just after a name's word that is none ("Kestow" / "Police Ada rang"):
        the word is the agency's name's last ("Kestow Police"), not the event's first."""
        if a == 0 or not self._organisation_word(words[a]):
            return False
        before = words[a - 1]
        # (an acronym, "GP", "ED", is a whole agency's name; a sentence's end is no name's)
        return (
            before[:1].isupper()
            and not before.isupper()
            and not self._organisation_word(before)
            and not SENTENCE_END.search(before)
        )

    def _organisation_run(self, words: list[str]) -> bool:
        """The words open with a run of capitalised words ending an organisation's name
        ("Hospital", "General Hospital", "Maternity Services"): the rest of the agency's name,
        wrapped in the column before, not the event's sentence going on. While the widths are
        searched only the first word is weighed (a run tells apart a row's readings under the
        widths found; weighed in the search it may narrow the name column)."""
        if not self._labels:
            return bool(words) and self._organisation_word(words[0])
        for word in words[:_NAME_RUN]:
            if not word[:1].isupper():
                return False
            if self._organisation_word(word):
                return True
        return False

    def _ends(self, words: list[str], part: Part, going_on: frozenset[int]) -> float:
        """The cost of the name cells ending on this line inside a bracket they opened, and of
        the sentence cells ending on a word that leaves the sentence open."""
        cost = 0.0
        for c, a, b in part.pieces:
            if c in going_on:
                continue
            if not self.prose[c] and _opened(words[a:b]):
                cost += _OPEN_BRACKET
            elif self._labels and self.prose[c] and self._dangles(words[b - 1]):
                cost += _DANGLING_END
        return cost

    def _dangles(self, word: str) -> bool:
        """A sentence cell's last word that leaves its sentence open: a joining word ("and",
        "the", "by"), or a comma or semicolon after it. Weighed in a row's reading under the widths
        found, not in their search (like the labels, it tells apart readings, not widths)."""
        return word.endswith((",", ";")) or word.lower() in self.dangling

    def _empty(self, c: int) -> float:
        """The cost of column c's cell left empty on a row: a narrow name cell is seldom empty,
        a comment beside the event often is (the panel had nothing to say of that contact)."""
        # (not while the widths are searched: there an empty comment made cheap lets a wide name
        # column take the event's words and the event the comment's)
        if not self.prose[c]:
            return _EMPTY
        return _EMPTY_NOTE if self._labels else _EMPTY_NOTE_SEARCHED

    def _parts(self, words: tuple[str, ...], first: bool, widths: tuple[int, ...]) -> list[Part]:
        """Every way the line's words share out among the columns in order, each piece within its
        column's width; on a row's first line a narrow cell may be empty."""
        out: list[Part] = []
        n = len(words)
        # (the width search shares out the same line under many widths: its runs' widths and
        # pieces' costs are the same under each)
        runs, costs = self._runs.setdefault((words, first, self._labels), ({}, {}))

        def walk(c: int, at: int, pieces: list[tuple[int, int, int]], cost: float) -> None:
            if at == n:
                if pieces and (not first or any(col == self.wide for col, _, _ in pieces)):
                    skipped = sum(self._empty(k) for k in range(c, self.ncols)) if first else 0.0
                    out.append(Part(self._interned(tuple(pieces)), cost + skipped))
                return
            if c >= self.ncols:
                return
            limit = widths[c] * _OVER
            for b in range(at + 1, n + 1):
                width = runs.get((at, b))
                if width is None:
                    width = runs[(at, b)] = piece_width(" ".join(words[at:b]))
                if width > limit:
                    break
                add = costs.get((c, at, b))
                if add is None:
                    add = costs[(c, at, b)] = self._piece_cost(words, c, at, b, first)
                walk(c + 1, b, [*pieces, (c, at, b)], cost + add)
            if first and c != self.wide:
                walk(c + 1, at, pieces, cost + self._empty(c))  # (the cell is empty on this row)
            elif not first:
                walk(c + 1, at, pieces, cost)  # (the cell ended on a line above)

        walk(0, 0, [], 0.0)
        return out

    def _piece_cost(self, words: tuple[str, ...], c: int, a: int, b: int, first: bool) -> float:
        cost = 0.0
        if first and not opens_cell(words[a]) and not (b - a == 1 and words[a] in NOTHING_MARK):
            cost += _LOWER_OPENING
        if not self.prose[c]:
            cost += 0.0 if first else _NARROW_LINE
            cost += _SENTENCE_IN_NARROW if SENTENCE_END.search(words[b - 1]) else 0.0
            cost += _OPENER_ENDS_NAME if self._labels and words[b - 1].lower() in self.openers else 0.0
            return cost
        if self._labels and first and c > 0 and not self.prose[c - 1] and self._name_cut(words, a):
            cost += _ORGANISATION_IN_PROSE
        if self._labels and first and _INITIAL.match(words[a]):
            cost += _INITIAL_OPENING
        elif (
            first
            and b - a > 1
            and opens_cell(words[a + 1])
            and words[a + 1][:1].isalpha()
            and not (self._labels and (words[a].lower() in self.openers or _INITIAL.match(words[a + 1])))
        ):
            # (not "The GP ...": a sentence's opening word, no name's end; nor "Child K ...": a
            # label with its initial)
            cost += _TWO_NAMES
        return cost


def _aside(words) -> bool:
    """The words open with a bracket that closes among them ("(nursing team) in it.")."""
    return bool(words) and words[0].startswith("(") and any(")" in w for w in words)


def _opened(words) -> bool:
    """The words open a bracket they do not close (the name goes on below)."""
    text = " ".join(words)
    return text.rfind("(") > text.rfind(")")
