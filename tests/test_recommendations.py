"""Recommendations extractor: each printed form on short excerpts, the actor finder, the
restatement merge on synthetic lists, and golden tests on the corpus."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import GOLD, ROOT, analysed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhrparse.models import Recommendation
from dhrparse.pipeline import extract
from dhrparse.readers import ReadError
from dhrparse.vocab.actors import ActorFinder
from dhrparse.vocab.agencies import Gazetteer

# Word/HTML exports print one paragraph per line; a few long paragraphs make the excerpts read that way.
PREAMBLE = (
    "0. PREFACE\n\n"
    + "".join(
        f"{n}. This paragraph is background narrative about the review process, the people who took part, the "
        f"agencies that contributed chronologies and the terms of reference that were agreed at the first panel.\n"
        for n in range(1, 7)
    )
    + "\n"
)


def recs(text: str) -> list[Recommendation]:
    return extract(PREAMBLE + text).recommendations


def by_ref(items):
    return {r.ref: r for r in items}


# -- labelled overview recommendations --------------------------------------------------------
SUB_NUMBERED = """1. INTRODUCTION

1. This review considers the death of Adult A.

2. RECOMMENDATIONS

Learning Point 1:
56. The Review identified the need to improve the use of risk assessments.

Recommendation 1
1.1 A working group should be jointly established by the Community Safety Partnership and the Safeguarding Children Board consisting of representatives, with the aim:
  To establish mechanisms to break down the boundaries between services.
 The working group should report to both boards regularly.
1.2 Cross representation between the Safeguarding Children Board and the Community Safety Partnership should be reviewed.
Expected Outcome: An improvement in the practice of agencies working together.

Recommendation 2. A briefing programme should be implemented across all member agencies of the Partnership to embed the change.

3. CONCLUSION

57. Sixteen recommendations were made by the agencies, and a recommendation has therefore been made that the board reviews them.
"""


def test_sub_numbered_recommendations_with_outcome_and_continuations():
    got = by_ref(recs(SUB_NUMBERED))
    assert set(got) == {"1.1", "1.2", "2"}
    r11 = got["1.1"]
    assert r11.parent_ref == "1" and r11.level == "overview" and r11.title is None
    # continuation lines (bullets lost in extraction) stay inside 1.1
    assert "break down the boundaries" in r11.text and "report to both boards" in r11.text
    assert r11.text.count("\n") == 2
    # an outcome after several sub-recommendations belongs to each
    assert r11.outcome == got["1.2"].outcome == "An improvement in the practice of agencies working together."
    assert r11.agency == "the Community Safety Partnership and the Safeguarding Children Board"
    assert got["1.2"].agency == "the Safeguarding Children Board and the Community Safety Partnership"
    # text on the label's own line, no sub-items
    assert got["2"].parent_ref is None and got["2"].text.startswith("A briefing programme")
    assert got["2"].agency == "all member agencies of the Partnership"
    assert got["1.1"].location.line_start == 20 and got["1.1"].location.section == "2. RECOMMENDATIONS"


def test_learning_points_and_mentions_are_not_recommendations():
    texts = " ".join(r.text for r in recs(SUB_NUMBERED))
    assert "risk assessments" not in texts
    assert "Sixteen" not in texts


RESTATED = """1. ANALYSIS

10. Stalking was not recognised by agencies.

Recommendation: Stalking and Tech Abuse

Solihull Safety Partnership raises the awareness of the public and professionals about stalking as a form of domestic abuse.

Solihull Safety Partnership raises the awareness of the public and professionals about tech abuse and seeks assurance from agencies that it features in their risk assessments.

11. Further analysis follows here.

2. RECOMMENDATIONS

Recommendation 1: Stalking and Tech Abuse

Safer Town Partnership raises the awareness of the public and professionals about stalking as a form of domestic abuse.

Safer Town Partnership raises the awareness of the public and professionals about tech abuse and seeks assurance from agencies that it features in their risk assessments and safety plans.

Recommendation 2: Transforming the Culture

Safer Town Partnership to consider what is needed to create a cultural change including seeking evidence on how agencies are:

- providing a focus on demystifying coercive control
- understanding so-called honour based violence

Recommendation 3: Protection Orders

