"""A probation service's summary names no partnership: the region in the service's own footer,
the service's name and its place alone on the line, is the area (zoo pending
sfo_summary_service_footer_region_eskerfield)."""

import dhrparse

BODY = "\nSerious Further Offence review: summary\n\nThe review found that the risk was not reviewed.\n"


def _area(line: str) -> str | None:
    return dhrparse.extract(line + "\n" + BODY + "\n" + line.replace("1", "2") + "\n").review.area


def test_footer_with_page_number():
    assert _area("Probation Service · Tarnholt · 1") == "Tarnholt"


def test_place_before_the_service():
    assert _area("Tarnholt Probation Service") == "Tarnholt"


def test_national_service_names_no_place():
    assert _area("National Probation Service") is None
    assert _area("HM Prison and Probation Service") is None


def test_service_in_prose_is_no_footer():
    assert _area("The report was shared with the Probation Service in Tarnholt in June.") is None


def test_a_local_delivery_unit_names_no_area():
    # (the unit, not the region: "Tarnholt" alone would be a guess at the area)
    assert _area("Probation Service – Tarnholt and Fenby Delivery Unit") is None
