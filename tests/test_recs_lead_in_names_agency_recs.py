"""A recommendations chapter whose opening sentence mentions the single-agency recommendations.

Overview reports often open the chapter with a sentence or two before the numbered
recommendations: how many the panel makes, and that the agencies' own (single-agency, IMR)
recommendations sit in their own action plans. Wrapped at the page's width, a printed line of
that paragraph can hold a whole sentence and the start of the next, and end on the words that
name the agencies' recommendations. Such a line is prose, not a heading over single-agency
recommendations: the panel's recommendations below it stay the overview's, each made to the body it names."""

from __future__ import annotations

import pytest

import dhrparse

LEAD_INS = [
    # short enough to stand apart as a title would
    "Four recommendations follow. The single-agency recommendations of the Individual",
    "The panel makes four. Single-agency recommendations from the Individual",
]


def printed(lead_in: str) -> list[str]:
    return [
        "9. Recommendations",
        lead_in,
        "Management Reviews sit in each agency's own plan and are not set out again below.",
        "Recommendation 1",
        "Ashdown Vale Community Safety Partnership should publish a guide for employers on",
        "recognising domestic abuse among their staff.",
        "Recommendation 2",
        "Ashdown Vale Police should record who else was present whenever a victim is spoken to.",
        "Recommendation 3",
        "The Integrated Care Board should remind GP practices to ask about abuse at carers' reviews.",
        "Recommendation 4",
        "The Home Office should add advice on workplace disclosure to the statutory guidance.",
        "10. Conclusion",
        "The panel thanks the family for taking part in the review.",
    ]


@pytest.mark.parametrize("lead_in", LEAD_INS, ids=["short", "long"])
@pytest.mark.parametrize("spaced", [False, True], ids=["plain", "line-spaced"])
def test_a_sentence_naming_agency_recommendations_is_no_agency_heading(lead_in, spaced):
    lines = printed(lead_in)
    text = "".join(f"{line} \n\n" for line in lines) if spaced else "\n".join(lines) + "\n"
    doc = dhrparse.extract(text, name="overview.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert {r.level for r in doc.recommendations} == {"overview"}
    # each made to the body it names, none to the words the lead-in line ended on
    assert [r.agency for r in doc.recommendations] == [
        "Ashdown Vale Community Safety Partnership",
        "Ashdown Vale Police",
        "The Integrated Care Board",
        "The Home Office",
    ]
    assert not any(r.location.section.startswith(lead_in[:20]) for r in doc.recommendations)
