"""Who must act where a recommendation is worded "It is recommended that X ...": the verb after
the body is bare (the mandative subjunctive) or "be" and a participle, so no modal marks where
the body ends. The pending stand-in `nrp_recommended_that_subjunctive_passive_recs_lisnacreeve`
(an Irish-style national review panel report) reads so on every route."""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.vocab.actors import ActorFinder

STAND_IN = Path(__file__).parent / "zoo/pending/nrp_recommended_that_subjunctive_passive_recs_lisnacreeve"


def _actor(text: str) -> str | None:
    return ActorFinder(load_patterns()).find(text)


def test_the_body_before_a_bare_verb_acts():
    assert _actor("It is recommended that the local authority review its policy on visits.") == (
        "the local authority"
    )
    assert _actor("The Panel recommends that Tusla and the HSE agree a protocol.") == "Tusla and the HSE"


def test_the_body_ends_at_the_bare_verb_not_at_a_later_to():
    assert _actor(
        "It is recommended that the Child and Family Agency develop one standard for visits by a social "
        "worker to a young person in care."
    ) == ("the Child and Family Agency")


def test_a_passive_names_its_bodies_after_between_and_stops_before_what_they_agree_on():
    assert _actor(
        "It is recommended that a protocol be agreed between the Marlow area of Tusla and the local Garda "
        "station on reporting a young person missing."
    ) == ("the Marlow area of Tusla and the local Garda station")


def test_a_passive_naming_no_body_names_no_actor():
    assert _actor("It is recommended that training be delivered to all staff.") is None
    assert _actor("It is recommended that the review findings be shared with the Board.") is None


def test_the_stand_in_reads_each_addressee_and_scope():
    gold = json.loads(STAND_IN.with_suffix(".json").read_text(encoding="utf-8"))
    want = {r["ref"]: r["scope"] for r in gold["recommendations"]}
    doc = extract(STAND_IN.with_suffix(".txt"))
    got = {r.ref: r.scope for r in doc.recommendations}
    assert got == want
    assert all(r.agency for r in doc.recommendations)
