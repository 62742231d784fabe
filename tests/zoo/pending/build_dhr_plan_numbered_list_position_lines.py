"""Build the pending zoo document `dhr_plan_numbered_list_position_lines_saltcombe`: a community safety
partnership's DHR action plan written as a two-level numbered list with no table (URW Bookman 10): each
recommendation a bold hanging-indent paragraph "1.<tab><text>", its actions indented "1.1<tab><text>", each
action followed by one line of bold labels "Lead: … Due: … Position: …" and sometimes an italic progress
note. Positions Achieved / On track / Delayed / Not commenced (a note above the list says Delayed means
started but behind); dues "d Month yyyy", "Month yyyy" and "Quarterly from Month yyyy". The list runs over
a page break between action 3.2 and its label line. A "How to read this plan" note, a running head and a
footer are not records.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_numbered_list_position_lines.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_plan_numbered_list_position_lines_saltcombe"
POSITIONS = {
    "Achieved": "complete",
    "On track": "in_progress",
    "Delayed": "in_progress",
    "Not commenced": "not_started",
}
RECS = [
    (
        "1",
        "Saltcombe Community Safety Partnership should make sure that front-line staff in every member agency "
        "know how to recognise coercive control when it is described without the words domestic abuse.",
    ),
    (
        "2",
        "Saltcombe Primary Care Board should ask GP practices to record who attends appointments with a "
        "patient and to see the patient alone at least once a year.",
    ),
    (
        "3",
        "Drywater Housing Group should review how its repairs staff report concerns about a tenant's safety "
        "seen during a home visit.",
    ),
    (
        "4",
        "The partnership should test the changes made in answer to this review through a multi-agency audit "
        "a year after the plan is agreed.",
    ),
]
# (rec, number, action, lead, due printed, due iso, position, progress note or "")
ACTIONS = [
    (
        "1",
        "1.1",
        "Add a session on coercive control told in everyday words to the partnership's core training.",
        "Partnership Training Officer",
        "31 March 2026",
        "2026-03-31",
        "Achieved",
        "The session has run four times since January and is now part of induction.",
    ),
    (
        "1",
        "1.2",
        "Write a one-page guide for reception and call-handling staff on what to ask next.",
        "Domestic Abuse Coordinator",
        "June 2026",
        "2026-06",
        "On track",
        "",
    ),
    (
        "2",
        "2.1",
        "Change the practice record template so that the person attending with the patient is noted.",
        "Clinical Lead for Safeguarding",
        "30 April 2026",
        "2026-04-30",
        "Delayed",
        "The supplier has moved the template release to the summer.",
    ),
    (
        "2",
        "2.2",
        "Remind practices at the quarterly safeguarding forum to offer every patient time alone.",
        "Named GP for Safeguarding Adults",
        "Quarterly from July 2026",
        "2026-07",
        "Not commenced",
        "",
    ),
    (
        "3",
        "3.1",
        "Give repairs staff a short prompt card listing the signs to report and how to report them.",
        "Head of Tenancy Services",
        "28 February 2026",
        "2026-02-28",
        "Achieved",
        "",
    ),
    (
        "3",
        "3.2",
        "Add a safety concern field to the repairs job sheet that goes straight to the tenancy team.",
        "Repairs Systems Manager",
        "September 2026",
        "2026-09",
        "On track",
        "Testing with two repairs teams before it goes to all.",
    ),
    (
        "3",
        "3.3",
        "Check a sample of job sheets every six months to see whether concerns were passed on.",
        "Tenancy Quality Lead",
        "Quarterly from October 2026",
        "2026-10",
        "Not commenced",
        "",
    ),
    (
        "4",
        "4.1",
        "Run a multi-agency case audit of ten domestic abuse cases and report the findings to the board.",
        "Partnership Manager",
        "31 January 2027",
        "2027-01-31",
        "Not commenced",
        "",
    ),
]
MARGIN_CM = 1.6  # top and bottom: the page ends between action 3.2 and its label line
PAGE_FILL = 1  # paragraphs of preamble that bring action 3.2's label line onto page 2


def recommendation_paragraph(doc, number, text) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.paragraph_format.space_before = Pt(8)
    p.add_run(f"{number}.\t{text}").bold = True


def action_paragraph(doc, number, text) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.2)
    p.paragraph_format.first_line_indent = Cm(-1.2)
    p.add_run(f"{number}\t{text}")


def label_line(doc, lead, due, position) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.2)
    for label, value in (("Lead: ", lead), ("   Due: ", due), ("   Position: ", position)):
        p.add_run(label).bold = True
        p.add_run(value)


def note_line(doc, note) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.2)
    p.add_run(note).italic = True


def build() -> None:
    doc = new_doc(
        font="URW Bookman",
        size=10,
        header="Saltcombe Community Safety Partnership — OFFICIAL",
        footer_label="Saltcombe CSP | DHR ‘Marion’ action plan | page",
    )
    doc.sections[0].top_margin = doc.sections[0].bottom_margin = Cm(MARGIN_CM)
    para(doc, "Domestic Homicide Review ‘Marion’", bold=True, size=14)
    para(doc, "Action plan — progress at November 2026", bold=True, size=12)
    para(doc, "How to read this plan", bold=True)
    para(
        doc,
        "Each numbered paragraph in bold is one of the review's recommendations. The actions agreed in answer "
        "to it follow, numbered under it, each with the officer who leads it, the date by which it is due and "
        "its position. Achieved means the action is done; On track means it has started and will be done on "
        "time; Delayed means it has started but is behind; Not commenced means work has not begun.",
    )
    for _ in range(PAGE_FILL):
        para(
            doc,
            "The partnership's domestic abuse board reads this plan at each meeting. Agencies send their "
            "updates to the partnership manager two weeks before, and a position is changed only when the "
            "lead officer can show the evidence for it.",
        )
    para(doc, "Recommendations and actions", bold=True, size=12)
    for rec, words in RECS:
        recommendation_paragraph(doc, rec, words)
        for a_rec, number, text, lead, due, _, position, note in ACTIONS:
            if a_rec != rec:
                continue
            action_paragraph(doc, number, text)
            label_line(doc, lead, due, position)
            if note:
                note_line(doc, note)
    p = para(doc, "Version 3, agreed by the board on 19 November 2026.", size=9)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [recommendation_record(n, " ".join(t.split()[:8]), _line_of(lines, t)) for n, t in RECS]
    actions = [
        action_record(
            " ".join(text.split()[:8]),
            _line_of(lines, text),
            ref=number,
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=due,
            target_date=iso_due,
            status_raw=position,
            status=POSITIONS[position],
        )
        for rec, number, text, lead, due, iso_due, position, _ in ACTIONS
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR action plan written as a two-level numbered list, no table (URW Bookman 10): bold hanging "
            "'1.<tab><text>' recommendations, indented '1.1<tab><text>' actions, each followed by a line of bold "
            "labels 'Lead: … Due: … Position: …' and sometimes an italic progress note; over a page break "
            "between action 3.2 and its label line"
        ),
        review=review("DHR", "Saltcombe", "Marion"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Four recommendations (the bold paragraphs), eight actions (the '1.1' paragraphs): lead, target and "
            "status from the label line under each. Achieved complete; On track and Delayed (started but behind) "
            "in_progress; Not commenced not_started. 'Quarterly from July 2026' is the month of the first one. "
            "Not records: the 'How to read this plan' note, the progress notes, the version line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
