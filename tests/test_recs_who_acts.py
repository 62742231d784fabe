"""Who must act, and which statements are the same recommendation, in the layouts that hid them.

- a short form ("the Trust", "the practice", "the Hub") is the full name the document gives
  that kind of body, unless the agency heading above already is one;
- a local service the gazetteer does not know is still a body when its capitalised name is the
  subject of a modal;
- a lead-in "X recommends that the Partnership:" names who acts on each item of its list;
- a conclusions sentence citing "(Recommendation N)" and a summary table's short title
  numbered N are other wordings of recommendation N.
"""

from __future__ import annotations

import pytest

from dhrparse.pipeline import extract

HEAD = "Wyndholm Community Safety Partnership\nDomestic Homicide Review\nExecutive Summary\n\n"


def _recs(text: str):
    return extract(text, name="doc.txt").recommendations


@pytest.mark.parametrize(
    "short, defined, full",
    [
        (
            "The Trust",
            "Wyndholm Valley NHS Foundation Trust (the Trust)",
            "Wyndholm Valley NHS Foundation Trust",
        ),
        ("The practice", "Orchard Lane Medical Centre", "Orchard Lane Medical Centre"),
        ("The Hub", "Wyndholm Carers' Hub", "Wyndholm Carers' Hub"),
    ],
)
def test_a_short_form_is_the_full_name_the_document_gives(short, defined, full):
    text = (
        HEAD + f"1. Introduction\n\n1.1 Agencies involved included Wyndholm Police and {defined}.\n\n"
        f"2. Recommendations\n\n1. {short} should review how it records disclosures of abuse.\n"
    )
    assert [r.agency for r in _recs(text)] == [full]


def test_an_item_naming_another_body_than_its_heading_starts_that_bodys_list():
    # the Hub's own heading was lost in the export: its items sit under the Trust's heading
    text = (
        HEAD
        + "1. Introduction\n\n1.1 Agencies: Wyndholm Valley NHS Foundation Trust; Wyndholm Carers' Hub.\n\n"
        "2. Single Agency Recommendations\n\nWyndholm Valley NHS Foundation Trust\n\n"
        "1. Care coordinators should see the carer alone.\n\n"
        "1. The Hub will introduce a policy on disclosures.\n\n"
        "2. All support workers will complete awareness training.\n"
    )
    assert [r.agency for r in _recs(text)] == [
        "Wyndholm Valley NHS Foundation Trust",
        "Wyndholm Carers' Hub",
        "Wyndholm Carers' Hub",
    ]


@pytest.mark.parametrize(
    "subject, agency",
    [("Penmorrow Talking Therapies", "Penmorrow Talking Therapies"), ("Dr Alan Price", None)],
)
def test_a_capitalised_name_before_a_modal_is_a_body_but_a_titled_person_is_not(subject, agency):
    text = (
        HEAD + f"2. Recommendations\n\n1. {subject} should contact every patient who misses two sessions.\n"
    )
    assert [r.agency for r in _recs(text)] == [agency]


def test_a_lead_in_naming_the_body_gives_it_to_every_item():
    text = (
        HEAD + "5. Recommendations for the Partnership\n\n"
        "The Lead Reviewer recommends that the Wyndholm Safeguarding Children Partnership:\n\n"
        "a) seeks assurance that practitioners ask who lives in the home;\n\n"
        "b) asks Wyndholm Police to notify children's services of arrests for violence;\n\n"
        "The partnership should report on progress against these recommendations when asked.\n"
    )
    recs = _recs(text)
    assert [(r.ref, r.agency) for r in recs] == [
        ("a", "Wyndholm Safeguarding Children Partnership"),
        ("b", "Wyndholm Safeguarding Children Partnership"),
    ]


def test_conclusions_citing_a_recommendation_restate_the_numbered_one():
    text = (
        HEAD + "6. Conclusions and recommendations\n\n"
        "6.1 Staff did not ask about the injury. The panel recommends that Wyndholm Police looks again at "
        "doorstep attendances (Recommendation 1).\n\n"
        "7. Recommendations\n\n"
        "1. Wyndholm Police should ensure officers see and speak to every adult at the address.\n\n"
        "2. The Partnership should run a campaign for newly arrived women.\n"
    )
    recs = _recs(text)
    assert [(r.ref, r.agency) for r in recs] == [
        ("1", "Wyndholm Police"),
        ("2", "Wyndholm Community Safety Partnership"),
    ]
    assert recs[0].aliases and "doorstep" in recs[0].aliases[0]


def test_a_summary_tables_short_title_names_the_numbered_recommendation():
    text = (
        HEAD + "4. Recommendations\n\nRecommendation 1\n\n"
        "Wyndholm Council Adult Social Care should give practitioners guidance on executive capacity.\n\n"
        "Recommendation 2\n\nWyndholm Police should share address markers with the council.\n\n"
        "5. Summary of recommendations\n\n"
        "No.\tRecommendation\tLead\n1\tGuidance on capacity\tAdult Social Care\n2\tAddress markers\tPolice\n"
    )
    recs = _recs(text)
    assert [r.ref for r in recs] == ["1", "2"]
    assert [a for r in recs for a in r.aliases] == ["Guidance on capacity", "Address markers"]
