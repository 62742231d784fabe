import pytest

from conftest import analysed, gold


@pytest.mark.parametrize("key", ["000", "001", "002"])
def test_review_metadata_matches_gold(key):
    want = gold(key)["review"]
    got = analysed(key).document.review
    assert got.review_id == want["review_id"]
    assert got.review_type == want["review_type"]
    assert got.doc_kind == want["doc_kind"]
    assert got.author == want["author"]
    assert got.area == want["area"]
    want_death = want["date_of_death"]
    assert (got.date_of_death.start if got.date_of_death else None) == want_death
    assert [(v.pseudonym, v.age) for v in got.victims] == [(v["pseudonym"], v["age"]) for v in want["victims"]]
