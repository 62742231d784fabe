"""A plan row answering a recommendation the agencies did not accept: its action cell says so
("Not accepted – see the Council's response below.") and no one is given work by a date.

Plans recording an acceptance column ("Accepted? (Y/N)") keep a row for every recommendation,
the refused one too, its Action cell pointing to the reasons printed elsewhere. That cell's
words commit no one to anything: the row makes no action record (the recommendation itself is
read from its own cell, and the response is the report's, not the plan's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.ledger import location_of
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare.markup import flatten

if TYPE_CHECKING:
    from dhrparse.document import Line, SourceDocument
    from dhrparse.ledger import Ledger
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import PlanRow, PlanTable

# (the cells a refused row leaves empty: who would act and by when)
_COMMITTING = ("lead", "target_date")


def refused_row(table: PlanTable, row: PlanRow, p: Patterns) -> bool:
    """The row's action cell opens by refusing the recommendation ("Not accepted", "Not agreed",
    "Rejected") and the row names no lead and no target date."""
    action = flatten(row.cells.get("action") or "").strip()
    if "action" not in table.columns or not action:
        return False
    opening = p.get("actions.plan.refused_action", "(?!x)x")
    if not regex.match(opening, action, regex.I):
        return False
    return not any(_filled(row.cells.get(key), p) for key in _COMMITTING)


def _filled(text: str | None, p: Patterns) -> bool:
    """A cell holding words, not a dash or "N/A" standing for nothing."""
    words = flatten(text or "").strip()
    return bool(words) and not PlanVocabulary.of(p).stands_for_nothing(words)


def refused_first_lines(texts: list[tuple[int, list[str]]], p: Patterns) -> set[int]:
    """The rows of a tracker printed with its cells joined on each line whose first line, after
    the recommendation's opening words, refuses it ("3 The Partnership should fund a specialist
    N Not accepted – see the Council's"): they print no lead, date or status for the first
    lines to be cut by, and hold no action (`refused_row`)."""
    opening = regex.compile(p.get("actions.plan.refused_action", "(?!x)x"), regex.I)
    # (the refusal opens its cell with a capital, "Not accepted", never inside an action's words)
    return {
        k
        for k, words in texts
        if any(words[at][:1].isupper() and opening.match(" ".join(words[at:])) for at in range(1, len(words)))
    }


def warn_refused_lines(doc: SourceDocument, ctx: Ledger, lines: list[Line]) -> None:
    """A `plan_row_refused` warning at each first line `refused_first_lines` left out of a
    tracker's cut: the row is the plan's word on a recommendation, told as the row a table of
    cells gives is (extractors.actions), so the reader knows why no action was made of it."""
    for ln in lines:
        ctx.warn(
            "plan_row_refused",
            f"plan row answers a recommendation not accepted ({flatten(ln.text).strip()[:80]!r}): "
            "no action made of it",
            location_of(doc, ln.number, page=ln.page),
        )
