"""A plan's Recommendation cell that kept only the opening words of a report recommendation.

Plain `pdftotext` prints a plan table row by row, line by line: the first line of the
Recommendation cell ("The Partnership should"), then the first lines of the Action, Lead and
Progress cells, then the cell's second line, and so on. The plan reader then finds the cell's
opening words alone, and the rest scattered among other cells. Those opening words restate a
report recommendation, but say too little for text similarity to tell which.

A statement that is nothing but the first words of report recommendations is one of them. When
several open alike ("The Partnership should" opens recommendations 2, 3 and 4), the plan's
order decides: its rows follow the report's order, so each such statement is the first
candidate after the one the statement before it restated. A statement the order cannot place
is left to the later readers as it is.
"""

from __future__ import annotations

from dhrparse.extractors.recommendations import restatements
from dhrparse.models import Recommendation
from dhrparse.vocab.similarity import norm

MIN_WORDS = 3  # an addressee and its verb ("The Partnership should") at the least


def fold_openings(records: list[Recommendation], plan: list[Recommendation]) -> list[Recommendation]:
    """`plan` without the unnumbered statements that are only the opening words of a report
    recommendation, each folded into the one it opens, in the plan's order."""
    return _fold_each(plan, records, keep=[])


def fold_opening_records(records: list[Recommendation]) -> list[Recommendation]:
    """`records` without the unnumbered ones that are only the opening words of an earlier
    record (an appended plan read with the report's own recommendations), each folded into the
    one it opens, in order."""
    out: list[Recommendation] = []
    return _fold_each(records, out, keep=out)


def _fold_each(
    items: list[Recommendation], targets: list[Recommendation], keep: list[Recommendation]
) -> list[Recommendation]:
    """Each item folded into the target it opens (the targets in order, never going back),
    else kept: `keep` is a list of its own, or the targets themselves when an item kept may
    be opened by a later one."""
    after = -1  # index of the target the last opening folded into
    for item in items:
        target = _opened(targets, item, after)
        if target is None:
            keep.append(item)
        else:
            _fold(targets[target], item)
            after = target
    return keep


def _opened(records: list[Recommendation], stmt: Recommendation, after: int) -> int | None:
    """The first record after index `after` whose wording `stmt` opens, if it is only that."""
    words = norm(stmt.text)
    if stmt.ref or len(words.split()) < MIN_WORDS:
        return None
    for k in range(after + 1, len(records)):
        rec = records[k]
        if any(_opens(words, norm(w)) for w in (rec.text, *rec.aliases)):
            return k
    return None


def _fold(target: Recommendation, stmt: Recommendation) -> None:
    alias = stmt.model_copy(update={"level": target.level, "agency": None, "agency_printed": None})
    restatements.fold(target, alias)


def _opens(words: str, wording: str) -> bool:
    """Whether `words` is the opening of `wording` and stops short of its end."""
    return len(wording) > len(words) and wording.startswith(words + " ")
