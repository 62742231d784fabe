"""A tracker row's first printed line cut into its cells: each column as wide as its widest
first line, the narrowest table holding them all, the cuts placed where the cells read as
their columns do."""

from __future__ import annotations

import regex

from dhrparse.plan.joined_cells import CELL_OPENS as _OPENS
from dhrparse.plan.line_cuts import DANGLING
from dhrparse.plan.repeated_rows import alike_repeats
from dhrparse.plan.symbol_key import lone_mark
from dhrparse.plan.tracker_header import EXTRA
from dhrparse.plan.tracker_shapes import (
    ACCEPTANCE,
    ACTION_ASTRAY,
    ACTION_REF,
    DASHES,
    EMPTY,
    EMPTY_ACTION,
    EMPTY_MERGED,
    FILL,
    INNER_CAPITAL,
    LONG,
    MAX_WORDS,
    NAME_BEFORE_ACTION,
    NUMBER_ASTRAY,
    RESPONSE,
    SUB_REF,
    VERDICT_THEN_VERB,
    TrackerShapes,
)
from dhrparse.plan.wrap_ceiling import ceiling, wrapped
from dhrparse.plan.wrapped_columns import COMPLETED
from dhrparse.plan.wrapping import JOINING_WORDS
from dhrparse.vocab.refs import composite_recommendation
from dhrparse.vocab.type_widths import Face, faces

MERGED_BESIDE = ("recommendation", ACCEPTANCE, RESPONSE)  # (cells printed once over the actions' rows)

_BROKEN = regex.compile(r"\p{Ll}-$")  # a word the wrap broke at its hyphen ("self-")
NAME_SPLIT = 1.0  # a cell opening inside a name the report prints whole elsewhere ("Home" | "Office")
WHOLE_ROW = 0.5  # the share of its width past the other rows' a one-line row's cell costs
BROKEN_INSIDE = 1000.0  # the cost of a cell going on past such a word on its first line
_LABEL_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2})?:$")  # a label's number before its text ("1:")
_TARGET_OPENINGS = {"By", "Before", "From"}
_QUARTER_OR_YEAR = regex.compile(r"^(?:Q[1-4]|(?:19|20)\d\d(?:/\d\d)?)[.,]?$")
_YEAR = regex.compile(r"^(?:19|20)\d\d[.,;]?$")
_FINANCIAL_YEAR = regex.compile(r"^(?:19|20)\d\d(?:/\d\d)?[.,;]?$")
_QUARTER = regex.compile(r"^Q[1-4]$")
_NAME_ARTICLES = {"the", "of"}  # lower-case words a name's capitals go on after, inside one cell


def _dated(word: str, months: frozenset[str]) -> bool:
    """A month's name, a quarter or a year: a target's date going on after its opening word."""
    return word.lower().rstrip(".,") in months or bool(_QUARTER_OR_YEAR.match(word))


def _event_at(
    words: list[str], a: int, event: regex.Pattern | None, week: regex.Pattern | None = None
) -> bool:
    """A target pinned to an event opens at words[a] ("by the next Board"), lower-case though it
    is, or a week's first day ("w/c 3 March 2025"; "w/c" ending its narrow cell's first line, its
    day printed on the next: the next cell's word after it, or none)."""
    if week is not None and week.match(words[a]) and (a + 1 == len(words) or not words[a + 1][:1].islower()):
        return True
    return event is not None and event.match(" ".join(words[a : a + 4]).lower()) is not None


def _cell_places(
    words: list[str],
    label: regex.Pattern,
    months: frozenset[str],
    event: regex.Pattern | None,
    week: regex.Pattern | None,
) -> list[int]:
    """The words of a row's first line a cell may open at: a capital or a digit (not the number
    of "Recommendation 2", nor the year after its month, "February 2025"); the first cell
    anywhere."""
    return [0] + [
        a
        for a in range(1, len(words))
        # (or a status mark, "✓"; or a target pinned to an event, "by the next Board"; or a
        # dash alone, a date cell left empty, "—")
        if (
            _OPENS.match(words[a])
            or lone_mark(words[a])
            or _event_at(words, a, event, week)
            or words[a] in DASHES
        )
        and not (words[a][0].isdigit() and label.match(words[a - 1]))
        # (nor the word after a label and its number, "Recommendation 1: The ...", which
        # opens the text the label heads)
        and not (a > 1 and _LABEL_NUMBER.match(words[a - 1]) and label.match(words[a - 2]))
        and not (_YEAR.match(words[a]) and words[a - 1].lower().rstrip(".,") in months)
        # (nor a financial year after its quarter, "Q4 2024/25": one date)
        and not (_FINANCIAL_YEAR.match(words[a]) and _QUARTER.match(words[a - 1]))
        # (nor the month or quarter after a target cell's opening word, "By March 2025", "From
        # Q2": capitalised, as a cell opens; "(coordinated by" / "Dec 2023" ends a lead's line)
        and not (words[a - 1] in _TARGET_OPENINGS and _dated(words[a], months))
    ]


