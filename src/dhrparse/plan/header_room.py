"""The room each column of a plan table has, told by its header's names as printed with the
cells of each line joined (pdfplumber's text: "Recommendation Scope of Action to take Lead
Agency Key milestones Target Date Date of completion" / "recommend achieved in enacting and
Outcome" / "ation recommendation").

A header cell wraps its name at its column's width like any other cell, and its names are
known words: so the header's printed lines, cut into their columns' pieces, bound each
column's width. A piece is no wider than its column (the column is at least its widest
piece), and a name carried on to the next line did not fit: the column is narrower than a
piece with the next piece's first word, or, where the name broke inside a word
("recommend" / "ation"), with that word's next letter.

The first line holds the first piece of every column's name, each opening with a capital;
each later line the next pieces of the names still going on (a cell's lines start at its
top, so a name that stopped prints nothing below). Every cut of the lines that way whose
names read as their columns' (`ColumnMap.field_of`) and whose bounds agree is tried; each
column's room is then the widest the cuts allow: the least of its lower bounds and the most
of its upper ones. A header cut no way, or in too many, tells nothing (None).

`room_agrees` asks whether a reading of the table's rows (its columns' lines, as
`joined_cells.wrap_room` gives them) fits that room. The header is often set in bold, wider
than the regular face the widths are measured in, so a reading's line may run past the
header's upper bound by `BOLD` before it disagrees.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import combinations
from typing import TYPE_CHECKING

import regex

from dhrparse.vocab.type_widths import Face, faces

if TYPE_CHECKING:
    from dhrparse.plan.tables import ColumnMap

NEVER = float("inf")
MAX_LINES = 6  # the most printed lines a header's names run over
MAX_CUTS = 50000  # the most cuts of a header's lines tried before it is taken to tell nothing
OVER = 1.02  # a piece may run this much past its column (kerning, rounding)
BOLD = 1.15  # a header set in bold is so much wider than its words measured in the regular face
_OPENS = regex.compile(r"^[\p{Lu}\d(]")
_LETTERS = regex.compile(r"[^a-z]")


def header_lines(texts: list[str], cm: ColumnMap) -> list[str]:
    """The header's printed lines among a table's first lines: its first line and the lines
    after it its names carry on over (each of header words or words broken inside, opening
    with a small letter), up to the first that is neither."""
    out = texts[:1]
    for text in texts[1:MAX_LINES]:
        words = text.split()
        if not words or _OPENS.match(words[0]):
            break
        out.append(text)
    return out


def _word(token: str) -> str:
    return _LETTERS.sub("", token.lower())


class _Cutter:
    def __init__(self, lines: list[list[str]], fields: list[str], cm: ColumnMap, face: Face):
        self.lines, self.fields, self.cm, self.face = lines, fields, cm, face
        self.k = len(fields)
        self.found: list[tuple[int, list[tuple[float, float]]]] = []  # (names read exactly, bounds)
        self.prefixes = cm.word_prefixes
        self.tried = 0
        # (a header's few words are cut every way: each piece, pair and run asked of again and again)
        self._widths: dict[tuple[str, ...], float] = {}
        self._brokens: dict[tuple[str, str], bool] = {}
        self._headers: dict[tuple[str, ...], bool] = {}

    def width(self, words: list[str]) -> float:
        key = tuple(words)
        known = self._widths.get(key)
        if known is None:
            known = self._widths[key] = self.face.words_width(words)
        return known

    def run(self) -> bool:
        first = self.lines[0]
        places = [a for a in range(1, len(first)) if _OPENS.match(first[a])]
        for cut in combinations(places, self.k - 1):
            bounds = [0, *cut, len(first)]
            pieces = [first[a:b] for a, b in zip(bounds, bounds[1:])]
            if not self._first_pieces_fit(pieces):
                continue
            self._carry(1, [[p] for p in pieces])
            if self.tried > MAX_CUTS:
                return False
        return True

    def _first_pieces_fit(self, pieces: list[list[str]]) -> bool:
        """Whether the first line's pieces can open the names: header words each, and none naming
        another column's field (that would be no cut of the names)."""
        return all(self._header_words(p) for p in pieces) and all(
            self.cm.field_of(" ".join(p)) in (None, f) for p, f in zip(pieces, self.fields)
        )

    def _carry(self, n: int, names: list[list[list[str]]]) -> None:
        """Cut line n's words among the names still going on (those with a piece on line n - 1)."""
        self.tried += 1
        if self.tried > MAX_CUTS:
            return
        if n == len(self.lines):
            self._close(names)
            return
        going = [c for c in range(self.k) if len(names[c]) == n]
        words = self.lines[n]
        self._share(n, words, 0, going, names)

    def _share(self, n: int, words: list[str], a: int, going: list[int], names) -> None:
        if a == len(words):
            self._carry(n + 1, names)
            return
        for g, c in enumerate(going):
            for b in range(a + 1, len(words) + 1):
                piece = words[a:b]
                if not self._may_carry(names[c], piece):
                    continue
                grown = list(names)
                grown[c] = [*names[c], piece]
                self._share(n, words, b, going[g + 1 :], grown)
                if self.tried > MAX_CUTS:
                    return

    def _may_carry(self, pieces: list[list[str]], piece: list[str]) -> bool:
        """Whether a name's pieces may go on with `piece`: its words header words (but a
        word broken inside), and the column's bounds agreeing."""
        rest = piece[1:] if self._broken(pieces[-1][-1], piece[0]) else piece
        if not self._header_words(rest):
            return False
        lo, hi = self._bounds([*pieces, piece])
        return lo <= hi * OVER

    def _header_words(self, words: list[str]) -> bool:
        """Whether words are header words, the last maybe a word broken inside, its letters
        going on below ("Recommen")."""
        key = tuple(words)
        known = self._headers.get(key)
        if known is None:
            known = self._headers[key] = self._read_header_words(words)
        return known

    def _read_header_words(self, words: list[str]) -> bool:
        if words and _word(words[-1]) in self.prefixes and not self.cm.is_header_words(words[-1]):
            words = words[:-1]
        return not words or self.cm.is_header_words(" ".join(words))

    def _bounds(self, pieces: list[list[str]]) -> tuple[float, float]:
        """(the widest piece, the narrowest piece with the next one's first word or letter)."""
        lo, hi = 0.0, NEVER
        for p, piece in enumerate(pieces):
            lo = max(lo, self.width(piece))
            if p + 1 < len(pieces):
                nxt = pieces[p + 1][0]
                if self._broken(piece[-1], nxt):
                    # (a word too long for its column breaks where its letters run out)
                    hi = min(hi, self.width(piece) + self.face.width(nxt[0]))
                else:
                    hi = min(hi, self.width(piece) + self.face.space + self.face.width(nxt))
        return lo, hi

    def _close(self, names: list[list[list[str]]]) -> None:
        """Keep the bounds of a whole cut, where its names read as their columns and each
        column's bounds agree."""
        room, exact = [], 0
        for c, pieces in enumerate(names):
            lo, hi = self._bounds(pieces)
            text = " ".join(_whole(self, pieces))
            if self.cm.field_of(text) != self.fields[c] or lo > hi * OVER:
                return
            exact += self.cm.names_exactly(text)
            room.append((lo, hi))
        self.found.append((exact, room))

    def _broken(self, last: str, nxt: str) -> bool:
        """Whether `nxt` carries on the word `last` broke inside ("recommend" / "ation")."""
        if not nxt[:1].islower():
            return False
        known = self._brokens.get((last, nxt))
        if known is None:
            known = self._brokens[last, nxt] = self._broken_inside(last, nxt)
        return known

    def _broken_inside(self, last: str, nxt: str) -> bool:
        joined = _word(last + nxt)
        return joined in self.cm.vocabulary and not (
            _word(last) in self.cm.vocabulary and _word(nxt) in self.cm.vocabulary
        )


