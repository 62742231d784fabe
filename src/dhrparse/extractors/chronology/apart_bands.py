"""Bands of rows in a chronology table a plain text export printed column after column
(apart_rows): on one page the export may print the columns band by band, a few rows' dates (and
agencies), then those rows' event text, then the next rows' dates, then their event text.

Each band's event text is then the event text of exactly the rows whose dates were printed just
before it: a band's first event line opens its first row's event, and the band holds as many
cells as it has dates. Cutting each band on its own keeps a row's event among its band's lines,
where the printing's lines taken as one run leave many more ways to cut them. A band with no
dates, before the page's first dates, is the rest of the row broken over the page before."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass


@dataclass(frozen=True)
class Band:
    """A band's rows (dates[dates_from:dates_to]) and its event lines (events[lines_from:lines_to])."""

    dates_from: int
    dates_to: int
    lines_from: int
    lines_to: int


def bands(dates: list[int], events: list[int], opens: list[bool]) -> list[Band]:
    """The printing's bands: `dates` are the printed line numbers of each date cell's first line,
    `events` those of the event lines, in order; `opens` whether each event line may open a cell.
    One band (every date, every line) unless the dates stand among the event lines, each group of
    them before a line that opens a cell, none after the last event line."""
    whole = [Band(0, len(dates), 0, len(events))]
    # (where each date stands among the event lines: after how many of them it is printed)
    at = [bisect_left(events, number) for number in dates]
    starts = sorted(set(at) - {0})
    if not starts or at[-1] >= len(events) or at != sorted(at):
        return whole
    if not all(opens[k] for k in starts):
        return whole  # (a band's event text opens a row's event)
    edges = [0, *starts, len(events)]
    out = []
    for a, b in zip(edges, edges[1:]):
        out.append(Band(bisect_left(at, a), bisect_left(at, b), a, b))
    return out
