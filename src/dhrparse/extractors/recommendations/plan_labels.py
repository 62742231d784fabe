"""A plan's Recommendation cell that opens with the report's label ("Local Recommendation 5: The
Partnership should ..."), beside the plan's own row number ("9"): the label, not the row, says
which recommendation the cell restates, so the cell is another wording (an alias) of it."""

from __future__ import annotations

from dhrparse.extractors.recommendations import restatements, series_words
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.models import Recommendation
from dhrparse.vocab import refs

_SEPARATORS = frozenset(":.-–—")


def fold_labelled(
    r: Reading, records: list[Recommendation], plan: list[Recommendation]
) -> list[Recommendation]:
    """`plan` without the statements whose label names one of `records`, each folded into it."""
    by_ref = restatements.records_by_ref(records)
    return restatements.fold_named_cells(plan, lambda stmt: _labelled_target(r, stmt, by_ref))


def _labelled_target(r: Reading, stmt: Recommendation, by_ref: dict) -> tuple[Recommendation | None, str]:
    m = r.vocab.label.match(stmt.text)
    if m is None or not m.group("ref") or m.group("sep") not in _SEPARATORS or not m.group("rest"):
        return None, stmt.text
    ref = series_words.series_ref(m.group("series"), refs.display_ref(m.group("ref")), r.clashing_series())
    found = by_ref.get(refs.norm_ref(ref), [])
    if len(found) != 1 or refs.norm_ref(stmt.ref) == refs.norm_ref(ref):
        return None, stmt.text  # (a plan numbering its rows as the report does: folded by its number)
    return found[0], m.group("rest").strip()
