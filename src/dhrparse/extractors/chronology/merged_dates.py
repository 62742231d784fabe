"""A chronology table whose Date cell is merged down over the rows of every agency with contact
that day ("Date | Agency | Contact", the date shown once), printed row by row by a plain text
export (stacked_lines): the date prints once, beside its first row, and the rows under it print
as their agency's and event's cells alone, each cell set apart by a blank line. Read as
date-then-agency rows, the cells after a date alternate agency (short lines ending no sentence)
and event (ending a sentence): each pair is a row of that date.

A merged cell several rows tall may print after the table's rows instead (a date alone after the
last event). Such a date owns some of the rows printed between the dates around it in time, and
the text does not tell which: the rows after the first under a span it may fall in are left
undated (a warning), never given a neighbour's date."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.row_agency import cells_apart
from dhrparse.extractors.chronology.stacked_dates import Cells, hollow
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.ledger import Ledger
from dhrparse.vocab.dates import find_dates

_AGENCY_LINES, _AGENCY_WORDS = 2, 4  # an agency cell's lines (a wrapped name) and their words


def merged_date_rows(
    cells: list[Cells], fields: list[str | None], entries: Entries, ctx: Ledger
) -> tuple[list[Cells], set[int]]:
    """The rows with each merged date's rows parted (only where some date's cells part so), the
    dates printed after the rows left out with a warning; and the ids of the parted rows whose
    date the text does not prove."""
    if [f for f in fields if f is not None][:3] != ["date", "agency", "event"]:
        return cells, set()
    parts = [agency_event_pairs(rest) for _, _, rest in cells]
    names = {_name(pairs[0]) for pairs in parts} - {""}
    parts = [pairs if _whole_names(pairs, names) else [rest] for pairs, (_, _, rest) in zip(parts, cells)]
    if not any(len(p) > 1 for p in parts):
        return cells, set()
    last = max(k for k, (_, _, rest) in enumerate(cells) if not hollow(rest))
    after = [date for _, date, _ in cells[last + 1 :]]
    if after:
        lines = [ln for row, _, _ in cells[last + 1 :] for ln in row]
        ctx.warn_unread(
            "chronology_date_alone",
            "date cell",
            "printed after the table's rows, apart from the rows it spans",
            after,
            entries.location(lines[0].number, lines[-1].number, lines[0].page),
        )
    starts = [_start(date, entries) for _, date, _ in cells[: last + 1]]
    apart = [_start(date, entries) for date in after]
    out: list[Cells] = []
    undated: set[int] = set()
    for k, ((row, date, rest), pairs) in enumerate(zip(cells[: last + 1], parts)):
        if len(pairs) < 2:
            out.append((row, date, rest))
            continue
        sure = not any(_between(starts[k], starts[k + 1] if k + 1 < len(starts) else None, d) for d in apart)
        out.append((row[: len(row) - len(rest)] + pairs[0], date, pairs[0]))
        for pair in pairs[1:]:
            out.append((pair, date if sure else "", pair))
            if not sure:
                undated.add(id(pair))
    if undated:
        ctx.warn(
            "chronology_dates_apart",
            f"{len(undated)} row{'s' if len(undated) > 1 else ''} under a date cell merged down over several "
            "rows, where a date printed apart after the table may be theirs: left undated",
            entries.location(cells[0][0][0].number, cells[last][0][-1].number, cells[0][0][0].page),
        )
    return out, undated


def agency_event_pairs(rest: list[Line]) -> list[list[Line]]:
    """The row's cells after its date as (agency, event) pairs, each cell's lines set apart by a
    blank line; one pair (or none) where they do not alternate so."""
    runs = cells_apart(rest)
    if len(runs) < 4 or len(runs) % 2:
        return [rest]
    names, events = runs[::2], runs[1::2]
    if not all(_agency(run) for run in names) or not all(_event(run) for run in events):
        return [rest]
    return [name + event for name, event in zip(names, events)]


def _name(pair: list[Line]) -> str:
    """The agency cell's name at the head of a row's lines (its lines up to the first blank)."""
    run = pair[:1]
    for ln in pair[1:]:
        if ln.number - run[-1].number > 1:
            break
        run.append(ln)
    return " ".join(" ".join(ln.text.split()) for ln in run).casefold()


def _whole_names(pairs: list[list[Line]], names: set[str]) -> bool:
    """Each agency cell a name of its own, not a name wrapped with its rest printed as the next
    "agency" ("Corrowby" over an event, then "Police"): no cell opens a longer name the table
    prints ("Corrowby" of "Corrowby MAPPA"), and no two cells together make one it prints."""
    cells = [_name(pair) for pair in pairs]
    if len(cells) < 2:
        return True
    opens = any(n != c and n.startswith(f"{c} ") for c in cells for n in names)
    joined = any(f"{a} {b}" in names for a, b in zip(cells, cells[1:]))
    return not opens and not joined


def _agency(run: list[Line]) -> bool:
    return len(run) <= _AGENCY_LINES and all(
        0 < len(ln.text.split()) <= _AGENCY_WORDS and not SENTENCE_END.search(ln.text.strip()) for ln in run
    )


def _event(run: list[Line]) -> bool:
    words = sum(len(ln.text.split()) for ln in run)
    return words > _AGENCY_WORDS and SENTENCE_END.search(run[-1].text.strip()) is not None


def _start(date: str, entries: Entries) -> str | None:
    found = find_dates(date, entries.p)
    return found[0].value.start if found else None


def _between(start: str | None, end: str | None, apart: str | None) -> bool:
    """Whether a date printed apart may fall among the rows from `start` to the next printed date
    `end` (in either order of time; unknown dates may hold anything)."""
    if start is None or apart is None:
        return True
    if end is None:
        return True  # (the last date's span: a date printed apart may be its rows')
    if start <= end:
        return start < apart <= end
    return end <= apart < start
