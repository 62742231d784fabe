"""Record ids (dhrparse.ids): readable slugs, numbered when a slug repeats."""

from dhrparse.ids import Numbering, slug


def test_slug_keeps_letters_and_digits_joined_by_dashes():
    assert slug("Adult Social Care (ASC)", "plan") == "adult-social-care-asc"
    assert slug("  Police & Crime Commissioner's Office ", "plan") == "police-crime-commissioner-s-office"


def test_slug_of_nothing_readable_is_the_fallback():
    assert slug("— / —", "plan") == "plan"
    assert slug("", "agency") == "agency"


def test_slug_is_cut_to_its_limit():
    long = "Safeguarding Partnership " * 5
    assert len(slug(long, "plan")) == 40
    assert slug(long, "plan", limit=12) == "safeguarding"


def test_numbering_counts_each_base_on_its_own():
    ids = Numbering()
    assert [ids.issue("act-police-1"), ids.issue("act-police-1"), ids.issue("act-health-1")] == [
        "act-police-1",
        "act-police-1-2",
        "act-health-1",
    ]
    assert ids.issue("act-police-1") == "act-police-1-3"
