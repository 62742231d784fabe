"""A table row's cells when a text extraction printed each line of the table with its cells
joined by single spaces: every printed line holds the next printed line of every cell still
running, in column order ("May–June 2020 Children's social Child and family assessment." over
"care Closed with advice.").

Which words are whose is told by the word wrap, the way a word processor fills a column: a cell's
line is never wider than its column, and a cell's line that is followed by another would not have
taken the next line's first word (it would not have fitted). The columns' widths are not printed;
they are the widths under which the table's rows read most consistently (coordinate search over
the widths the rows' own word runs print at). Line widths are measured in a common sans face's
glyph widths (wrapped_cells.printed_width), so a tolerance allows for the face the report used.

A cell opens with a capital, a digit or a bracket (a name, a sentence); a narrow cell may be
empty on a row (no time of day recorded), the event cell may not."""

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
_NOT_WRAPPED = 1.0  # the cost of a line break the word wrap would not have made
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
# the readings of a row's lines so far kept at each line, the cheapest (a table of four columns
# or more shares a line out in too many ways to carry every one to the line below)
_BEAM = 20
_COLUMNS = 3
_UNREAD = 50.0  # the cost of a row no reading fits
_RUN_WORDS = 6  # the longest word run measured as a narrow column's piece
_CANDIDATES = 24  # widths tried per column
_SAMPLE_ROWS = 20  # rows weighed when the widths are searched
# widths tried per column when the search is run again from widths that fit the page (_fitted): a
# narrow column's width may lie in a narrow window ("Maternity Services" fits, "Pellworth
# Maternity" does not) that the coarser spread steps over
_FINE = 96
# the columns side by side may print this much wider than the page's widest line less the date's
# (a table may reach into the margins; its date column is wider than its widest date)
_ROOM = 1.1


# a cell holding only a dash: the table's mark for "nothing to say" (a comment column's "—" on a
# row the panel did not comment on), a whole cell though it opens with no capital
_NOTHING_MARK = frozenset({"—", "–", "-"})

# an acronym naming an agency or a meeting ("MAPPA", "MARAC", "CAMHS")
_ACRONYM = regex.compile(r"\p{Lu}{3,}")

# a lone capital initial, as a label's end ("Child M", "Adult K's"): "A" and "I" open sentences
_INITIAL = regex.compile(r"[B-HJ-Z](?:['’]s)?[.,;:]?$")


@lru_cache(maxsize=4096)
def _width(text: str) -> int:
    return printed_width(text)


@dataclass(frozen=True)
class _Part:
    """One line's words shared out: (column, first word, word after the last) per piece."""

    pieces: tuple[tuple[int, int, int], ...]
    cost: float
    columns: frozenset[int] = frozenset()  # (the pieces' columns, set once: asked of in every link)

    def __post_init__(self):
        object.__setattr__(self, "columns", frozenset(c for c, _, _ in self.pieces))


