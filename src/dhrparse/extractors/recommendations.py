"""Recommendations extractor (issue: recommendations). Not yet implemented.

Until the narrative extractor lands, it returns the statements printed inside
action plans (actions.plan_recommendations), which it will merge as restatements.
"""
from __future__ import annotations

from ..document import SourceDocument
from ..models import Recommendation
from . import Context


def extract(doc: SourceDocument, ctx: Context) -> list[Recommendation]:
    from .actions import plan_recommendations
    return plan_recommendations(doc, ctx)
