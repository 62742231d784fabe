"""A recommendation needs wording that asks someone to act AND a place that holds recommendations.

Text exports of tables print each cell as a loose paragraph: a chronology appendix's event
cells ("Joanna calls to say ..."), an action plan's header and progress cells ("Action to
take", "Complete - field added ...", "Chair, Tollmouth CSP") and its actions, worded as
imperatives ("Map the referral routes ..."). None of them is a recommendation. The generator
prints such cells under the headings a report gives them, around (or without) a real
numbered list of recommendations, and checks that only the listed recommendations come back.
It also checks the wordings that do ask when an agency commits itself under its own heading
("Tollmouth Police will review ...", "The practice will record ...").
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.pipeline import extract

APPENDIX_HEADINGS = [
    "Appendix B – Combined Chronology of Agency Contact",
    "Appendix B: Chronology",
    "Appendix C – Agency contact in date order",
    "Appendix B",
]
EVENT_CELLS = [
    "Joanna calls to say her son has pushed her into a door frame. Officers attend and give advice.",
    "Outreach worker tries to reach Joanna by telephone three times without reply. Case closed.",
    "Arrest referral worker sees Derek in custody; he agrees to attend an assessment.",
    "Joanna asks about moving to a smaller flat. Told she would need to join the register.",
    "Housing officer did not ask why she wanted to move.",
    "GP reviews medication; advised to return in four weeks.",
]
PLAN_CELLS = [
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Map the current referral routes into the outreach service through a practitioner workshop.",
    "Complete – field added to the form February 2024",
    "Chair, Tollmouth CSP",
    "Chair of the CSP to write to the Home Office enclosing the overview report.",
    "Issue a practice note to response officers and add a mandatory field to the form.",
    "Audit a sample of thirty referrals six months after launch.",
]
RECOMMENDATIONS = [
    "Tollmouth Community Safety Partnership should publish a single referral pathway for older victims.",
    "Tollmouth Police should make sure officers speak to the victim away from the suspect.",
    "The Partnership should ask every agency to report on its actions every six months.",
]


@st.composite
def chronology_appendices(draw):
    heading = draw(st.sampled_from(APPENDIX_HEADINGS))
    cells = draw(st.lists(st.sampled_from(EVENT_CELLS), min_size=2, max_size=6, unique=True))
    dates = [f"{d:02d}.0{m}.2019" for d, m in zip(range(3, 30, 4), range(1, 10))]
    rows = [f"{dates[k]}\n\nTollmouth Police\n\n{cell}" for k, cell in enumerate(cells)]
    return heading, cells, "\n\n".join(rows)


@given(chronology_appendices())
def test_chronology_cells_under_an_appendix_heading_are_not_recommendations(case):
    heading, _cells, rows = case
    text = f"Tollmouth Community Safety Partnership\nDomestic Homicide Review: Joanna\n{heading}\n\nDate\n\nAgency\n\nContact/Event\n\n{rows}\n"
    assert extract(text, name="appendix.txt").recommendations == []


@st.composite
def plans_after_recommendations(draw):
    recs = draw(st.lists(st.sampled_from(RECOMMENDATIONS), min_size=1, max_size=3, unique=True))
    cells = draw(st.lists(st.sampled_from(PLAN_CELLS), min_size=3, max_size=8, unique=True))
    heading = draw(
        st.sampled_from(["Overview Report Recommendations", "Recommendations", "5. Recommendations"])
    )
    return heading, recs, cells


@given(plans_after_recommendations())
def test_action_plan_cells_printed_loose_are_not_recommendations(case):
    heading, recs, cells = case
    listed = "\n\n".join(f"{k}. {rec}" for k, rec in enumerate(recs, 1))
    loose = "\n\n".join(cells)
    text = f"Tollmouth Community Safety Partnership\nDomestic Homicide Review\n\n{heading}\n\n{listed}\n\n{loose}\n"
    got = [r.text for r in extract(text, name="plan_cells.txt").recommendations]
    assert [t[:40] for t in got] == [r[:40] for r in recs]


@given(st.sampled_from(["Single Agency Recommendations", "Individual Agency Recommendations"]), st.booleans())
def test_an_agency_committing_itself_under_its_heading_is_a_recommendation(heading, header_row):
    column = "Recommendation\n\n" if header_row else ""
    text = (
        "Tollmouth Community Safety Partnership\nDomestic Homicide Review\nExecutive Summary\n\n"
        f"{heading}\n\nTollmouth Police\n\n{column}"
        "1. Officers attending domestic incidents should speak to the victim alone.\n\n"
        "2. Tollmouth Police will review its guidance on risk assessment.\n\n"
        "Marsh End Surgery\n\n1. The practice will record when an interpreter is needed.\n\n"
        "The action plan will be monitored by the Partnership.\n"
    )
    recs = extract(text, name="agency.txt").recommendations
    assert [(r.level, r.agency, r.text[:20]) for r in recs] == [
        ("agency", "Tollmouth Police", "Officers attending d"),
        ("agency", "Tollmouth Police", "Tollmouth Police wil"),
        ("agency", "Marsh End Surgery", "The practice will re"),
    ]


INTRO = (
    "Tollmouth Community Safety Partnership\nDomestic Homicide Review\nExecutive Summary\n\n1. Introduction\n\n"
    "1.1 This summary sets out the findings of the review commissioned by the Partnership after the death "
    "of a resident of the borough in 2021, and the recommendations that agencies made.\n\n"
)


@given(st.booleans())
def test_an_agencys_imperative_list_is_kept_but_an_action_after_a_should_is_not(loose_action):
    # an agency's own list may be all imperatives; in a plan printed loose, the imperative after
    # "The Trust should ..." is that recommendation's action column
    first = (
        "1. The Trust should audit emergency department records where abuse was disclosed.\n\n"
        "Add a prompt to the electronic record used in the emergency department.\n\n"
        if loose_action
        else "Review the quality assurance of risk assessments completed in the emergency department.\n\n"
        "Provide refresher training on coercive control to all emergency department staff.\n\n"
    )
    text = INTRO + f"Single Agency Recommendations\n\nTollmouth Hospitals NHS Trust\n\n{first}"
    got = [r.text[:20] for r in extract(text, name="imperatives.txt").recommendations]
    assert got == (
        ["The Trust should aud"] if loose_action else ["Review the quality a", "Provide refresher tr"]
    )
