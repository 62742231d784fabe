"""Text in a chronology section deliberately not read as events (the method introduction,
commentary around a table, findings): one warning per contiguous run, never a silent drop."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.ledger import Ledger


class UnreadRuns:
    def __init__(self, ctx: Ledger, entries: Entries):
        self.ctx, self.entries = ctx, entries
        self.blocks: list[Block] = []  # the current run
        self.why = ""

    def skip(self, block: Block, why: str) -> None:
        if self.blocks and why != self.why:
            self.flush()
        self.blocks.append(block)
        self.why = why

    def flush(self) -> None:
        """The run so far becomes one warning: an entry or a heading has ended it."""
        if not self.blocks:
            return
        first, last = self.blocks[0], self.blocks[-1]
        self.ctx.warn_unread(
            "chronology_not_event",
            "block",
            f"in a chronology section read as {self.why}, not events",
            [" ".join(b.text.split()) for b in self.blocks],
            self.entries.location(first.line_start, last.line_end, first.page),
        )
        self.blocks = []
