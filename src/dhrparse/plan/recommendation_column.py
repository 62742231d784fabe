"""The recommendation column of a wide plan table whose rows' numbers stand in a column of their
own ("Ref | Recommendation | Action | Lead | Target date | Progress"), in text taken out a
printed line at a time with each line's cells joined by single spaces.

The recommendation is the first text column, so every printed line of its cell opens the
printed line (after the row's number on the row's first line); where the cell's line ends on
it, nothing marks. Two things a printed cell always does tell it:

- a cell's line is followed by another line of the same cell only when the cell's next word
  did not fit on it: each line but the last is wider than the column less that next word;
- a plan writes each recommendation as a sentence: the cell's last line ends one.

So, for a column width tried, each row's cell can be cut only a few ways: every cell a row's
first line prints opens there with a capital (the action's at least, after the
recommendation's); a line's other words ending on a joining word ("to", "the") go on below
beside the recommendation's next line; of cuts ending the cell on different lines, the first
sentence's end is taken; words a fuller line would take that open with a capital or a digit
are the next column's ("March" / "2025"). The width taken is the narrowest that reads every
row (wider ones let a line take the next column's words), in every typeface the report may be
set in. The cells are given only when each row reads one way at it, no other reading holds at
widths a little wider, and the typefaces agree: any other table is left to the other readers
(a wrong recommendation is worse than none).
"""

from __future__ import annotations

import regex

from dhrparse.plan.wrapping import JOINING_WORDS
from dhrparse.vocab.type_widths import Face, faces

# a row's number in its own column: "3", "4.", "2.1", "R5", "A1"
REF = regex.compile(r"^(?P<code>[A-Z]{0,3})(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})\.?$")
_OPENS = regex.compile(r"^[\p{Lu}\d(‘“'\"]")
SENTENCE_ENDS = (".", "!", "?", ".)", ".”", ".’")
MIN_ROWS = 2  # fewer rows give too few lines to tell the column's width
MAX_READINGS = 8  # the ways one row's cell may be cut at one width, beyond which it is unclear
OVER = 1.0005  # (rounding: a line as wide as the width tried fits it)
CLEAR_OF = 1.5  # no other reading of the rows may hold up to this much wider than the narrowest


def row_starts(texts: list[str]) -> list[int] | None:
    """The printed lines that open the rows: the first line, and every line opening with the
    next number in the same series ("1", "2", ... or "R1", "R2"; "2.1" after "1.3"), the
    recommendation's first word after it opening with a capital. None when the first line
    opens no row or fewer than two rows open."""
    out: list[int] = []
    last: tuple[str, tuple[int, ...]] | None = None
    for i, text in enumerate(texts):
        key = _opening(text)
        if key is None or (last is not None and not _follows(last, key)):
            if not out:
                return None
            continue
        out.append(i)
        last = key
    return out if len(out) >= MIN_ROWS else None


def _opening(text: str) -> tuple[str, tuple[int, ...]] | None:
    words = text.split()
    if len(words) < 2 or not _OPENS.match(words[1]):
        return None
    m = REF.match(words[0])
    if m is None:
        return None
    return m["code"], tuple(int(n) for n in m["num"].split("."))


def _follows(last: tuple[str, tuple[int, ...]], key: tuple[str, tuple[int, ...]]) -> bool:
    (code, nums), (code2, nums2) = last, key
    if code != code2 or len(nums) != len(nums2):
        return False
    if nums2[0] == nums[0] + 1:
        return all(n == 1 for n in nums2[1:])
    return nums2[:-1] == nums[:-1] and nums2[-1] == nums[-1] + 1


def recommendation_cells(texts: list[str]) -> list[tuple[int, str, list[int]]] | None:
    """Each row's (first printed line, number, [words its recommendation cell takes from each
    of the row's printed lines, from the first]); None when the rows or their cells are not
    read one way alone."""
    starts = row_starts(texts)
    if starts is None:
        return None
    words = [t.split() for t in texts]
    rows = [(a, b) for a, b in zip(starts, [*starts[1:], len(texts)])]
    found: set[tuple] = set()
    for name in faces():
        face = Face(name)
        width, sp = _Widths(words, face).width, face.space
        tried: set[float] = set()
        for a, b in rows:
            for i in range(a, b):
                first = 1 if i == a else 0
                for k in range(first + 1, len(words[i]) + 1):
                    tried.add(round(width(i, first, k), 6))
        # the narrowest width reading every row: wider ones let a line take the next column's
        # words (its last word ending a sentence by chance). It is taken only when no other
        # reading holds at any width up to so much wider, and no row reads two ways at it
        least = None
        for room in sorted(tried):
            if least is not None and room > least * CLEAR_OF:
                break
            ways = [_cuts(words, width, a, b, room * OVER, sp) for a, b in rows]
            if not all(ways):
                continue
            chosen = [_told(w, words, a) for w, (a, _) in zip(ways, rows)]
            if None in chosen:
                return None
            found.add(tuple(chosen))
            if len(found) > 1:
                return None
            least = least or room
    if len(found) != 1:
        return None
    (read,) = found
    return [(a, words[a][0], list(cut)) for (a, _), cut in zip(rows, read)]


