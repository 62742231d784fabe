"""A plan's recommendation cell that opens with the recommendation's own code, "R1 The Board
should ...", in a table with no ref column: the code is the recommendation's ref, not the first
words of its text (nor of the body it is made to). Read only where a code of letters and a
number ([actions.plan] recommendation_code_opening) is followed by a capitalised word."""

from __future__ import annotations

from dhrparse.patterns import Patterns

CODE_OPENING = "actions.plan.recommendation_code_opening"


def code_opening(text: str, patterns: Patterns) -> tuple[str | None, str]:
    """(the code, the text after it), or (None, the text) where the cell opens with none."""
    # case-sensitive: the code's capitals are what tell it from a sentence's first word
    m = patterns.joined(CODE_OPENING, flags=0).match(text.strip())
    if m is None:
        return None, text
    return m.group("code").replace(" ", ""), text.strip()[m.end() :]
