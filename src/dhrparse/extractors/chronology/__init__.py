"""Chronology events: one per paragraph of a chronology / key-events section.

Sections are found by their headings and content (sections, missed_headings, evidence);
running footers a text export left in the flow are dropped and a PDF export's run-together
lines are cut back into entries at year lines and date-led lines (furniture). Two kinds:
- a chronology proper ("Chronology", "Key Episodes", "Timeline", "Summary of events"): every
  paragraph is an entry except the method introduction at its head (builder); a table with a
  date column gives one entry per row (tables, stacked);
- a summary of key episodes whose content is findings ("Summary and Findings of the Key
  Episodes"): only a list of periods ("August to October 2010.") gives entries (periods).
Each entry is dated by its own leading date expression, else the first date it gives, else
from the entry before it (or the date of death) with `relative: true` (dating, entries).
"""

from __future__ import annotations

import regex

from dhrparse.document import SourceDocument
from dhrparse.extractors.chronology.agencies import Agencies
from dhrparse.extractors.chronology.agency_narrative import NARRATIVE, printed_numbers
from dhrparse.extractors.chronology.broken_cells import joined_broken_cells
from dhrparse.extractors.chronology.builder import Builder
from dhrparse.extractors.chronology.calendar_grids import calendar_tables, read_calendar
from dhrparse.extractors.chronology.dating import event_date
from dhrparse.extractors.chronology.day_timeline import read_day_timeline
from dhrparse.extractors.chronology.day_times import read_day_times
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.kinds import JOINED, PERIODS, section_kind
from dhrparse.extractors.chronology.label_blocks import read_label_blocks
from dhrparse.extractors.chronology.periods import read_periods
from dhrparse.extractors.chronology.sections import chronology_sections
from dhrparse.extractors.chronology.spine_lines import printed_spines, read_printed_spine
from dhrparse.extractors.chronology.spine_timelines import read_spine, spine_tables
from dhrparse.extractors.chronology.timeline_strips import (
    printed_strips,
    read_printed_strip,
    read_strip,
    strip_tables,
    year_head_lines,
)
from dhrparse.ledger import Ledger
from dhrparse.models import ChronologyEvent, Review
from dhrparse.patterns import Patterns
from dhrparse.vocab.agencies import gazetteer_for
from dhrparse.vocab.dates import find_dates


def extract(doc: SourceDocument, ctx: Ledger, review: Review) -> list[ChronologyEvent]:
    """`review`: the review extractor's reading (its date of death ends a chronology's years)."""
    p = ctx.patterns
    gaz = Agencies(gazetteer_for(doc, p), p)
    events: list[ChronologyEvent] = []
    furniture = Furniture(doc, p)
    strips = strip_tables(doc, p)
    for strip in strips:  # (a timeline strip, found by its year columns whatever its heading)
        section = strip.section or doc.root
        ctx.claim("chronology", strip.line_start, strip.line_end, section.heading)
        ctx.consumed(year_head_lines(strip), "timeline strip's years")
        read_strip(strip, Entries(doc, p, gaz, section, events, review.date_of_death))
    for printed in [] if strips else printed_strips(doc, p):  # (printed as text: its years where told)
        section = printed.blocks[0].section or doc.root
        ctx.claim("chronology", printed.blocks[0].line_start, printed.blocks[-1].line_end, section.heading)
        ctx.consumed(printed.head_lines, "timeline strip's years")
        read_printed_strip(printed, Entries(doc, p, gaz, section, events, review.date_of_death), ctx)
        strips += printed.blocks
    for spine, dates in spine_tables(doc, p):  # (a spine timeline: each event beside its date cell)
        section = spine.section or doc.root
        ctx.claim("chronology", spine.line_start, spine.line_end, section.heading)
        read_spine(spine, dates, Entries(doc, p, gaz, section, events, review.date_of_death))
        strips.append(spine)
    spans = []  # (the printed lines of spines read as text: a section's blocks re-cut from them are read)
    for printed in [] if any(b.kind == "table" for b in strips) else printed_spines(doc, p):
        # (a spine printed as joined lines: each event's first line ends or opens with its date)
        section = printed.blocks[0].section or doc.root
        ctx.claim("chronology", printed.line_start, printed.line_end, section.heading)
        read_printed_spine(printed, Entries(doc, p, gaz, section, events, review.date_of_death))
        strips += printed.blocks
        spans.append((printed.line_start, printed.line_end))
    for grid, month in calendar_tables(doc, p):  # (a month's calendar: each event on its day)
        section = grid.section or doc.root
        ctx.claim("chronology", grid.line_start, grid.line_end, section.heading)
        read_calendar(grid, month, Entries(doc, p, gaz, section, events, review.date_of_death))
        strips.append(grid)
    for section, mode, scope in chronology_sections(doc, p, furniture):
        scope = [b for b in scope if not any(b is s for s in strips) and not _within(b, spans)]
        entries = Entries(doc, p, gaz, section, events, review.date_of_death, by_agency=mode == NARRATIVE)
        builder = Builder(ctx, entries, furniture)
        if scope:
            ctx.claim("chronology", section.line_start, max(b.line_end for b in scope), section.heading)
        first = len(events)
        if mode == PERIODS:
            read_periods(scope, entries, builder.unread)
        elif read_day_timeline(scope, entries, builder.unread):
            pass  # (the final days told day by day: each timed paragraph an entry of its day)
        elif read_day_times(scope, entries, builder.unread):
            pass  # (a day told as a times table under a heading naming the day: a row an entry)
        elif read_label_blocks(scope, entries, builder.unread):
            pass  # (stacked "Date: …" / "What happened: …" blocks: each a row of a table)
        else:
            builder.full(scope, joined=mode == JOINED)
        if mode == NARRATIVE:
            printed_numbers(entries.own, doc)
        builder.unread.flush()
        if mode != PERIODS:  # (a summary's list of periods names its entries by their periods alone)
            events[first:] = _with_event_text(events[first:], ctx)
            # (a row run over a page break, read as two paragraphs: one cell again)
            events[first:] = joined_broken_cells(events[first:], doc, ctx)
    for i, ev in enumerate(events, 1):
        ev.id = f"chron-{i}"
    return events