- Safer Town Partnership promotes the use of Domestic Violence Protection Orders with professionals.
- That the Partnership monitors the usage of the orders to ensure that the promotion has been effective.
"""


def test_restatements_fold_into_first_statement_with_chapter_numbering():
    got = recs(RESTATED)
    refs = [r.ref for r in got]
    assert refs == ["1(i)", "1(ii)", "2", "3"]
    first, second = got[0], got[1]
    assert first.text.startswith("Solihull Safety Partnership raises") and "stalking" in first.text
    assert "tech abuse" in second.text and "tech abuse" not in first.text
    assert first.aliases == [
        "Safer Town Partnership raises the awareness of the public and professionals "
        "about stalking as a form of domestic abuse."
    ]
    assert first.alias_locations[0].line_start > first.location.line_start
    assert first.title == "Stalking and Tech Abuse" and first.parent_ref == "1"
    assert first.agency == "Solihull Safety Partnership"


def test_paragraph_with_bullets_and_bullets_only_are_one_recommendation_each():
    got = by_ref(recs(RESTATED))
    culture = got["2"]
    assert culture.text.splitlines() == [
        "Safer Town Partnership to consider what is needed to create a cultural change including seeking "
        "evidence on how agencies are:",
        "- providing a focus on demystifying coercive control",
        "- understanding so-called honour based violence",
    ]
    assert culture.agency == "Safer Town Partnership"
    orders = got["3"]
    assert len(orders.text.splitlines()) == 2 and orders.agency == "Safer Town Partnership"


SUB_PARTS = """1. RECOMMENDATIONS

Recommendation 4: Housing

1(i) The Housing Trust should review its Sanctuary Scheme referrals.

1 (ii) The Regional Board to enable consistency of approach across the region.
"""


def test_printed_sub_parts():
    got = recs(SUB_PARTS)
    assert [(r.ref, r.parent_ref, r.title) for r in got] == [
        ("4(i)", "4", "Housing"),
        ("4(ii)", "4", "Housing"),
    ]
    assert got[0].agency == "The Housing Trust" and got[1].agency == "The Regional Board"


# -- single-agency recommendations ------------------------------------------------------------
AGENCY_LISTS = """1. RECOMMENDATIONS

1.1 Overview Recommendations

Recommendation 1: Accountability

The Partnership to share an update with the family in 12 months' time.

1.2 Individual Recommendations

Clinical Commissioning Group

GP Practices 1 & 2

- The practice to improve knowledge and skills with regard to identification of domestic abuse.
- Practices to review systems of receiving information about safeguarding concerns.

Borough Women's Aid

- To remind all staff and volunteers about the importance of checking where callers live.

Northshire and Westshire Community Rehabilitation Company (now The Probation Service)

- Training
 - To deliver Domestic Abuse refresher training to all Case Management staff.
 - To deliver refresher Safeguarding Training to all Case Management Staff
- Management Oversight:
 - Through case oversight ensure enforcement actions are taken when required.
- The learning from this review be adopted by the new organisational model for the Probation Service.

Regional Police

To provide assurance to the Partnership on the effectiveness of responses to domestic abuse in the following regards:

- Checking previous history of domestic abuse when responding to an incident
- Identifying and responding to stalking and harassment

2. BIBLIOGRAPHY

Author, A. (2011). A study of things. Journal of Studies.
"""


def test_single_agency_lists():
    got = [r for r in recs(AGENCY_LISTS) if r.level == "agency"]
    assert [r.agency for r in got] == [
        "Clinical Commissioning Group - GP Practices 1 & 2",
        "Clinical Commissioning Group - GP Practices 1 & 2",
        "Borough Women's Aid",
        *["Northshire and Westshire Community Rehabilitation Company (now The Probation Service)"] * 3,
        "Regional Police",
    ]
    assert all(r.ref is None for r in got)  # the list prints no numbers
    training, oversight, learning = got[3], got[4], got[5]
    assert training.title == "Training" and training.text.splitlines() == [
        "To deliver Domestic Abuse refresher training to all Case Management staff.",
        "To deliver refresher Safeguarding Training to all Case Management Staff",
    ]
    assert oversight.title == "Management Oversight"
    assert learning.title is None and learning.text.startswith("The learning from this review")
    police = got[6]
    assert police.text.count("\n") == 2 and police.text.startswith("To provide assurance")
    overview = [r for r in recs(AGENCY_LISTS) if r.level == "overview"]
    assert [r.ref for r in overview] == ["1"]


AGENCY_HEADINGS_WITH_RECS = """1. SINGLE AGENCY RECOMMENDATIONS

Individual Agency Recommendations for Borough Housing

Recommendation 1: Improve the organisation wide response to domestic abuse.

Recommendation 2: Ensure the customer pathway arrangements are robust.

2. GLOSSARY

CSP: Community Safety Partnership
"""


def test_numbered_recommendations_under_agency_heading():
    got = recs(AGENCY_HEADINGS_WITH_RECS)
    assert [(r.ref, r.level, r.agency) for r in got] == [
        ("1", "agency", "Borough Housing"),
        ("2", "agency", "Borough Housing"),
    ]
    assert got[0].text == "Improve the organisation wide response to domestic abuse."


SELF_LIST = """1. AGENCY ANALYSIS

1.1 Borough Hospitals NHS Trust

20. The Trust reflected on its practice. As a result, the Trust has made the following recommendations for itself:
- To continue to deliver the current domestic abuse training programme and strategy in all departments
- To ask for sponsorship of the annual football tournament

