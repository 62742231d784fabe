"""A plan's Recommendation cell that quotes a recommendation of the report in full.

The Home Office action-plan template appended to an overview report often carries no numbers
and no agency headings: its first cell repeats each recommendation's whole text, overview and
single-agency ones alike, in one table. The plan reader files every such cell under the
plan's default section (the overview), so a quoted single-agency recommendation would not be
taken for a restatement (restatements compares within one level) and would come out twice.
A cell without a number that repeats a report recommendation nearly word for word is that
recommendation, whatever level the plan filed it under: it is folded in as another wording.
"""

from __future__ import annotations

from dhrparse.extractors.recommendations import restatements
from dhrparse.models import Recommendation
from dhrparse.vocab import similarity

QUOTED = 90  # nearly word for word: a summary or a reworded restatement is left to restatements


def fold_quoted(records: list[Recommendation], plan: list[Recommendation]) -> list[Recommendation]:
    """`plan` without the unnumbered statements that quote one of `records`, each folded into
    the record it quotes as an alias."""
    left: list[Recommendation] = []
    for stmt in plan:
        target = quoted_record(stmt.text, records) if not stmt.ref and stmt.level == "overview" else None
        if target is None:
            left.append(stmt)
            continue
        alias = stmt.model_copy(update={"level": target.level, "agency": None, "agency_printed": None})
        restatements.fold(target, alias)
    return left


def quoted_record(text: str, records: list[Recommendation]) -> Recommendation | None:
    """The one record whose wording `text` repeats nearly word for word, else None."""
    best, best_score, second = None, -1.0, -1.0
    for rec in records:
        score = max(similarity.score_at_least(text, w, QUOTED) for w in [rec.text, *rec.aliases])
        if score > best_score:
            best, best_score, second = rec, score, best_score
        elif score > second:
            second = score
    if best is None or best_score < QUOTED or second >= QUOTED:
        return None  # (two records quoted alike: the cell cannot say which)
    return best
