"""A lead-in naming the body a lettered list is addressed to ("The Lead Reviewer recommends
that the Partnership:") makes every item that carries on its sentence a recommendation to
that body, whatever the item's verb and whatever other agency it mentions; the letters are
the refs, whether the export prints them before the item, on a line of their own, or with a tab.
"""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.pipeline import extract

BODY = "Kelbourne Safeguarding Children Partnership"
CLAUSES = [
    "seeks assurance that practitioners ask who lives in or often visits a child's home",
    "extends its protocol for bruising in babies to children under three years old",
    "asks Kelbourne Police to make sure that officers tell children's social care of an arrest",
    "ensures that concerns raised by grandparents receive a call back from a social worker",
    "reviews when a strategy discussion is held after a second injury to a child under five",
    "works with the health visiting service so that a missed review is followed up",
    "arranges learning events on this review for practitioners in early years and health",
]
FORMS = {
    "inline": lambda label, text: "\n".join(textwrap.wrap(f"{label} {text}", 88)),
    "detached": lambda label, text: f"{label}\n\n" + "\n".join(textwrap.wrap(text, 88)),
    "tab": lambda label, text: f"{label}\t{text}",
}


@given(st.integers(min_value=2, max_value=7), st.sampled_from(sorted(FORMS)), st.booleans())
def test_items_under_a_lead_in_are_the_named_bodys_recommendations(n, form, bracketed):
    letters = "abcdefg"[:n]
    items = [
        FORMS[form](f"({k})" if bracketed else f"{k})", clause + (";" if k != letters[-1] else "."))
        for k, clause in zip(letters, CLAUSES, strict=False)
    ]
    text = (
        "Kelbourne Safeguarding Children Partnership\n\nLocal Child Safeguarding Practice Review\n\n"
        "5. Recommendations\n"
        f"The Lead Reviewer recommends that the {BODY}:\n" + "\n\n".join(items) + "\n"
    )
    recs = extract(text).recommendations
    assert [r.ref for r in recs] == list(letters)
    assert {r.agency for r in recs} == {BODY}


def test_items_that_name_their_own_agency_keep_it():
    # full sentences under a lead-in: each names its own body
    text = (
        "5. Recommendations\nThe panel recommends the following to the partners:\n"
        "a) Kelbourne Police should review how officers record repeat calls to one address.\n"
        "b) Kelbourne Borough Council should train housing officers to recognise coercive control.\n"
    )
    assert [r.agency for r in extract(text).recommendations] == [
        "Kelbourne Police",
        "Kelbourne Borough Council",
    ]
