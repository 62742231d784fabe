"""The report's own statements in document order -> records: a statement restating an
earlier one from another region (a thematic section, then the recommendations chapter, or a
summary's shortened list) is folded into it."""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations import restatements
from dhrparse.models import Recommendation
from dhrparse.vocab import refs, similarity

SAME_NUMBER_MATCH = 40  # how alike a same-numbered restatement must be (summaries reword)
TITLE_WORDS = 10
# (a title that asks: "GP practices to record and review ..." still reads as a title here; only
# the modal and "recommends" wordings make a short statement a recommendation of its own)
ASKING = re.compile(r"\b(?:should|must|shall|recommends?)\b", re.I)


def fold_statements(statements: list[tuple[int, Recommendation]]) -> list[Recommendation]:
    """`statements`: (line of the region's heading, statement) in document order."""
    records: list[Recommendation] = []
    sources: list[set[int]] = []
    for source, rec in statements:
        best = _restated(records, sources, source, rec)
        if best is None:
            best = _same_number(records, sources, source, rec)
        if best is None:
            best = _group_of(records, rec)
        if best is None:
            records.append(rec)
            sources.append({source})
        else:
            restatements.fold(records[best], rec)
            sources[best].add(source)
    return records


def _restated(
    records: list[Recommendation], sources: list[set[int]], source: int, rec: Recommendation
) -> int | None:
    """The earlier record from another region `rec` restates most surely, if any does."""
    best, best_score = None, float(restatements.MATCH)
    for k, have in enumerate(records):
        if source in sources[k] or have.level != rec.level:
            continue  # (statement_similarity is -1 across levels: never the best)
        score = restatements.statement_similarity(have, rec, best_score)
        if score >= best_score:
            best, best_score = k, score
    return best


def _same_number(
    records: list[Recommendation], sources: list[set[int]], source: int, rec: Recommendation
) -> int | None:
    """An overview statement from another region printed with the same number as an earlier
    one, in words that summarise it (a summary's "1. The Partnership to audit referrals"
    before the chapter's full text), restates it."""
    if rec.level != "overview" or not rec.ref:
        return None
    key = refs.norm_ref(rec.ref)
    same = [
        k
        for k, have in enumerate(records)
        if have.level == "overview" and refs.norm_ref(have.ref) == key and source not in sources[k]
    ]
    if len(same) != 1:
        return None
    have = records[same[0]]
    wordings = [have.text] + list(have.aliases)
    if _title_only(rec) or max(similarity.score(rec.text, w) for w in wordings) >= SAME_NUMBER_MATCH:
        return same[0]
    return None


def _title_only(rec: Recommendation) -> bool:
    """A summary table's short title ("Guidance and training on assessing executive
    capacity"): it asks nobody to act, so it names the numbered recommendation, not a new one."""
    words = rec.text.split()
    return len(words) <= TITLE_WORDS and not ASKING.search(rec.text)


def _group_of(records: list[Recommendation], rec: Recommendation) -> int | None:
    """A statement numbered like the parent of earlier sub-recommendations ("Recommendation 2"
    restating 2(a)-2(c) in a summary) restates the group: it is kept with the first of them."""
    if not rec.ref or any(
        refs.norm_ref(r.ref) == refs.norm_ref(rec.ref) and r.level == rec.level for r in records
    ):
        return None
    for k, have in enumerate(records):
        if (
            have.level == rec.level
            and have.parent_ref
            and refs.norm_ref(have.parent_ref) == refs.norm_ref(rec.ref)
            and (rec.level == "overview" or restatements.agencies_compatible(have.agency, rec.agency))
        ):
            return k
    return None
