"""An action cell written as a bulleted list ("• Write to each agency ... • Publish the list
..."): plans on the Home Office template often put all of a recommendation's actions in one
cell, a bullet each, under the one lead, target date and status of the row. The row is still
one action (the contract: an action is one row of an action-plan table), its text the whole
cell, every bullet in order, as the plan's own lead, date and status are said of the cell.

The bullets are Word's list paragraphs (readers.docx marks them "• "), the marks a PDF prints
(a private-use glyph on plain pdftotext), or an HTML list a text export left in a cell. Each
is written back as "• " before its item, so the one action reads as the cell printed it, its
bullets told apart in a CSV cell (a "; " between items ending in full stops would read ".;",
and would run a lead-in's list into the lead-in's own words). A cell of one bullet is a marked
action, its mark no part of its words."""

from __future__ import annotations

from functools import cached_property

import regex

from dhrparse.patterns import Patterns

MARK = "•"


class ActionBullets:
    """The bullet marks a plan's action cells print, compiled once per Patterns."""

    def __init__(self, p: Patterns):
        self.p = p

    @cached_property
    def marker(self) -> regex.Pattern:
        marks = self.p.get("actions.action_bullets.markers") or "(?!x)x"
        # a mark opening the cell or set off by a space (never one inside a word)
        return regex.compile(rf"(?:^|(?<=\s)){marks}\s+")

    @cached_property
    def mark(self) -> regex.Pattern:
        """One bullet's mark (its glyph) alone."""
        return regex.compile(self.p.get("actions.action_bullets.markers") or "(?!x)x")

    def opens_marked(self, text: str) -> bool:
        """The text opens with a bullet's glyph."""
        return self.mark.match(text[:1]) is not None

    def marks_only(self, text: str) -> bool:
        """Every word of the text is a bullet's glyph printed alone."""
        return all(self.mark.fullmatch(word) for word in text.split())

    def joined(self, text: str | None) -> str | None:
        """The cell `text` as one action: any lead-in, then each bullet's item after one "• "
        mark, in the order printed; a lone bullet with nothing before it is its item alone."""
        if not text or not self.marker.search(text):
            return text
        parts = self.marker.split(text.strip())
        lead_in = " ".join(parts[0].split())
        items = [" ".join(part.split()) for part in parts[1:] if part.strip()]
        if not items:
            return text
        if not lead_in and len(items) == 1:
            return items[0]
        return " ".join(filter(None, [lead_in, *(f"{MARK} {item}" for item in items)]))

    @staticmethod
    def of(p: Patterns) -> ActionBullets:
        return p.derived("plan.action_bullets", ActionBullets)
