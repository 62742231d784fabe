"""A review of someone who survived: safeguarding adults and child practice reviews are also held
after serious harm that did not kill. Such a review has no date of death of its subject, though its
text may tell of another person's death (a carer's, a parent's)."""

from __future__ import annotations

from dhrparse.extractors.review.printing import TITLE_LINES, compiled
from dhrparse.patterns import Patterns


def survived(lines: list[str], review_type: str | None, p: Patterns) -> bool:
    """The opening says the subject survived before it tells of any death, in a review that does
    not always follow a death."""
    if review_type in p.list("review.death.always_fatal"):
        return False
    cue = compiled(p.get("review.death.survived", r"(?!x)x"))
    death = p.joined("review.death.words")
    opening = "\n".join(lines[:TITLE_LINES])
    said = cue.search(opening)
    if said is None:
        return False
    return death.search(opening[: said.start()]) is None