def _counted(words: list[str], hit) -> list[int]:
    """How many of the line's pairs of words (a word and the one before it) `hit` holds for,
    counted up to each word."""
    counts = [0, 0]
    for prev, word in zip(words, words[1:]):
        counts.append(counts[-1] + hit(prev, word))
    return counts


class FirstLine:
    """One row's first printed line: its ref, and its other words with their widths."""

    def __init__(
        self,
        index: int,
        words: list[str],
        face: Face,
        label: regex.Pattern,
        months: frozenset[str] = frozenset(),
        event: regex.Pattern | None = None,
        week: regex.Pattern | None = None,
        names: frozenset[tuple[str, str]] = frozenset(),
    ):
        self.index = index
        self.alone = False  # (the row printed on this one line: plan.wrap_ceiling.one_line_rows)
        self.ref, self.words = words[0], words[1:]
        # (a composite ref names its recommendation and its action, "TD7/R1/A2": its
        # recommendation's cell may be merged over it too)
        self.merged = bool(SUB_REF.match(self.ref)) or composite_recommendation(self.ref) is not None
        # the words numbering an action of the row's recommendation ("4a" on row "4")
        self.own_numbers = {
            a
            for a, w in enumerate(self.words)
            if (m := ACTION_REF.match(w)) and m.group(1) == self.ref.rstrip(".")
        }
        self.widths = [face.width(w) for w in self.words]
        self.space = face.space
        self.sums = [0.0]
        for w in self.widths:
            self.sums.append(self.sums[-1] + w)
        self.places = _cell_places(self.words, label, months, event, week)
        self.opening = set(self.places)
        # capitals after a lower-case word, counted up to each word; and those not after a name's
        # article or "of" ("the Home Office", "16 Days of Action"), which in a row printed on one
        # line go on one name, no cell there ending on such a word (a wrapped cell's line may:
        # "Audit of" | "Northgate ICB")
        self.caps = _counted(self.words, lambda prev, word: prev[:1].islower() and word[:1].isupper())
        self.named_caps = _counted(
            self.words,
            lambda prev, word: prev[:1].islower() and word[:1].isupper() and prev not in _NAME_ARTICLES,
        )
        # the words a cell opening at would split a name the report prints whole ("Home" | "Office")
        self.splits = {a for a in range(1, len(self.words)) if (self.words[a - 1], self.words[a]) in names}
        # words broken at their hyphen by the cell's wrap ("self-" before the next cell's
        # "Board"), counted up to each word: such a word ends its cell's printed line
        self.broken = _counted(
            self.words, lambda prev, word: bool(_BROKEN.search(prev) and word[:1].isupper())
        )

    def width(self, a: int, b: int) -> float:
        return self.sums[b] - self.sums[a] + (b - a - 1) * self.space

    def inner_capitals(self, a: int, b: int) -> int:
        """The capitals after a lower-case word inside the cell words[a:b]."""
        caps = self.named_caps if self.alone else self.caps
        return caps[b] - caps[a + 1]


def _room(ln: FirstLine, room: float, w: float, b: int) -> float:
    """The width a cell `w` wide ending before words[b] gives its column (`room`, as wide as the
    other rows' cells). A row printed on one line holds its cells whole: its widest cell is as
    much the column's width as another row's, so it widens the column at a share of the cost (it
    is not cut down to fit), and no cell of it wrapped, so none ends on a joining word ("16 Days
    of" | "Action ...": the name goes on)."""
    if not ln.alone:
        return max(room, w)
    dangling = DANGLING if ln.words[b - 1].lower() in JOINING_WORDS else 0.0
    return room + max(w - room, 0.0) * WHOLE_ROW + dangling


def _name_cut(
    ln: FirstLine, roles: list[str], before: tuple | None, a: int, b: int, shapes: TrackerShapes
) -> bool:
    """The action cell words[a:b] opens with a name's last words before its imperative, and the
    recommendation cell before it holds one word: a sentence's first printed line is no lone
    word, so that word and the action's first ones are the name opening the recommendation
    ("Wyvernstone" | "Safer Write a note": "Wyvernstone Safer" | "Write a note")."""
    if before is None or roles[before[2]] != "recommendation" or a - before[0] != 1:
        return False
    return shapes.name_before_imperative(" ".join(ln.words[a:b]))


