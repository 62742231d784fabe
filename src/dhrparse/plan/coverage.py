"""The plan's "no data loss" account: the lines it claims, and every line inside it that was
not read into a row, statement or heading, reported as a warning."""

from __future__ import annotations

from dhrparse.document import Line, SourceDocument
from dhrparse.ledger import Ledger, location_of
from dhrparse.plan.plan_lines import text_of
from dhrparse.prepare.markup import flatten


class PlanCoverage:
    def __init__(self, doc: SourceDocument, ctx: Ledger):
        self.doc, self.ctx = doc, ctx
        self.unread: list[tuple[int, Line]] = []  # (index, line) the walk did not read into the plan
        self.orphans: list[Line] = []  # plain text between rows, reported when the next thing opens

    def structure(self, lines: list[Line], why: str) -> None:
        """Lines read as the plan's structure (headers, headings, rules, footers)."""
        self.ctx.consumed([ln.number for ln in lines], why)

    def flush_orphans(self) -> None:
        if self.orphans:
            first, last = self.orphans[0], self.orphans[-1]
            text = " ".join(flatten(x.text) for x in self.orphans)
            self.ctx.warn(
                "plan_text_unplaced",
                f"plan text outside any row: {text[:200]!r}",
                location_of(self.doc, first.number, last.number, page=first.page),
            )
            self.orphans = []

    def claim(self, first: Line, last: Line) -> None:
        """A stretch the plan reads runs from its first line to the last line read into it; lines
        inside it that were not read become one warning per contiguous run (text before or after
        it is not ours, nor another stretch's to report again)."""
        self.ctx.claim("plan", first.number, last.number, "action plan")
        run: list[tuple[int, Line]] = []
        for k, ln in self.unread:
            if ln.number < first.number:
                continue
            if ln.number > last.number:
                break
            if run and k != run[-1][0] + 1:
                self._warn_unread(run)
                run = []
            run.append((k, ln))
        self._warn_unread(run)

    def _warn_unread(self, run: list[tuple[int, Line]]) -> None:
        if not run:
            return
        lines = [ln for _, ln in run]
        self.ctx.warn_unread(
            "plan_text_not_read",
            "line",
            "in the action plan outside any row, statement or heading",
            [text_of(ln) for ln in lines],
            location_of(self.doc, lines[0].number, lines[-1].number, page=lines[0].page),
        )
