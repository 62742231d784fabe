"""Build the pending zoo document `dhr_plan_agency_matrix_l_s_marks_merged_recs_nimbus_landscape_pellinford`:
a DHR action plan (Nimbus Sans 8.5, landscape) whose lead and supporting agencies are marked in a
matrix of agency columns.

A label table; a bold "Agency columns." key naming the body behind each short head and saying "L"
marks the one lead and "S" a supporting agency; an italic status key; then Rec | Recommendation |
Ref | Action | Police | Health | ASC | Housing | DA Service | Target | Status, Rec and
Recommendation merged down over actions 1.1 … 4.2, targets "Mon yyyy", statuses Signed off / In
progress / Not started, recommendation 3's merged cells split over the page break.

    python tests/zoo/pending/build_dhr_plan_agency_matrix_l_s_marks_pellinford.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

from agency_matrix_plan import MatrixPlan, main

PLAN = MatrixPlan(
    stem="dhr_plan_agency_matrix_l_s_marks_merged_recs_nimbus_landscape_pellinford",
    font="Nimbus Sans",
    size=8.5,
    landscape=True,
    footer="DHR ‘Lorna’ | Action Plan | Version 3 (October 2025) | Page",
    title=["Pellinford Community Safety Partnership", "Domestic Homicide Review ‘Lorna’ – Action Plan"],
    labels=[
        ("Review", "DHR ‘Lorna’ (a woman of 47)"),
        ("Plan owner", "Pellinford DHR Standing Panel"),
        ("Overview report agreed", "July 2024"),
        ("Home Office quality assurance", "Letter of 3 June 2024"),
        ("Plan last reviewed", "9 October 2025 by the Standing Panel"),
        ("Next review", "January 2026"),
    ],
    key_title="Agency columns.",
    agencies=[
        ("Police", "Brackmere Constabulary"),
        ("Health", "Pellinford and Wold Integrated Care Board"),
        ("ASC", "Adult Social Care, Pellinford Council"),
        ("Housing", "Pellinford Homes"),
        ("DA Service", "Quenhithe Domestic Abuse Service"),
    ],
    key_after="In each row L marks the one agency leading the action and S an agency supporting it.",
    notes=[
        "This plan brings together the actions agreed by each agency in response to the review's four "
        "recommendations. Each agency reports its progress to the Standing Panel every quarter; the Panel "
        "signs an action off only when it has seen evidence that the change has been made and is working. "
        "Actions are numbered within their recommendation.",
        "Status key: Signed off – the Panel has seen the evidence and closed the action; In progress – work "
        "has begun; Not started – no work yet.",
    ],
    columns=[
        ("rec", "Rec", 1.0),
        ("text", "Recommendation", 4.6),
        ("ref", "Ref", 1.0),
        ("action", "Action", 5.6),
        ("matrix", "", 0.0),
        ("target", "Target", 2.0),
        ("status", "Status", 2.0),
    ],
    agency_width=1.75,
    table_size=9,
    lead_mark="L",
    support_mark="S",
    recs=[
        (
            "1",
            "Agencies should make sure that practitioners ask about controlling behaviour when a woman "
            "discloses money worries or debt caused by a partner.",
            [
                (
                    "1.1",
                    "Add a question on financial control to the domestic abuse risk checklist used by officers",
                    "Police",
                    ["DA Service"],
                    "Dec 2024",
                    "2024-12",
                    "Signed off",
                ),
                (
                    "1.2",
                    "Brief primary care staff on economic abuse and where to refer a patient who discloses it",
                    "Health",
                    ["DA Service", "ASC"],
                    "Mar 2025",
                    "2025-03",
                    "In progress",
                ),
                (
                    "1.3",
                    "Give tenancy officers a short guide to economic abuse and rent arrears",
                    "Housing",
                    [],
                    "Jun 2025",
                    "2025-06",
                    "Not started",
                ),
            ],
        ),
        (
            "2",
            "The Partnership should make sure that a victim who moves between housing providers keeps the "
            "same named support worker.",
            [
                (
                    "2.1",
                    "Agree a hand-over protocol between housing providers for tenants at risk of abuse",
                    "Housing",
                    ["DA Service"],
                    "Jan 2025",
                    "2025-01",
                    "Signed off",
                ),
                (
                    "2.2",
                    "Record the named support worker on the shared case note when a tenant moves",
                    "DA Service",
                    ["Housing"],
                    "Apr 2025",
                    "2025-04",
                    "In progress",
                ),
            ],
        ),
        (
            "3",
            "Adult social care and health services should make sure that a carer's own safety is considered "
            "when a person with care needs is known to have been violent at home, and that the carer is "
            "offered a referral to specialist support and a separate conversation away from the person they "
            "care for, recorded in both agencies' files.",
            [
                (
                    "3.1",
                    "Add a carer safety question to the care needs assessment and its review",
                    "ASC",
                    ["Health"],
                    "Feb 2025",
                    "2025-02",
                    "Signed off",
                ),
                (
                    "3.2",
                    "Train social workers and district nurses to hold a separate conversation with the carer",
                    "ASC",
                    ["Health", "DA Service"],
                    "May 2025",
                    "2025-05",
                    "In progress",
                ),
                (
                    "3.3",
                    "Audit twenty care assessments for the carer safety question being asked and recorded",
                    "Health",
                    ["ASC"],
                    "Sep 2025",
                    "2025-09",
                    "Not started",
                ),
            ],
        ),
        (
            "4",
            "The Partnership should make sure that learning from this review reaches frontline staff.",
            [
                (
                    "4.1",
                    "Publish a seven-minute briefing on the review's learning",
                    "DA Service",
                    ["Police", "Health", "ASC", "Housing"],
                    "Nov 2024",
                    "2024-11",
                    "Signed off",
                ),
                (
                    "4.2",
                    "Hold two learning events for frontline staff across the partnership",
                    "Police",
                    ["Health"],
                    "Jul 2025",
                    "2025-07",
                    "Not started",
                ),
            ],
        ),
    ],
    status_of={"Signed off": "complete", "In progress": "in_progress", "Not started": "not_started"},
    margin_cm=1.8,
    closing=[
        "Ten actions; four signed off.",
        "Panel commentary: the carer safety work depends on the new assessment form going live in spring.",
    ],
    review_fields={"review_type": "DHR", "area": "Pellinford", "pseudonym": "Lorna", "age": 47},
)

if __name__ == "__main__":
    main(
        PLAN,
        description=(
            "DHR action plan (Nimbus Sans 8.5, landscape): a label table, a bold 'Agency columns.' key naming "
            "the body behind each short head (Police, Health, ASC, Housing, DA Service) and saying L marks the "
            "lead and S a supporting agency, an italic status key; Rec | Recommendation | Ref | Action | five "
            "agency columns | Target | Status, Rec and Recommendation merged down over actions 1.1 … 4.2, "
            "recommendation 3's cells split over the page break; a count line and commentary"
        ),
        notes=(
            "Recommendations the merged Recommendation cells, ref the Rec cell. One action per row, ref as "
            "printed. Lead: the agency whose column holds 'L', written as the key names it; 'S' agencies are "
            "not leads. Target the month. Signed off complete, In progress in_progress, Not started "
            "not_started. Not records: the label table, the keys, the count and commentary lines."
        ),
    )
