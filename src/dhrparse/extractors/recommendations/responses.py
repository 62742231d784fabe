"""A commissioning body's reply printed under each recommendation ("Board response: Accepted.
The Sub-group will audit ..."): the body's answer, not part of what the reviewer recommends.
It is cut from the recommendation's text and kept in a warning beside it, so nothing is lost."""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.models import Recommendation


def _label(r: Reading) -> re.Pattern:
    return r.ctx.patterns.derived(
        "recommendations.response_label",
        lambda p: re.compile(p.get("recommendations.response_label"), re.MULTILINE),
    )


def set_apart(r: Reading, rec: Recommendation) -> Recommendation:
    """The recommendation without the reply that follows it; the reply goes to a warning."""
    m = _label(r).search(rec.text)
    if not m or not rec.text[: m.start()].strip():
        return rec  # (a text that opens on the label is no recommendation with a reply after it)
    reply = " ".join(rec.text[m.start() :].split())
    r.ctx.warn(
        "recommendation_response",
        f"reply printed after recommendation {rec.ref or rec.text[:40]!r} kept apart from its text: "
        f"{reply[:200]!r}",
        rec.location,
    )
    return rec.model_copy(update={"text": rec.text[: m.start()].rstrip()})
