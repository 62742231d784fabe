"""Build two SAR action plans whose timescales run from the day the Board signed the plan off
(heldout43 family 3's shape, our own content; shared builder relative_timescale_plan.py):

- sar_plan_relative_timescales_open_closed_tillbrook: portrait Liberation Serif 10.5, No. |
  Recommendation | Action | Owner | Timescale | Open / Closed, the note "signed off by the Board
  on 14 May 2025"; "Immediate", "Within 3 / 6 / 12 months", "Ongoing", "By the next Board
  meeting"; the table runs over the page break with its header repeated.
- sar_plan_relative_timescales_agreed_ockleigh: landscape DejaVu Sans 9, Ref | Recommendation |
  Action | Lead | Timescale | Status (Open / Closed), the day the plan was agreed given as a
  label ("Date agreed by the Board | 2 October 2024"), a note saying the timescales run from it.

    python tests/zoo/pending/build_sar_plan_relative_timescales.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding their .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from plan_gold import review  # noqa: E402
from relative_timescale_plan import RelativePlan, main  # noqa: E402

ASC = "Tillbrook Adult Social Care"
TRUST = "Tillbrook Community Health Trust"
SAB = "Tillbrook SAB Business Manager"
HOUSING = "Wellmere Housing Association"

TILLBROOK = RelativePlan(
    stem="sar_plan_relative_timescales_open_closed_tillbrook",
    font="Liberation Serif",
    size=10.5,
    landscape=False,
    board="Tillbrook Safeguarding Adults Board",
    title="Safeguarding Adults Review ‘Walter’ – Action Plan",
    intro=[
        "Walter was a man of 67 who lived alone in a ground floor flat and received a package of care "
        "at home. He died in hospital in the winter of 2023 after a fall, having been found by a carer "
        "in a cold flat. The review looked at how agencies worked together in the nine months before.",
        "The Board accepted each of the reviewer's four recommendations. This plan sets out what the "
        "partners will do, who owns each action and when it is due.",
        "Walter had lived in the same flat for over twenty years. After his wife died he saw less of his "
        "neighbours and stopped going to the day centre he had used. His care package was four visits a "
        "day, and carers recorded on several occasions that the heating was off and that he was wearing "
        "his coat indoors. He told them he preferred it that way and that the bills worried him.",
        "Between March and November 2023 he was taken to hospital three times after falls at home. Each "
        "time he was discharged within two days. His GP practice, the ambulance service and the hospital "
        "each held part of the picture, but no single agency saw all three falls together.",
        "In October 2023 a carer raised a safeguarding concern about the cold and about Walter's weight "
        "loss. The concern was screened by telephone and closed two days later because Walter said he "
        "did not want any more help. Nobody visited him. He was admitted to hospital in December 2023 "
        "with hypothermia and died there eleven days later.",
        "The review was carried out by an independent reviewer with a panel drawn from the partner "
        "agencies. Walter's niece contributed to the review and her views are reflected in the findings.",
    ],
    findings=[
        "Carers saw that Walter's flat was often cold but nobody raised it with his landlord.",
        "Walter's refusal of help was taken at face value without exploring whether he understood the risks.",
        "Information about his falls stayed within each agency and was never pulled together.",
        "The safeguarding concern raised in the autumn was closed without anyone visiting him.",
    ],
    note=[
        "All timescales are counted from the date this plan was signed off by the Board on 14 May 2025. "
        "‘Immediate’ means work already under way at sign-off; ‘Ongoing’ means a standing commitment "
        "with no end date.",
        "Open means the action is still being worked on. Closed means the owner has given the Board "
        "evidence that it is done and the Board has accepted it.",
    ],
    headers=["No.", "Recommendation", "Action", "Owner", "Timescale", "Open / Closed"],
    widths=[1.1, 4.0, 5.2, 2.6, 2.0, 1.7],
    recs=[
        (
            1,
            "Partners should make sure that cold or unsafe living conditions seen on a visit are passed "
            "to the person's landlord and recorded.",
            [
                (
                    "1a",
                    "Add a question on heating and home conditions to the home care visit record.",
                    ASC,
                    "Immediate",
                    "Closed",
                ),
                (
                    "1b",
                    "Agree with local landlords a single route for care staff to report cold homes.",
                    HOUSING,
                    "Within 6 months",
                    "Open",
                ),
            ],
        ),
        (
            2,
            "Practitioners should be helped to explore a person's understanding of risk when they turn down support.",
            [
                (
                    "2a",
                    "Deliver briefings on mental capacity and self-neglect to home care providers.",
                    SAB,
                    "Within 3 months",
                    "Closed",
                ),
                (
                    "2b",
                    "Include a prompt on understanding of risk in the refusal of services form.",
                    ASC,
                    "Within 6 months",
                    "Open",
                ),
                (
                    "2c",
                    "Audit a sample of cases where support was refused and report the findings.",
                    ASC,
                    "Within 12 months",
                    "Open",
                ),
            ],
        ),
        (
            3,
            "The Board should test how information about repeated falls is shared between health and care services.",
            [
                (
                    "3a",
                    "Map how falls are recorded by the ambulance service, GP practices and the trust.",
                    TRUST,
                    "By the next Board meeting",
                    "Open",
                ),
                (
                    "3b",
                    "Report on falls information sharing to the Board's quality group every quarter.",
                    TRUST,
                    "Ongoing",
                    "Open",
                ),
            ],
        ),
        (
            4,
            "Safeguarding concerns about people living alone should not be closed without a visit or a direct conversation.",
            [
                (
                    "4a",
                    "Change the safeguarding triage guidance to require contact before a concern is closed.",
                    ASC,
                    "Within 3 months",
                    "Closed",
                ),
                (
                    "4b",
                    "Check that the change is followed through a dip sample of closed concerns.",
                    SAB,
                    "Within 12 months",
                    "Open",
                ),
            ],
        ),
    ],
    closing=[
        "Assurance: owners report progress to each meeting of the Board's case review group, which "
        "decides when an action can be closed. This plan will be reviewed again in November 2025.",
    ],
    signed_off=(2025, 5),
    description="A SAR plan whose timescales run from the Board's sign-off day, printed in a note",
    review=review("SAR", "Tillbrook", "Walter", age=67),
)

CITY = "Ockleigh City Council Adult Services"
POLICE = "Ockleigh Police"
HOSPITAL = "Ockleigh Hospitals NHS Trust"
BOARD = "Ockleigh SAB"

OCKLEIGH = RelativePlan(
    stem="sar_plan_relative_timescales_agreed_ockleigh",
    font="DejaVu Sans",
    size=9,
    landscape=True,
    board="Ockleigh Safeguarding Adults Board",
    title="SAR ‘Irene’ – plan of action",
    intro=[
        "Irene was 58 and lived with her adult son, who cared for her after a stroke. She died from "
        "neglect in March 2024. This plan answers the three recommendations of the review.",
    ],
    findings=[
        "The son's own needs as a carer were never assessed.",
        "Hospital discharge went ahead without a check that care at home was in place.",
        "Police welfare visits were not shared with adult services.",
    ],
    note=[
        "Each timescale below is counted from the day the Board agreed this plan, given in the box "
        "above. Open: work continues. Closed: the Board has seen the evidence.",
    ],
    headers=["Ref", "Recommendation", "Action", "Lead", "Timescale", "Status"],
    widths=[1.2, 6.0, 8.0, 4.2, 2.8, 2.0],
    recs=[
        (
            1,
            "Adult services should offer a carer's assessment whenever a relative takes on care after a discharge.",
            [
                (
                    "1.1",
                    "Remind discharge teams to refer family carers for an assessment.",
                    CITY,
                    "Immediate",
                    "Closed",
                ),
                (
                    "1.2",
                    "Report the number of carer's assessments offered after discharge.",
                    CITY,
                    "Within 9 months",
                    "Open",
                ),
            ],
        ),
        (
            2,
            "The hospital trust should confirm that care at home is ready before a patient with new needs goes home.",
            [
                (
                    "2.1",
                    "Add a check of home care arrangements to the discharge checklist.",
                    HOSPITAL,
                    "Within 3 months",
                    "Closed",
                ),
                (
                    "2.2",
                    "Audit twenty discharges of patients with new care needs.",
                    HOSPITAL,
                    "Within 6 months",
                    "Open",
                ),
            ],
        ),
        (
            3,
            "Police should share concerns from welfare visits about adults with care needs with adult services.",
            [
                (
                    "3.1",
                    "Issue guidance to response officers on sharing welfare visit concerns.",
                    POLICE,
                    "Within 3 months",
                    "Closed",
                ),
                (
                    "3.2",
                    "Review the sharing of welfare concerns with the Board each year.",
                    BOARD,
                    "Ongoing",
                    "Open",
                ),
            ],
        ),
    ],
    closing=["Next review of this plan: the Board's meeting in April 2025."],
    signed_off=(2024, 10),
    box=(
        ("Review", "Safeguarding Adults Review ‘Irene’"),
        ("Plan owner", "Ockleigh SAB Business Manager"),
        ("Date agreed by the Board", "2 October 2024"),
        ("Version", "2.1 (March 2025)"),
    ),
    description="A SAR plan whose timescales run from the day the Board agreed it, printed in a label box",
    review=review("SAR", "Ockleigh", "Irene", age=58),
)

if __name__ == "__main__":
    for plan in (TILLBROOK, OCKLEIGH):
        main(plan)
