"""Build the pending zoo document `dhr_plan_quarter_grid_dots_band_rows_c059_brantmoor`: a
standalone DHR action plan (C059 9, landscape) whose delivery is planned in a grid of
financial-year quarter columns.

A label table, an italic note that a dot marks the 2025/26 quarter each action is due in and what
Q1-Q4 mean, an italic status key; one table Ref | Action | Lead | Q1 2025/26 | Q2 2025/26 |
Q3 2025/26 | Q4 2025/26 | Status, a shaded full-width "Recommendation N – …" band row over each
group of action rows 1.1 … 4.3, one "●" a row; recommendation 4's band row falls over the page
break; Delivery Group commentary and a version line under the table.

    python tests/zoo/pending/build_dhr_plan_quarter_grid_dots_brantmoor.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

from delivery_grid_plan import GridPlan, main

QUARTERS = [
    ("Q1 2025/26", "2025-04"),
    ("Q2 2025/26", "2025-07"),
    ("Q3 2025/26", "2025-10"),
    ("Q4 2025/26", "2026-01"),
]

PLAN = GridPlan(
    stem="dhr_plan_quarter_grid_dots_band_rows_c059_brantmoor",
    font="C059",
    size=9,
    landscape=True,
    footer="DHR ‘Marion’ – Delivery Plan 2025/26 – Page",
    title=[
        "Brantmoor Safer Communities Partnership",
        "Domestic Homicide Review ‘Marion’ – Delivery Plan 2025/26",
    ],
    labels=[
        ("Review", "DHR ‘Marion’ (a woman of 81)"),
        ("Plan owner", "DHR Delivery Group"),
        ("Report published", "March 2025"),
        ("Home Office quality assurance", "Letter of 14 February 2025"),
        ("Delivery Group chair", "Head of Community Safety, Brantmoor Council"),
        ("Last updated", "28 November 2025"),
    ],
    notes=[
        "How to read this plan: a dot (●) in a quarter column shows the quarter of 2025/26 in which the "
        "action is due to be finished. Q1 is April to June 2025, Q2 July to September, Q3 October to "
        "December and Q4 January to March 2026.",
        "Status: Complete – evidence seen by the Delivery Group; In progress – work under way; "
        "Not started – no work yet.",
    ],
    before=[("Ref", 1.2), ("Action", 9.0), ("Lead", 4.6)],
    periods=QUARTERS,
    period_width=1.9,
    after=[("Status", 2.4)],
    mark="●",
    recs=[
        (
            "1",
            "Adult social care should make sure that carers' assessments of older people who care for a "
            "spouse ask whether the carer has ever been hurt or frightened by the person they care for.",
            [
                (
                    "1.1",
                    "Add questions on harm from the cared-for person to the carer's assessment form",
                    "Principal Social Worker, Adult Social Care",
                    0,
                    "Complete",
                ),
                (
                    "1.2",
                    "Train assessors in asking the new questions and recording the answers",
                    "Workforce Development Manager",
                    1,
                    "Complete",
                ),
                (
                    "1.3",
                    "Audit twenty carers' assessments for the questions being asked",
                    "Quality Assurance Lead, Adult Social Care",
                    3,
                    "Not started",
                ),
            ],
        ),
        (
            "2",
            "Primary care should make sure that a GP who sees an older patient with an injury that is not "
            "explained considers domestic abuse and records what was asked.",
            [
                (
                    "2.1",
                    "Publish a short guide for practices on unexplained injuries in older patients",
                    "Named GP for Safeguarding Adults",
                    1,
                    "Complete",
                ),
                (
                    "2.2",
                    "Add a prompt about domestic abuse to the minor injury template",
                    "Clinical Systems Lead, Integrated Care Board",
                    2,
                    "In progress",
                ),
            ],
        ),
        (
            "3",
            "The Partnership should make sure that domestic abuse services reach older people, "
            "including those who do not use the internet or leave their home.",
            [
                (
                    "3.1",
                    "Send printed information on local support to every pharmacy and library",
                    "Domestic Abuse Coordinator",
                    0,
                    "Complete",
                ),
                (
                    "3.2",
                    "Give talks on domestic abuse in later life at the six largest lunch clubs",
                    "Outreach Worker, Brantmoor Women's Aid",
                    2,
                    "In progress",
                ),
            ],
        ),
        (
            "4",
            "The Partnership should make sure that every agency knows how to share a concern about an older "
            "person's safety with the others when the person has lost capacity to decide for themselves, "
            "and that the concern reaches someone who can act on it within one working day of it being "
            "raised by any practitioner in any agency taking part in this review.",
            [
                (
                    "4.1",
                    "Agree an information-sharing protocol for concerns about adults lacking capacity",
                    "Head of Safeguarding Adults",
                    2,
                    "In progress",
                ),
                (
                    "4.2",
                    "Add the protocol to each agency's safeguarding induction",
                    "Safeguarding Leads Network",
                    3,
                    "Not started",
                ),
                (
                    "4.3",
                    "Test the protocol in a multi-agency case audit",
                    "Chair, DHR Delivery Group",
                    3,
                    "Not started",
                ),
            ],
        ),
    ],
    closing=[
        "Delivery Group commentary: good progress on the first two recommendations; the protocol in "
        "recommendation 4 is waiting for the health partners' sign-off.",
        "Version 4 – agreed by the Delivery Group on 28 November 2025.",
    ],
    review_fields={"review_type": "DHR", "area": "Brantmoor", "pseudonym": "Marion", "age": 81},
)

if __name__ == "__main__":
    main(
        PLAN,
        description=(
            "Standalone DHR delivery plan (C059 9, landscape): a label table, italic how-to-read and status "
            "notes; Ref | Action | Lead | Q1 2025/26 … Q4 2025/26 | Status, a '●' in the quarter each action is "
            "due, shaded full-width 'Recommendation N – …' band rows over actions 1.1 … 4.3, recommendation 4's "
            "band over the page break; commentary and a version line"
        ),
        notes=(
            "Recommendations the band rows, ref their number. One action per row, ref as printed, "
            "recommendation_ref the band above. Target: the quarter whose column holds the dot, raw its header "
            "('Q3 2025/26'), date the quarter's first month (Q1 = April 2025). Status the Status cell. Not "
            "records: the label table, the notes, the commentary and version lines."
        ),
    )
