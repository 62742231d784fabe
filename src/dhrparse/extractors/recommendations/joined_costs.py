"""What a reading of a recommendations table printed with its cells joined costs
(recommendations.joined_rows), line by line: each printed line's cuts into a name's cell and a
recommendation's within the columns' widths in one typeface, and the cost of each cut by what
the cells then hold (a line carried on though its next word fitted, a name's cell in lower case
or ending on no name's word, a row opening under an unended sentence)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhrparse.extractors.recommendations.agency_columns import ends_name
from dhrparse.extractors.recommendations.joined_layout import OPENS, Layout, Line
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.vocab.type_widths import Face

_SENTENCE_END = re.compile(r"[.;:!?][’”'\")]*$")
CONNECTORS = frozenset({"and", "of", "for", "the", "&", "in", "on", "at", "with", "to", "-", "–", "/"})
INF = float("inf")
OVER = 1.03  # a cell's line may run this much past its column's measure (kerning, rounding)
WRAP = 4.0  # a cell's line carried on below although its next word would have fitted on it
NAME_LOWER = 1.2  # a word in lower case in a name's cell (not a small word between its words)
NAME_LOWER_MOST = 3.6
NAME_UNENDED = 1.0  # a name's cell ending on no name's last word ("Brindlow and Tarrow")
INNER_CAPITAL = 0.5  # a recommendation's line carrying on its sentence with a capitalised word
UNENDED = 2.5  # a row opening below a recommendation whose line ended no sentence
NAME_ALONE = 1.0  # a name's line printed after its row's recommendation ended a line above
NO_NAME = 0.4  # a row with no name of its own (its agency's name printed on the row above)
ONE_WORD_OVER = 3.0  # one word wider than its column
LOWER_AFTER_END = 3.0  # a finding's word in lower case after a sentence's end
END_LINE = 2.0  # a printed line left out of the table below its rows


# ---- the cuts and their costs ------------------------------------------------------------------
class Measured:
    """The table's lines in one typeface: each word's width and each span's."""

    def __init__(self, lines: list[Line], face: Face):
        self.space = face.space
        self.sums: list[list[float]] = []
        for ln in lines:
            sums = [0.0]
            for w in ln.words:
                sums.append(sums[-1] + face.width(w))
            self.sums.append(sums)

    def width(self, i: int, a: int, b: int) -> float:
        if b <= a:
            return 0.0
        s = self.sums[i]
        return s[b] - s[a] + (b - a - 1) * self.space

    def word(self, i: int, a: int) -> float:
        s = self.sums[i]
        return s[a + 1] - s[a]


@dataclass(frozen=True)
class State:
    """A reading after a printed line: each text cell's last line width (None: the cell has
    ended), the last word of the name's cell while it is printed and of the recommendation's."""

    left: float | None
    right: float | None
    name_word: str | None
    rec_word: str | None
    in_row: bool
    prose: bool = False  # the other column holds a finding's prose, not a name (_Layout.prose)

    def key(self) -> tuple:
        r = lambda x: None if x is None else round(x, 1)  # noqa: E731
        return (r(self.left), r(self.right), self.name_word, self.rec_word, self.in_row)


def closing_cost(r: Reading, state: State, rec_word: str | None) -> float:
    """The cost of the row's cells ending here: a name that ends on no name's last word
    ("Brindlow and Tarrow" has more to come), a recommendation ending no sentence."""
    if not state.in_row:
        return 0.0
    cost = 0.0 if _name_ended(r, state) else NAME_UNENDED
    if rec_word is not None and not _SENTENCE_END.search(rec_word):
        cost += UNENDED
    return cost


def _name_ended(r: Reading, state: State) -> bool:
    """Whether the name's cell may end after its last word (a finding's prose, after a sentence's)."""
    if state.name_word is None:
        return True
    return bool(_SENTENCE_END.search(state.name_word)) if state.prose else ends_name(r, state.name_word)


def options(r: Reading, i: int, ln: Line, layout: Layout, m: Measured, widths, state: State):
    """(cost, left span, right span, opens a row, state after) of each way to cut line i."""
    n = len(ln.words)
    out = []
    if ln.start is not None:
        j, cut, _ = ln.start
        if layout.ref == "lead":
            cuts = [((1, s), (s, n)) for s in range(2, n + 1)]
        else:
            cuts = [((0, j), (cut, n))]
        for left, right in cuts:
            cost = _cells_cost(i, ln, layout, m, widths, left, right, None)
            if cost < INF:
                cost += closing_cost(r, state, state.rec_word) + _finding_carried(
                    i, ln, layout, m, widths, left, state
                )
                out.append((cost, left, right, True, _after(ln, layout, m, i, left, right, None)))
        return out
    for s in _cuts_within(i, n, m, widths):
        left, right = (0, s), (s, n)
        if state.in_row:  # the row's cells carried on
            cost = _cells_cost(i, ln, layout, m, widths, left, right, state)
            if cost < INF:
                name = (left, right)[1 - layout.rec]
                if name[1] <= name[0] and not _name_ended(r, state):
                    cost += NAME_UNENDED  # (the name's cell ends here)
                out.append((cost, left, right, False, _after(ln, layout, m, i, left, right, state)))
        if not layout.ref:  # a row opening with no number
            cost = _cells_cost(i, ln, layout, m, widths, left, right, None)
            if cost < INF:
                cost += closing_cost(r, state, state.rec_word)
                out.append((cost, left, right, True, _after(ln, layout, m, i, left, right, None)))
    return out


