"""A row of a table plain pdftotext printed a line at a time across its cells (plan.line_rounds):
its printed lines as read, and the small readings its readers share."""

from __future__ import annotations

from dataclasses import dataclass, field

from dhrparse.document import Line
from dhrparse.plan.round_fit import Reading, column_widths

SPACED_ROW_LINES = (
    6  # a table's first printed lines under its header, each a block of its own in the spaced style
)
MIN_FOOT_WORDS = 5  # a running foot repeated on each page is at least this long
CLEARER = 0.0  # how much better, per row, the rounds must read than whole cells in sequence
WIDE_LINE = 0.8  # of a band's wrapped line: a printed line this wide spans the table
ROW = 1.0  # each row a run of lines under a band is cut into: of two cuts, the one with fewer rows
KEPT = Reading((), 0, 0.0)  # (a row the deal must not touch: read as if read already)
LOWER = frozenset({"target_date"})  # a row's cells that may print a round lower, after its others


@dataclass
class RoundRow:
    ref: Line
    body: list[Line] = field(default_factory=list)  # the lines printed a round at a time
    carried: dict[int, list[Line]] = field(default_factory=dict)  # column -> lines after a page break
    names: list[Line] = field(default_factory=list)  # the header's names printed again on the new page
    furniture: list[Line] = field(default_factory=list)  # a running foot printed inside the row
    since: Line | None = None  # (spaced) the header's last name, when the ref printed among the names
    number: str | None = None  # the row's number, when it printed above the header (row.ref: its last name)
    inline: bool = False  # an action under the row's number: its first printed line is its ref line
    reading: Reading | None = None  # (a run of numbers, plan.number_runs) its cells, read with the run's
    among: list[Line] = field(default_factory=list)  # (spaced) lines among the header's names again
    taken: set[int] = field(default_factory=set)  # ... those read as the row's last lines (their numbers)

    @property
    def set_apart(self) -> bool:
        """A page broke the row (the header's names printed again, cells carried on after them)
        or it was read with a run of numbers: the later rounds readers leave it as it is."""
        return bool(self.names or self.carried) or self.reading is not None


def learnt_widths(readings: list[Reading | None]) -> list[tuple[int, int]] | None:
    """The columns' widths the rows read so far show (plan.round_fit), None before any row reads."""
    read = [r for r in readings if r is not None]
    return column_widths(read) if read else None


def last_line(row: RoundRow) -> Line:
    """The row's last line read so far (a name of the header printed again on a new page, in
    the spaced style, is followed by the row's lines carried on)."""
    since = [row.since] if row.since is not None else []
    return max([row.ref, *since, *row.body[-1:], *row.names[-1:], *row.furniture[-1:]], key=line_number)


def line_number(ln: Line) -> int:
    return ln.number


def joined_cell_text(parts: tuple[str, ...]) -> str:
    """A cell's printed lines as its text: a word wrapped at its hyphen ("Sub-" / "group") is
    one word again."""
    text = ""
    for part in parts:
        glued = text.endswith("-") and text[-2:-1].isalpha() and part[:1].isalpha()  # ("Sub-" / "Group")
        text = f"{text}{part}" if glued or not text else f"{text} {part}"
    return text


def followed(ln: Line, after: Line | None) -> bool:
    """The line is followed straight on by the next printed one (no page end or gap between)."""
    return after is not None and after.number == ln.number + 1


def same_cells(rounds, whole) -> bool:
    """Both readings give the row the same cells, none empty, from the same lines."""
    return (rounds.cells, rounds.used) == (whole.cells, whole.used) and all(rounds.cells)