def action_astray(ln: FirstLine, roles: list[str], c: int, a: int, b: int, shapes: TrackerShapes) -> bool:
    """The cell words[a:b] of a column no field is for, printed just before the action's,
    opens as an action does, with its imperative ("Add a"): the action's own first words, its
    row leaving the column before it empty (a finding merged over its actions' rows)."""
    return (
        roles[c] in (EXTRA, RESPONSE)
        and c + 1 < len(roles)
        and roles[c + 1] == "action"
        and bool(shapes.imperative.match(" ".join(ln.words[a:b])))
    )


def _action_opening(
    ln: FirstLine, roles: list[str], c: int, before: tuple | None, a: int, b: int, shapes: TrackerShapes
) -> float:
    """What the action cell words[a:b] costs for how it opens beside the cell before it."""
    cost = NAME_BEFORE_ACTION if _name_cut(ln, roles, before, a, b, shapes) else 0.0
    return cost + (0.0 if _verb_after_verdict(ln, roles, c, before, a, b, shapes) else VERDICT_THEN_VERB)


def _verb_after_verdict(
    ln: FirstLine, roles: list[str], c: int, before: tuple | None, a: int, b: int, shapes: TrackerShapes
) -> bool:
    """The action cell words[a:b] beside a response column opens where the line proves it: after
    a response's prose ("Accepted in part: the Trust will" | "Audit ...") with its verb (or with
    who acts, "Chair to write"), not inside the prose ("the" | "Trust Offer ..."); after a
    verdict alone ("Accepted." | "Rewrite ...") at the verdict's end; and never with the verdict
    itself ("Accepted. Rewrite ...": the response left empty)."""
    text = " ".join(ln.words[a:b])
    if c == 0 or roles[c - 1] != RESPONSE:
        return True
    if before is None or before[2] != c - 1:
        return not shapes.accepted_opening.match(text)  # (the response left empty)
    if shapes.is_verdict(" ".join(ln.words[before[0] : a])):
        return True
    return bool(shapes.imperative.match(text) or shapes.body_to.match(text))


def _number_astray(ln: FirstLine, roles: list[str], c: int, a: int, b: int) -> bool:
    """The cell words[a:b] holds the row's own action number ("4a" on recommendation 4's row)
    and is not that number alone in the column no field is for printed just before the action:
    that column numbers the actions (plan.action_number_column), the number a cell of its own
    ("Fire and" | "Rescue Service" | "4a Add ..." cuts a name to give it to the action)."""
    if not ln.own_numbers or not any(a <= q < b for q in ln.own_numbers):
        return False
    if roles[c] == EXTRA and b - a == 1:
        return False
    return any(r == EXTRA and nxt == "action" for r, nxt in zip(roles, roles[1:]))


def cut_first_line(
    ln: FirstLine, roles: list[str], rooms: list[float], shapes: TrackerShapes, wrap: tuple | None = None
):
    """The row's first line cut into its cells (column, start, end), each costing the width it widens its
    column to and its fit to the role; None if it cannot be cut. `wrap`: plan.wrap_ceiling's bound."""
    n, k = len(ln.words), len(roles)
    if not n:
        return None
    best: dict[tuple[int, int], tuple[float, tuple | None]] = {(0, 0): (0.0, None)}
    ends = [*ln.places[1:], n]
    for a in ln.places:
        for c in range(k):
            here = best.get((a, c))
            if here is None:
                continue
            skipped = here[0]
            for c2 in range(c, k):
                if a == 0 or a in ln.opening:
                    for b in (e for e in ends if e > a):
                        if b - a > MAX_WORDS:
                            break
                        w = ln.width(a, b)
                        fit = shapes.fit(roles[c2], " ".join(ln.words[a:b]))
                        cost = skipped + _room(ln, rooms[c2], w, b) + fit
                        cost += INNER_CAPITAL * ln.inner_capitals(a, b)
                        cost += BROKEN_INSIDE * (ln.broken[b] - ln.broken[a + 1])
                        cost += NAME_SPLIT if a in ln.splits else 0.0
                        if roles[c2] == "action":
                            cost += _action_opening(ln, roles, c2, here[1], a, b, shapes)
                        cost += ACTION_ASTRAY if action_astray(ln, roles, c2, a, b, shapes) else 0.0
                        cost += NUMBER_ASTRAY if _number_astray(ln, roles, c2, a, b) else 0.0
                        extra, filled = wrapped(w, c2 == 0 and a == 0, wrap, rooms[0], ln)
                        cost += extra
                        if roles[c2] in LONG and rooms[c2] > w and not filled:
                            cost += FILL * (1 - w / rooms[c2])
                        key = (b, c2 + 1)
                        if key not in best or cost < best[key][0]:
                            best[key] = (cost, (a, c, c2))
                merged = ln.merged and roles[c2] in MERGED_BESIDE or roles[c2] == COMPLETED
                skipped += (EMPTY_MERGED if merged else EMPTY) + rooms[c2]
                skipped += EMPTY_ACTION if roles[c2] == "action" else 0.0
    done = [
        (best[(n, c)][0] + sum(rooms[c:]) + _empty_tail(roles[c:]), c)
        for c in range(1, k + 1)
        if (n, c) in best
    ]
    if not done:
        return None
    cost, c = min(done)
    return cost, _traced(best, n, c)


