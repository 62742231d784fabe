"""Headings printed in two languages ("Heddlu Canolbarth Cambria / Mid Cambria Police"), as
Welsh reviews print them: the agency is recorded in the language the report's recommendations
are written in, the side without the other language's body words."""

from __future__ import annotations

import re

from dhrparse.patterns import Patterns

_WORD = re.compile(r"[A-Za-zŵŷâêîôû’']+")


def one_language(patterns: Patterns, name: str) -> str:
    """The side of a two-language name without the other language's words; the name unchanged
    when it is not printed in two languages ("Police / Probation" is two bodies)."""
    sides = name.split("/")
    # (a slash set apart by spaces: "Reading/Writing" or "24/7" is one name)
    if len(sides) != 2 or not sides[0][-1:].isspace() or not sides[1][:1].isspace():
        return name
    other = patterns.derived("recommendations.other_language_body_words", _word_set)
    plain = [s for s in sides if not any(w.lower() in other for w in _WORD.findall(s))]
    return plain[0].strip() if len(plain) == 1 else name


def _word_set(p: Patterns) -> frozenset:
    return frozenset(w.lower() for w in p.list("recommendations.other_language_body_words"))
