"""A plan statement that is no recommendation's sentence: the words of a row whose cells the plan
reader could not cut ("Local Map the current route Bramwick Mapping workshop 31/05/2024"), a
label kept without its words ("National Recommendation 1:"), a paragraph's number ("7.2.2"),
an action's opening ("Train assessment staff").

Where the report states its recommendations in full, or the plan itself states the same number
in full, such a statement restates one of them in pieces the folds before could not place; it
is not a recommendation of its own. It is left out and the user told (`not_a_recommendation`),
since a wrong record is worse than a missing one. A plan that is the only place its
recommendations are stated keeps every statement as it read it.
"""

from __future__ import annotations

import re

import regex

from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.models import Recommendation
from dhrparse.vocab.refs import norm_ref

# the word after an asking verb: a sentence runs on in lower case ("should ensure"); a capital
# there ("should Local Issue a force-wide ...") is the next cell's first word, printed joined
_ASKS_ON = re.compile(
    r"\b(?:should|must|shall|needs?\s+to|(?:is|are)\s+(?:asked|requested)\s+to)\s+(?P<next>\S+)", re.I
)
MIN_WORDS = 6  # an addressee, its verb and what it is asked to do, at the least


def without_fragments(
    r: Reading, records: list[Recommendation], plan: list[Recommendation]
) -> list[Recommendation]:
    """`plan` without the statements that read as no recommendation where the report's `records`,
    or the plan's own statement of the same number, state it in full."""
    whole = [stmt for stmt in plan if reads_whole(r, stmt.text)]
    stated = {(norm_ref(s.ref), s.level) for s in whole if s.ref}
    kept: list[Recommendation] = []
    for stmt in plan:
        if stmt in whole or not (records or (norm_ref(stmt.ref), stmt.level) in stated):
            kept.append(stmt)
            continue
        r.ctx.warn(
            "not_a_recommendation",
            f"a plan cell's words that state no recommendation (a row whose cells were not cut, or"
            f" a label or number alone), not read as one: {stmt.text[:120]!r}",
            stmt.location,
        )
    return kept


def reads_whole(r: Reading, text: str) -> bool:
    """Does `text` read as a recommendation's sentence: someone asked to act, in words that
    run on as a sentence does (or an agency's "X will <verb>" for itself)?"""
    words = text.split()
    if len(words) < MIN_WORDS:
        return False
    m = _ASKS_ON.search(text)
    if m is not None:
        return m.group("next")[:1].islower()
    if r.vocab.asking.search(text) or r.vocab.committing.match(text):
        return True
    named = r.ctx.patterns.derived("recommendations.plan_fragments.asking_named", _asking_named)
    return bool(named and named.match(text))


def _asking_named(p) -> regex.Pattern | None:
    """A plan's short form of a recommendation: "Eastmoor Police to ensure ..."."""
    named = p.get("recommendations.asking_named")
    return regex.compile(named) if named else None
