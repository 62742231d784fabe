"""An agency's own recommendations coded "IMR N" are read wherever they are listed (a plan's
preamble, a borderless two-column table above the plan), but only when their text asks."""

from dhrparse import extract
from dhrparse.extractors.recommendations.vocabulary import Vocabulary
from dhrparse.patterns import load_patterns


def _vocab() -> Vocabulary:
    return Vocabulary.of(load_patterns())


def test_imr_code_without_separator_is_a_label_outside_a_chapter():
    m = _vocab().label_match("IMR 2 Fernleigh Police should audit every DASH form.", False, frozenset())
    assert m is not None and m.code and m.ref == "IMR 2"
    assert m.rest.startswith("Fernleigh Police should")


def test_imr_code_that_does_not_ask_is_no_label():
    assert _vocab().label_match("IMR 2 was written by a detective inspector.", False, frozenset()) is None


def test_imr_list_above_a_plan_gives_agency_recommendations():
    text = (
        "Fernleigh Police\nSingle Agency Action Plan\n\n"
        "The IMR made the following recommendations:\n\n"
        "IMR 1 Fernleigh Police should check previous incidents before leaving an address.\n\n"
        "IMR 2 Fernleigh Police should record stalking after separation as a distinct risk.\n\n"
        "No.\tRef\tAction\tLead\tTarget date\tStatus\n"
        "1\tIMR 1\tBrief response officers\tInspector, Response\tMay 2025\tComplete\n"
        "2\tIMR 2\tAdd a stalking flag to crime records\tCrime Registrar\tJune 2025\tIn progress\n"
    )
    recs = extract(text).recommendations
    assert [(r.ref, r.level) for r in recs] == [("IMR1", "agency"), ("IMR2", "agency")]
    assert all(r.agency == "Fernleigh Police" for r in recs)
