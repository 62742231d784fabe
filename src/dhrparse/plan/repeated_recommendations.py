"""A plan that prints each recommendation again on every one of its actions' rows, as the Home
Office template is often filled in and as a tracker exported from a spreadsheet prints it (no
merged cells): the recommendation is one all the same.

- In corpus text a later row opens with no ref, its Recommendation cell's first line the same
  words as the numbered row's above: that repetition, not a capital, tells the row is a later
  action's (a merged recommendation cell prints nothing more, or its words carry on in lower
  case). The row is read as a merged row is (plan.tracker_merges), its recommendation the
  numbered row's; nothing of the repeated cell is carried on as more of the recommendation
  (`repeats_above`).
- Read a row at a time, each printing is a statement of its own: a statement printed again word
  for word, to the same agency under the same number (or none), is the record already made, not
  another (`once`).
"""

from __future__ import annotations

from dhrparse.models import Recommendation
from dhrparse.plan.broken_printings import without_broken_printings

FIRST_LINE_WORDS = 2  # a repeated cell's first line: more than one word (not a lone "The")
RECORD_WORDS = 6  # a shorter text ("Agreed", "As above") may stand for different recommendations


def repeats_above(cell: str, above: str) -> bool:
    """The row's Recommendation cell's first line prints the numbered row's above again."""
    words = cell.split()
    return len(words) >= FIRST_LINE_WORDS and words == above.split()


def _runs_on(made: list[Recommendation], rec: Recommendation, words: str) -> bool:
    """A numbered printing that is the same number's record made just before with more words
    after it: the table's last row, whose merged cell ran on into a note printed under the
    table ("... who refuses help." / "Sheet 3 is held by ...")."""
    if not made or not rec.ref:
        return False
    last = made[-1]
    before = " ".join(last.text.split()).lower()
    return (last.ref, last.agency, last.level) == (rec.ref, rec.agency, rec.level) and words.startswith(
        before + " "
    )


def once(records: list[Recommendation]) -> list[Recommendation]:
    """`records` without the later printings of a recommendation already made, nor a printing
    the page broke off (plan.broken_printings)."""
    seen: set[tuple] = set()
    out = []
    for rec in without_broken_printings(records):
        words = " ".join(rec.text.split()).lower()
        key = (words, rec.ref, rec.agency, rec.level)
        if len(words.split()) >= RECORD_WORDS and (key in seen or _runs_on(out, rec, words)):
            continue
        seen.add(key)
        out.append(rec)
    return out
