"""Whether a narrower plan table's cells, as a reading cut them (plan.narrow_cuts), read as
their columns: every action opening with a capital and ending alike, every lead naming someone,
every date reading as a date, every status as a status word, and no cell's words that could as
well be its neighbour's. A reading failing any of these is left as printed (plan.narrow_rows
warns): a wrong action is worse than a missing one."""

from __future__ import annotations

import regex

from dhrparse.plan.closed_marks import without_mark
from dhrparse.plan.joined_cells import (
    SENTENCE_ENDS,
    SENTENCES_CLOSE,
    CellShapes,
    dates_read,
)
from dhrparse.plan.status import whole_cell_state
from dhrparse.plan.tracker_rows import TrackerShapes
from dhrparse.plan.wrapping import JOINING_WORDS, WORD_OPENS_CELL
from dhrparse.vocab.date_search import YEAR
from dhrparse.vocab.dates import find_dates

# a year printed alone, or a financial year ("2025/26": "Q3" over "2025/26" is one date cell's)
_YEAR = regex.compile(rf"^{YEAR}(?:[/–-](?:19|20)?\d\d)?\.?$")
FRAGMENT_WORDS = 3  # the most words after an action's sentence ended that read as another cell's
STATUS_READ = 1.0  # the share of a reading's status cells that must open with a status word: all
_ENDED = regex.compile(r"^\p{Ll}+[.;]$")  # a lower-case word ending a sentence ("week.")
_STOPPED = regex.compile(r"^\p{Ll}+\.$")  # ... with a full stop


def _lower_after_end(words: list[str], told: bool = False) -> bool:
    """A cell's words going on in lower case after a sentence ended ("reported. homes"): the
    next column's words cut into it. (A name's initials, "Dr. Ash", are capitalised.) In a
    progress cell, `told`, only a full stop ends one: an update's semicolon runs on in lower
    case ("agreed in principle; release date awaited")."""
    ended = _STOPPED if told else _ENDED
    return any(ended.search(a) and b[:1].islower() for a, b in zip(words, words[1:]))


def _opens_date(word: str, roles: CellShapes) -> bool:
    """A capitalised word a date cell opens with ("End", "By", "From"), no name's small word."""
    w = word.lower()
    return w in roles.target_words and w not in roles.lead_words[1]


def _date_word(lead: list[str], k: int, shapes: TrackerShapes, roles: CellShapes) -> bool:
    """Whether the lead's word at `k` is a date's or its first word cut into the lead ("Police
    End of"); a capitalised word no date holds after it makes it a name's ("Early Help", the
    service: a date's words go on as a date's)."""
    w = lead[k]
    if not w[:1].isupper() or not (shapes.date_shape(w) or _opens_date(w, roles)):
        return False
    after = lead[k + 1] if k + 1 < len(lead) else ""
    return not (after[:1].isupper() and not shapes.date_shape(after) and not _opens_date(after, roles))


def _years_over(words: list[str], p) -> bool:
    """Whether a date cell prints more years than it holds dates ("March 2022 2022."): a date
    prints its year once, so the other is another cell's word."""
    dates = find_dates(" ".join(words), p)
    bare = sum(1 for d in dates if _YEAR.match(d.value.raw.strip()))
    return 0 < bare < len(dates)


def _awaits_year(cell: str, p) -> bool:
    """Whether a date cell is a month whose year is not in it ("End of May"): its year printed
    on the cell's next line, so a year alone in a cell beside it is that year, cut astray."""
    return not regex.search(YEAR, cell) and not find_dates(cell, p) and bool(find_dates(f"{cell} 2020", p))


def _fragment_after_end(words: list[str]) -> bool:
    """An action going on after its sentence ended with a few words ending none ("... review.
    Business Manager"): another column's words cut into it, not a second sentence."""
    ends = [n for n, w in enumerate(words[:-1]) if w.endswith(SENTENCE_ENDS)]
    if not ends:
        return False
    rest = words[ends[-1] + 1 :]
    return len(rest) <= FRAGMENT_WORDS and not rest[-1].endswith(SENTENCE_ENDS)


