"""The plan's agency sections: "Individual Agency Recommendations for X", an agency's name
printed above its table, or a heading printed below the rows it governs (the patterns'
`agency_section_after_rows`), and the notes printed under a section heading."""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.plan.tables import PlanRow, PlanTable


class Sections:
    def __init__(self) -> None:
        self.current: str | None = None
        self.new = False  # a section heading since the last header
        self.notes: dict[str | None, list[str]] = {}

    def heading(
        self,
        name: str,
        after_rows: bool,
        rows_above: list[PlanRow],
        table: PlanTable | None,
        printed: bool,
        header_follows: Callable[[], bool],
    ) -> bool:
        """Read a section heading; True when it named the rows printed above it. `printed`: the
        plan is printed as text (rows are lines, not cells)."""
        if after_rows and printed and rows_above:
            # "Recommendation from X" printed after the rows it governs
            for row in rows_above:
                row.section = name
            return True
        before = self.current if self.new else (table.section if table is not None else None)
        self.current = name
        self.new = True
        if printed and table is not None and table.rows and not header_follows():
            # a heading inside a printed table names the table it is printed in; the rows
            # printed above it stay under the heading they were printed under ("Overview
            # recommendations" over the first rows, an agency's heading over the later ones)
            for row in table.rows:
                if row.section is None:
                    row.section = before
            table.section = name
            self.new = False
        return False

    def add_note(self, text: str) -> None:
        """A note printed under the heading ("these actions were completed before ...")."""
        self.notes.setdefault(self.current, []).append(text)

    def note_of(self, section: str | None) -> str | None:
        return " ".join(self.notes.get(section, [])) or None
