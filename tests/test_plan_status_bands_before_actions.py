"""A plan table that plain pdftotext printed as column blocks, where the first row prints whole
and then the short right-hand cells of every later row come out as one run of bands - each row's
target date, its evidence note, its status word - before those rows' refs, actions and leads.
The k-th band of the run is the k-th row's (plan.row_bands): its status and date are given in
order only where the run's bands are exactly as many as the table's actions, unbroken by any
other cell; one band short or a stray cell among them, and no status is guessed."""

from __future__ import annotations

from dhrparse.pipeline import extract

RECOMMENDATIONS = (
    "4. Recommendations\n"
    "4.1\n\nThistlewick Community Safety Partnership should fund specialist outreach for older\n"
    "victims of domestic abuse living in the rural villages.\n\n"
    "4.2\n\nThistlewick Borough Council should ask every adult referral whether the person has\n"
    "a carer and whether the carer is the person they fear.\n\n"
    "4.3\n\nThistlewick Borough Council should audit whether the carer question is asked.\n\n"
    "4.4\n\nThistlewick Community Safety Partnership should monitor the action plan until all\n"
    "actions are closed.\n\n"
    "5. Conclusion\n"
    "5.1\n\nOriane asked for help twice. The panel hopes the changes above are heard.\n\f"
)

HEAD = (
    RECOMMENDATIONS + "Thistlewick Community Safety Partnership\n\n"
    "DHR 'Oriane' (BCSP DHR 2023-02) - Multi-Agency Action Plan\n"
    "Plan agreed by the review panel on 4 April 2024. Position at 31 August 2024.\n"
    "Recommendat\nion No.\n\nRecommendation\n\nAction\n\nLead agency\n\nMilestones\n\nTarget date\n\n"
    "Evidence of completion\n\nStatus\n\n"
)

FIRST_ROW = (
    "4.1\n\n"
    "Specialist support for older\nvictims in rural villages.\n\n"
    "Commission an outreach worker for\nthe rural villages for a year.\n\n"
    "Thistlewick\nCommunity Safety\nPartnership\n\n"
    "• Bid approved (done)\n\n"
    "March\n2025\n\n"
    "Grant letter; first\nquarterly return.\n\n"
    "In progress\n\n"
)

BANDS = [
    "30/11/2024\n\nRevised referral form.\n\nComplete\n\n",
    "Summer\n2025\n\nTwenty case files sampled.\n\nNot started\n\n",
    "Ongoing\n\nPanel minutes.\n\nIn progress\n\n",
]

LATER_ROWS = (
    "4.2\n\n4.3\n\n4.4\n\n"
    "• Worker recruited\n\n"
    "Add a question about carers to\nthe adult referral form.\n\n"
    "Thistlewick Borough\nCouncil\n\n"
    "• Form drafted\n\n"
    "Carers asked about at every\nreferral.\n\n"
    "Audit twenty referrals for the\ncarer question.\n\n"
    "Thistlewick Borough\nCouncil\n\n"
    "• Audit tool agreed\n\n"
    "Progress reported to the\npanel.\n\n"
    "Report progress on the plan to\neach panel meeting.\n\n"
    "Thistlewick Community\nSafety Partnership\n\n"
    "• Standing item added\n3 May 2024\n\n"
    "Thistlewick CSP - DHR 'Oriane' - Overview Report - Page 14\n"
)


def _plan(bands: list[str]) -> str:
    return HEAD + FIRST_ROW + "".join(bands) + LATER_ROWS


def _statuses(text: str) -> list[str]:
    doc = extract(text, name="plan.txt")
    return [a.status.value if a.status else "unknown" for a in doc.actions]


def test_bands_printed_before_the_later_rows_pair_in_order():
    doc = extract(_plan(BANDS), name="plan.txt")
    assert [a.action.split()[0] for a in doc.actions] == ["Commission", "Add", "Audit", "Report"]
    assert [a.status.value if a.status else "unknown" for a in doc.actions] == [
        "in_progress",
        "complete",
        "not_started",
        "in_progress",
    ]
    assert doc.actions[1].target_date is not None and doc.actions[1].target_date.raw == "30/11/2024"


def test_a_band_short_pairs_none():
    # three rows' bands for four actions: which row's band is missing cannot be told
    assert set(_statuses(_plan(BANDS[:1] + BANDS[2:]))) <= {"unknown", "in_progress"}
    assert _statuses(_plan(BANDS[:1] + BANDS[2:]))[1:] == ["unknown"] * 3


def test_a_stray_status_among_the_bands_pairs_none():
    # a lone status word between two bands: whose it is cannot be told
    stray = [BANDS[0], "Complete\n\n", *BANDS[1:]]
    assert _statuses(_plan(stray))[1:] == ["unknown"] * 3
