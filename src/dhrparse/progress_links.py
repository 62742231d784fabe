"""A separate progress table's rows joined to the plan's actions by ref (link stage).

Boards publish a plan's latest position as a table of its own after the plan ("Part B –
Progress update" Ref | Update | Status, an appendix's "Action ref | Progress | RAG"); the plan
stage reads it once as printed (`plan.progress_tables`). Which action each row speaks of is a
join of two tables by ref, so it is made here, once the actions exist, as pipeline.link_actions
joins actions to recommendations: never inside the plan stage, where the actions are not made
yet, and never by position, since a progress table may list its refs in another order or leave
some out.

Each row gives its status (and its update, as the action's progress) to the one action whose
ref is the row's; a status the action's own row printed stands. A row whose ref names no action,
or names several (the same ref in two agencies' sections), gives nothing and is told in a
`progress_not_linked` warning with its place, never a status guessed by position.
"""

from __future__ import annotations

from dhrparse.document import SourceDocument
from dhrparse.ledger import Ledger, location_of
from dhrparse.models import Action
from dhrparse.plan.progress_tables import ProgressRow
from dhrparse.plan.status import normalise_status
from dhrparse.vocab.refs import norm_ref

__all__ = ["link_progress"]


def link_progress(doc: SourceDocument, ctx: Ledger, actions: list[Action], rows: list[ProgressRow]) -> None:
    """Each progress row's status and update given to the action with its ref (see the module)."""
    by_ref: dict[str, list[Action]] = {}
    for action in actions:
        if action.ref:
            by_ref.setdefault(norm_ref(action.ref), []).append(action)
    for row in rows:
        named = by_ref.get(norm_ref(row.ref), [])
        if len(named) == 1:
            _give(named[0], row, ctx)
            continue
        why = "names no action of the plan" if not named else f"names {len(named)} actions of the plan"
        ctx.warn(
            "progress_not_linked",
            f"progress table row {row.ref!r} {why}: its status {row.status!r} is given to none",
            location_of(doc, row.line_start, row.line_end, page=row.page),
        )


def _give(action: Action, row: ProgressRow, ctx: Ledger) -> None:
    """The row's state where the action's own row printed none; its update where it had none."""
    if action.status.raw is None and action.status.value == "unknown":
        progress = [row.update] if row.update else []
        action.status = normalise_status(row.status, progress, ctx.patterns)
    if row.update and not action.progress:
        action.progress = row.update