class _Widths:
    """The printed lines' spans' widths in one typeface."""

    def __init__(self, words: list[list[str]], face: Face):
        self.sums = []
        for ws in words:
            s = [0.0]
            for w in ws:
                s.append(s[-1] + face.width(w))
            self.sums.append(s)
        self.space = face.space

    def width(self, i: int, a: int, b: int) -> float:
        return self.sums[i][b] - self.sums[i][a] + (b - a - 1) * self.space


def _told(ways: list[tuple[int, ...]], words: list[list[str]], first: int) -> tuple[int, ...] | None:
    """Of a row's cuts at one width, the one its cell was printed with; None when they are not
    told apart. Of cuts ending the cell on different lines, those ending it first; of those,
    cuts differing only in whether a line takes words that open with a capital or a digit ("... ask about" / "2025"): those are the next column's (a date's second line, a
    name's), the sentence carrying on below. Any other difference (a small word the next
    column's line may open with, "the") is not told."""
    if len(ways) > MAX_READINGS:
        return None  # (so many cuts hold that the cell's lines are not told)
    # (a cell ending on a later line has read on into the next columns' lines, to a word that
    # ends a sentence by chance: the cell ends at its first sentence's end that the widths allow)
    shortest = min(len(way) for way in ways)
    ways = [way for way in ways if len(way) == shortest]
    if len(ways) == 1:
        return ways[0]
    least = tuple(min(way[j] for way in ways) for j in range(len(ways[0])))
    if least not in ways:
        return None
    for way in ways:
        for j, (k, low) in enumerate(zip(way, least)):
            at = 1 if j == 0 else 0
            if not all(_OPENS.match(word) for word in words[first + j][at + low : at + k]):
                return None
    return least


def _cuts(words, width, a: int, b: int, room: float, sp: float) -> list[tuple[int, ...]]:
    """The ways the row on printed lines a..b-1 may have its recommendation cell cut at this
    column width: the words it takes from each line, from the first."""
    out: list[tuple[int, ...]] = []

    def walk(i: int, taken: tuple[int, ...]) -> None:
        if len(out) > MAX_READINGS:
            return
        first = 1 if i == a else 0
        line = words[i]
        for k in range(first + 1, len(line) + 1):
            w = width(i, first, k)
            if w > room:
                break
            here = (*taken, k - first)
            if i == a and (k == len(line) or not _OPENS.match(line[k])):
                # (every cell a row's first line prints opens there, with a capital: the
                # action's at least, after the recommendation's)
                continue
            if line[k - 1].endswith(SENTENCE_ENDS):
                out.append(here)
            # (the cell goes on below only if the next line's first word did not fit here)
            if i + 1 < b and words[i + 1] and w + sp + width(i + 1, 0, 1) > room:
                walk(i + 1, here)

    walk(a, ())
    return [way for way in out if not _left_dangling(words, a, b, way)]


def _left_dangling(words, a: int, b: int, way: tuple[int, ...]) -> bool:
    """Whether a cut leaves the words after the recommendation's line ending on a joining word
    ("at", "the") with nothing after the recommendation's words on the printed line below:
    the next columns' cell left so goes on below ("... to" / "the call script"), and no
    line carries it on (the word is the recommendation's, its line filled)."""
    for j in range(b - a):
        line = words[a + j]
        at = 1 if j == 0 else 0
        taken = at + way[j] if j < len(way) else 0
        if taken >= len(line) or line[-1].lower() not in JOINING_WORDS:
            continue
        below = a + j + 1
        if below >= b:
            return True
        taken_below = way[j + 1] if j + 1 < len(way) else 0
        if taken_below >= len(words[below]):
            return True
    return False
