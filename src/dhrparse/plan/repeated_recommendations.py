"""A plan that prints each recommendation again on every one of its actions' rows, its number
only on the first ("1 | The Partnership should ... | Local | Design ..." then "| The Partnership
should ... | Local | Measure ..."), as the Home Office template is often filled in.

In corpus text such a later row opens with no ref, its Recommendation cell's first line the
same words as the numbered row's above: that repetition, not a capital, tells the row is a
later action's (a merged recommendation cell prints nothing more, or its words carry on in
lower case). The row is read as a merged row is (plan.tracker_merges), its recommendation the
numbered row's; nothing of the repeated cell is carried on as more of the recommendation.
"""

from __future__ import annotations

MIN_WORDS = 2  # a repeated cell's first line: more than one word (not a lone "The")


def repeats_above(cell: str, above: str) -> bool:
    """The row's Recommendation cell's first line prints the numbered row's above again."""
    words = cell.split()
    return len(words) >= MIN_WORDS and words == above.split()
