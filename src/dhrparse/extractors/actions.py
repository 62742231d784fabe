"""Action-plan extractor (issue: action plans). Not yet implemented."""
from __future__ import annotations

from ..document import SourceDocument
from ..models import Action
from . import Context


def extract(doc: SourceDocument, ctx: Context) -> list[Action]:
    return []
