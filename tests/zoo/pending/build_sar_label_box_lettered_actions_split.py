"""Build the pending zoo document `sar_label_box_lettered_actions_split_hensingham`: a variant of
`sar_label_box_lettered_actions_tremorrow` (the family of heldout38 family 5) in Nimbus Mono PS 9.5 with four
recommendations, recommendation 3's label table running over the page break. Plain pdftotext prints each
page's label column as one stack (page 2's opening with the rest of table 3's labels), then the values.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_label_box_lettered_actions_split.py [STEM]
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from board_response_build import _line_of  # noqa: E402
from build_sar_label_box_lettered_actions import STATES, lettered  # noqa: E402
from docx_build import kv_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_label_box_lettered_actions_split_hensingham"
# the same plan with a label column too narrow for its labels ("Recommendat" / "ion 1", "Target" / "dates",
# "Update," / "January" / "2026"), table 3's update row parted by the page break, "Update," on page 1
NARROW = "sar_label_box_lettered_actions_split_narrow_labels_hensingham"
# the same plan with one "Lead" row, "<agency> (<officer>)", the fourth table's lead wrapping over two
# lines above its lettered actions (session 46, txtbands; heldout38 family 5's stem names one lead row)
SINGLE = "sar_label_box_lettered_actions_single_lead_row_hensingham"
WIDTHS = {STEM: (4.2, 12.0), NARROW: (2.6, 14.6), SINGLE: (4.2, 12.0)}
# (number, recommendation, lead agency, lead officer, [(letter, action, target, iso, state, note)])
RECS = [
    (
        "1",
        "Hensingham SAB should ask partners to record when a carer refuses a needs assessment.",
        "Hensingham Safeguarding Adults Board",
        "Board Manager",
        [
            (
                "a",
                "Add a carer refusal field to the shared referral form.",
                "31.10.2025",
                "2025-10-31",
                "Complete",
                "field live in October",
            ),
            (
                "b",
                "Remind team managers of the field at their forum.",
                "30.11.2025",
                "2025-11-30",
                "Complete",
                "reminder sent",
            ),
        ],
    ),
    (
        "2",
        "Adult Social Care should offer a second visit when a person says no to help at the door.",
        "Hensingham Adult Social Care",
        "Head of Adult Services",
        [
            (
                "a",
                "Write a second-visit step into the duty procedure.",
                "31.12.2025",
                "2025-12-31",
                "In progress",
                "draft with the unions",
            ),
            (
                "b",
                "Sample twenty refusals to see if the visit was offered.",
                "31.05.2026",
                "2026-05-31",
                "Not started",
                "sample agreed for May",
            ),
        ],
    ),
    (
        "3",
        "The hospital trust should tell the GP when a patient leaves before a safeguarding plan is agreed.",
        "Hensingham Hospitals NHS Trust",
        "Named Nurse for Adults",
        [
            (
                "a",
                "Add a safeguarding alert to the self-discharge letter.",
                "28.02.2026",
                "2026-02-28",
                "In progress",
                "letter template being tested",
            ),
            (
                "b",
                "Audit self-discharge letters for the alert each quarter.",
                "30.06.2026",
                "2026-06-30",
                "Not started",
                "first audit in June",
            ),
        ],
    ),
    (
        "4",
        "Partners should agree how hoarding concerns are passed to the fire service.",
        "Hensingham Fire and Rescue Service",
        "Community Safety Manager",
        [
            (
                "a",
                "Agree a referral route with the two housing providers.",
                "31.03.2026",
                "2026-03-31",
                "In progress",
                "one provider signed",
            ),
            (
                "b",
                "Publish the route on the Board's website.",
                "30.04.2026",
                "2026-04-30",
                "Not started",
                "after the route is agreed",
            ),
        ],
    ),
]
INTRO = (
    "The Board accepted the four recommendations of the review. This plan says what partners will do and "
    "is brought up to date before each meeting of the Board's case review group.",
    "Each recommendation has one lead agency that answers for it and one officer who reports on its "
    "actions. Where an action is complete the update says what was done and where the evidence is kept.",
)


def build(stem: str = STEM) -> None:
    doc = new_doc(font="Nimbus Mono PS", size=10, footer_label="- ")
    para(doc, "Hensingham Safeguarding Adults Board", bold=True, size=13)
    para(doc, "Safeguarding Adults Review 'Owen' – response plan", bold=True, size=14)
    for text in (*INTRO, *INTRO):
        para(doc, text)
    for number, text, agency, officer, actions in RECS:
        kv_table(
            doc,
            [
                (f"Recommendation {number}", text),
                *(
                    [("Lead", f"{agency} ({officer})")]
                    if stem == SINGLE
                    else [("Lead agency", agency), ("Lead officer", officer)]
                ),
                ("Actions", lettered((a[0], a[1]) for a in actions)),
                ("Target dates", lettered((a[0], a[2]) for a in actions)),
                ("Update, January 2026", lettered((a[0], f"{a[4]} – {a[5]}") for a in actions)),
            ],
            widths=WIDTHS[stem],
            size=9.5,
        )
        para(doc, "")
    para(doc, "Statuses used: Complete, In progress, Not started.", size=9.5)
    para(doc, "Contact: the Board's business unit, Hensingham Town Hall.", size=9.5)
    save_rendered(doc, HERE, stem)


def gold(stem: str = STEM) -> dict:
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(n, " ".join(t.split()[:6]), _line_of(lines, " ".join(t.split()[:3])))
        for n, t, *_ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:6]),
            _line_of(lines, " ".join(action.split()[:3])),
            ref=letter,
            recommendation_ref=number,
            lead=agency,
            target_date_raw=target,
            target_date=iso_target,
            status_raw=state,
            status=STATES[state],
        )
        for number, _, agency, _, items in RECS
        for letter, action, target, iso_target, state, _ in items
    ]
    return plan_gold(
        stem,
        description=(
            "SAB response plan (Nimbus Mono PS 9.5): one two-column label table per recommendation, rows "
            "Recommendation N | Lead agency | Lead officer | Actions | Target dates | Update, January 2026; the "
            "actions lettered '(a)' in one cell, their targets and states by letter in two others; recommendation "
            "3's table over the page break"
        ),
        review=review("SAR", "Hensingham", "Owen"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Four recommendations, eight actions: one per lettered item, ref its letter, lead the Lead agency row, "
            "target and state the item of the same letter. Not records: the statuses line, the contact line."
        ),
    )


if __name__ == "__main__":
    for name in sys.argv[1:] or WIDTHS:  # (a stem named: that document alone)
        build(name)
        save_gold(HERE, name, gold(name))
        print("wrote", f"{name}.json")
