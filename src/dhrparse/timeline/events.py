"""Chronology events placed on the time axis and in agency lanes, before anything is drawn."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dhrparse.models import ChronologyEvent, DateValue, Document

NO_AGENCY = "(no agency named)"
OTHER_AGENCIES = "(other agencies)"
LABEL_WORDS, LABEL_CHARS = 5, 34


@dataclass
class Placed:
    """An event ready to draw: its period on the time axis and its lane."""

    event: ChronologyEvent
    element_id: str
    start: date
    end: date | None  # a date range when set
    hollow: bool  # approximate, relative, or undated (placed beside its neighbour)
    lane: str

    offset: float = 0.0  # nudge within the lane when events share a date

    @property
    def title(self) -> str:
        raw = self.event.date.raw if self.event.date else "undated"
        heading = f"{self.event.heading}: " if self.event.heading else ""
        return f"{raw} — {heading}{first_words(self.event, 16, 140)}"


def first_words(event: ChronologyEvent, words: int = LABEL_WORDS, chars: int = LABEL_CHARS) -> str:
    """The first words of the event's text, without the date it opens with (a heading is
    often shared by a run of events, so it tells them apart less well)."""
    text = event.text or event.heading or ""
    if event.date and event.date.raw:
        text = (
            re.sub(
                r"^\W*+(?:in|on|during|by|around|about|between|from)?\s*+"
                + re.escape(event.date.raw)
                + r"[\s,.:;-]*",
                "",
                text,
                flags=re.IGNORECASE,
            )
            or text
        )
    if not re.search(r"[A-Za-z]{2}", text):  # the event is only its date
        text = event.text or event.heading or ""
    short = " ".join(text.split()[:words])
    if len(short) > chars:
        short = short[: chars - 1].rstrip() + "…"
    elif len(text.split()) > words:
        short += "…"
    return short


def parse_bound(value: str | None, *, end: bool = False) -> date | None:
    """A date from "2014", "2014-03" or "2014-03-07"; an end bound takes the period's last day."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value.strip())
    if not m:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        month = int(month)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1]) if end else date(year, month, 1)
        return date(year, month, int(day))
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise ValueError(f"not a date: {value!r} ({exc})") from None


def period(value: DateValue | None) -> tuple[date, date | None] | None:
    """The first and (for a range) last day of a date; None when it has no calendar date."""
    if value is None or not value.start:
        return None
    try:
        start = parse_bound(value.start[:10])
        end = parse_bound(value.end[:10], end=True) if value.end and value.end != value.start else None
    except ValueError:
        return None
    return start, end


def place_events(
    docs: list[Document], date_from: date | None = None, date_to: date | None = None, max_lanes: int = 20
) -> list[Placed]:
    """Events on the time axis, in lanes; undated events sit hollow beside the event before them."""
    many = len(docs) > 1
    placed = [p for doc in docs for p in _place_document(doc, many)]
    if date_from or date_to:
        lo, hi = date_from or date.min, date_to or date.max
        placed = [p for p in placed if (p.end or p.start) >= lo and p.start <= hi]
    _merge_rare_lanes(placed, max_lanes)
    return placed


def _place_document(doc: Document, many: bool) -> list[Placed]:
    """One review's events in its order: an undated event takes the date of the dated event
    before it (or, before the first, after it)."""
    stem = Path(doc.source.name).stem

    def undated(event: ChronologyEvent, beside: date) -> Placed:
        return Placed(event, _element_id(event, stem, many), beside, None, True, _lane(event))

    placed: list[Placed] = []
    previous: date | None = None
    pending: list[ChronologyEvent] = []
    for event in doc.chronology:
        when = period(event.date)
        if when is None:
            if previous is None:
                pending.append(event)
            else:
                placed.append(undated(event, previous))
            continue
        start, end = when
        approximate = bool(event.date and (event.date.approximate or event.date.relative))
        placed.append(Placed(event, _element_id(event, stem, many), start, end, approximate, _lane(event)))
        placed += [undated(early, start) for early in pending]  # undated events before the first dated one
        pending, previous = [], start
    # no dated event at all: nothing to place them by
    return placed + [undated(early, date.today()) for early in pending]


def _element_id(event: ChronologyEvent, stem: str, many: bool) -> str:
    """The SVG element of an event; with several reviews drawn together, named by review too."""
    return f"event-{stem}-{event.id}" if many else f"event-{event.id}"


def _lane(event: ChronologyEvent) -> str:
    return event.agencies[0] if event.agencies else NO_AGENCY


def _merge_rare_lanes(placed: list[Placed], max_lanes: int) -> None:
    """Past what A4 can show, the agencies seen least share one lane."""
    counts: dict[str, int] = {}
    for p in placed:
        counts[p.lane] = counts.get(p.lane, 0) + 1
    if len(counts) <= max_lanes:
        return
    keep = {lane for lane, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: max_lanes - 1]}
    keep.add(NO_AGENCY)
    for p in placed:
        if p.lane not in keep:
            p.lane = OTHER_AGENCIES


def lane_order(placed: list[Placed]) -> list[str]:
    """Busiest agency at the top; the no-agency and merged lanes at the bottom."""
    counts: dict[str, int] = {}
    for p in placed:
        counts[p.lane] = counts.get(p.lane, 0) + 1
    named = sorted(
        (lane for lane in counts if lane not in (NO_AGENCY, OTHER_AGENCIES)),
        key=lambda lane: (-counts[lane], lane),
    )
    return named + [lane for lane in (OTHER_AGENCIES, NO_AGENCY) if lane in counts]
