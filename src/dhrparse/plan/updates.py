"""'Update:' paragraphs printed below plan rows: each belongs to the rows read since the last
one (or to the row just above) and is kept as their progress."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.tables import PlanRow


class Updates:
    def __init__(self) -> None:
        self.text: list[str] | None = None  # the open update's lines
        self.rows: list[PlanRow] = []  # the rows the open update belongs to
        self.end = 0  # its last line
        self.since: list[PlanRow] = []  # rows read since the last update
        self.in_cells = False  # the open update is a table's row (a full-width cell under an action)

    @property
    def open(self) -> bool:
        return self.text is not None

    def start(self, text: str, ln: Line, rows: list[PlanRow]) -> None:
        self.text, self.rows, self.end = [text], rows, ln.number
        self.in_cells = ln.cells is not None
        self.since = []

    def add(self, text: str, ln: Line) -> None:
        self.text.append(text)
        self.end = ln.number

    def close(self) -> None:
        if self.text:
            text = " ".join(self.text)
            for row in self.rows:
                row.updates.append(text)
                row.line_end = max(row.line_end, self.end)
        self.text = None
        self.rows = []
