"""Labelled lines closing a plan's action cell ("1a" / "Publish a guide ..." / "Lead: Head of
Housing" / "By: December 2025"): a plan of few columns prints who acts and by when inside the
action's own cell. Where the table has no column of its own for the lead or the date, each
labelled line is that field and the action's words are what comes before the first label; a
label whose field the row already has leaves the cell as printed. The labels are in
patterns/actions.toml [plan] cell_labels."""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import literal_alternation

MOST_WORDS = 12  # a labelled line's value: a name or a date, not a sentence run on past it


class CellLabels:
    """The labels, compiled once per vocabulary."""

    def __init__(self, p: Patterns):
        labels = p.get("actions.plan.cell_labels", {}) or {}
        self.field = {word.lower(): field for field, words in labels.items() for word in words}
        words = literal_alternation(self.field, longest_first=True)
        # (a label opens a line of the cell: after the action's last word, capitalised, with a colon)
        self.label = regex.compile(rf"(?<=\S\s+)(?P<label>(?i:{words}))\s*:\s+(?=\S)")

    def fields(self, action: str) -> dict[str, str] | None:
        """{field: value} of the labelled lines ending the cell, "action" the words before them;
        None when no label ends it or one cannot be read so."""
        found = [m for m in self.label.finditer(action) if m.group("label")[:1].isupper()]
        if not found:
            return None
        out = {"action": action[: found[0].start()].strip()}
        for m, nxt in zip(found, [*found[1:], None]):
            value = action[m.end() : nxt.start() if nxt else len(action)].strip(" ;,")
            field = self.field[m.group("label").lower()]
            if not value or field in out or len(value.split()) > MOST_WORDS:
                return None
            out[field] = value
        return out if out["action"] else None


def split_cell_labels(cells: dict, columns: list[str], p: Patterns) -> dict:
    """The row's cells with its action cell's labelled lines made the lead and the target date,
    where the table has no column for them and the row no such cell."""
    action = cells.get("action")
    if not action or ("lead" in columns and "target_date" in columns):
        return cells
    found = p.derived("plan.cell_labels", CellLabels).fields(action)
    if found is None or any(cells.get(f) or f in columns for f in found if f != "action"):
        return cells
    return {**cells, **found}
