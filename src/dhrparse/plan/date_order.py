"""The order a plan table's dates in figures print their day and month in.

Day first is the order of every plan the tool reads, and its date grammar reads "4/1/2026" as 4
January. A list exported from a US-configured site (a SharePoint tracker) prints its dates month
first, "11/28/2025", and the export says so in a note beside the table ("Dates are shown in the
site's format, month/day/year"): under such a note the table's dates are read month first, that
table's only (a note speaks of the table it stands by, the first one after it, else the one
before it). A date in the table that can only be day first ("13/2/2025": there is no 13th month)
proves the order and outweighs the note: the table is read day first as ever.

Vocabulary: patterns/dates.toml [order].
"""

from __future__ import annotations

import regex

from dhrparse.document import SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.plan.tables import PlanTable

MONTHS = 12


def mark_month_first(doc: SourceDocument, tables: list[PlanTable], p: Patterns) -> None:
    """Set `month_first` on each table a month-first note speaks of, unless its own dates prove
    day first."""
    notes = p.regexes("dates.order.month_first_note")
    if not notes or not tables:
        return
    figures = p.regexes("dates.order.figures")[0]
    for line in doc.content_lines():
        if line.cells is None and any(rx.search(line.text) for rx in notes):
            table = table_of_note(line.number, tables)
            if table is not None and not _proves_day_first(table, figures):
                table.month_first = True


def table_of_note(number: int, tables: list[PlanTable]) -> PlanTable | None:
    """The table a note on line `number` stands by: the first starting after it, else the last
    starting before it."""
    after = [t for t in tables if t.line_start > number]
    if after:
        return min(after, key=lambda t: t.line_start)
    before = [t for t in tables if t.line_start < number]
    return max(before, key=lambda t: t.line_start) if before else None


def _proves_day_first(table: PlanTable, figures: regex.Pattern) -> bool:
    """A date in the table's cells whose first part is past twelve: only a day can be."""
    for row in table.rows:
        for text in [*row.cells.values(), *row.extra.values()]:
            for m in figures.finditer(text or ""):
                if int(m.group("a")) > MONTHS >= int(m.group("b")):
                    return True
    return False


def day_first(text: str | None, p: Patterns) -> str | None:
    """A cell's dates in figures written day first ("11/28/2025" -> "28/11/2025"), for the date
    grammar to read; the cell's words as they were otherwise."""
    if not text:
        return text
    figures = p.regexes("dates.order.figures")[0]
    return figures.sub(lambda m: f"{m['b']}{m['mark']}{m['a']}{m['mark']}{m['y']}", text)