def _within(block, spans: list[tuple[int, int]]) -> bool:
    """The block lies within the lines of a spine read as text."""
    return any(a <= block.line_start and block.line_end <= b for a, b in spans)


APART_DATES = 3  # date cells read alone one after another: a date column printed apart from its events


def _with_event_text(events: list[ChronologyEvent], ctx: Ledger) -> list[ChronologyEvent]:
    """An entry whose whole text is its own date cell ("4.2.20") tells no event: a date column
    printed apart from its events and read a date a paragraph. Each is a warning, not an entry;
    the entries after a run of them that only carry the last one's date are left undated."""
    kept = []
    alone: list[ChronologyEvent] = []  # (the run of date cells read alone just before)
    carried = False  # (the entries after a column of dates printed apart date nothing of their own)
    for ev in events:
        if ev.date is not None and _date_cells_only(ev, ctx.patterns):
            ctx.warn_unread(
                "chronology_date_alone", "date cell", "with no event text beside it", [ev.text], ev.location
            )
            alone.append(ev)
            continue
        if _date_part_only(ev, ctx.patterns):
            # (a date cell wrapped over lines, "30" / "November" / "2022", printed among its
            # event's lines: its month line read alone tells nothing; its date is its row's)
            ctx.warn_unread(
                "chronology_date_alone",
                "part of a date cell",
                "read alone, not an event",
                [ev.text],
                ev.location,
            )
            continue
        carried = carried or _printed_apart(alone)
        alone = []
        if carried and (ev.date is None or ev.date.relative):
            # (the last of a column's dates printed apart dates none of the events after it, nor
            # does "that afternoon" counted from it)
            if ev.date is not None:
                ctx.warn(
                    "chronology_dates_apart",
                    "an entry after a date column printed apart from its events: which date is its "
                    "cannot be told, so it is left undated",
                    ev.location,
                )
            ev.date = None
        else:
            carried = False
        kept.append(ev)
    return kept


def _date_cells_only(ev: ChronologyEvent, p: Patterns) -> bool:
    """The entry's text is its own date cell, or date cells the export printed with no blank
    line between them ("28 Jan 2021" over "early May" / "2021") and nothing else."""
    text = " ".join(ev.text.split()).strip(_CELL_PUNCTUATION)
    if text == ev.date.raw.strip(_CELL_PUNCTUATION):
        return True
    found = find_dates(text, p)
    if len(found) < 2:
        return False
    ends = [0, *(k for m in found for k in (m.start, m.end)), len(text)]
    return all(not text[a:b].strip(_CELL_PUNCTUATION) for a, b in zip(ends[::2], ends[1::2]))


_CELL_PUNCTUATION = " .:;,"
_DAY = regex.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def _date_part_only(ev: ChronologyEvent, p: Patterns) -> bool:
    """The entry's whole text is a piece of a date cell: a month's name, a day's number, no
    event's words ("November", "30 November")."""
    words = " ".join(ev.text.split()).strip(_CELL_PUNCTUATION).split()
    months = p.get("dates.months", {})
    return (
        0 < len(words) <= 2
        and any(w.lower().rstrip(".") in months for w in words)
        and all(w.lower().rstrip(".") in months or _DAY.fullmatch(w) for w in words)
    )


def _printed_apart(alone: list[ChronologyEvent]) -> bool:
    """Date cells read alone one after another are a date column printed apart from its events,
    not date headings narrowing one another ("2019" over "March 2019" over "4 March 2019")."""
    starts = [ev.date.start or "" for ev in alone]
    return len(alone) >= APART_DATES and any(not b.startswith(a) for a, b in zip(starts, starts[1:]))


__all__ = ["extract", "event_date", "chronology_sections", "section_kind"]
