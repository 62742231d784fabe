"""Link actions to recommendations held in another file of the same review.

An overview report and its separately published action plan share a review_id;
the plan's actions name recommendation refs that the report's recommendations
carry. The matching rule is the pipeline's own (`link_actions`), applied across
files; each linked action also records which file holds its recommendation.
"""

from __future__ import annotations

import regex

from dhrparse.models import Document
from dhrparse.pipeline import link_actions

# overview reports first: they hold the full recommendations
KIND_ORDER = {"overview_report": 0, "executive_summary": 1}


def review_key(review_id: str | None) -> str | None:
    """Review IDs compare without spacing, case or punctuation: "BDHR 2012/13-04" == "bdhr2012/13 04"."""
    if not review_id:
        return None
    key = regex.sub(r"[\W_]+", "", review_id).casefold()
    return key or None


def link_across(docs: list[Document]) -> int:
    """Link unlinked actions to recommendations of other files of the same review.
    Returns how many actions were linked."""
    groups: dict[str, list[Document]] = {}
    for doc in docs:
        key = review_key(doc.review.review_id)
        if key:
            groups.setdefault(key, []).append(doc)
    linked = 0
    for group in groups.values():
        providers = sorted(
            (d for d in group if d.recommendations), key=lambda d: KIND_ORDER.get(d.review.doc_kind or "", 2)
        )
        for doc in group:
            waiting = [a for a in doc.actions if not a.recommendation_id and a.recommendation_ref]
            for provider in providers:
                if provider is doc or not waiting:
                    continue
                link_actions(provider.recommendations, waiting)
                for action in waiting:
                    if action.recommendation_id:
                        action.recommendation_source = provider.source.name
                        linked += 1
                waiting = [a for a in waiting if not a.recommendation_id]
    return linked