2. RECOMMENDATIONS

2.1 Individual Recommendations

Borough Hospitals NHS Trust

- To continue with the current domestic abuse training programme and strategy in all departments
"""


def test_agency_self_list_gives_aliases_only():
    got = recs(SELF_LIST)
    assert len(got) == 1
    assert got[0].text.startswith("To continue with the current")
    assert got[0].aliases == [
        "To continue to deliver the current domestic abuse training programme and strategy in all departments"
    ]


def test_label_without_body_is_a_warning():
    doc = extract(
        "1. RECOMMENDATIONS\n\nRecommendation 3:\n\n2. GLOSSARY\n\nCSP: Community Safety Partnership\n"
    )
    assert doc.recommendations == []
    assert [w.code for w in doc.warnings] == ["recommendation_unparsed"]


# -- the actor finder -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def finder(patterns):
    return ActorFinder(patterns, Gazetteer(patterns))


@pytest.mark.parametrize(
    "text, actor",
    [
        ("The police should produce and disseminate a briefing for partner agencies.", "The police"),
        (
            "A working group should be jointly established by the Town Partnership and the Children Board consisting of "
            "representatives.",
            "the Town Partnership and the Children Board",
        ),
        (
            "The use of risk tools should be carefully examined by the police and partner agencies including training.",
            "the police and partner agencies",
        ),
        (
            "A review should urgently be undertaken of the protocol between the police and the Conference Service to "
            "confirm attendance.",
            "the police and the Conference Service",
        ),
        (
            "Regular audits should track attendance. Any gaps should be addressed promptly by the Conference service.",
            "the Conference service",
        ),
        (
            "The commissioning process for training should be reviewed and should draw on joint expertise.",
            None,
        ),
        ("Town Partnership raises the awareness of the public about stalking.", "Town Partnership"),
        ("Safer Town Partnership promotes, with professionals, the use of orders.", "Safer Town Partnership"),
        (
            "The Regional Board of the Office of the Commissioner considers how to enable consistency.",
            "The Regional Board of the Office of the Commissioner",
        ),
        ("Safer Town Partnership to share an update with the bereaved family.", "Safer Town Partnership"),
        ("It is recommended that the BSCB reviews its guidance.", "the BSCB"),
        ("Ensure social workers are trained and supervised in responding safely to domestic abuse.", None),
        # a body named by a kind of organisation the gazetteer does not list
        (
            "Hollinmoor Constabulary to ensure call handlers ask a male caller about coercive control.",
            "Hollinmoor Constabulary",
        ),
        (
            "Coleg Bryn Aeron should train its pastoral staff to recognise abuse in student relationships.",
            "Coleg Bryn Aeron",
        ),
        (
            "Stavely Vale Academy must record every disclosure a pupil makes about abuse at home.",
            "Stavely Vale Academy",
        ),
        ("Marshfield Homes should revise its procedure for noise complaints.", "Marshfield Homes"),
    ],
)
def test_actor_finder(finder, text, actor):
    assert finder.find(text) == actor


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # examples: the profile
@given(st.text(max_size=300))
def test_actor_finder_arbitrary_text(finder, text):
    actor = finder.find(text)
    assert actor is None or " ".join(actor.split()) in " ".join(text.split())


# -- golden tests -----------------------------------------------------------------------------
def _score(tmp_path, docs) -> dict:
    out = tmp_path / "out.json"
    out.write_text(json.dumps([d.model_dump(mode="json") for d in docs]), encoding="utf-8")
    res = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "score.py"), str(GOLD), str(out), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    line = next(ln for ln in res.stdout.splitlines() if ln.startswith("{"))
    return json.loads(line)


def _rec_scores(report: dict, key: str) -> dict:
    """{"f1": ..., "fields": {name: accuracy}} for one document's recommendations."""
    for name, doc in report["documents"].items():
        if name.startswith(key):
            s = doc["recommendations"]
            return {"f1": s["f1"], "fields": {k: a / b for k, (a, b) in s["fields"].items() if b}}
    raise AssertionError(f"no score for {key}")


def test_golden_executive_summary(tmp_path):
    s = _rec_scores(_score(tmp_path, [analysed("000").document]), "000")
    assert s["f1"] >= 0.95
    for field in ("ref", "level", "outcome"):
        assert s["fields"][field] >= 0.95
    assert s["fields"]["agency"] >= 0.85


def test_golden_overview_report_with_plan_statements(tmp_path):
    """002 with its appended action plan: refs of agency recommendations come from the
    plan's "Recommendation N:" statements, and nothing is duplicated."""
    s = _rec_scores(_score(tmp_path, [analysed("002").document]), "002")
    assert s["f1"] >= 0.95
    assert s["fields"]["ref"] >= 0.95 and s["fields"]["level"] >= 0.95 and s["fields"]["agency"] >= 0.85


