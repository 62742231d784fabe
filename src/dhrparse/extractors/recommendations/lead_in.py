"""A lead-in that names the body its list of recommendations is addressed to.

"The Lead Reviewer recommends that the Harwell Vale Partnership:" followed by items that
carry on its sentence ("a) seeks assurance that ...;", "b) extends its protocol ...") makes
each item a recommendation to that body, whatever its verb, and whatever other agency the
item mentions ("c) asks the Constabulary to ensure ..." is still the Partnership's).
"""

from __future__ import annotations

import re

from dhrparse.document import Block
from dhrparse.patterns import Patterns
from dhrparse.vocab.actors import ActorFinder

_ARTICLE = re.compile(r"^the\s+", re.I)


def addressee(lead_in: str, items: list[Block], actors: ActorFinder, patterns: Patterns) -> str | None:
    """The body the lead-in addresses, when its items carry on its sentence; else None."""
    pattern = patterns.derived(
        "recommendations.addressed_lead_in",
        lambda p: re.compile(p.get("recommendations.addressed_lead_in"), re.I),
    )
    m = pattern.search(lead_in)
    if not m or not items or not all(_carries_on(item.text) for item in items if item.level == 0):
        return None
    body = _ARTICLE.sub("", m.group("addressee").strip())  # a body's name, as agencies are recorded
    return body if actors.is_body(body) else None


def _carries_on(text: str) -> bool:
    # an item that goes on with the lead-in's sentence opens with its verb, in lower case
    words = text.split()
    return bool(words) and words[0][:1].islower()
