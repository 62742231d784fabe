"""Build pending zoo documents of one family: a DHR action plan with no status column whose closed
actions are struck through and marked "(closed)", heldout42 family 1's form in our own words.

A "How to read this plan" note says that a closed action is struck through with "(closed)" after
it and that an action in plain type is still open; one table No. | Recommendation | Action | Lead |
Target date, the Recommendation cell "N. <text>" merged down over its actions 1.1, 1.2 ...; the
closed actions' words struck through (Word's run property, a line over the text in the PDF) with a
bold marker after them. The table runs over the page break with its header repeated. Three
documents, so the reading is not fitted to one:

- `dhr_plan_struck_closed_actions_note_thornaby_cross`: Liberation Sans, "(closed)", the note as
  the blind's family words it (plain type: open);
- `dhr_plan_struck_done_actions_key_wendlebury`: DejaVu Sans, "[Closed]" and a key line under
  its own heading ("Actions still open are in normal text");
- `dhr_plan_struck_closed_actions_no_note_thornaby_cross`: the first plan without its note: the
  plain-type actions then say nothing of their state (status unknown).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_struck_closed_actions.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Cm, Pt  # noqa: E402
from docx_build import make_table, merge_down, new_doc, para, set_text  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import MONTHS, action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402


@dataclass(frozen=True)
class StruckPlan:
    stem: str
    area: str
    pseudonym: str
    font: str
    headers: tuple
    widths: tuple
    marker: str  # printed bold after a closed action's struck words
    note_title: str | None  # None: the plan prints no note on how to read it
    note: tuple
    footer: str
    recs: list  # (number, recommendation, [(ref, action, lead, target, closed), ...])


THORNABY_RECS = [
    (
        "1",
        "Thornaby Cross Community Safety Partnership should make sure that domestic abuse "
        "training for front line staff covers abuse by a partner who is also a carer.",
        [
            (
                "1.1",
                "Add a session on carers who abuse to the partnership's level 2 course.",
                "Partnership Training Officer",
                "31 March 2025",
                True,
            ),
            (
                "1.2",
                "Ask each member agency to report how many staff have completed the course.",
                "Domestic Abuse Coordinator",
                "September 2025",
                False,
            ),
        ],
    ),
    (
        "2",
        "Thornaby Cross Primary Care Network should make sure that a patient who discloses "
        "abuse is offered a follow-up appointment within two weeks.",
        [
            (
                "2.1",
                "Write a template for recording a disclosure and the follow-up offered.",
                "Named GP for Safeguarding",
                "30 April 2025",
                True,
            ),
            (
                "2.2",
                "Audit twenty records in each practice for a follow-up offer.",
                "Practice Safeguarding Lead",
                "January 2026",
                False,
            ),
        ],
    ),
    (
        "3",
        "Thornaby Cross Housing Services should check for domestic abuse when a tenant asks to "
        "move because of a neighbour dispute.",
        [
            (
                "3.1",
                "Add a routine question on abuse to the transfer request form.",
                "Tenancy Services Manager",
                "31 May 2025",
                True,
            ),
            (
                "3.2",
                "Brief all housing officers on the new question and on referral routes.",
                "Tenancy Services Manager",
                "October 2025",
                False,
            ),
        ],
    ),
    (
        "4",
        "Thornaby Cross Community Safety Partnership should ask the local safeguarding partners to "
        "share this review's learning with schools and colleges across the borough, and report "
        "back to the partnership board on what was done within twelve months of publication.",
        [
            (
                "4.1",
                "Send a seven-minute briefing on the review to every designated safeguarding lead.",
                "Community Safety Manager",
                "30 June 2025",
                True,
            ),
            (
                "4.2",
                "Report to the partnership board on how the learning was shared.",
                "Chair, DHR Oversight Group",
                "March 2026",
                False,
            ),
        ],
    ),
]

THORNABY_NOTE = (
    "This plan has no status column. When the oversight group agrees that an action has been "
    "finished, the action is struck through and (closed) is added after it.",
    "Actions shown in plain type remain open and are being worked on by the lead named against them. "
    "The group looks at every open action at each of its meetings.",
)

THORNABY = StruckPlan(
    stem="dhr_plan_struck_closed_actions_note_thornaby_cross",
    area="Thornaby Cross",
    pseudonym="Rosalind",
    font="Liberation Sans",
    headers=("No.", "Recommendation", "Action", "Lead", "Target date"),
    widths=(1.2, 5.4, 5.4, 3.2, 2.3),
    marker="(closed)",
    note_title="How to read this plan",
    note=THORNABY_NOTE,
    footer="DHR 'Rosalind' action plan | updated 3 November 2025 |",
    recs=THORNABY_RECS,
)

THORNABY_NO_NOTE = StruckPlan(
    **{
        **THORNABY.__dict__,
        "stem": "dhr_plan_struck_closed_actions_no_note_thornaby_cross",
        "note_title": None,
    }
)

WENDLEBURY = StruckPlan(
    stem="dhr_plan_struck_done_actions_key_wendlebury",
    area="Wendlebury",
    pseudonym="Harriet",
    font="DejaVu Sans",
    headers=("Ref", "Recommendation", "Agreed action", "Responsible officer", "Due by"),
    widths=(1.2, 5.0, 5.6, 3.4, 2.3),
    marker="[Closed]",
    note_title="Key to the plan",
    note=(
        "Actions which the Board has signed off are shown with a line through them and the word "
        "[Closed]. Actions still open are in normal text.",
        "The responsible officer reports progress on each open action to the Board every quarter.",
    ),
    footer="Wendlebury Safer Communities Board – DHR Harriet – plan – page",
    recs=[
        (
            "1",
            "Wendlebury Police should review how officers record the history of previous call-outs "
            "when they attend a domestic incident.",
            [
                (
                    "1.1",
                    "Change the attendance form so previous call-outs are listed.",
                    "Detective Inspector, Safeguarding",
                    "28 February 2025",
                    True,
                ),
                (
                    "1.2",
                    "Dip-sample fifty attendance forms for the new entry.",
                    "Detective Inspector, Safeguarding",
                    "August 2025",
                    False,
                ),
                (
                    "1.3",
                    "Share the dip-sample results with the Board.",
                    "Head of Public Protection",
                    "November 2025",
                    False,
                ),
            ],
        ),
        (
            "2",
            "Wendlebury Adult Social Care should make sure that a carer's assessment asks whether the "
            "carer feels safe.",
            [
                (
                    "2.1",
                    "Add a question on safety to the carer's assessment.",
                    "Principal Social Worker",
                    "30 April 2025",
                    True,
                ),
                (
                    "2.2",
                    "Train assessors in asking the new question.",
                    "Workforce Development Lead",
                    "December 2025",
                    False,
                ),
            ],
        ),
        (
            "3",
            "Wendlebury Safer Communities Board should publish a short guide for families and friends "
            "on how to get help for someone they think is being abused, and test it with residents "
            "before it is printed.",
            [
                (
                    "3.1",
                    "Draft the guide with the local domestic abuse charity.",
                    "Board Manager",
                    "31 July 2025",
                    True,
                ),
                ("3.2", "Test the draft with two residents' groups.", "Board Manager", "January 2026", False),
            ],
        ),
    ],
)


# the review's background every plan of the family opens with (clutter, no records)
ABOUT = (
    "The review was commissioned by the partnership after a referral from the police within a month "
    "of the homicide. The panel met six times and heard from her family and two of her friends.",
    "The review looked at the contact agencies had with the family over the four years before the "
    "homicide, including two calls to the police by neighbours and visits to the family's GP practice.",
    "The criminal trial ended before the review was finished; the perpetrator was convicted of murder "
    "and the panel took account of the evidence given at the trial.",
    "The final report was quality assured by the Home Office and published with this plan. The family "
    "were given the report before publication and their comments are included in it.",
)


def _struck_cell(cell, action: str, marker: str) -> None:
    """The closed action's words struck through, its bold marker after them unstruck."""
    cell.text = ""
    p = cell.paragraphs[0]
    words = p.add_run(action)
    words.font.strike = True
    words.font.size = Pt(9.5)
    p.add_run(" ")
    mark = p.add_run(marker)
    mark.bold = True
    mark.font.size = Pt(9.5)