def _traced(best: dict[tuple[int, int], tuple[float, tuple | None]], b: int, c: int) -> tuple:
    """The cells (column, start, end) of the cheapest cut ending after word b and column c,
    traced back from its end."""
    out = []
    while b > 0:
        _, (a, pc, c2) = best[(b, c)]
        out.append((c2, a, b))
        b, c = a, pc
    return tuple(reversed(out))


def _empty_tail(roles: list[str]) -> float:
    """The cost of the row's last cells left empty: a completion day not yet given ("Completed"
    empty while the work goes on) is as expected as a merged cell."""
    return sum(EMPTY_MERGED if r == COMPLETED else EMPTY for r in roles)


def _wrap(lines: list[FirstLine], cuts, carried: list[float | None], r: int) -> tuple:
    """Row r's first column's bound by the other rows' wraps, and its own next word's width."""
    firsts = [
        next((ln.width(a, b) for c, a, b in cut[1] if c == 0 and a == 0), None) if cut else None
        for ln, cut in zip(lines, cuts)
    ]
    return ceiling(firsts, carried, lines[r].space, r), carried[r]


def _maxima(lines: list[FirstLine], cuts, k: int, skip: int = -1) -> list[float]:
    out = [0.0] * k
    for r, (ln, cut) in enumerate(zip(lines, cuts)):
        if r == skip or cut is None:
            continue
        for c, a, b in cut[1]:
            out[c] = max(out[c], ln.width(a, b))
    return out


def cut_first_lines(
    texts: list[tuple[int, list[str]]],
    roles: list[str],
    shapes: TrackerShapes,
    label: regex.Pattern,
    nexts: dict[int, str] | None = None,
    alone: set[int] | None = None,
    names: frozenset[tuple[str, str]] = frozenset(),
):
    """(cost, [(line index, ref, cells)]) of the rows' first lines cut where they agree, in the
    typeface that cuts them at least cost; None when no typeface cuts every row. `nexts`: the
    words the rows' first cells go on with on their second lines (plan.wrap_ceiling); `names`:
    the pairs of capitalised words the report prints outside the table (plan.name_pairs)."""
    best = None
    for name in faces():
        face = Face(name)
        lines = [
            FirstLine(i, words, face, label, shapes.months, shapes.event, shapes.week, names)
            for i, words in texts
        ]
        for ln in lines:
            ln.alone = alone is not None and ln.index in alone
        k = len(roles)
        carried = [face.width(nexts[ln.index]) if nexts and ln.index in nexts else None for ln in lines]
        typical = sorted(ln.width(0, len(ln.words)) for ln in lines)[len(lines) // 2] / k
        for start in ([0.0] * k, [typical] * k):
            cuts = [cut_first_line(ln, roles, start, shapes) for ln in lines]
            for _ in range(6):
                changed = False
                for r, ln in enumerate(lines):
                    wrap = _wrap(lines, cuts, carried, r) if nexts else None
                    cut = cut_first_line(ln, roles, _maxima(lines, cuts, k, skip=r), shapes, wrap)
                    if cut != cuts[r]:
                        cuts[r], changed = cut, True
                if not changed:
                    break
            if any(c is None for c in cuts):
                continue
            widths = _maxima(lines, cuts, k)
            cost = sum(widths) * len(lines) + sum(c[0] - sum(widths) for c in cuts)
            if best is None or cost < best[0]:
                rows = []
                for ln, (_, cut) in zip(lines, cuts):
                    cells = [""] * k
                    for c, a, b in cut:
                        cells[c] = " ".join(ln.words[a:b])
                    rows.append((ln.index, ln.ref, cells))
                alike_repeats(rows, roles)  # (a recommendation printed again on each action's row)
                best = (cost, rows, face, widths)
    return best