def cells_read(rows, cols: list[str], roles: CellShapes, shapes: TrackerShapes, patterns) -> bool:
    """Whether the cells read as their columns: every action opening with a capital, every
    lead with a name's capital, nearly every date as a date and status as a status word."""
    if not dates_read(rows, roles):
        return False
    parts = [part for row in rows for part in row.parts]
    a = cols.index("action")
    l = cols.index("lead") if "lead" in cols else None  # noqa: E741
    p = cols.index("progress") if "progress" in cols else None
    # (a closed action's marker after its words is its state, no part of what it says: "(closed)")
    parts = [[*part[:a], without_mark(" ".join(part[a]), patterns).split(), *part[a + 1 :]] for part in parts]
    for part in parts:
        if not part[a] or not WORD_OPENS_CELL.match(part[a][0]):
            return False
        if any(_lower_after_end(cell, c == p) for c, cell in enumerate(part)) or _fragment_after_end(part[a]):
            return False
        if l is not None and not _lead_read(part[l], l, shapes, roles):
            return False
    ended = sum(part[a][-1].endswith(SENTENCE_ENDS) for part in parts)
    if SENTENCES_CLOSE * len(parts) <= ended < len(parts):
        return False  # (a plan ends its actions alike: one stopping mid-sentence was cut short)
    if "status" in cols:
        s = cols.index("status")
        cells = [" ".join(part[s]) for part in parts if part[s]]
        # (a board's plain "Doing" / "To do" is a state as the whole cell: [status] whole_cell)
        read = sum(
            bool(
                shapes.status_rx.match(cell)
                or roles.status_rx.match(cell)
                or whole_cell_state(cell, patterns)
            )
            for cell in cells
        )
        if read < STATUS_READ * len(cells) or any(roles.status_goes_on(cell) for cell in cells):
            return False
    return "target_date" not in cols or _date_cells_read(parts, a, cols.index("target_date"), roles, patterns)


def _lead_read(lead: list[str], l: int, shapes: TrackerShapes, roles: CellShapes) -> bool:  # noqa: E741
    """Whether a lead cell's words (column l) read as a lead's: someone named, whole, no date."""
    if any(_date_word(lead, k, shapes, roles) for k in range(len(lead))):
        return False  # (a lead holds no month, nor a date's first word: "Police End of")
    if not lead:
        return False  # (every action has someone to lead it: an empty lead's words went elsewhere)
    if lead[-1].endswith(",") or lead[-1].lower() in JOINING_WORDS:
        return False  # (a lead broken off, "Head of Nursing,": its later words went elsewhere)
    # (a lead names a body or a role: "Head of Housing", not "Manager homes")
    return not (
        not WORD_OPENS_CELL.match(lead[0])
        or lead[-1][:1].islower()
        or any(_YEAR.match(w) for w in lead)
        or roles.carry(l, " ".join(lead))
    )


def _date_cells_read(parts, a: int, d: int, roles: CellShapes, patterns) -> bool:
    """Whether every row's date cell (column d; a the action's) reads as a whole date."""
    if not all(roles.date_cell(" ".join(part[d])) for part in parts if part[d]):
        return False  # (every date cell reads as a date: "June 2024 Complete" holds the next cell's words)
    for part in parts:
        if not part[d] or _YEAR.match(part[d][0]):
            return False  # (a date cut in two, "June" beside the action and "2025" here)
        if _years_over(part[d], patterns):
            return False  # (a year no date holds: "March 2022 2022." holds the next cell's year)
        whole = " ".join(part[d]).lower().strip(" .")
        if part[d][0].lower() in roles.no_date and whole not in roles.no_date:
            return False  # (a no-date word with more words: "Complete 2025" is a status and a year)
        if _awaits_year(" ".join(part[d]), patterns) and any(
            _YEAR.match(w.strip(",;")) for c, cell in enumerate(part) if c != d for w in cell
        ):
            return False  # (a month without its year beside a cell holding one: "End of May" / "2025")
        others = " ".join(w for c, cell in enumerate(part) if c not in (a, d) for w in cell)
        if not part[d] and find_dates(others, patterns):
            return False  # (a row's date cut into the cell beside its empty date cell)
    return True
