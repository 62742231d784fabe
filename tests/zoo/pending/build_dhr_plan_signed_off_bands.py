"""Build a zoo DHR action plan standing alone whose recommendations are shaded bands across the
table ("Recommendation N – <agency>" in bold over the recommendation's sentence, one merged
cell) over their actions' rows, and whose only word on progress is the date each action was
signed off.

dhr_plan_signed_off_bands: DejaVu Serif 8.5 portrait, `pdftotext -layout`. Page 1: title, a
label / value box (review, victim, date of death, plan holder, version), notes on completing
the plan. Page 2: Ref | Action | Action owner | Target | Evidence of completion | Date signed
off. Targets are seasons (a year) or "End of <Month> yyyy" (a month); a signed-off date means
the action is complete, a blank one says nothing of its state. A closing count of the actions
signed off.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_signed_off_bands.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

from signed_off_plan import SignedOffPlan, main, review

# (number, agency, recommendation, [(ref, action, owner, target, evidence, signed off), ...])
RECS = [
    (
        "1",
        "Tarnbridge Community Safety Partnership",
        "The Partnership should make sure that every frontline agency knows how to refer a victim "
        "of domestic abuse to the local specialist service.",
        [
            (
                "1.1",
                "Publish a one-page referral guide for frontline staff in all agencies.",
                "Domestic Abuse Coordinator",
                "Autumn 2025",
                "Guide published on the Partnership website",
                "14/10/2025",
            ),
            (
                "1.2",
                "Check through a survey that staff in five agencies know the referral route.",
                "Domestic Abuse Coordinator",
                "End of March 2026",
                "",
                "",
            ),
        ],
    ),
    (
        "2",
        "Tarnbridge Police",
        "Tarnbridge Police should review how officers record the history of earlier incidents when "
        "they attend a call about domestic abuse.",
        [
            (
                "2.1",
                "Add a prompt on earlier incidents to the attending officer's report form.",
                "Detective Inspector, Safeguarding Hub",
                "Summer 2025",
                "Form changed and in use",
                "02/07/2025",
            ),
            (
                "2.2",
                "Audit thirty reports to see whether the prompt is completed.",
                "Detective Inspector, Safeguarding Hub",
                "Winter 2025/26",
                "Audit planned for January",
                "",
            ),
        ],
    ),
    (
        "3",
        "Eastwold Health Board",
        "Eastwold Health Board should make sure that GP practices ask about domestic abuse when a "
        "patient attends with an unexplained injury.",
        [
            (
                "3.1",
                "Deliver routine enquiry training to every GP practice in the area.",
                "Named GP for Safeguarding",
                "End of December 2025",
                "Twelve of fifteen practices trained",
                "",
            )
        ],
    ),
    (
        "4",
        "Tarnbridge Borough Council",
        "The Council's housing service should share what it knows about domestic abuse with the "
        "risk assessment conference when a tenant is discussed.",
        [
            (
                "4.1",
                "Name a housing officer to attend every risk assessment conference.",
                "Housing Options Manager",
                "Spring 2025",
                "Officer named and attending since April",
                "22/04/2025",
            ),
            (
                "4.2",
                "Add the conference's actions to the tenancy record system.",
                "Housing Options Manager",
                "Autumn 2025",
                "",
                "",
            ),
            (
                "4.3",
                "Brief housing staff on sharing information with the conference.",
                "Housing Options Manager",
                "End of June 2025",
                "Briefings held in June",
                "30/06/2025",
            ),
        ],
    ),
    (
        "5",
        "Tarnbridge Community Safety Partnership",
        "The Partnership should tell the Home Office what this review found about support for "
        "older victims of domestic abuse.",
        [
            (
                "5.1",
                "Write to the Home Office with the review's findings on older victims.",
                "Partnership Chair",
                "Winter 2025/26",
                "",
                "",
            )
        ],
    ),
]

PLAN = SignedOffPlan(
    stem="dhr_plan_signed_off_bands",
    font="DejaVu Serif",
    area="Tarnbridge Community Safety Partnership",
    title="Domestic Homicide Review: action plan",
    box=[
        ("DHR reference", "TCSP DHR 2024/01"),
        ("Victim", "Marguerite, aged 68"),
        ("Date of death", "11 February 2024"),
        ("Plan holder", "Tarnbridge Community Safety Partnership Board"),
        ("Version", "3, updated November 2025"),
    ],
    notes=(
        "Each action is signed off by the Partnership's review panel once the evidence has "
        "been seen. Please leave the signed-off date blank until then."
    ),
    headers=["Ref", "Action", "Action owner", "Target", "Evidence of completion", "Date signed off"],
    widths=[1.0, 5.0, 3.0, 2.0, 3.3, 2.2],
    recs=RECS,
    description=(
        "DHR action plan standing alone (DejaVu Serif 8.5, pdftotext -layout): a label/value box on page 1; "
        "table Ref | Action | Action owner | Target | Evidence of completion | Date signed off, each recommendation "
        "a shaded full-width band 'Recommendation N – <agency>' over its sentence, actions 1.1-5.1 under it; "
        "targets seasons or 'End of <Month> yyyy'; no status column, a signed-off date means complete"
    ),
    review=review(
        "DHR", "Tarnbridge", "Marguerite", review_id="TCSP DHR 2024/01", age=68, date_of_death="2024-02-11"
    ),
)


if __name__ == "__main__":
    main(PLAN)
