"""Statements that point at their recommendation by number.

A conclusions chapter often argues for a recommendation and ends the paragraph with a
pointer to it, "... seen alone (Recommendation 2).", while the recommendations chapter
states it in full. The pointing paragraph is a restatement of recommendation 2 (its
wording is kept as an alias), not a recommendation of its own numbered by its paragraph.
It is only read so when the report does state a recommendation with that number.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from dhrparse.patterns import Patterns
from dhrparse.vocab.refs import norm_ref


class _Statement(Protocol):
    ref: str | None
    level: str

    @property
    def text(self) -> str: ...


S = TypeVar("S", bound=_Statement)


def split_pointing(statements: list[S], patterns: Patterns) -> tuple[list[S], list[S]]:
    """(statements, restatements): those ending with a pointer to another stated
    recommendation move to the restatements, numbered as the recommendation they point at."""
    cite = patterns.derived(
        "recommendations.pointer_cite", lambda p: re.compile(p.get("recommendations.pointer_cite"), re.I)
    )
    stated = {norm_ref(s.ref) for s in statements if s.ref}
    kept: list[S] = []
    pointing: list[S] = []
    for statement in statements:
        m = cite.search(statement.text) if statement.level == "overview" else None
        target = norm_ref(m.group("ref")) if m else None
        if target and target in stated and target != norm_ref(statement.ref):
            statement.ref = m.group("ref")
            pointing.append(statement)
        else:
            kept.append(statement)
    return kept, pointing
