"""Recommendations numbered within their agency ("Police 1:", "HB.1", "ASC 1", "MA1") keep the
agency's prefix in their ref; two-language agency headings are recorded in one language."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dhrparse.extractors.recommendations.bilingual import one_language
from dhrparse.extractors.recommendations.vocabulary import Vocabulary
from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.tables import column_map
from dhrparse.vocab.refs import norm_ref

P = load_patterns()
V = Vocabulary.of(P)

prefixes = st.sampled_from(["Police", "Probation", "Health", "HB", "CCG", "ICB", "ASC", "CSC", "MA", "NPS"])
separators = st.sampled_from(["", " ", "."])
closers = st.sampled_from([":", "", " –", "."])


@given(prefixes, separators, st.integers(1, 19), closers)
def test_agency_numbered_recommendation_keeps_its_prefix(prefix, sep, n, closer):
    if sep == "" and not prefix.isupper():
        sep = " "  # "Police1" is not how authors print it
    text = f"{prefix}{sep}{n}{closer} The Trust should review its discharge policy."
    label = V.label_match(text, True, frozenset())
    assert label is not None and norm_ref(label.ref) == norm_ref(f"{prefix}{sep}{n}")
    assert label.rest.startswith("The Trust should")


def test_agency_code_needs_wording_that_asks_and_a_chapter():
    assert V.label_match("Table 2 Agencies that contributed to the review", True, frozenset()) is None
    assert V.label_match("CCG 2 The CCG should audit records.", False, frozenset()) is None


def test_two_language_heading_keeps_the_recommendations_language():
    assert one_language(P, "Heddlu Dyfnant / Dyfnant Police") == "Dyfnant Police"
    assert one_language(P, "Cyngor Sir Glanfor – Gwasanaethau Plant / Glanfor County Council") == (
        "Glanfor County Council"
    )
    assert one_language(P, "Police / Probation") == "Police / Probation"


@pytest.mark.parametrize("codes", [["R1", "R2"], ["Police 1", "CCG.2"], ["MA1", "ASC 1"]])
def test_a_rec_column_of_coded_refs_is_the_recommendation_ref(codes):
    """ "Rec | Recommendation | Ref | Action": the codes in "Rec" are the recommendations' refs as
    printed (prefix kept), the "Ref" column the actions' own."""
    roles, cm = ColumnRoles(P), column_map(P)
    headers = ["Rec", "Recommendation", "Ref", "Action", "Lead"]
    rows = [
        [codes[0], "The Board should seek assurance on audits.", "1a", "Audit ten files.", "QA chair"],
        [codes[1], "The Trust should revise its policy.", "2a", "Revise the policy.", "Named nurse"],
    ]
    fields = [cm.field_of(h) for h in headers]
    cols = roles.decide(headers, fields, [list(c) for c in zip(*rows)])
    assert cols[0] == "recommendation_ref" and cols[2] == "ref" and cols[3] == "action"


WRAPPED_HEADINGS = """Glanfor Community Safety Partnership

1. Introduction / Cyflwyniad

1.1 Branwen was 64 when she died at her home in Glanfor in March 2021.

2. Summary of the
circumstances

2.1 Her grandson had lived with her for two years and was known to the police.

3. Recommendations

3.1 Glanfor Community Safety Partnership should review how carers are asked about their safety.

4. Acknowledgements

4.1 The panel thanks Branwen's family.
"""


def test_a_numbered_heading_whose_title_wraps_keeps_the_numbering_going():
    """ "2. Summary of the / circumstances": one heading, so "3. Recommendations" is still read as
    the next chapter and its recommendation found."""
    from dhrparse.pipeline import analyse

    result = analyse(WRAPPED_HEADINGS.encode(), name="wrapped.txt")
    headings = [s.heading for s in result.source.sections() if s.level == 1]
    assert "2. Summary of the circumstances" in headings and "3. Recommendations" in headings
    assert [r.ref for r in result.document.recommendations] == ["3.1"]
