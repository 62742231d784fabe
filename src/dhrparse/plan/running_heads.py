"""A page's running head ("XSCP/DHR/2021/03   OFFICIAL") printed right above a plan's header on
the plan's page is no agency's heading over its part of the plan: the same line printed where no
header follows (the cover's top, another page's) tells it is the page's furniture."""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.document import Line


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
    """Whether line i's text prints elsewhere too, somewhere no header follows it."""
    return any(k != i and not header_follows(k) for k in at.get(text.strip(), ())[:20])
