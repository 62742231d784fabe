"""A plan's recommendation cell that opens with the recommendation's own code, "R1 The Board
should ...", in a table with no ref column: the code is the recommendation's ref, not the first
words of its text (nor of the body it is made to). Read only where a code of letters and a
number ([actions.plan] recommendation_code_opening) is followed by a capitalised word."""

from __future__ import annotations

from functools import lru_cache

import regex

from dhrparse.patterns import load_patterns


@lru_cache(maxsize=1)
def _opening() -> regex.Pattern:
    return regex.compile(load_patterns().get("actions.plan.recommendation_code_opening", r"(?!x)x"))


def code_opening(text: str) -> tuple[str | None, str]:
    """(the code, the text after it), or (None, the text) where the cell opens with none."""
    m = _opening().match(text.strip())
    if m is None:
        return None, text
    return m.group("code").replace(" ", ""), text.strip()[m.end() :]
