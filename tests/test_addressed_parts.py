"""Lettered parts under a lead-in that names only who must act ("The Home Office should:"):
each part is a whole ask, a recommendation of its own ("1(a)", "1(b)"), the lead-in's body its
addressee. Parts that finish a lead-in's own ask ("... seek assurance that:", "..., which
should:") stay one recommendation; a plan answering them apart is not needed."""

from __future__ import annotations

from dhrparse.extractors.recommendations.sub_refs import addressed_only
from dhrparse.extractors.recommendations.vocabulary import Vocabulary
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.vocab.actors import ActorFinder

LABELLED = """Domestic Abuse Related Death Review - Executive Summary

5. Recommendations

Recommendation 1
The Department for Transport should:
(a) require taxi licensing officers to ask about domestic abuse convictions; and
(b) publish the number of licences refused on those grounds each year.

Recommendation 2
Ashbeck Borough Council should seek assurance from its partners that:
(a) their staff know how to refer an older victim; and
(b) each partner has a named lead for older victims.

Recommendation 3
Ashbeck Police should build a pathway for stalking reports, which should:
(a) name the reviewing officer; and
(b) say when a protection order is to be sought.

6. Glossary
DARDR: Domestic Abuse Related Death Review.
"""

NUMBERED = """Safeguarding Adults Review - Executive Summary

Recommendations

1. Ashbeck Integrated Care Board should:
(a) ask practices to flag a patient who misses three appointments and lives alone;
(b) fund a named nurse for adults who decline home visits.

2. The Board should audit the guide in 2026.

Next steps
The Board will publish its response.
"""


def _recs(text):
    return {r.ref: r for r in extract(text, name="review.txt").recommendations}


def test_parts_under_an_addressee_only_lead_in_are_recommendations():
    recs = _recs(LABELLED)
    assert {"1(a)", "1(b)"} <= set(recs) and "1" not in recs
    assert recs["1(a)"].text.startswith("require taxi licensing officers")
    assert recs["1(b)"].agency.endswith("Department for Transport")
    assert recs["1(b)"].parent_ref == "1"


def test_parts_finishing_the_lead_ins_own_ask_stay_one_recommendation():
    recs = _recs(LABELLED)
    assert "2" in recs and "2(a)" not in recs
    assert "3" in recs and "3(a)" not in recs
    assert "each partner has a named lead" in recs["2"].text


def test_a_numbered_list_item_naming_only_its_body_has_its_parts_apart():
    recs = _recs(NUMBERED)
    assert sorted(recs) == ["1(a)", "1(b)", "2"]
    assert recs["1(a)"].agency == "Ashbeck Integrated Care Board"


def test_addressed_only_reads_the_lead_in_alone():
    p = load_patterns()
    vocab, actors = Vocabulary.of(p), ActorFinder(p)
    assert addressed_only(vocab, actors, "The Home Office should:")
    assert addressed_only(vocab, actors, "Ashbeck Police is asked to:")
    assert not addressed_only(vocab, actors, "The Board should seek assurance that:")
    assert not addressed_only(vocab, actors, "The Board should develop a pathway, which should:")
    assert not addressed_only(vocab, actors, "The Home Office should")  # (no list follows)
    assert not addressed_only(vocab, actors, "In future she should:")  # no body named


# plain pdftotext prints a hanging-indented part's letter alone on its line, a blank line, then
# the part; a one-line part ending "; and" is the letter's item all the same
HANGING = """Recommendations

Recommendation 1
Ashbeck Mental Health NHS Trust should:
(a)

offer an appointment with a specialist nurse to every carer who asks for one;

(b)

write to the carer's GP when the carer says they can no longer cope; and

(c)

publish the waiting time for those appointments each quarter.

Glossary
"""


def test_a_hanging_letter_over_one_line_ending_and_keeps_its_part():
    recs = _recs(HANGING)
    assert sorted(recs) == ["1(a)", "1(b)", "1(c)"]
    assert recs["1(b)"].text.startswith("write to the carer's GP")
    assert "(b)" not in recs["1(a)"].text
