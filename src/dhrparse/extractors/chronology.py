"""Chronology extractor (issue: chronology). Not yet implemented."""
from __future__ import annotations

from ..document import SourceDocument
from ..models import ChronologyEvent
from . import Context


def extract(doc: SourceDocument, ctx: Context) -> list[ChronologyEvent]:
    return []
