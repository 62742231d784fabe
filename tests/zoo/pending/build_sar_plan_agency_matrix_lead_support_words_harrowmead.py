"""Build the pending zoo document `sar_plan_agency_matrix_lead_support_words_portrait_dejavu_harrowmead`:
the agency-matrix plan family written a second way, a SAB's SAR action plan (DejaVu Sans Condensed
8.5, portrait) whose agency columns hold the words "Lead" and "Support".

A label table; a "Who does what." key under a bold lead-in naming the body behind each short head
(NHS Trust, Police, Adults, Housing) with colons, and saying "Lead" names the agency accountable for
the action and "Support" one helping; then Recommendation | No. | What will be done | By when |
NHS Trust | Police | Adults | Housing | Progress, the Recommendation cell "N. …" merged down over its
actions a … c, targets "Month yyyy", progress Complete / On track / Not yet started.

    python tests/zoo/pending/build_sar_plan_agency_matrix_lead_support_words_harrowmead.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

from agency_matrix_plan import MatrixPlan, main

PLAN = MatrixPlan(
    stem="sar_plan_agency_matrix_lead_support_words_portrait_dejavu_harrowmead",
    font="DejaVu Sans Condensed",
    size=8.5,
    landscape=False,
    footer="Harrowmead SAB – SAR ‘Mr T’ action plan – page",
    title=["Harrowmead Safeguarding Adults Board", "Safeguarding Adults Review ‘Mr T’: action plan"],
    labels=[
        ("Review", "SAR ‘Mr T’ (a man of 71)"),
        ("Agreed by the Board", "November 2024"),
        ("Progress reported to", "SAR Sub-group, every two months"),
    ],
    key_title="Who does what.",
    agencies=[
        ("NHS Trust", "Tolvercombe Community Health NHS Trust"),
        ("Police", "Skellbridge Police"),
        ("Adults", "Adult Services, Harrowmead County Council"),
        ("Housing", "Harrowmead Housing Partnership"),
    ],
    key_after="'Lead' shows the agency accountable for the action; 'Support' an agency helping it.",
    notes=["Progress: Complete, On track or Not yet started, as reported to the Sub-group in May 2025."],
    columns=[
        ("text", "Recommendation", 4.4),
        ("ref", "No.", 0.9),
        ("action", "What will be done", 4.6),
        ("target", "By when", 1.9),
        ("matrix", "", 0.0),
        ("status", "Progress", 1.9),
    ],
    agency_width=1.45,
    lead_mark="Lead",
    support_mark="Support",
    recs=[
        (
            "1",
            "1. Agencies should make sure that a man who lives alone and refuses care is offered a "
            "review of his capacity to make that decision.",
            [
                (
                    "1a",
                    "Write a short practice note on self-neglect and refusal of care",
                    "Adults",
                    ["NHS Trust"],
                    "March 2025",
                    "2025-03",
                    "Complete",
                ),
                (
                    "1b",
                    "Add a capacity prompt to the community nursing visit record",
                    "NHS Trust",
                    [],
                    "June 2025",
                    "2025-06",
                    "On track",
                ),
            ],
        ),
        (
            "2",
            "2. The Board should make sure that welfare checks by the police are shared with adult "
            "services the same day.",
            [
                (
                    "2a",
                    "Agree a same-day notification of welfare checks on adults at risk",
                    "Police",
                    ["Adults"],
                    "April 2025",
                    "2025-04",
                    "Complete",
                ),
                (
                    "2b",
                    "Check a sample of notifications after three months",
                    "Adults",
                    ["Police"],
                    "September 2025",
                    "2025-09",
                    "Not yet started",
                ),
            ],
        ),
        (
            "3",
            "3. Housing providers should make sure that a tenant whose home shows signs of neglect is "
            "referred for a needs assessment.",
            [
                (
                    "3a",
                    "Train housing officers to recognise self-neglect",
                    "Housing",
                    ["Adults", "NHS Trust"],
                    "May 2025",
                    "2025-05",
                    "On track",
                ),
                (
                    "3b",
                    "Add self-neglect to the tenancy visit checklist",
                    "Housing",
                    [],
                    "July 2025",
                    "2025-07",
                    "Not yet started",
                ),
            ],
        ),
    ],
    status_of={"Complete": "complete", "On track": "in_progress", "Not yet started": "not_started"},
    key_sep=": ",
    margin_cm=2.0,
    closing=[
        "Sub-group comment: the notification protocol is working; the sample check is planned for autumn."
    ],
    review_fields={"review_type": "SAR", "area": "Harrowmead", "pseudonym": "Mr T", "age": 71},
)

if __name__ == "__main__":
    main(
        PLAN,
        description=(
            "SAB SAR action plan (DejaVu Sans Condensed 8.5, portrait): a label table, a 'Who does what.' key "
            "naming the body behind each short head with colons and saying 'Lead' is the accountable agency, "
            "'Support' a helping one; Recommendation | No. | What will be done | By when | NHS Trust | Police | "
            "Adults | Housing | Progress, the 'N. …' Recommendation cell merged down over actions a … b"
        ),
        notes=(
            "Recommendations the merged Recommendation cells, ref their number. One action per row, ref as "
            "printed. Lead: the agency whose column holds 'Lead', written as the key names it; 'Support' "
            "agencies are not leads. Target the month. Complete complete, On track in_progress, Not yet started "
            "not_started."
        ),
    )
