"""A national body's local unit named before the body ("the Tarnholt area of the Child and Family
Agency", "the London area team of NHS England") is local, as one named after it ("NHS England area
team") is (THEMES.md; zoo pending nrp_area_of_agency_local_recs_kilbrannagh)."""

import dhrparse

RECS = [
    "The Tarnholt area of the Child and Family Agency should review the care plan of every young person in care.",
    "The Tarnholt area of Tusla should agree a protocol with the local mental health service.",
    "The London area team of NHS England should audit the referrals it received last year.",
    "The Child and Family Agency should set a standard for visits to young people in care.",
    "NHS England should publish guidance on the discharge of young people after self-harm.",
]


def _scopes() -> list[str | None]:
    text = "Review of the death of a young person in care\n\n7. Recommendations\n\n"
    text += "".join(f"7.{k}\n\n{r}\n\n" for k, r in enumerate(RECS, 1))
    return [r.scope for r in dhrparse.extract(text).recommendations]


def test_unit_before_the_body_is_local():
    assert _scopes() == ["local", "local", "local", "national", "national"]
