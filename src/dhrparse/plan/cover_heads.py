"""A page's running head ("XSCP/DHR/2021/03   OFFICIAL") printed right above a plan's header on
the plan's page is no agency's heading over its part of the plan: the same line printed at the
top of the cover, where no header follows, tells it is the page's furniture."""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.document import Line

COVER_TOP = 3  # the first lines of a document, where its first page's running head prints


def printed_at(lines: list[Line]) -> dict[str, list[int]]:
    """Each line's text (stripped) -> the indices it prints at, built once per plan's lines."""
    found: dict[str, list[int]] = {}
    for n, ln in enumerate(lines):
        text = ln.text.strip()
        if text:
            found.setdefault(text, []).append(n)
    return found


def is_running_head(
    i: int, text: str, at: dict[str, list[int]], header_follows: Callable[[int], bool]
) -> bool:
    """Whether line i's text prints at the top of the document too (the cover's running head),
    where no header follows it (an agency's name printed again in a cell, or over another part
    of the plan, is no running head)."""
    return any(k != i and k < COVER_TOP and not header_follows(k) for k in at.get(text.strip(), ())[:20])
