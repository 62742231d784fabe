"""Recommendations extractor (issue: recommendations). Not yet implemented."""
from __future__ import annotations

from ..document import SourceDocument
from ..models import Recommendation
from . import Context


def extract(doc: SourceDocument, ctx: Context) -> list[Recommendation]:
    return []
