"""A tracker row's first printed line, its cells joined, where the lead's name opens with a word
or two the action's cell could as well have held ("... keeping in touch after a Head of" |
"Adult Social", "Write a handover Chair," | "Policy"): cutting by the columns' widths alone,
the narrower lead column wins, and every such lead loses its opening words to the action.

An action's printed line is a sentence's: a capital after a lower-case word closing it is
seldom the sentence's (a name's first word at the very end of a line) and often the next
cell's, the lead's, whose words are a role's or a body's, each capitalised. So a cut that
ends the action on such a capital, or on two capitalised words after a lower-case one, with
the lead's column next, costs more (`LEAD_OPENING`): the widths must favour it clearly."""

from __future__ import annotations

from dhrparse.plan.wrapping import JOINING_WORDS

LEAD_OPENING = 4.0  # an action's first line closing on the lead's capitalised opening words
MIN_WORDS = 3  # (an action's line of fewer words says too little)


def lead_opening(words: list[str], caps: list[int], roles: list[str], c: int, a: int, b: int) -> bool:
    """Whether the action cell words[a:b] (column `c`, the lead's next) closes on a capital
    after a lower-case word, or on two capitalised words after one, a name's joining word
    after them or not ("a Head of"; `caps[j]`: the capitals after a lower-case word among
    words[:j])."""
    if c + 1 >= len(roles) or roles[c + 1] != "lead" or b - a < MIN_WORDS:
        return False
    if words[b - 1].lower() in JOINING_WORDS and b - a > MIN_WORDS:
        b -= 1  # ("Head of": the name's word before it)
    if caps[b] - caps[b - 1]:
        return True  # ("... after a Head" | ...: the capital into the last word)
    return bool(caps[b - 1] - caps[b - 2]) and b - 2 > a and words[b - 1][:1].isupper()
