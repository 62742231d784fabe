"""What every reader of a plan table printed with its cells joined on each line holds (a wide
table, plan.joined_rows; a narrower one, plan.narrow_rows; a tracker, plan.tracker_rows): the
plan's lines and patterns, the headings no table runs past, whether the text was taken out a
printed line at a time (else the reader leaves it alone), its warnings and where the plan's
first table opens. Each reader's `_table` reads one table from its header."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.patterns import Patterns
    from dhrparse.plan.plan_lines import PlanLines


class JoinedReader:
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        self.pl, self.p = lines, p
        self.heading_lines = heading_lines
        self.on = line_spaced
        self.warnings: list[tuple[str, Line]] = []
        self.first_table: int | None = None  # where the plan's first table opens

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if not self.on:
            return lines
        return self.pl.rewrite_at_headers(lines, self._table)

    def _table(self, lines: list[Line], i: int, header) -> tuple[list[Line], int] | None:
        raise NotImplementedError