def _finding_carried(i: int, ln: Line, layout: Layout, m: Measured, widths, left, state: State) -> float:
    """A finding carried on beside the next recommendation of its cell ("... waiting list. R4 The
    Board ..."): its word went on this line only where it could not fit on the line above."""
    # (the finding's column is the left one: the row's number opens the recommendation's cell)
    if not layout.prose or layout.rec != 1 or left[1] <= left[0] or state.left is None:
        return 0.0
    if not ln.words[left[0]][:1].islower():
        return 0.0
    return WRAP if state.left + m.space + m.word(i, left[0]) <= widths.filled[0] else 0.0


def _cuts_within(i: int, n: int, m: Measured, widths) -> range:
    """The cuts of line i leaving each side within its column (one word may run over)."""
    lo = 0
    while lo < n - 1 and m.width(i, lo, n) > widths.room[1] * OVER:
        lo += 1
    hi = n
    while hi > 1 and m.width(i, 0, hi) > widths.room[0] * OVER:
        hi -= 1
    return range(lo, hi + 1)


def _after(ln: Line, layout: Layout, m: Measured, i: int, left, right, state: State | None) -> State:
    """The reading's state after a line cut so (`state`: the row carried on from it)."""
    spans = (left, right)
    width = [m.width(i, a, b) if b > a else None for a, b in spans]
    rec, name = spans[layout.rec], spans[1 - layout.rec]
    rec_word = ln.words[rec[1] - 1] if rec[1] > rec[0] else (state.rec_word if state else None)
    name_word = ln.words[name[1] - 1] if name[1] > name[0] else None
    return State(width[0], width[1], name_word, rec_word, True, layout.prose)


def _cells_cost(i: int, ln: Line, layout: Layout, m: Measured, widths, left, right, state: State | None):
    """The cost of one line's cut (`state`: the row it carries on, None for a row it opens):
    each text cell's line within its column, carrying on its cell only where the word could not
    fit on the line above, a name's cell holding a name's words."""
    cost = 0.0
    spans = (left, right)
    rec = spans[layout.rec]
    if state is None and rec[1] <= rec[0]:
        return INF  # a row opens with its recommendation
    for c, (a, b) in enumerate(spans):
        if b <= a:
            continue
        w = m.width(i, a, b)
        if w > widths.room[c] * OVER:
            if b - a > 1:
                return INF
            cost += ONE_WORD_OVER
        words = ln.words[a:b]
        if state is None:
            # (a finding may carry on beside the next recommendation of its cell: "... waiting
            # list. R4 The Board should ...")
            if not OPENS.match(words[0]) and not (layout.prose and c != layout.rec):
                return INF
        else:
            prev = state.left if c == 0 else state.right
            if prev is None:
                return INF  # a cell a line left out has ended
            if prev + m.space + m.word(i, a) <= widths.filled[c]:
                cost += WRAP  # (its word would have fitted on the line above)
            if c == layout.rec and words[0][:1].isupper() and not _SENTENCE_END.search(state.rec_word or "."):
                cost += INNER_CAPITAL  # (a capital carrying on a sentence: more often a name's)
        if c != layout.rec:
            cost += _prose_cost(words) if layout.prose else _name_cost(words)
    if layout.prose:
        return cost  # (a finding runs on below its recommendation, or is left out, as prose does)
    name = spans[1 - layout.rec]
    if state is None and name[1] <= name[0]:
        cost += NO_NAME
    if state is not None and rec[1] <= rec[0] and (state.left, state.right)[layout.rec] is None:
        cost += NAME_ALONE  # (a name's cell running on two lines below its recommendation's)
    return cost


def _prose_cost(words: list[str]) -> float:
    """A finding's line opens each sentence with a capital: a word in lower case after one
    ending a sentence ("... could not be seen. for housing") is the next cell's."""
    return LOWER_AFTER_END * sum(
        1 for a, b in zip(words, words[1:]) if _SENTENCE_END.search(a) and b[:1].islower()
    )


def _name_cost(words: list[str]) -> float:
    """A name's line holds capitalised words and the small words between them; a word in lower
    case outside brackets more likely is the recommendation's."""
    lower, depth = 0, 0
    for w in words:
        inside = depth > 0 or w.startswith("(")
        depth += w.count("(") - w.count(")")
        if w[:1].islower() and w.lower() not in CONNECTORS and not inside:
            lower += 1
    return min(NAME_LOWER * lower, NAME_LOWER_MOST)
