"""The plan's agency sections: "Individual Agency Recommendations for X", an agency's name
printed above its table, or a heading printed below the rows it governs (the patterns'
`agency_section_after_rows`), and the notes printed under a section heading."""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.plan.tables import PlanRow, PlanTable

OVERVIEW = "overview"  # the section name of the overview's recommendations


class Sections:
    def __init__(self) -> None:
        self.current: str | None = None
        self.new = False  # a section heading since the last header
        self.notes: dict[str | None, list[str]] = {}
        # the printed table whose parts open with bands, the overview's first
        self.banded: PlanTable | None = None

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
        # (the overview's band printed under the header, "Overview recommendations", over rows a
        # later agency's heading inside the same table follows)
        overview = self.new and self.current == OVERVIEW
        self.current = name
        self.new = True
        if printed and table is not None and table.rows and not header_follows():
            # a heading inside a printed table names the table it is printed in; in a table
            # opened by the overview's band, the rows printed above each band keep the band
            # they were printed under
            if overview:
                self.banded = table
            above = OVERVIEW if overview else table.section if self.banded is table else None
            for row in table.rows if above else ():
                if row.section is None:
                    row.section = above  # (the band before's rows keep it)
            table.section = name
            self.new = False
        return False

    def add_note(self, text: str) -> None:
        """A note printed under the heading ("these actions were completed before ...")."""
        self.notes.setdefault(self.current, []).append(text)

    def note_of(self, section: str | None) -> str | None:
        return " ".join(self.notes.get(section, [])) or None
