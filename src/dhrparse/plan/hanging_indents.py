"""A bulleted list in a cell printed side by side (pdftotext -layout): each item's mark at the
cell's edge, its words a few spaces right of it, and the item's later lines at that hanging
indent. The indent is the item's text, never where another column's cells start, however
often the list's lines start there."""

from __future__ import annotations

from dhrparse.plan.layout_words import bullet_mark

MARK_GAP = 4  # the most spaces between a bullet's mark and its item's first word


def marks_item(seg: tuple[int, str], after: tuple[int, str] | None) -> bool:
    """The segment is a bullet's mark printed a few spaces before its item (`after`)."""
    s, t = seg
    return after is not None and bool(bullet_mark().match(t)) and after[0] - (s + len(t)) <= MARK_GAP


def item_starts(segs: list[tuple[int, str]]) -> set[int]:
    """Where the items of a line's bullet marks start (a list's hanging indent)."""
    return {after[0] for seg, after in zip(segs, segs[1:]) if marks_item(seg, after)}
