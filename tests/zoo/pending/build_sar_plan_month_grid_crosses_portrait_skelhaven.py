"""Build the pending zoo document `sar_plan_month_grid_crosses_portrait_narrow_skelhaven`: a
standalone SAR action plan (Liberation Sans Narrow 8, portrait) whose delivery is planned in a grid
of month columns.

A label table, an italic note that an X marks the month each action is due to be finished; one
table No. | What we will do | Owner | Apr 25 | May 25 | ... | Mar 26 | Progress, the twelve narrow
month columns between the owner and the progress word (the names wrapping "Apr" over "25"), a shaded
full-width "Recommendation N: …" band row over each group of actions 1a … 3b, one "X" a row; a
sign-off line under the table.

    python tests/zoo/pending/build_sar_plan_month_grid_crosses_portrait_skelhaven.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

from delivery_grid_plan import GridPlan, main

MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
PERIODS = [
    (f"{m} {25 if k < 9 else 26}", f"{2025 if k < 9 else 2026}-{(k + 3) % 12 + 1:02d}")
    for k, m in enumerate(MONTHS)
]

PLAN = GridPlan(
    stem="sar_plan_month_grid_crosses_portrait_narrow_skelhaven",
    font="Liberation Sans Narrow",
    size=8,
    landscape=False,
    footer="Skelhaven SAB – SAR ‘Dennis’ – plan for 2025-26 –",
    title=["Skelhaven Safeguarding Adults Board", "Safeguarding Adults Review ‘Dennis’: plan for 2025-26"],
    labels=[
        ("Review", "SAR ‘Dennis’, published June 2025"),
        ("Monitored by", "Learning and Review Sub-group"),
        ("Position at", "1 December 2025"),
    ],
    notes=[
        "An X shows the month in which each action is due to be finished. Progress is one of Completed, "
        "Ongoing or Not started, as agreed at the sub-group.",
    ],
    before=[("No.", 0.7), ("What we will do", 3.5), ("Owner", 2.2)],
    periods=PERIODS,
    period_width=0.85,
    margin_cm=1.3,
    after=[("Progress", 1.8)],
    mark="X",
    band="Recommendation {n}: {text}",
    recs=[
        (
            "1",
            "The Board should be assured that self-neglect referrals about people who refuse care at home are "
            "discussed at a multi-agency meeting before the case is closed.",
            [
                (
                    "1a",
                    "Write a short self-neglect pathway with a closure meeting step",
                    "Board Manager",
                    2,
                    "Completed",
                ),
                (
                    "1b",
                    "Brief the adult social care locality teams on the pathway",
                    "Team Manager, Adult Social Care",
                    4,
                    "Completed",
                ),
                (
                    "1c",
                    "Audit ten closed self-neglect cases against the pathway",
                    "Quality Lead, Adult Social Care",
                    10,
                    "Not started",
                ),
            ],
        ),
        (
            "2",
            "Housing providers should share with adult social care any concern about a tenant whose home "
            "is in a state that puts their health at risk.",
            [
                (
                    "2a",
                    "Add a hoarding and home conditions prompt to the tenancy visit form",
                    "Tenancy Services Manager, Skelhaven Homes",
                    5,
                    "Ongoing",
                ),
                (
                    "2b",
                    "Agree how housing officers raise a concern with the duty team",
                    "Head of Housing Options",
                    7,
                    "Ongoing",
                ),
            ],
        ),
        (
            "3",
            "The ambulance service should make sure that crews who find an adult living in poor conditions "
            "make a safeguarding referral and record why.",
            [
                (
                    "3a",
                    "Remind crews of the referral route in the monthly clinical bulletin",
                    "Safeguarding Lead, Ambulance Trust",
                    1,
                    "Completed",
                ),
                (
                    "3b",
                    "Check a sample of patient records for referrals made",
                    "Safeguarding Lead, Ambulance Trust",
                    11,
                    "Not started",
                ),
            ],
        ),
    ],
    closing=["Signed off by the Learning and Review Sub-group on 1 December 2025."],
    review_fields={"review_type": "SAR", "area": "Skelhaven", "pseudonym": "Dennis"},
)

if __name__ == "__main__":
    main(
        PLAN,
        description=(
            "Standalone SAR action plan (Liberation Sans Narrow 8, portrait): a label table, an italic note "
            "that an X marks the month due; No. | What we will do | Owner | Apr 25 … Mar 26 | Progress, twelve "
            "narrow month columns, shaded full-width 'Recommendation N: …' band rows over actions 1a … 3b; a "
            "sign-off line"
        ),
        notes=(
            "Recommendations the band rows, ref their number. One action per row, ref as printed, "
            "recommendation_ref the band above. Target: the month whose column holds the X, raw its header "
            "('Oct 25'), date that month (the columns run April 2025 to March 2026, so the two figures are the "
            "year). Status the Progress cell (Ongoing in progress). Not records: the label table, the note, the "
            "sign-off line."
        ),
    )
