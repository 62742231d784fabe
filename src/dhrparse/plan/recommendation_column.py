"""The recommendation column of a wide plan table whose rows' numbers stand in a column of their
own ("Ref | Recommendation | Action | Lead | Target date | Progress"), in text taken out a
printed line at a time with each line's cells joined by single spaces.

The recommendation is the first text column, so every printed line of its cell opens the
printed line (after the row's number on the row's first line); where the cell's line ends on
it, nothing marks. Two things a printed cell always does tell it:

- a cell's line is followed by another line of the same cell only when the cell's next word
  did not fit on it: each line but the last is wider than the column less that next word;
- a plan writes each recommendation as a sentence: the cell's last line ends one.

So, for a column width tried, each row's cell can be cut only a few ways; the widths tried
are those of the lines' openings, in each typeface the report may be set in. The cells are
given only when every width that reads every row one way alone reads them all the same: a
table any two widths read differently is left to the other readers (a wrong recommendation
is worse than none).
"""

from __future__ import annotations

import regex

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
            if any(len(w) > 1 for w in ways):
                return None
            found.add(tuple(w[0] for w in ways))
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
            if i == a and k < len(line) and not _OPENS.match(line[k]):
                continue  # (every cell a row's first line prints opens there, with a capital)
            if line[k - 1].endswith(SENTENCE_ENDS):
                out.append(here)
            # (the cell goes on below only if the next line's first word did not fit here)
            if i + 1 < b and words[i + 1] and w + sp + width(i + 1, 0, 1) > room:
                walk(i + 1, here)

    walk(a, ())
    return out
