"""A plan's action numbered under its recommendation ("1.1 Add a duty to report module ...",
"2.1 Draft a regional protocol ..."), read by a plain-text plan's reader as a statement of its
own. Where the report states recommendation 1 itself, "1.1" that restates none of the report's
recommendations and asks no one in the recommending voice is the first action taken on 1, not a
recommendation: it is left to the action rows and the user is told."""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations import restatements
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.models import Recommendation
from dhrparse.vocab.refs import norm_ref

_CHILD = re.compile(r"^(?P<parent>\d{1,2})\.\d{1,2}$")
_RESTATES = 60  # a plan's shortened wording of the recommendation scores above this


def without_action_numbers(
    r: Reading, records: list[Recommendation], plan: list[Recommendation]
) -> list[Recommendation]:
    """`plan` without the statements numbered as actions under one of `records`."""
    refs = {norm_ref(rec.ref): rec for rec in records if rec.ref}
    if not refs:
        return plan
    kept: list[Recommendation] = []
    for stmt in plan:
        if _action_numbered(r, stmt, refs):
            r.ctx.warn(
                "not_a_recommendation",
                f"an action numbered {stmt.ref} under recommendation {stmt.ref.split('.')[0]} in the plan, "
                f"not a recommendation: {stmt.text[:120]!r}",
                stmt.location,
            )
        else:
            kept.append(stmt)
    return kept


def _action_numbered(r: Reading, stmt: Recommendation, refs: dict[str, Recommendation]) -> bool:
    m = _CHILD.match(norm_ref(stmt.ref))
    if m is None or norm_ref(stmt.ref) in refs or m.group("parent") not in refs:
        return False
    if r.vocab.asking.search(stmt.text):
        return False  # "1.1 The Board should ...": worded as a recommendation
    parent = refs[m.group("parent")]
    return restatements.statement_similarity(parent, stmt) < _RESTATES
