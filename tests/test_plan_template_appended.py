"""The Home Office action-plan template appended to a report: each recommendation's full text in
the first cell with no number, merged down over its actions (the cell's text in its first row,
the rows it covers empty), after reports of different lengths and structures. Every action is
read, takes the number the report's recommendations chapter gives its recommendation, and the
plan's repeated wording never becomes a recommendation of its own."""

from __future__ import annotations

from docx_build import HO_PLAN_HEADERS
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

BODIES = ["Fernhollow Council", "Greyport Police", "Ashby Vale NHS Trust", "Tarnside Homes"]
ASKS = [
    "make sure that staff record every referral they make",
    "review how risk is assessed when a victim withdraws a complaint",
    "train front-line staff to ask about abuse when they see injuries",
    "publish guidance on sharing concerns with the MARAC coordinator",
    "audit a sample of closed cases each quarter",
    "appoint a named lead for domestic abuse in every team",
    "check that interpreters are never family members of the patient",
]
ACTIONS = ["Design a briefing for managers", "Audit twenty case files", "Revise the referral form"]
LEADS = ["Head of Safeguarding", "Service Manager", "Named Nurse"]
DATES = ["March 2025", "30/09/2024", "Dec 2024"]
STATES = [("Complete", "complete"), ("In progress", "in_progress"), ("Not started", "not_started")]
HEADER = HO_PLAN_HEADERS
FILLER = (
    "The panel considered what each agency knew at the time and whether its response "
    "followed its own procedures. Practitioners should be curious about what they see."
)


def _rec_text(k: int) -> str:
    """A different request for each of up to seven recommendations (a plan repeats each in full)."""
    return f"{BODIES[k % len(BODIES)]} should {ASKS[k]}."


def _report(n_recs: int, agency_recs: int, filler: int, label: str) -> tuple[str, list[str]]:
    """A report's chapters and its recommendations, numbered as `label` prints them; the refs."""
    lines = ["DOMESTIC HOMICIDE REVIEW", "OVERVIEW REPORT", "", "1. Introduction", ""]
    lines += [f"1.{k + 1} {FILLER}" for k in range(filler)] + ["", "2. Recommendations", ""]
    refs = []
    for k in range(n_recs):
        ref = str(k + 1)
        refs.append(ref)
        lines.append({"word": f"Recommendation {ref}: ", "number": f"{ref}. "}[label] + _rec_text(k))
    if agency_recs:
        lines += ["", "Single agency recommendations", "", BODIES[1]]
        for k in range(agency_recs):
            ref = f"GP{k + 1}"
            refs.append(ref)
            lines.append(f"{ref} {_rec_text(n_recs + k)}")
    return "\n".join(lines) + "\n", refs


def _plan(counts: list[int], title: str) -> list[str]:
    lines = ["", title, "", "\t".join(HEADER)]
    for r, n in enumerate(counts):
        for k in range(n):
            state = STATES[(r + k) % len(STATES)][0]
            cells = [_rec_text(r) if k == 0 else "", "Local" if k == 0 else ""]
            cells += [f"{ACTIONS[k]} ({r + 1})", LEADS[k], "", DATES[k], state]
            lines.append("\t".join(cells))
    return lines


@settings(max_examples=15, deadline=None)
@given(
    n_recs=st.integers(2, 5),
    agency_recs=st.integers(0, 2),
    filler=st.sampled_from([0, 5, 60]),
    label=st.sampled_from(["word", "number"]),
    title=st.sampled_from(["Appendix A: Domestic Homicide Review Action Plan", "Action Plan"]),
    data=st.data(),
)
def test_template_plan_appended_to_a_report_is_read(n_recs, agency_recs, filler, label, title, data):
    report, refs = _report(n_recs, agency_recs, filler, label)
    counts = data.draw(st.lists(st.integers(1, 3), min_size=len(refs), max_size=len(refs)))
    doc = extract(report + "\n".join(_plan(counts, title)) + "\n")

    assert sorted(r.ref for r in doc.recommendations) == sorted(refs)  # (no plan copies)
    assert len(doc.actions) == sum(counts)
    want = [(refs[r], f"{ACTIONS[k]} ({r + 1})", LEADS[k]) for r, n in enumerate(counts) for k in range(n)]
    got = [(a.recommendation_ref, a.action, a.lead) for a in doc.actions]
    assert got == want
    states = [STATES[(r + k) % len(STATES)][1] for r, n in enumerate(counts) for k in range(n)]
    assert [a.status.value for a in doc.actions] == states
    assert all(a.recommendation_id for a in doc.actions)


def test_unnumbered_cell_without_a_report_recommendation_keeps_no_number():
    """A plan cell that repeats none of the report's recommendations is not given a number."""
    report, _ = _report(2, 0, 0, "number")
    plan = _plan([1, 1], "Action Plan")
    plan[-1] = plan[-1].replace(_rec_text(1), "Tarnside Homes should paint the communal hallways every year.")
    doc = extract(report + "\n".join(plan) + "\n")
    assert [a.recommendation_ref for a in doc.actions] == ["1", None]