def test_golden_overview_report_structure():
    got = analysed("002").document.recommendations
    overview = [r for r in got if r.level == "overview"]
    assert [r.ref for r in overview] == ["1(i)", "1(ii)", "2", "3", "4", "5", "6(i)", "6(ii)", "7", "8"]
    assert overview[0].title == "Stalking and ‘Tech Abuse’"
    assert any("Safer Solihull Partnership raises" in a for a in overview[0].aliases)
    agency = [r for r in got if r.level == "agency"]
    assert len(agency) == 26
    # the 8.2 list is the first statement; the plan's wording is kept as an alias
    housing = [r for r in agency if r.agency and "Housing" in r.agency]
    assert [r.ref for r in housing] == ["1", "3", "4", "2"]


@settings(max_examples=settings().max_examples // 4 or 5)
@given(
    st.lists(
        st.sampled_from(
            [
                "Recommendation 1",
                "Recommendation: Title",
                "1.1 The police should act.",
                "- To review training",
                "Expected outcome: better practice",
                "Learning Point 2:",
                "2. RECOMMENDATIONS",
                "Individual Recommendations",
                "West Midlands Police",
                " - sub bullet",
                "Recommendation 2. The board should review.",
                "",
                "Some text here.",
            ]
        ),
        max_size=25,
    )
)
def test_extractor_never_crashes_on_shuffled_forms(lines):
    try:
        doc = extract("\n".join(lines) + "\n")
    except ReadError:
        return  # all-blank input is refused before extraction
    assert not [w for w in doc.warnings if w.code == "extractor_failed"]
    for r in doc.recommendations:
        assert r.text.strip()


def test_coded_recommendations_with_titles_under_a_bare_recommendations_heading():
    # "Recommendations" alone on its line, then one-letter series codes with a title on the code
    # line and the text below (PDF-to-text: a blank line between printed lines)
    lines = [
        "Summary",
        "",
        "1 Kit was 40 when she died at her home in Orrin Bay in March 2022.",
        "",
        "Recommendations",
        "",
        "Local recommendations",
        "",
        "L1 Refuge places",
        "",
        "Orrin Bay Council should commission two refuge places for women with",
        "",
        "older children, including sons over twelve.",
        "",
        "L2 Outreach",
        "",
        "The Partnership should fund an outreach worker for the rural wards.",
        "",
        "National recommendations",
        "",
        "N1 Funding rules",
        "",
        "The Home Office should allow refuge funding to cover older sons.",
        "",
    ]
    doc = extract("\n".join(lines), name="coded.txt")
    got = [(r.ref, r.title, r.text.split()[0]) for r in doc.recommendations]
    assert got == [
        ("L1", "Refuge places", "Orrin"),
        ("L2", "Outreach", "The"),
        ("N1", "Funding rules", "The"),
    ]


def test_a_labelled_plan_block_naming_its_recommendation_is_no_recommendation():
    lines = [
        "Recommendations",
        "",
        "R1 Refuge places",
        "",
        "Orrin Bay Council should commission two refuge places for older sons.",
        "",
        "R2 Outreach",
        "",
        "The Partnership should fund an outreach worker for the rural wards.",
        "",
        "Orrin Bay DHR Page 3",
        "",
        "Recommendation: R1",
        "",
        "Action: Tender for two refuge places.",
        "",
        "Lead: Orrin Bay Council",
        "",
        "Target date: March 2025",
        "",
    ]
    doc = extract("\n".join(lines), name="plan_blocks.txt")
    assert [r.ref for r in doc.recommendations] == ["R1", "R2"]
    assert not any(r.text.startswith("Action:") for r in doc.recommendations)


ADDRESSED = """2. RECOMMENDATIONS

KESTREL VALE HOUSING TRUST

1. The Trust should review how tenancy officers record concerns about domestic abuse.

2. The Trust should offer training in routine enquiry to all of its housing staff.

3. CONCLUSION

3.1 The panel thanks the family for their help.

4. RECOMMENDATIONS FOR THE PARTNERSHIP

Recommendation 5: Harrowgate Community Safety Partnership should:
5.1 commission a review of how referrals to the outreach service are screened;
5.2 publish guidance for employers on supporting staff who disclose abuse.
"""


def test_actor_named_by_an_addressee_heading_or_a_lead_in():
    """ "The Trust should ..." under the addressee's own heading is made to that body; sub-items
    under a lead-in are made to the body the lead-in names."""
    got = by_ref(recs(ADDRESSED))
    assert got["1"].agency == got["2"].agency == "KESTREL VALE HOUSING TRUST"
    assert got["5.1"].agency == got["5.2"].agency == "Harrowgate Community Safety Partnership"
    assert got["5.1"].text.startswith("commission a review")
