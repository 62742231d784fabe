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

from dhrparse.extractors.chronology.cell_costs import (
    ACRONYM,
    NOT_WRAPPED,
    CellCosts,
    Part,
    fits_of,
    piece_width,
)
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.extractors.chronology.wrapped_cells import opens_cell

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


class JoinedCells(CellCosts):
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
        self._pieces: dict = {}
        self._runs: dict = {}
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
        return self._organisation_word(word) or ACRONYM.fullmatch(word) is not None

    def _decode(
        self, row: list[list[str]], widths: tuple[int, ...], allowed=None
    ) -> tuple[float, list[Part]] | None:
        """The cheapest reading of the row's lines (Viterbi over each line's ways of sharing out);
        `allowed(j, part)`, when given, keeps only the ways line j may share out."""
        layers = []
        for j, words in enumerate(row):
            parts = self._parts(tuple(words), j == 0, widths)
            if allowed is not None:
                parts = [p for p in parts if allowed(j, p)]
            if not parts:
                return None
            layers.append(parts)
        # (cost so far, the parts chosen) per part of the line before
        best = [(p.cost, [p]) for p in layers[0]]
        fits = fits_of(widths)
        for j in range(1, len(row)):
            nxt = self._step(best, row[j - 1], row[j], layers[j], fits)
            if not nxt:
                return None
            best = sorted(nxt, key=lambda o: o[0])[:_BEAM]
        last = row[-1]
        return min(
            ((cost + self._ends(last, parts[-1], frozenset()), parts) for cost, parts in best),
            key=lambda o: o[0],
        )

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
        widest = max((piece_width(" ".join(w)) for w in lines), default=1)
        runs = sorted(
            {
                piece_width(" ".join(w[a:b]))
                for w in lines
                for a in range(len(w))
                for b in range(a + 1, min(len(w), a + _RUN_WORDS) + 1)
            }
        )
        narrow = _spread(runs)
        suffixes = sorted({piece_width(" ".join(w[a:])) for w in lines for a in range(len(w))})
        wide = _spread(suffixes)
        # (the event column's width first from the rows' later lines, mostly its own words)
        later = [piece_width(" ".join(w)) for row in self.rows for w in row[1:]]
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
            return bounded if self._total(bounded) <= cost + NOT_WRAPPED else held
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
                        widest[c] = max(widest[c], piece_width(" ".join(words[a:b])))
        return tuple(min(w, widest[c]) if widest.get(c) else w for c, w in enumerate(widths))


def _spread(values: list[int], most: int = _CANDIDATES) -> list[int]:
    """At most `most` of the values, evenly spread (the widest always among them)."""
    if len(values) <= most:
        return values
    step = (len(values) - 1) / (most - 1)
    return sorted({values[round(k * step)] for k in range(most)})
