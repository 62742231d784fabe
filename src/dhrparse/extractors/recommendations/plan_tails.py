"""A recommendation's label printed after an action plan's rows: a text export prints the Rec
cells of a plan's last rows, and the long response beside them, after the rows it read first
("Open – overdue" / "R2" / "R3" / "Accepted in part: ..."). Such a label is a cell of the plan,
not a recommendation: it carries no text of its own, repeats the ref of a recommendation the
report has already stated, and no heading parts it from the plan above it."""

from __future__ import annotations

from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.vocabulary import Label


def plan_cell_label(r: Reading, formal: list[Item], i: int, m: Label) -> bool:
    """Is the label at block i a Rec cell the export printed after the plan's rows?"""
    b = r.blocks[i]
    if m.rest.strip() or not m.ref or m.ref not in {it.ref for it in formal}:
        return False
    ended = [c for c in r.ctx.claims if c.kind == "plan" and c.line_end < b.line_start]
    if not ended:
        return False
    plan = max(ended, key=lambda c: c.line_end)
    return not any(
        x.kind == "heading"
        for x in r.blocks[:i]
        if x.line_start >= plan.line_start or x.line_end > plan.line_end
    )


def warn_plan_cell(r: Reading, i: int, m: Label) -> None:
    """The label left to the plan, said so with the cell printed under it."""
    shown = r.blocks[i : i + 2]
    r.ctx.warn_unread(
        "not_a_recommendation",
        "block",
        f"after the action plan's rows repeating recommendation {m.ref}'s label (the plan's cells printed "
        "after its rows), not a recommendation",
        [x.text for x in shown],
        r.loc(shown),
    )
