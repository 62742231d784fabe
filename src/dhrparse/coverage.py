"""The "no data loss" invariant: inside every region an extractor claimed, each content
line is held by a record (its location or an alias location) or a warning, or was read
as structure (a table header, a label, an agency heading).

`uncovered_lines` lists the lines that break it; `dhrparse inspect` and
tests/test_no_data_loss.py report them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import NamedTuple

from dhrparse.document import SourceDocument
from dhrparse.ledger import Claim
from dhrparse.models import Document, Location


class Uncovered(NamedTuple):
    kind: str
    section: str | None
    line: int
    text: str


def _spans(document: Document) -> list[tuple[int, int]]:
    locs: list[Location] = []
    for kind in ("recommendations", "actions", "chronology"):
        for rec in getattr(document, kind):
            locs.append(rec.location)
            locs.extend(getattr(rec, "alias_locations", []) or [])
    locs.extend(w.location for w in document.warnings if w.location is not None)
    return _merge((loc.line_start, loc.line_end) for loc in locs)


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _inside(spans: list[tuple[int, int]], starts: list[int], n: int) -> bool:
    i = bisect.bisect_right(starts, n) - 1
    return i >= 0 and spans[i][0] <= n <= spans[i][1]


def uncovered_lines(
    source: SourceDocument, document: Document, claims: list[Claim], structure: dict[int, str] | None = None
) -> list[Uncovered]:
    """Content lines inside claimed regions that no record, warning or structure holds."""
    structure = structure or {}
    held = _spans(document)
    starts = [a for a, _ in held]
    titles: set[int] = set()  # heading and contents-list lines are the document's frame
    for b in source.blocks:
        if b.kind in ("heading", "toc"):
            titles.update(b.lines or range(b.line_start, b.line_end + 1))
    numbers = [ln.number for ln in source.lines]
    out: list[Uncovered] = []
    seen: set[int] = set()
    for claim in sorted(claims, key=lambda c: c.line_start):
        first = bisect.bisect_left(numbers, claim.line_start)
        last = bisect.bisect_right(numbers, claim.line_end)
        for ln in source.lines[first:last]:
            n = ln.number
            if n in seen or not ln.is_content:
                continue
            if n in titles or n in structure or _inside(held, starts, n):
                continue
            seen.add(n)
            out.append(Uncovered(claim.kind, claim.section, n, ln.text.strip()))
    return sorted(out, key=lambda u: u.line)
