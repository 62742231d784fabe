"""A commissioning body's reply printed under each recommendation ("Board response: Accepted.
The Sub-group will audit ..."): the body's answer, not part of what the reviewer recommends.
It is cut from the recommendation's text and kept in a warning beside it, so nothing is lost."""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.ledger import location_of
from dhrparse.models import Location, Recommendation


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
    own, replied = _split_location(r, rec.location)
    r.ctx.warn(
        "recommendation_response",
        f"reply printed after recommendation {rec.ref or rec.text[:40]!r} kept apart from its text: "
        f"{reply[:200]!r}",
        replied,
    )
    return rec.model_copy(update={"text": rec.text[: m.start()].rstrip(), "location": own})


def _split_location(r: Reading, loc: Location) -> tuple[Location, Location]:
    """The recommendation's own lines and the reply's: the reply runs from the line its label is
    printed on to the end; the recommendation ends on that line when its last sentence shares it
    ("... an assessment. Board response: Accepted"), else on the last printed line above it."""
    label = _label(r)
    for number in range(loc.line_start, loc.line_end + 1):
        line = r.doc.line_numbered(number)
        m = label.search(line.text) if line is not None else None
        if m is None or (number == loc.line_start and not line.text[: m.start()].strip()):
            continue
        own_end = number if line.text[: m.start()].strip() else _printed_above(r, number, loc.line_start)
        return (
            location_of(r.doc, loc.line_start, own_end, section=loc.section, page=loc.page),
            location_of(r.doc, number, loc.line_end, section=loc.section),
        )
    return loc, loc  # the label not found on a printed line: both keep the whole range


def _printed_above(r: Reading, number: int, first: int) -> int:
    """The last line above `number`, down to `first`, that prints something."""
    for above in range(number - 1, first, -1):
        line = r.doc.line_numbered(above)
        if line is not None and line.text.strip():
            return above
    return first
