"""Names a report defines for a body ("..., hereinafter referred to as the X", "(hereafter 'X')",
"(the 'X')", "known locally as X") are the names its recommendations are made to
(extractors/defined_names). Our own wording, fictional bodies."""

from __future__ import annotations

import pytest

from dhrparse.extractors.defined_names import defined_names, key
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract, prepare
from dhrparse.readers import read_bytes

RECS = """Domestic Homicide Review into the death of Ada

1. Introduction
1.1 {definition} was told of the death in March 2023 and decided to hold a review.

5. Recommendations
1. {long_name} should review how its members share risk information at the daily meeting.
2. Fernby Constabulary should audit the use of the stalking risk checklist.
"""


def _doc(text: str):
    patterns = load_patterns()
    doc = read_bytes(text.encode("utf-8"), "review.txt", None, patterns=patterns)
    prepare(doc, patterns)
    return doc, patterns


def _agencies(definition: str, long_name: str) -> list[str | None]:
    text = RECS.format(definition=definition, long_name=long_name)
    return [r.agency for r in extract(text, name="review.txt").recommendations]


@pytest.mark.parametrize(
    "definition, defined",
    [
        (
            "Harlow Vale Borough Council's Community Safety Partnership, hereinafter referred to as "
            "the Safer Harlow Vale Partnership,",
            "Safer Harlow Vale Partnership",
        ),
        (
            "Harlow Vale Borough Council's Community Safety Partnership (hereafter 'Safer Harlow Vale "
            "Partnership')",
            "Safer Harlow Vale Partnership",
        ),
        (
            "Harlow Vale Borough Council's Community Safety Partnership (the “Harlow Vale Together "
            "Partnership”)",
            "Harlow Vale Together Partnership",
        ),
        (
            "Harlow Vale Borough Council's Community Safety Partnership, known locally as Harlow Vale "
            "Together,",
            "Harlow Vale Together",
        ),
    ],
)
def test_a_recommendation_to_the_long_name_goes_to_the_defined_name(definition, defined):
    long_name = "Harlow Vale Borough Council Community Safety Partnership"
    agencies = _agencies(definition, long_name)
    assert agencies[0] == defined
    assert agencies[1] == "Fernby Constabulary"  # (a body the report defined nothing for keeps its name)


def test_the_printed_name_is_kept_beside_the_defined_one():
    text = RECS.format(
        definition="Harlow Vale Community Safety Partnership, hereafter known as Safer Harlow Vale,",
        long_name="Harlow Vale Community Safety Partnership",
    )
    rec = extract(text, name="review.txt").recommendations[0]
    assert (rec.agency, rec.agency_printed) == (
        "Safer Harlow Vale",
        "Harlow Vale Community Safety Partnership",
    )


def test_a_definition_wrapped_over_two_printed_lines_is_read():
    doc, patterns = _doc(
        "The review was commissioned by Orrin Marsh Community Safety Partnership, hereinafter\n"
        "referred to as the Orrin Marsh Safety Board, in May 2023.\n"
    )
    assert defined_names(doc, patterns) == {
        key("Orrin Marsh Community Safety Partnership"): "Orrin Marsh Safety Board"
    }


@pytest.mark.parametrize(
    "text",
    [
        # a person's name given for the review: no body's
        "Ada was killed by her son, referred to as Kieran Dale, in March 2023.",
        # an old name, not the one the report uses
        "Lowfold Housing Trust, formerly known as Lowfold Homes Group, manages the estate.",
        # a kind's short form (BodyNames reads it the other way) and an abbreviation (the gazetteer's)
        "Kestrel Vale NHS Foundation Trust (the 'Trust') and Kestrel Housing Trust (KHT) took part.",
        # "thereafter" is no definition
        "The Fernby Community Safety Partnership thereafter Met Twice a Year.",
    ],
)
def test_no_definition_is_read_where_none_is_made(text):
    doc, patterns = _doc(text + "\n")
    assert defined_names(doc, patterns) == {}


def test_names_compare_without_case_possessive_or_article():
    assert key("the Harlow Vale Council's Community Safety Partnership") == key(
        "Harlow Vale Council Community  Safety Partnership"
    )