class JoinedCells:
    """The columns (after the date's) of one table: `wide` is the event column's index."""

    def __init__(
        self,
        rows: list[list[list[str]]],
        prose: list[bool],
        wide: int,
        organisation: frozenset[str] = frozenset(),
        openers: frozenset[str] = frozenset(),
        dangling: frozenset[str] = frozenset(),
        room: int | None = None,
        late_names: frozenset[str] = frozenset(),
    ):
        """`prose`: per column, whether its cells are sentences (the event's, a comment's) rather
        than names (an agency's, a source's, a time); `organisation`: the words an organisation's
        name is made of ("police", "practice", "service"), small; `openers`: the words that open
        a sentence and end no name ("the", "this", "her"), small."""
        self.rows, self.ncols, self.wide, self.prose = rows, len(prose), wide, prose
        self.organisation, self.openers, self.dangling = organisation, openers, dangling
        self.late_names = late_names  # name-ending words weighed only once the widths are found
        self._links: dict = {}
        self.room = room  # the page's width less the date column's, when known
        # (the widths are searched on the word wrap's evidence and the cells' openings alone; a
        # label split over two cells, "GP The" or "Child" / "M was born", only tells apart the
        # readings of a row under the widths found)
        self._labels = False
        self.widths = self._search()
        self._labels = True

    # reading one row -----------------------------------------------------------------------------
    def cells(self, row: list[list[str]]) -> list[str] | None:
        """The row's cells' texts, or None when no reading fits its lines."""
        self._links = {}  # (kept by the lines' identity: only the search's rows live on)
        name_col, lone = self._name_lines(row)
        if lone:
            row = [words for j, words in enumerate(row) if j not in lone]
        best = self._decode(row, self.widths)
        if best is None:
            return None
        texts: list[list[str]] = [[] for _ in range(self.ncols)]
        for words, part in zip(row, best[1]):
            for c, a, b in part.pieces:
                texts[c].extend(words[a:b])
        if lone and name_col is not None and texts[name_col]:
            texts[name_col].extend(w for j in sorted(lone) for w in lone[j])
        return [" ".join(t) for t in texts]

    def _name_lines(self, row: list[list[str]]) -> tuple[int | None, dict[int, list[str]]]:
        """The row's lines that print only the rest of its agency's name ("Corrowby" over "MAPPA"),
        by line: where the event's cell sets a space between its paragraphs, the export prints
        the name's wrapped word on a line of its own between them. Such a line is one word, an
        organisation's or an acronym's, after an event line that ended its sentence and before
        one that opens the next (a line of words: a name's last lines, "Refuge" over "Network",
        print below the event's end one word a line, and are read as the name's by the wrap);
        and the table has one name column before the event's, whose cell it finishes."""
        names = [c for c in range(self.wide) if not self.prose[c]]
        if len(names) != 1:
            return None, {}
        lone = {
            j: row[j]
            for j in range(1, len(row) - 1)
            if len(row[j]) == 1
            and self._name_word(row[j][0])
            and SENTENCE_END.search(row[j - 1][-1])
            and len(row[j + 1]) > 1
            and opens_cell(row[j + 1][0])
        }
        return names[0], lone

    def _name_word(self, word: str) -> bool:
        return self._organisation_word(word) or _ACRONYM.fullmatch(word) is not None

    def _decode(self, row: list[list[str]], widths: tuple[int, ...]) -> tuple[float, list[_Part]] | None:
        """The cheapest reading of the row's lines (Viterbi over each line's ways of sharing out)."""
        layers = []
        for j, words in enumerate(row):
            parts = self._parts(tuple(words), j == 0, widths)
            if not parts:
                return None
            layers.append(parts)
        # (cost so far, the parts chosen) per part of the line before
        best = [(p.cost, [p]) for p in layers[0]]
        for j in range(1, len(row)):
            nxt = []
            for part in layers[j]:
                options = [
                    (cost + part.cost + self._link(row[j - 1], prev[-1], row[j], part, widths), prev)
                    for cost, prev in best
                    if part.columns <= prev[-1].columns
                ]
                if options:
                    cost, prev = min(options, key=lambda o: o[0])
                    nxt.append((cost, [*prev, part]))
            if not nxt:
                return None
            best = sorted(nxt, key=lambda o: o[0])[:_BEAM]
        last = row[-1]
        return min(
            ((cost + self._ends(last, parts[-1], frozenset()), parts) for cost, parts in best),
            key=lambda o: o[0],
        )

    def _link(self, above: list[str], up: _Part, below: list[str], down: _Part, widths) -> float:
        """The cost of the word wrap between two lines: a running cell's line above would have
        taken the first word of its line below."""
        key = (id(above), id(below), up.pieces, down.pieces)
        known = self._links.get(key)
        if known is None:
            known = self._links[key] = self._link_apart(above, up, below, down)
        fixed, reaches = known
        return fixed + sum(_NOT_WRAPPED for c, width in reaches if width <= widths[c] * _FIT)

    def _link_apart(self, above: list[str], up: _Part, below: list[str], down: _Part):
        """The link's cost the columns' widths leave alone, and per running cell the width its
        line above would print at with the first word of its line below (the width search asks
        of the same two lines under many widths)."""
        ends = {c: (a, b) for c, a, b in up.pieces}
        cost = 0.0
        reaches = []
        for c, a, b in down.pieces:
            a0, b0 = ends[c]
            reaches.append((c, _width(" ".join([*above[a0:b0], below[a]]))))
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

    def _ends(self, words: list[str], part: _Part, going_on: frozenset[int]) -> float:
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

    def _parts(self, words: tuple[str, ...], first: bool, widths: tuple[int, ...]) -> list[_Part]:
        """Every way the line's words share out among the columns in order, each piece within its
        column's width; on a row's first line a narrow cell may be empty."""
        out: list[_Part] = []
        n = len(words)

        def walk(c: int, at: int, pieces: list[tuple[int, int, int]], cost: float) -> None:
            if at == n:
                if pieces and (not first or any(col == self.wide for col, _, _ in pieces)):
                    skipped = sum(self._empty(k) for k in range(c, self.ncols)) if first else 0.0
                    out.append(_Part(tuple(pieces), cost + skipped))
                return
            if c >= self.ncols:
                return
            limit = widths[c] * _OVER
            for b in range(at + 1, n + 1):
                if _width(" ".join(words[at:b])) > limit:
                    break
                walk(c + 1, b, [*pieces, (c, at, b)], cost + self._piece_cost(words, c, at, b, first))
            if first and c != self.wide:
                walk(c + 1, at, pieces, cost + self._empty(c))  # (the cell is empty on this row)
            elif not first:
                walk(c + 1, at, pieces, cost)  # (the cell ended on a line above)

        walk(0, 0, [], 0.0)
        return out

    def _piece_cost(self, words: tuple[str, ...], c: int, a: int, b: int, first: bool) -> float:
        cost = 0.0
        if first and not opens_cell(words[a]) and not (b - a == 1 and words[a] in _NOTHING_MARK):
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

    # the columns' widths -------------------------------------------------------------------------
    def _total(self, widths: tuple[int, ...], bound: float = float("inf")) -> float:
        """The rows' readings' cost under the widths; once past `bound` (the best widths' so far),
        the rows left are not read: these widths lose whatever they cost."""
        total = 0.0
        for row in self.rows[:_SAMPLE_ROWS]:
            best = self._decode(row, widths)
            total += _UNREAD if best is None else best[0]
            if total > bound:
                break
        return total

    def _search(self) -> tuple[int, ...]:
        """Coordinate search: each column's width in turn, the others held, twice over."""
        lines = [words for row in self.rows for words in row]
        widest = max((_width(" ".join(w)) for w in lines), default=1)
        runs = sorted(
            {
                _width(" ".join(w[a:b]))
                for w in lines
                for a in range(len(w))
                for b in range(a + 1, min(len(w), a + _RUN_WORDS) + 1)
            }
        )
        narrow = _spread(runs)
        suffixes = sorted({_width(" ".join(w[a:])) for w in lines for a in range(len(w))})
        wide = _spread(suffixes)
        # (the event column's width first from the rows' later lines, mostly its own words)
        later = [_width(" ".join(w)) for row in self.rows for w in row[1:]]
        widths = [widest] * self.ncols
        widths[self.wide] = max(later, default=widest)
        # (twice over; a table of more columns than _COLUMNS once: each pass costs many more readings)
        for _ in range(2 if self.ncols <= _COLUMNS else 1):
            self._pass(widths, range(self.ncols), wide, narrow)
        notes = [c for c in range(self.ncols) if self.prose[c] and c != self.wide]
        room = self.room * _ROOM if self.room else None
        if room and notes and sum(widths) <= room:
            # (a comment column may be the table's widest, its analysis running on long after
            # the event's few lines: searched once more with the comments' widths among the
            # event's, from the comments taking the widest later lines, the cheaper kept)
            # (kept only where a comment column does come out wider than the event's: else the
            # first search's widths stand)
            long_notes = self._long_notes(notes, later, wide, narrow, room)
            wider = any(long_notes[c] > long_notes[self.wide] for c in notes)
            if wider and self._total(long_notes) < self._total(tuple(widths)):
                return long_notes
        if room and notes and sum(widths) > room:
            # (the columns side by side are no wider than the page: the comment columns' widths
            # once more, within the room the others leave them; unless the rows read so cost
            # more than a line break's evidence, when the other columns' widths are what is wrong)
            held, cost = tuple(widths), self._total(tuple(widths))
            self._pass(widths, notes, wide, narrow, room)
            bounded = self._tightened(tuple(widths), notes)
            return bounded if self._total(bounded) <= cost + _NOT_WRAPPED else held
        if room and not notes and sum(widths) > room:
            # (widths the page could not hold side by side: the search went astray from its start,
            # the name columns taken as wide as the event's longest lines; searched once more from
            # widths that fit, within the room, the cheaper reading of the two kept)
            fitted = self._fitted(room, _spread(suffixes, _FINE), _spread(runs, _FINE))
            if self._total(fitted) < self._total(tuple(widths)):
                return fitted
        return tuple(widths)

    def _long_notes(
        self, notes: list[int], later: list[int], wide: list[int], narrow: list[int], room: float
    ) -> tuple[int, ...]:
        widths = [min(narrow[len(narrow) // 2], int(room / 4))] * self.ncols
        for c in notes:
            widths[c] = int(min(max(later, default=room / 2), room / 2))
        widths[self.wide] = int(room - sum(w for c, w in enumerate(widths) if c != self.wide))
        for _ in range(2 if self.ncols <= _COLUMNS else 1):
            for c in range(self.ncols):
                self._pass(widths, [c], wide, wide if self.prose[c] else narrow, room)
        return tuple(widths)

    def _fitted(self, room: float, wide: list[int], narrow: list[int]) -> tuple[int, ...]:
        """The coordinate search from widths that fit the room (each name column a quarter of it,
        the event's the rest), every width kept within it."""
        widths = [int(room / 4)] * self.ncols
        widths[self.wide] = int(room - sum(w for c, w in enumerate(widths) if c != self.wide))
        for _ in range(2 if self.ncols <= _COLUMNS else 1):
            self._pass(widths, range(self.ncols), wide, narrow, room)
        return tuple(widths)

    def _pass(
        self, widths: list[int], order, wide: list[int], narrow: list[int], room: float | None = None
    ) -> None:
        """Each column's width in turn (in `order`), the others held (within `room` all told, if
        given)."""
        for c in order:
            tried = wide if c == self.wide else narrow
            if room is not None:
                left = room - sum(widths) + widths[c]
                tried = [w for w in tried if w <= left] or [widths[c]]
            scored = []
            # (the width held so far first: its cost bounds the others' early)
            for w in sorted(tried, key=lambda w, held=widths[c]: abs(w - held)):
                widths[c] = w
                bound = min(scored)[0] if scored else float("inf")
                scored.append((self._total(tuple(widths), bound), w))
            widths[c] = min(scored)[1]

    def _tightened(self, widths: tuple[int, ...], notes: list[int]) -> tuple[int, ...]:
        """The comment columns' widths (sentence cells beside the event's) brought in to the
        widest line their cells print at under them. A comment column whose cells seldom wrap
        (short notes) costs the search nothing however wide it is taken, and taken too wide it
        says that a note's next word would have fitted where it did not ("Low mood not followed"
        over "up"). The rows' readings cost no more so (their pieces still fit; fewer line ends
        are weighed as unwrapped)."""
        widest = dict.fromkeys(notes, 0)
        for row in self.rows[:_SAMPLE_ROWS]:
            best = self._decode(row, widths)
            for words, part in zip(row, best[1] if best else []):
                for c, a, b in part.pieces:
                    if c in widest:
                        widest[c] = max(widest[c], _width(" ".join(words[a:b])))
        return tuple(min(w, widest[c]) if widest.get(c) else w for c, w in enumerate(widths))


def _aside(words) -> bool:
    """The words open with a bracket that closes among them ("(nursing team) in it.")."""
    return bool(words) and words[0].startswith("(") and any(")" in w for w in words)


def _opened(words) -> bool:
    """The words open a bracket they do not close (the name goes on below)."""
    text = " ".join(words)
    return text.rfind("(") > text.rfind(")")


def _spread(values: list[int], most: int = _CANDIDATES) -> list[int]:
    """At most `most` of the values, evenly spread (the widest always among them)."""
    if len(values) <= most:
        return values
    step = (len(values) - 1) / (most - 1)
    return sorted({values[round(k * step)] for k in range(most)})
