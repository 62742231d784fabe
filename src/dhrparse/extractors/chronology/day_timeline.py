"""A chronology of the final days told day by day, as investigations into a death print it: a
label per day ("Day 1 – Monday 14 October 2024"; a later day may print its number alone,
"Day 2", the day after Day 1), under each label one paragraph per contact opening with its clock
time ("09:15<tab>Mr Q rang the crisis line ..."). Each timed paragraph is an entry of its own,
dated by its day's label (a bare label counted on from the last dated one, so relative); the
time is kept beside the entry. A paragraph's later printed lines join it; anything else under
the labels is left unread, never an entry.

Read line by line, since each route groups the lines into blocks its own way (a text export
runs a day's paragraphs together, a PDF keeps the hanging paragraphs as tabbed rows). Read only
where the labels are at least two, the first names its day, each label's number runs on from
the one before and every label has a timed paragraph under it: a "Day 3" in a report's prose,
or a time at the start of a sentence, makes no such timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import regex

from dhrparse.document import Block, SourceDocument
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.unread import UnreadRuns
from dhrparse.models import ChronologyEvent, DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

MIN_DAYS = 2  # day labels enough to tell a day-by-day timeline
MIN_ENTRIES = 3  # timed paragraphs under them
# a block's text run together from several printed lines: cut again before a time or a day label
# that follows a sentence's end
_CLOCK = regex.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")
_RUN_ON = regex.compile(r"(?<=[.!?][”’\"']?)\s+(?=(?:\d{1,2}[:.]\d{2}\s|[Dd]ay\s+\d{1,2}\b))")


@dataclass(frozen=True)
class _Piece:
    text: str
    first: int  # printed line numbers
    last: int
    page: int | None


def _forms(p: Patterns) -> tuple[regex.Pattern, regex.Pattern]:
    return p.derived(
        "chronology.day_timeline",
        lambda q: (
            regex.compile(q.get("chronology.day_timeline.day_label"), regex.I),
            regex.compile(q.get("chronology.day_timeline.timed_entry"), regex.I | regex.S),
        ),
    )


def _pieces(blocks: list[Block], doc: SourceDocument | None) -> list[_Piece]:
    """The blocks' printed lines (from `doc`), or without it their texts cut at each line break
    and before each time or label run on after a sentence."""
    if doc is not None:
        wanted = {n for b in blocks if b.kind != "toc" for n in b.lines}
        return [
            _Piece(" ".join(ln.text.split()), ln.number, ln.number, ln.page)
            for ln in doc.lines
            if ln.number in wanted and ln.text.strip()
        ]
    return [
        _Piece(part, b.line_start, b.line_end, b.page)
        for b in blocks
        if b.kind != "toc"
        for line in f"{b.number or ''} {b.text}".split("\n")
        for part in _RUN_ON.split(" ".join(line.split()))
        if part
    ]


def _joined_times(pieces: list[_Piece], p: Patterns) -> list[_Piece]:
    """A time printed alone on its line with its paragraph on the next (a hanging paragraph's
    tab stop, as plain text exports print it) joined to that paragraph."""
    label, timed = _forms(p)
    out: list[_Piece] = []
    for piece in pieces:
        before = out[-1] if out else None
        alone = before is not None and _CLOCK.fullmatch(before.text) is not None
        if alone and not label.match(piece.text) and not timed.match(piece.text):
            out[-1] = _Piece(f"{before.text} {piece.text}", before.first, piece.last, before.page)
            continue
        out.append(piece)
    return out


def _labels(pieces: list[_Piece], p: Patterns) -> dict[int, DateValue] | None:
    """Piece index -> the date of the day its label names, where the pieces are such a
    timeline; None otherwise."""
    label, timed = _forms(p)
    days: dict[int, DateValue] = {}
    last: tuple[int, date] | None = None  # the last label's number and day
    entries = 0
    for i, piece in enumerate(pieces):
        m = label.match(piece.text)
        if m is None:
            entries += bool(days and timed.match(piece.text))
            continue
        n = int(m.group("n"))
        if last is not None and (i - 1 in days or n != last[0] + 1):
            return None  # (a label with no entry under it, or numbers that do not run on)
        value = _named_day(m.group("date"), p) if m.group("date") else None
        if value is None and last is None:
            return None  # (the first label must name its day)
        if value is None:
            day = last[1] + timedelta(days=n - last[0])
            raw = " ".join(piece.text.split())
            value = DateValue(
                raw=raw, start=day.isoformat(), end=day.isoformat(), precision="day", relative=True
            )
        last = (n, date.fromisoformat(value.start))
        days[i] = value
    if len(days) < MIN_DAYS or entries < MIN_ENTRIES or max(days) == len(pieces) - 1:
        return None
    return days


def _named_day(text: str, p: Patterns) -> DateValue | None:
    found = find_dates(text, p)
    if not found or found[0].value.precision != "day" or not found[0].value.start:
        return None
    return found[0].value


def is_day_timeline(blocks: list[Block], p: Patterns) -> bool:
    """Whether the blocks are a day-by-day timeline (see the module's note)."""
    return _labels(_joined_times(_pieces(blocks, None), p), p) is not None


def read_day_timeline(blocks: list[Block], entries: Entries, unread: UnreadRuns) -> bool:
    """The timeline's entries read into `entries`; False (nothing read) where the blocks are
    no such timeline."""
    pieces = _joined_times(_pieces(blocks, entries.doc), entries.p)
    days = _labels(pieces, entries.p)
    if days is None:
        return False
    _, timed = _forms(entries.p)
    day: DateValue | None = None
    open_entry = False  # the last piece read was a timed paragraph's, or a line of it
    for i, piece in enumerate(pieces):
        if i in days:
            day, open_entry = days[i], False
            continue
        m = timed.match(piece.text) if day is not None else None
        if m is not None:
            _add(entries, piece, m.group("rest"), day, m.group("time"))
            open_entry = True
        elif open_entry and _carries_on(entries.own[-1].text, piece.text):
            entries.own[-1].text += " " + piece.text
            entries.own[-1].location.line_end = piece.last
        else:
            open_entry = False
    return True


def _add(entries: Entries, piece: _Piece, text: str, day: DateValue, time: str) -> None:
    """One timed paragraph as an entry of its day, its clock time kept beside it."""
    entries.anchor = day
    event = ChronologyEvent(
        id="",
        heading=entries.heading,
        date=day,
        text=text,
        agencies=entries.gaz.find(text),
        extra={"time": time},
        location=entries.location(piece.first, piece.last, piece.page),
    )
    entries.own.append(event)
    entries.events.append(event)


def _carries_on(before: str, text: str) -> bool:
    """A printed line of the entry above: the entry had not ended its sentence, or the line
    opens in lower case."""
    return text[:1].islower() or not before.rstrip().endswith((".", "!", "?", ".”", ".'"))
