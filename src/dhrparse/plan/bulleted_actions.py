"""A tracker row's action cell written as a bullet list (the Home Office template often puts
all of a recommendation's actions in one cell, a bullet each, under the row's one lead, target
date and status), printed with its cells joined on each line (corpus text). The row is read
from its first line (plan.tracker_rows), which prints the first bullet's opening after its
glyph. The row is one action (plan.action_bullets); its later bullets print on later lines
among the cells beside them, where a bullet's words could be told from its neighbours' only as
far as the column's rough width allows, so they are left with the row's other later lines to
the `plan_cells_untold` warning rather than run into the action as fragments. The glyph itself
is no part of the action's words."""

from __future__ import annotations

from dhrparse.patterns import Patterns
from dhrparse.plan.action_bullets import ActionBullets


def unmarked(firsts: dict[int, list[str]], action: int, p: Patterns) -> None:
    """Each row's action cell opening with a bullet's glyph (patterns'
    `actions.action_bullets.markers`), the glyph taken off (`firsts`: {row's first line:
    [ref, *cells]}, `action` the action cell's place)."""
    bullets = ActionBullets.of(p)
    for cells in firsts.values():
        if bullets.opens_marked(cells[action]):
            cells[action] = cells[action][1:].lstrip()