def header_room(
    texts: list[str], fields: list[str], cm: ColumnMap, face: Face
) -> list[tuple[float, float]] | None:
    """Per column, (the least, the most) width the header's printed lines allow it in this
    face, over every cut of them that reads; None when no cut reads or too many are tried."""
    lines = [t.split() for t in texts]
    if not lines or not lines[0] or len(lines[0]) < len(fields) or len(lines) > MAX_LINES:
        return None
    cutter = _Cutter(lines, fields, cm, face)
    if not cutter.run() or not cutter.found:
        return None
    # (of the cuts that read, those naming the most columns exactly as the plans name them)
    most = max(exact for exact, _ in cutter.found)
    rooms = [room for exact, room in cutter.found if exact == most]
    return [
        (min(room[c][0] for room in rooms), max(room[c][1] for room in rooms)) for c in range(len(fields))
    ]


def room_agrees(reading: list[tuple[float, float]], room: list[tuple[float, float]]) -> bool:
    """Whether a reading's columns, each (its widest line, the narrowest line it wrapped with
    the next line's first word), fit the header's room: no line wider than the most the
    header allows its column (bold allowed for). (A reading's narrowest wrap is not asked
    against the header's widest piece: a cell's own line break, "Kelverby" / "Police", wraps
    no wider than it must.)"""
    return all(lo <= h_hi * BOLD * OVER for (lo, _), (_, h_hi) in zip(reading, room))


