"""The "no data loss" invariant for recommendations: the chapters that gave records, and
every labelled unit, are claimed; any text in them that no record holds becomes one warning
per contiguous run."""

from __future__ import annotations

import bisect

from dhrparse.document import Block
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading


class _SpanIndex:
    """Whether some (start, end) span holds a range: a bisect over the spans sorted by start
    with the furthest end so far (a scan of every span per block was quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []
        for _, e in ordered:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def holds(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end


def claim(r: Reading, regions, formal: list[Item], units: list[tuple[int, int]]) -> None:
    """`units`: (first, end) block indices of labelled units and tables read."""
    spans = [
        (min(b.line_start for b in it.blocks), max(b.line_end for b in it.blocks))
        for it in formal
        if it.blocks
    ]
    within = _SpanIndex(spans)
    for a, b in _claimed_ranges(r, regions, formal, units):
        blocks = r.blocks[a:b]
        if not blocks:
            continue
        r.ctx.claim(
            "recommendations",
            blocks[0].line_start,
            max(x.line_end for x in blocks),
            r.loc(blocks[:1]).section,
        )
        _warn_unheld(r, blocks, within)


def _claimed_ranges(
    r: Reading, regions, formal: list[Item], units: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Block ranges: each recommendations region that gave records (not one whose heading
    mixes recommendations with other matter), then the units outside them."""
    sources = {it.source for it in formal}
    ranges: list[tuple[int, int]] = []
    k, n = 0, len(r.blocks)
    while k < n:
        mode, source, _ = regions[k]
        end = k
        while end + 1 < n and regions[end + 1][:2] == (mode, source):
            end += 1
        if mode in ("overview", "agency") and source in sources and not _mixed_heading(r, source):
            ranges.append((k, end + 1))
        k = end + 1
    return ranges + [u for u in units if not any(a <= u[0] and u[1] <= b for a, b in ranges)]


def _warn_unheld(r: Reading, blocks: list[Block], within: _SpanIndex) -> None:
    run: list[Block] = []
    for blk in blocks:
        held = (
            blk.kind in ("heading", "toc")
            or within.holds(blk.line_start, blk.line_end)
            or all(ln in r.ctx.structure for ln in (blk.lines or [blk.line_start]))
        )
        if not held and blk.text.strip():
            run.append(blk)
            continue
        if blk.kind == "heading" and not run:
            continue
        _warn_skipped(r, run)
        run = []
    _warn_skipped(r, run)


def _mixed_heading(r: Reading, source: int) -> bool:
    heading = next((b for b in r.blocks if b.kind == "heading" and b.line_start == source), None)
    return heading is not None and any(rx.search(heading.text) for rx in r.vocab.mixed_heading)


def _warn_skipped(r: Reading, run: list[Block]) -> None:
    if not run:
        return
    r.ctx.warn_unread(
        "not_a_recommendation",
        "block",
        "in a recommendations region read as not recommendations (introduction, learning point, commentary)",
        [" ".join(b.text.split()) for b in run],
        r.loc(run),
    )
