"""Bullets printed apart from their items: a list of dated events ("3 May 2021 – took a bedsit",
"June 2022 – began to miss visits") whose bullet glyphs plain pdftotext printed as a
column of their own, every bullet on its own line, before the items' text.

A Word list set with a hanging indent comes out so when the bullet and the text stand in
separate columns of the page: a run of lines holding a bullet alone, then the items, each
item's first line opening with its date and a dash, its wrapped lines under it, with no blank
line between the items. Read as printed, the run of items is one paragraph, so a list of the
case's events or a timeline is one event, or its first item is joined to the lead-in above the
bullets. When the items opening with a date and a dash are exactly as many as the bullets,
each bullet goes back in front of its item (the bullet lines become blank), and the list reads
as the bulleted chronology it is: one event per bullet. Any other count leaves the lines as
printed.
"""

from __future__ import annotations

import regex

from dhrparse.document import BLANK, TEXT, Line
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import opening_date

BULLET = "•"
MIN_BULLETS = 2  # one bullet alone could be any stray glyph
MAX_GAP = 3  # blank lines pdftotext prints between the bullets and the items' text
DATE_WITHIN = 2  # an item opens with its date ("14 March 2022", "June 2023")
MAX_ITEM_LINES = 6  # wrapped lines an item may take: a list longer than that is no run of bullets


def place_apart_bullets(lines: list[Line], patterns: Patterns) -> None:
    """Put bullets printed apart back in front of the dated items they mark."""
    separator = regex.compile(patterns.get("cleaning.dated_item_separator") or "(?!x)x")
    i = 0
    while i < len(lines):
        if not _lone_bullet(lines[i]):
            i += 1
            continue
        k = i
        while k < len(lines) and _lone_bullet(lines[k]):
            k += 1
        run = lines[i:k]
        items = _items(lines, k, len(run), separator, patterns)
        if len(run) >= MIN_BULLETS and items is not None:
            for ln in run:
                ln.clean_to("")
                ln.kind = BLANK
            for ln in items:
                ln.clean_to(f"{BULLET} {ln.text}")
        i = k


def _lone_bullet(ln: Line) -> bool:
    return ln.cells is None and ln.kind == TEXT and ln.text.strip() == BULLET


def _items(lines: list[Line], k: int, count: int, separator, patterns: Patterns) -> list[Line] | None:
    """The first lines of the `count` dated items printed after the bullets from line k, or None
    when the text there is not such a list: its first line opens no item, or the items it holds
    before a blank line are another number than the bullets."""
    gap = 0
    while k < len(lines) and lines[k].kind == BLANK and gap < MAX_GAP:
        k, gap = k + 1, gap + 1
    found: list[Line] = []
    end = min(len(lines), k + count * MAX_ITEM_LINES + 1)
    while k < end and lines[k].kind == TEXT and lines[k].cells is None:
        if _opens_item(lines[k].text, separator, patterns):
            found.append(lines[k])
        elif not found:
            return None
        k += 1
    if k == end and k < len(lines) and lines[k].kind == TEXT:
        return None  # (text runs on past the items' reach: prose, not the list)
    return found if len(found) == count else None


def _opens_item(text: str, separator, patterns: Patterns) -> bool:
    """The line opens with a date and a dash before the event's words."""
    date = opening_date(text, patterns, within=DATE_WITHIN)
    return date is not None and bool(separator.match(text[date.end :]))