def _opening(doc, plan: StruckPlan) -> None:
    para(doc, f"{plan.area} Community Safety Partnership", bold=True, size=13)
    para(doc, f"Domestic Homicide Review into the death of {plan.pseudonym}", bold=True, size=12)
    para(doc, "Action plan", bold=True, size=12)
    para(
        doc,
        f"{plan.pseudonym} was 52 when she was killed by her husband at their home in {plan.area}. "
        "The review was chaired by an independent chair and its report was published by the "
        "partnership in 2025. The recommendations below are the review panel's; the actions were "
        "agreed by the agencies named as leads.",
    )
    para(doc, "About the review", bold=True, size=11)
    for number, text in enumerate(ABOUT, 1):
        para(doc, f"{number}. {text}")
    for text in (
        "The plan is kept by the partnership's business team and is published on its website after "
        "each meeting of the oversight group. Earlier versions can be asked for by email.",
        "Single agency recommendations are tracked by each agency's own governance and are not shown "
        "here; each agency reports on them to the oversight group twice a year.",
    ):
        para(doc, text)
    if plan.note_title:
        para(doc, plan.note_title, bold=True, size=11)
        for text in plan.note:
            para(doc, text)


def build(plan: StruckPlan) -> None:
    doc = new_doc(font=plan.font, size=10.5, footer_label=plan.footer)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(1.9)
    _opening(doc, plan)
    t = make_table(doc, plan.headers, plan.widths, size=9.5)
    row = 1
    for number, text, rows in plan.recs:
        first = row
        for ref, action, lead, target, closed in rows:
            cells = t.add_row().cells
            for c, w in zip(cells, plan.widths):
                c.width = Cm(w)
            for i, value in ((0, ref), (1, f"{number}. {text}"), (3, lead), (4, target)):
                set_text(cells[i], value, size=9.5)
            if closed:
                _struck_cell(cells[2], action, plan.marker)
            else:
                set_text(cells[2], action, size=9.5)
            row += 1
        merge_down(t, 1, first, row - 1, size=9.5)
    para(doc, "")
    para(doc, "The oversight group will next review this plan in February 2026.")
    save_rendered(doc, HERE, plan.stem)


