"""The Home Office template's Scope column beside merged recommendation cells whose actions
open with their own numbers, in text whose printed lines join the cells ("Recommendation |
Scope | Action to take | Lead Agency | ... | Date of completion and Outcome"):

    1. Checking the history. Local 1.1 Change the call grading Tarnby Police ...
    Tarnby Police should script so that the address ...

The scope (Local / Regional / National) is printed once, on the recommendation's first line,
merged down beside it like the recommendation's words, just before the first action's number.
It is told by the header naming the column and by every recommendation's first line closing
its words with a scope word (patterns' `actions.plan.scope_cell`): the word is taken off the
recommendation's cell and put back in the Scope column (plan.merged_priority's way).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.merged_priority import with_priorities
from dhrparse.plan.vocabulary import PlanVocabulary

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.patterns import Patterns

SCOPE_NAME = "Scope of recommendation"  # (the name the walk maps back to the scope field)


def split_scopes(recs: dict[int, tuple[str, str]], p: Patterns) -> dict[int, str] | None:
    """Each recommendation's first line's scope, taken off the end of its words in `recs`
    ({line: (number, words)}, rewritten); None, and `recs` left as they were, unless every
    recommendation's first line closes with a scope word after some words of its own."""
    scope = PlanVocabulary.of(p).scope_cell
    firsts = {k: text.split() for k, (ref, text) in recs.items() if ref}
    if not firsts or any(len(t) < 2 or not scope.match(t[-1]) for t in firsts.values()):
        return None
    for k, text in firsts.items():
        recs[k] = (recs[k][0], " ".join(text[:-1]))
    return {k: text[-1] for k, text in firsts.items()}


def with_scopes(out: list[Line], scopes: dict[int, str]) -> list[Line]:
    """The table's cell lines with the Scope column put back after the recommendation's cell:
    each recommendation's scope on its first line ({printed line number: scope})."""
    return with_priorities(out, SCOPE_NAME, scopes)
