"""A plan keyed by its recommendations' addressee codes: "Code | Action | Owner | Due | Status",
each row's Code the code of the recommendation it serves ("R-PROB-01": the series, the code of
whom the recommendation is for, its number within them), as the report prints it over that
recommendation. The plan numbers no actions of its own, so the code a row opens with is its
recommendation's ref, never the action's.

Read only where the code is one of the document's recommendations' refs, printed whole, and of
that three-part shape: a plain number ("2") or a series code ("R2") in a plan's first column is
as often an action's own number.
"""

from __future__ import annotations

import re

# series letters, the addressee's letters, the number: "R-PROB-01", "R-OV-2"
_ADDRESSEE_CODE = re.compile(r"^[A-Z]{1,4}[-–][A-Z]{2,8}[-–]\d{1,3}$")


def addressee_refs(recommendations: list, actions: list) -> None:
    """An action whose ref is a recommendation's addressee code takes it as its
    recommendation_ref, and is left with no ref of its own."""
    codes = {rec.ref for rec in recommendations if rec.ref and _ADDRESSEE_CODE.match(rec.ref)}
    for action in actions:
        if action.ref in codes and action.recommendation_ref in (None, action.ref):
            action.recommendation_ref, action.ref = action.ref, None