class _Namer(_Cutter):
    """A cut of the header's printed lines that does not know its columns' fields beforehand:
    every name the cut makes must name a field, and two columns side by side never the same
    one (a name cut in two, "Target" | "Date")."""

    def __init__(self, lines: list[list[str]], cm: ColumnMap, face: Face, k: int):
        super().__init__(lines, [""] * k, cm, face)
        self.named: list[tuple[int, tuple[str, ...]]] = []  # (names read exactly, fields)
        self.synonyms = cm.sorted_names

    def _starts_name(self, pieces: list[list[str]]) -> bool:
        """Whether a name's pieces so far are the start of a column name as plans write it."""
        text = " ".join(_whole(self, pieces)).lower()
        at = bisect_left(self.synonyms, text)
        return at < len(self.synonyms) and self.synonyms[at].startswith(text)

    def _may_carry(self, pieces: list[list[str]], piece: list[str]) -> bool:
        return self._starts_name([*pieces, piece]) and super()._may_carry(pieces, piece)

    def _first_pieces_fit(self, pieces: list[list[str]]) -> bool:
        return all(self._header_words(p) and self._starts_name([p]) for p in pieces)

    def _close(self, names: list[list[list[str]]]) -> None:
        fields, exact = [], 0
        for pieces in names:
            lo, hi = self._bounds(pieces)
            text = " ".join(_whole(self, pieces))
            field = self.cm.field_of(text)
            if field is None or lo > hi * OVER or (fields and fields[-1] == field):
                return
            exact += self.cm.names_exactly(text)
            fields.append(field)
        self.named.append((exact, tuple(fields)))


def _whole(cutter: _Cutter, pieces: list[list[str]]) -> list[str]:
    """A name's words, its pieces joined again where a word broke between them."""
    whole: list[str] = []
    for piece in pieces:
        if whole and cutter._broken(whole[-1], piece[0]):
            whole[-1] += piece[0]
            whole += piece[1:]
        else:
            whole += piece
    return whole


MIN_NAMED = 4  # columns a header whose names wrap over its lines must name to be read so
MAX_NAMED = 9


def wrapped_names(texts: list[str], cm: ColumnMap) -> list[str] | None:
    """The fields of a header whose names wrap over several printed lines, the cells of each
    line joined ("Recommendation Scope of Action to Lead Key Target Date Date of" / "recommend
    take Agency milestones completion" / "ation achieved in and" / ...): the columns' names cut
    out of the lines as `header_room` cuts them, in any typeface. Only the reading that names
    the most columns exactly is taken, and only when no other reading as good names other
    fields (None: the header is not told)."""
    lines = [t.split() for t in texts]
    if len(lines) < 2 or len(lines) > MAX_LINES or not lines[0]:
        return None
    first = lines[0]
    places = sum(1 for w in first[1:] if _OPENS.match(w))
    named: set[tuple[int, tuple[str, ...]]] = set()
    for name in faces():
        for k in range(MIN_NAMED, min(places + 1, MAX_NAMED) + 1):
            namer = _Namer(lines, cm, Face(name), k)
            if not namer.run():
                return None
            named.update(namer.named)
    if not named:
        return None
    most = max(exact for exact, _ in named)
    best = {fields for exact, fields in named if exact == most}
    return list(next(iter(best))) if len(best) == 1 else None