def _iso(raw: str) -> str:
    parts = raw.split()
    month = MONTHS.index(parts[-2].lower()) + 1
    return f"{parts[-1]}-{month:02d}-{int(parts[0]):02d}" if len(parts) == 3 else f"{parts[-1]}-{month:02d}"


def _line(lines: list[str], text: str) -> int:
    """The first line of the export holding the text's first words (1-based)."""
    for count in (3, 2):
        start = " ".join(text.split()[:count])
        found = [i for i, line in enumerate(lines, 1) if start in line]
        if found:
            return found[0]
    raise ValueError(text)


def _state(plan: StruckPlan, closed: bool) -> tuple[str | None, str]:
    if closed:
        return plan.marker, "complete"
    return None, "in_progress" if plan.note_title else "unknown"


def gold(plan: StruckPlan) -> dict:
    lines = (HERE / f"{plan.stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line(lines, text))
        for number, text, _ in plan.recs
    ]
    actions = [
        action_record(
            " ".join(action.split()[:7]),
            _line(lines, action),
            ref=ref,
            recommendation_ref=number,
            lead=lead,
            target_date_raw=target,
            target_date=_iso(target),
            status_raw=_state(plan, closed)[0],
            status=_state(plan, closed)[1],
        )
        for number, _, rows in plan.recs
        for ref, action, lead, target, closed in rows
    ]
    return plan_gold(
        plan.stem,
        description=(
            f"DHR action plan alone ({plan.font}): no status column; {' | '.join(plan.headers)}, the "
            "Recommendation cell 'N. <text>' merged down over its actions; closed actions struck through "
            f"with a bold '{plan.marker}' after them"
            + (
                f"; a '{plan.note_title}' note says plain-type actions are open"
                if plan.note_title
                else "; no note"
            )
        ),
        review=review("DHR", plan.area, plan.pseudonym),
        review_alternatives={"area": [f"{plan.area} Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Written by helper h42c (session 42); fictional. Recommendations the merged cells' text after "
            "'N.', ref N. One action per row, ref as printed, lead the lead cell. A struck action with the "
            "marker is complete; a plain-type action is in_progress with status_raw null only because the "
            "plan's note says plain type is open (the no-note plan leaves it unknown)."
        ),
    )


if __name__ == "__main__":
    for each in (THORNABY, WENDLEBURY, THORNABY_NO_NOTE):
        build(each)
        save_gold(HERE, each.stem, gold(each))
        print("wrote", f"{each.stem}.json")
