"""The rows of a plan table in the house style with space after every paragraph, which plain
pdftotext prints a line at a time across its cells (plan.line_rounds finds them): which are
read as rounds, what becomes of the others, and where a page broke one.

In the house style that puts space after every paragraph, plain pdftotext prints each line
of each cell as a block of its own, a blank line between. Most rows still come out as rounds
(the first line of every cell, then the second of every cell that has one ...), but a cell
that starts lower in its row (a date or status set against the middle of a long update, a
second paragraph) prints its lines among the other cells' later rounds, and a row's lines
then read no better as rounds than as whole cells. Such a row is not guessed at: it keeps
no action record (its cells would be guesses), and a warning that names its ref and quotes its
lines (no other reader of the plan guesses at them either).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.round_fit import Reading, RoundFit, column_widths
from dhrparse.plan.status import status_words
from dhrparse.plan.wrapping import JOINING_WORDS
from dhrparse.vocab.dates import find_dates

if TYPE_CHECKING:
    from dhrparse.plan.vocabulary import PlanVocabulary

WARNING = (
    "its cells print a line at a time across the columns, mixed with another row's or out of "
    "turn, and could not be told apart; no action is made of it, its lines are"
)
FITS = 0.0  # a row's rounds reading costs no more than this when its lines fit their cells' shapes
CLEARLY = 2.0  # how much better than whole cells a row must read as rounds to show the table's form
SPACED_GAP = 2  # line numbers from one printed line to the next when each is a block of its own
MAX_BEFORE = 3  # a broken row's lines printed after the page's foot, before the header again
MAX_AMONG = 2  # lines printed among the header's names again (a running head, a page number)
# ... and the broken row's last lines, printed among the later names where the row runs lower
# than the header's first names (plan.number_runs reads them as its left cells' last lines)
MAX_CARRIED = 3


_ACTION_NUMBER = regex.compile(r"^\(?\d{1,2}\.\d{1,2}[.)]?\s")  # "1.2 Launch ...": an action's own number


def _two_actions(reading: Reading, fields: list[str]) -> bool:
    """The action cell the rounds give holds a second numbered action on a later line ("1.1 Draft
    ..." then "1.2 Launch ..."): the recommendation's merged cell spans two sub-rows whose cells
    the rounds ran together, one action of two with two leads and dates."""
    if "action" not in fields:
        return False
    parts = reading.cells[fields.index("action")]
    return any(_ACTION_NUMBER.match(part) for part in parts[1:])


def spaced(numbers: list[int]) -> bool:
    """Whether a header's names (their line numbers) print each a block of its own, a blank
    line between: the style whose rows print so too."""
    steps = [b - a for a, b in zip(numbers, numbers[1:])]
    return bool(steps) and all(s == SPACED_GAP for s in steps)


class SpacedRows:
    """The rows of a spaced table (plan.line_rounds found them): which read as rounds, what is
    kept of the others, and where a page broke one."""

    def __init__(self, fit: RoundFit, flat: Callable[[str], str], vocab: PlanVocabulary, headings: set[int]):
        self.fit, self.flat, self.vocab, self.headings = fit, flat, vocab, headings
        self.warnings: list[tuple[str, Line]] = []  # (a row not told apart, its ref line)

    def _texts(self, lines: list[Line]) -> list[str]:
        return [self.flat(ln.text).strip() for ln in lines]

    def readings(self, bodies: list[list[Line]], fields: list[str]) -> list[Reading | None] | None:
        """Per row, its rounds reading or None (untold): a row is told only where its lines fit
        their cells as rounds, clearly better than as whole cells one after another, or read
        the same both ways (every cell one line). (Two rows whose lines print mixed read better
        as rounds than as whole cells, but fit badly either way.) None for the whole table when
        no row fits as rounds: the table is some other form (its columns printed as blocks,
        where a row of one-line cells reads the same both ways too), or nothing in it can be
        told."""
        texts = [self._texts(body) for body in bodies]
        clear = [r for r in (self.fit.rounds(t, fields) for t in texts) if r is not None]
        if not clear:
            return None
        widths = column_widths(clear)
        out: list[Reading | None] = []
        shown = False  # a row that fits as rounds only: the table is in this form
        for t in texts:
            rounds = self.fit.rounds(t, fields, widths)
            whole = self.fit.in_sequence(t, fields, widths)
            if rounds is None or rounds.used < len(t):
                out.append(None)
                continue
            same = (rounds.cells, rounds.used) == (whole.cells, whole.used) and all(rounds.cells)
            fits = rounds.cost <= FITS and rounds.cost < whole.cost - CLEARLY and self._shaped(rounds, fields)
            shown = shown or fits
            out.append(rounds if (same or fits) and not _two_actions(rounds, fields) else None)
        return out if shown else None

    def _shaped(self, reading: Reading, fields: list[str]) -> bool:
        """Whether the cells the rounds give hold what their columns hold: one date and nothing
        before it in the date cell, a status phrase in the status cell, no date or status in the
        lead's (where a column's cells print a round late, the fit gives its first line to the
        column before: "Lead, March 2025", "Ellerdine Hospitals Complete")."""
        roles, p = self.fit.roles, self.fit.roles.p
        for field, parts in zip(fields, reading.cells):
            text = " ".join(parts)
            if not text:
                continue
            if field == "target_date":
                found = find_dates(text, p)
                if not roles.is_date(text) or len(found) > 1 or found and found[0].start > 0:
                    return False
            elif (
                field == "status"
                and (not roles.opens_status(text) or _statuses(parts, roles) > 1)
                or field == "lead"
                and (find_dates(text, p) or _status_line(parts, p) or _run_on(parts, roles))
            ):
                return False
        return True

    def untold(self, ref: Line, printed: list[Line], columns: int, number: str | None = None) -> list[Line]:
        """A row whose cells could not be told apart: no record is made of it (its cells would
        be guesses), its ref and printed lines are set aside as read and quoted in a warning.
        (`number`: the row's number, when it printed elsewhere than on the ref line.)"""
        number = number or self.flat(ref.text).strip()
        quoted = " ".join(self._texts(printed))
        said = f"{quoted[:400]!r}" if quoted else "none of its own (they print under the next ref)"
        self.warnings.append((f"plan row {number!r}: {WARNING}: {said}", ref))
        blank = [""] * columns
        return [cells_line(ln, blank) for ln in [ref, *printed]]

    def page(
        self, lines: list[Line], k: int, names: list[str]
    ) -> tuple[list[Line], list[Line], Line | None, int] | None:
        """A page break in a row from line k: the row's lines printed after the old page's foot,
        the header printed again (its names and what prints among them), the ref of the next
        row when it prints among them (the number column's cell beside its name), and the index
        of the first line after it; None when the header is not printed again there."""
        window = lines[k : k + len(names) + MAX_BEFORE + MAX_AMONG + MAX_CARRIED + 1]
        cut = next((n for n, ln in enumerate(window) if ln.cells is not None), len(window))
        plain = window[:cut]
        found = page_repeat(self._texts(plain), names)
        if found is None:
            return None
        start, end = found
        if not all(self._carried(ln) for ln in plain[:start]):
            return None
        header = plain[start:end]
        refs = [ln for ln in header if self.vocab.ref_only.match(self.flat(ln.text).strip())]
        if len(refs) > 1:
            return None
        return plain[:start], [ln for ln in header if ln not in refs], next(iter(refs), None), k + end

    def _carried(self, ln: Line) -> bool:
        """A line that may carry a broken row on: no heading, ref or recommendation of its own."""
        text = self.flat(ln.text).strip()
        return (
            ln.number not in self.headings
            and not self.vocab.ref_only.match(text)
            and not self.vocab.statement_or_section.match(text)
        )


def with_numbers(
    lines: list[Line], i: int, numbers: list[Line], ref_of, is_ref, follows=None
) -> tuple[list[Line], set[int]]:
    """`lines` with the row numbers cleaning set aside as page numbers ("1" alone on a line)
    put back where they print in the spaced table whose header is at line i: a blank line
    below them and at most one above (a cell of the row above may end just over the number),
    each the row number before it again or the next, from 1 (a page's number counts pages,
    not rows; after a ref kept as printed, "3a", none is put back, or with `follows` only the
    number that follows it, "4"). `ref_of` gives a number's value (None for no row number),
    `is_ref` tells a printed line holding a ref alone, `follows(before, after)` whether one
    row's printed number may follow another's. The line numbers put back are returned too."""
    at = {ln.number for ln in lines[i:]}
    waiting = {ln.number: ln for ln in numbers if ln.number > lines[i].number}
    refs = {ln.number: ln for ln in lines[i:] if ln.cells is None and is_ref(ln.text)}
    put: dict[int, Line] = {}
    last, blocked, kept = None, False, None  # (kept: the last ref, when it is kept as printed)
    for n in sorted([*waiting, *refs]):
        text = (refs.get(n) or waiting[n]).text
        value = ref_of(text)
        if n in refs:
            last, kept = value, text if value is None else None
            blocked = blocked or value is None and follows is None
            continue
        above = any(n - d in at or n - d in put for d in range(1, SPACED_GAP + 1))
        below = n + SPACED_GAP in at or n + SPACED_GAP in waiting
        if blocked or not (above and below) or value is None:
            continue
        if kept is not None:
            if not follows(kept, text):
                continue
        elif (
            last is None
            and value[1:] != (1,)
            or last is not None
            and value not in (last, *following_numbers(last))
        ):
            continue
        put[n], last, kept = waiting[n], value, None
    if not put:
        return lines, set()
    tail = sorted([*lines[i:], *put.values()], key=lambda ln: ln.number)
    return [*lines[:i], *tail], set(put)


def _next(ref: tuple) -> tuple:
    return (*ref[:-1], ref[-1] + 1)


def following_numbers(ref: tuple) -> tuple[tuple, ...]:
    """The numbers that may follow a row's: its next ("1.1" -> "1.2"), and after an action's
    own number the next recommendation's ("1.2" -> "2")."""
    if len(ref) > 2:
        return (_next(ref), (ref[0], ref[1] + 1))
    return (_next(ref),)


def page_repeat(texts: list[str], names: list[str]) -> tuple[int, int] | None:
    """Where a page broke a row in this style: the row's last lines on the old page maybe
    printed after its foot, then the header's names again, each a block of its own, a running
    head maybe among them. (Where the names start, where they end) among `texts`, the lines
    after a row's body, or None when the header is not printed again there. (More lines among
    the names than a running head, a page number and a broken row's last lines are a row's
    cells, the names words of them.)"""
    start = next((k for k, t in enumerate(texts[: MAX_BEFORE + 1]) if t == names[0]), None)
    if start is None:
        return None
    most = MAX_AMONG + MAX_CARRIED
    want, among, k = 1, 0, start + 1
    while want < len(names) and k < len(texts) and among <= most:
        if texts[k] == names[want]:
            want += 1
        else:
            among += 1
        k += 1
    return (start, k) if want == len(names) and among <= most else None


def _statuses(parts: tuple[str, ...], roles) -> int:
    """How many statuses a status cell's printed lines name, each a status of its own ("Complete"
    / "Not started": two rows' cells met in one); a line after one ending on a dash carries it on
    ("Green –" / "complete"), and so does one in small letters ("Partially" / "complete")."""
    return sum(
        1
        for k, part in enumerate(parts)
        if roles.is_status(part)
        and not (k and (parts[k - 1].rstrip().endswith(("–", "-", "/")) or part[:1].islower()))
    )


def _run_on(parts: tuple[str, ...], roles) -> bool:
    """A lead cell whose last line, all in small letters, follows lines that already name
    someone ("Hartsmead" / "Partnership" / "reply received"): the line is another cell's, a
    round late (a name does not carry on in small letters after its last word, only after a
    joining one: "Director of" / "operations")."""
    if len(parts) < 2 or not parts[-1][:1].islower() or any(w[:1].isupper() for w in parts[-1].split()):
        return False
    head = " ".join(parts[:-1])
    return roles.is_name(head) and head.split()[-1].lower() not in JOINING_WORDS


def _status_line(parts: tuple[str, ...], p) -> bool:
    """A lead cell with a status on its last line, or a status alone on a line among its others
    ("Carers Support" / "In progress" / "Service"): a centred status cell printed among the
    lead's lines, not part of the name."""
    return status_words(parts[-1], p) is not None or any(
        status_words(part, p) is not None and len(part.split()) <= 2 for part in parts[:-1]
    )
