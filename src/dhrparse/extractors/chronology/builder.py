"""Walking a chronology proper's blocks into entries: every paragraph is an entry except the
method introduction at its head; bullets and page-break continuations stay in the paragraph
they belong to; a table with a date column gives one entry per row, the prose around it being
commentary."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors import Context
from dhrparse.extractors.chronology.columns import column_positions
from dhrparse.extractors.chronology.dating import dated_near_start, opens_with_date
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.periods import period_only
from dhrparse.extractors.chronology.stacked import stacked_header, stacked_rows
from dhrparse.extractors.chronology.tables import aligned_table, read_table
from dhrparse.extractors.chronology.unread import UnreadRuns


class Builder:
    """One chronology section's walk: its entries, the runs it leaves unread, and how the
    section gives its entries (table rows, or unnumbered dated paragraphs)."""

    def __init__(self, ctx: Context, entries: Entries, furniture: Furniture):
        self.ctx, self.p, self.entries, self.furniture = ctx, ctx.patterns, entries, furniture
        self.unread = UnreadRuns(ctx, entries)
        self.framing_numbers = False  # numbered paragraphs are the report's prose, not entries
        self.table_entries = False  # the entries are a table's rows

    def full(self, blocks: list[Block]) -> None:
        blocks = [b for b in blocks if b.kind != "toc"]
        rest = aligned_table(blocks, self.entries, self.ctx, self.furniture)
        if rest is not None:
            self.table_entries = True
            blocks = rest
        self._read_shape(blocks)
        i = 0
        while i < len(blocks):
            columns = stacked_header(blocks, i, self.entries)
            if columns:
                self.unread.flush()
                i = stacked_rows(blocks, i, columns, self.entries, self.ctx)
                continue
            self._block(blocks, i)
            i += 1

    def _read_shape(self, blocks: list[Block]) -> None:
        """How the section gives its entries: rows of a table with a date column (the prose
        around it is commentary), or dated paragraphs that carry no paragraph numbers (the
        numbered paragraphs among them are the report's introduction and pointers)."""
        for block in blocks:
            if (
                block.kind == "table"
                and block.table is not None
                and any(
                    column_positions([" ".join(t.split()) for t in r.texts], self.p)
                    for r in block.table.rows[:3]
                )
            ):
                self.table_entries = True
        lead = self.entries.vocab.lead
        own = self.entries.own_text
        dated = [b for b in blocks if b.kind == "paragraph" and dated_near_start(own(b)[1], self.p, lead)]
        numbered = sum(1 for b in dated if own(b)[0])
        self.framing_numbers = len(dated) >= 2 and numbered < 0.5 * len(dated)

    def _block(self, blocks: list[Block], i: int) -> None:
        block = blocks[i]
        if block.kind in ("heading", "table"):
            self.unread.flush()
            if block.kind == "table":
                read_table(block, self.entries, self.ctx, self.furniture)
            elif block.section is not self.entries.section:
                self.entries.set_heading(block)
            return
        text = self.entries.own_text(block)[1].strip()
        if not text:
            return
        why = self._not_an_event(block, text)
        if why:
            self.unread.skip(block, why)
            return
        self.unread.flush()
        if self.entries.continues(block, text):
            self.entries.merge(block, text)
        elif self._lone_period(blocks, i, text):
            self.entries.set_heading(block)
            self.ctx.consumed(block.lines or [block.line_start], "period heading")
        else:
            self.entries.add(block, text)

    def _not_an_event(self, block: Block, text: str) -> str | None:
        """Why a paragraph is not an entry, if it is not."""
        if block.kind != "paragraph":
            return None
        if not self.entries.own and self.p.any_match("chronology.method_cues", text):
            return "the method or introduction"
        if self.table_entries and not opens_with_date(text[:80], self.p):
            return "commentary around the chronology table"
        if (
            self.framing_numbers
            and self.entries.own_text(block)[0]
            and not dated_near_start(text, self.p, self.entries.vocab.lead)
        ):
            return "the report's numbered prose around the entries"
        return None

    def _lone_period(self, blocks: list[Block], i: int, text: str) -> bool:
        """A lone period line heading the entries below it (not one of a list of periods)."""
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        last = self.entries.last_block
        return (
            period_only(text, self.p)
            and not (nxt is not None and period_only(nxt.text, self.p))
            and not (last is not None and period_only(last.text, self.p))
            and nxt is not None
            and nxt.kind in ("paragraph", "bullet")
        )
