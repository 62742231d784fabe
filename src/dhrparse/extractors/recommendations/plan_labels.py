"""A plan's Recommendation cell that opens with the report's label ("Local Recommendation 5: The
Partnership should ..."), beside the plan's own row number ("9"): the label, not the row, says
which recommendation the cell restates, so the cell is another wording (an alias) of it.

A cell that kept only the label's words ("Local Recommendation", "National": its number and
sentence cut off into other cells where a row's cells print joined) names no recommendation
at all; beside the report's own recommendations it is no record."""

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


def without_bare_labels(
    r: Reading, records: list[Recommendation], plan: list[Recommendation]
) -> list[Recommendation]:
    """`plan` without the statements that are only a label's words, no number and no sentence,
    where the report states its recommendations (`records`): they name none of them."""
    if not records:
        return plan
    return [stmt for stmt in plan if not _bare_label(r, stmt.text)]


def _bare_label(r: Reading, text: str) -> bool:
    words = text.strip().rstrip(":.-–—").strip()
    if not words:
        return False
    m = r.vocab.label.match(words)
    if m is not None:
        return not m.group("ref") and not m.group("rest") and not m.group("qual")
    # (the series word alone, the label's later words printed on the row's next line)
    m = r.vocab.label.match(f"{words} Recommendation")
    return m is not None and bool(m.group("series")) and not m.group("ref") and not m.group("rest")
