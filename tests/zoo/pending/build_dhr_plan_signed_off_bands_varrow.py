"""(A second stand-in of the family, dhr_plan_signed_off_bands_varrow: Liberation Sans 8.5, other
widths and wording, "No." for the ref column, targets by quarter-end months and seasons.)

Build a zoo DHR action plan standing alone whose recommendations are shaded bands across the
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
        "Varrow Safer Communities Partnership",
        "The Partnership should give every agency one agreed way of asking an older person about abuse "
        "at home when they are seen alone.",
        [
            (
                "1.1",
                "Agree a short set of questions with the older people's forum.",
                "Partnership Manager",
                "Spring 2025",
                "Questions agreed at the March forum",
                "28/03/2025",
            ),
            (
                "1.2",
                "Train front-door staff in four agencies to use the questions.",
                "Learning and Development Lead",
                "End of September 2025",
                "Two of four agencies trained",
                "",
            ),
        ],
    ),
    (
        "2",
        "Marlow Vale Police",
        "Marlow Vale Police should make sure that a call from a neighbour about an older couple is "
        "followed by a visit to each of them.",
        [
            (
                "2.1",
                "Change the call-handling script for neighbour reports.",
                "Superintendent, Contact Centre",
                "Summer 2025",
                "Script live from July",
                "15/07/2025",
            ),
            (
                "2.2",
                "Check a sample of forty calls after six months.",
                "Superintendent, Contact Centre",
                "Winter 2025/26",
                "",
                "",
            ),
        ],
    ),
    (
        "3",
        "Varrow Borough Council",
        "The Council's adult social care service should record who cares for whom when a carer's "
        "assessment is offered.",
        [
            (
                "3.1",
                "Add a caring-relationship field to the assessment record.",
                "Head of Adult Social Care Practice",
                "Autumn 2025",
                "Field built and being tested",
                "",
            ),
            (
                "3.2",
                "Audit twenty carers' assessments for the new field.",
                "Principal Social Worker",
                "End of March 2026",
                "",
                "",
            ),
        ],
    ),
    (
        "4",
        "Varrow Safer Communities Partnership",
        "The Partnership should share this review's learning with the places where older people "
        "meet, such as day centres and lunch clubs.",
        [
            (
                "4.1",
                "Write a one-page briefing for day centre staff.",
                "Partnership Manager",
                "Summer 2025",
                "Briefing sent to nine centres",
                "04/08/2025",
            ),
        ],
    ),
]

PLAN = SignedOffPlan(
    stem="dhr_plan_signed_off_bands_varrow",
    font="Liberation Sans",
    area="Varrow Safer Communities Partnership",
    title="Domestic Homicide Review - Action Plan",
    box=[
        ("DHR reference", "VSCP DHR 2023/04"),
        ("Victim", "Eileen, aged 79"),
        ("Date of death", "3 October 2023"),
        ("Plan holder", "Varrow Safer Communities Partnership Board"),
        ("Version", "2, updated September 2025"),
    ],
    notes=(
        "The review panel signs off an action when it has seen the evidence. Owners should not fill "
        "in the signed-off date themselves."
    ),
    headers=["No.", "Action", "Action owner", "Target", "Evidence of completion", "Date signed off"],
    widths=[0.9, 5.4, 3.2, 2.1, 3.1, 2.0],
    recs=RECS,
    description=(
        "DHR action plan standing alone (Liberation Sans 8.5, pdftotext -layout): a label/value box on page 1; "
        "table No. | Action | Action owner | Target | Evidence of completion | Date signed off, each recommendation "
        "a shaded full-width band 'Recommendation N – <agency>' over its sentence, actions 1.1-4.1 under it; "
        "targets seasons or 'End of <Month> yyyy'; no status column, a signed-off date means complete"
    ),
    review=review(
        "DHR", "Varrow", "Eileen", review_id="VSCP DHR 2023/04", age=79, date_of_death="2023-10-03"
    ),
)


if __name__ == "__main__":
    main(PLAN)
