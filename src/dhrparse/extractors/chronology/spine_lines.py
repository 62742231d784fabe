"""A "spine" timeline (spine_timelines) printed as text that joins each printed line across the
table's cells (corpus text): the left event's first line ends with its date ("Elin moved into a
flat Mar 2022"), the right event's first line opens with its date ("Jul 2022 Her GP recorded
..."), and the lines under each run on the same cell's words. A day's date that the narrow date
cell wrapped ("14 Oct" / "2022") leaves its year alone at the end of the next line (or opening
it, on the right).

Found by its structure: a run of at least MIN_ROWS such first lines, the sides alternating and
the dates in time order, each first line's event part and each line under it no wider than the
event cells (a line wider runs across the page: the run has ended). Plain pdftotext prints the
left events, the dates and the right events in separate runs, in an order that pairs no date
with its event; it is not read here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from dhrparse.document import Block, SourceDocument
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

MIN_ROWS = 4  # (fewer first lines alternating could be prose that happens to end in a date)
WIDER = 1.2  # (a line this much wider than the widest first line's event runs across the page)
LEFT, RIGHT = -1, 1
_DATE_OPENS = regex.compile(r"\d|[^\W\d]{3,9}\.?\s\d")  # (a day, or a month then its year)
_DATE_ENDS = regex.compile(r"\d(?:\s[^\W\d]{3,9}\.?)?$")  # (a year, or a day then its month)


@dataclass
class _Entry:
    side: int
    date: str  # (as printed; a wrapped day's year added when found)
    words: list[str]
    line_start: int
    line_end: int
    page: int | None
    awaits_year: bool = False


@dataclass
class PrintedSpine:
    """A spine printed as joined lines: its entries and the blocks its lines were read from."""

    entries: list[_Entry] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)

    @property
    def line_start(self) -> int:
        return self.entries[0].line_start

    @property
    def line_end(self) -> int:
        return self.entries[-1].line_end


def _forms(p: Patterns) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """A wrapped day ending a line, opening one; a year alone ending a line, opening one."""

    def build(q: Patterns):
        month = q.get("chronology.timeline_strip.month")
        day = q.get("chronology.spine_timeline.day_month").replace("{month}", month)
        year = q.get("chronology.spine_timeline.year")
        return (
            regex.compile(rf"(?<=\S)\s({day})\s*$", regex.I),
            regex.compile(rf"^({day})\s(?=\S)", regex.I),
            regex.compile(rf"(?<=\S)\s{year}\s*$"),
            regex.compile(rf"^{year}\s(?=\S)"),
        )

    return p.derived("chronology.spine_timeline", build)


def printed_spines(doc: SourceDocument, p: Patterns) -> list[PrintedSpine]:
    """The spines a joined-lines export printed, in print order."""
    texts = {ln.number: ln.text for ln in doc.lines}
    lines = [
        (n, texts.get(n, ""), b)
        for b in doc.blocks
        if b.kind in {"paragraph", "heading"}
        for n in (b.lines or [b.line_start])
    ]
    found, i = [], 0
    while i < len(lines):
        spine, i = _spine_from(lines, i, p)
        if spine is not None:
            found.append(spine)
    return found


def read_printed_spine(spine: PrintedSpine, entries: Entries) -> None:
    for e in spine.entries:
        entries.add_row(
            [e.date, " ".join(e.words)], {"date": 0, "event": 1}, e.line_start, e.line_end, e.page
        )


def _spine_from(lines: list, i: int, p: Patterns) -> tuple[PrintedSpine | None, int]:
    """The spine whose first line is lines[i], and the index after it; none where there is none."""
    first = _first_line(lines[i][1], p)
    if first is None:
        return None, i + 1
    spine = PrintedSpine()
    widest = 0
    k = i
    while k < len(lines):
        num, text, block = lines[k]
        page = block.page
        text = " ".join(text.split())
        opened = _first_line(text, p) if not (spine.entries and spine.entries[-1].awaits_year) else None
        if opened is not None and (not spine.entries or opened[0] != spine.entries[-1].side):
            side, date, words, awaits = opened
            widest = max(widest, len(" ".join(words)))
            spine.entries.append(_Entry(side, date, words, num, num, page, awaits))
        elif spine.entries and len(text) <= WIDER * widest:
            _run_on(spine.entries[-1], text, num, p)
        else:
            break
        if not any(b is block for b in spine.blocks):
            spine.blocks.append(block)
        k += 1
    if len(spine.entries) < MIN_ROWS or not _in_time_order(spine, p):
        return None, i + 1
    return spine, k


def _first_line(text: str, p: Patterns) -> tuple[int, str, list[str], bool] | None:
    """(side, date, event words, the date awaits its year) of an event's first line: a date (or a
    wrapped day) ending it after some words, or opening it before some."""
    text = " ".join(text.split())
    if not (_DATE_ENDS.search(text) or _DATE_OPENS.match(text)):
        return None  # (no date can end or open it: most lines are let go before the dates are looked for)
    day_end, day_open, _, _ = _forms(p)
    found = find_dates(text, p)
    whole = [m for m in found if m.value.precision in {"month", "day"} and not m.value.relative]
    if whole and whole[-1].end == len(text) and whole[-1].start > 0:
        return LEFT, text[whole[-1].start :], text[: whole[-1].start].split(), False
    if whole and whole[0].start == 0 and whole[0].end < len(text):
        return RIGHT, text[: whole[0].end], text[whole[0].end :].split(), False
    if (m := day_end.search(text)) and not whole:
        return LEFT, m.group(1), text[: m.start()].split(), True
    if (m := day_open.match(text)) and not whole:
        return RIGHT, m.group(1), text[m.end() :].split(), True
    return None


def _run_on(entry: _Entry, text: str, num: int, p: Patterns) -> None:
    """A line under the entry's first: its words run on; a wrapped day's year taken from its end
    (on the left) or its start (on the right)."""
    _, _, year_end, year_open = _forms(p)
    if entry.awaits_year:
        m = (year_end.search if entry.side == LEFT else year_open.match)(text)
        if m:
            entry.date += " " + m.group("year")
            entry.awaits_year = False
            text = text[: m.start()] if entry.side == LEFT else text[m.end() :]
    entry.words += text.split()
    entry.line_end = num


def _in_time_order(spine: PrintedSpine, p: Patterns) -> bool:
    """Every entry's date read, each no earlier than the one before."""
    starts = []
    for e in spine.entries:
        found = find_dates(e.date, p)
        if e.awaits_year or len(found) != 1:
            return False
        starts.append(found[0].value.start or "")
    return all(a[: len(b)] <= b[: len(a)] for a, b in zip(starts, starts[1:]))
