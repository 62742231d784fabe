"""Build plan_bulleted_action_cells_thornsey: a Community Safety Partnership's DHR action plan
on the Home Office template (landscape, Arial 9), one row a recommendation, whose Action cells
list the row's actions as Word bullets ("List Bullet" paragraphs). Each row is one action (the
contract: an action is one row of an action-plan table), its text the whole cell, every bullet
in order, under the row's number, lead, target date and status: a list of imperatives ("Write
to ...", "Publish ..."), a lead-in ending in a colon over its audiences ("Deliver a briefing on
... to:") and a cell of one plain paragraph alike.

Built in Word (python-docx), exported to PDF by LibreOffice and to text by plain pdftotext;
the gold is written by hand below (each record's line looked up in the text export).

    python tests/zoo/build_plan_bulleted_action_cells.py   # writes .docx, .pdf, .txt and .json here

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, landscape_section, make_table, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    find_line,
    first_words,
    iso,
    plan_gold,
    recommendation_record,
    review,
)

STEM = "plan_bulleted_action_cells_thornsey"
WRITTEN = "Written by helper s23bullets; fictional."
HEADERS = ["No.", "Recommendation", "Action to take", "Lead agency", "Target date", "Status"]
WIDTHS = [1.1, 6.0, 7.0, 3.6, 2.4, 3.2]

# (number, recommendation, recommending body, action cell, lead, target date, status cell, status)
# An action cell is a list of bullets, a (lead-in, bullets) pair, or one plain paragraph.
PLAN = [
    (
        "1",
        "Thornsey Community Safety Partnership should make sure that every agency on the panel names "
        "a domestic abuse adviser whom its front-line staff can reach.",
        "Thornsey Community Safety Partnership",
        [
            "Write to every panel agency asking it to name an adviser.",
            "Publish the advisers' names and numbers on the Partnership's practitioner pages.",
            "Refresh the list of advisers every six months.",
        ],
        "Thornsey Community Safety Partnership",
        "31/10/2025",
        "Complete",
        "complete",
    ),
    (
        "2",
        "Thornsey Borough Council should make sure that its reception and duty staff recognise "
        "economic abuse when a resident asks about arrears.",
        "Thornsey Borough Council",
        (
            "Deliver a briefing on economic abuse to:",
            ["Revenues and benefits officers", "Housing reception staff", "Duty social workers"],
        ),
        "Thornsey Borough Council",
        "31/12/2025",
        "In progress",
        "in_progress",
    ),
    (
        "3",
        "Thornsey Police should check for earlier reports of abuse before closing a report from a neighbour.",
        "Thornsey Police",
        [
            "Add a history check to the closing screen for neighbour reports.",
            "Audit twenty closed neighbour reports after three months.",
        ],
        "Thornsey Police",
        "31/03/2026",
        "Not started",
        "not_started",
    ),
    (
        "4",
        "Thornsey Health Partnership should offer a same-week appointment to a patient who "
        "discloses abuse at the pharmacy counter.",
        "Thornsey Health Partnership",
        "Agree a referral route from community pharmacies to the practice safeguarding lead.",
        "Thornsey Health Partnership",
        "30/06/2026",
        "In progress",
        "in_progress",
    ),
]


def _action_cell(cell, action, doc) -> None:
    """The action cell's paragraphs: a lead-in in plain type, each bullet a List Bullet paragraph."""
    if isinstance(action, str):
        cell.paragraphs[0].text = action
        return
    lead_in, bullets = action if isinstance(action, tuple) else (None, action)
    first = cell.paragraphs[0]
    first.text = ""
    if lead_in:
        first.add_run(lead_in)
    for n, item in enumerate(bullets):
        p = first if (n == 0 and not lead_in) else cell.add_paragraph()
        p.style = doc.styles["List Bullet"]
        p.add_run(item)


def document():
    doc = new_doc(header="Thornsey Community Safety Partnership", footer_label="DHR Rowena – Page", size=10)
    landscape_section(doc)
    para(doc, "Domestic Homicide Review into the death of Rowena", bold=True, size=14)
    para(doc, "Action Plan", bold=True, size=12)
    para(doc, "Progress as reported to the Partnership's DHR Standing Group, September 2025.")
    t = make_table(doc, HEADERS, WIDTHS)
    for number, rec, _, action, lead, target, state, _ in PLAN:
        add_row(t, [number, rec, "", lead, target, state], WIDTHS)
        _action_cell(t.rows[-1].cells[2], action, doc)
    para(doc, "")
    para(doc, "Signed off on behalf of the Partnership by the Chair of the DHR Standing Group.")
    return doc


def _actions(lines):
    out = []
    for number, _, _, action, lead, target, state, value in PLAN:
        # the row is one action whatever its cell holds: it opens with its first bullet, or the
        # lead-in over its list, or its one paragraph
        start = action[0] if isinstance(action, (list, tuple)) else action
        out.append(
            action_record(
                first_words(start, 8),
                find_line(lines, start),
                ref=number,
                recommendation_ref=number,
                lead=lead,
                target_date_raw=target,
                target_date=iso(target),
                status_raw=state,
                status=value,
            )
        )
    return out


def gold(lines):
    return plan_gold(
        STEM,
        family="plan: an action cell listing the row's actions as bullets (the row one action, its bullets in order)",
        description=(
            "Community Safety Partnership DHR action plan on the Home Office template, built in Word "
            "(python-docx, Arial 9 table), exported to PDF by LibreOffice and to text by plain pdftotext: "
            "No. | Recommendation | Action to take | Lead agency | Target date | Status, one row a "
            "recommendation; two Action cells are lists of imperative bullets, one a lead-in ending in a "
            "colon over three bulleted audiences, one a plain paragraph."
        ),
        review=review("DHR", "Thornsey", "Rowena"),
        recommendations=[
            recommendation_record(number, first_words(rec, 10), find_line(lines, rec), agency=body)
            for number, rec, body, *_ in PLAN
        ],
        actions=_actions(lines),
        notes=(
            f"{WRITTEN} Gold regenerated in session 26 (s26rows) to the contract: each row is one action, "
            "its text the whole Action cell with every bullet in order (a list of imperatives as much as "
            "the lead-in 'Deliver a briefing on economic abuse to:' over its audiences), under the row's "
            "number (ref and recommendation_ref), lead, target date and status. Status words: Complete -> complete, "
            "In progress -> in_progress, Not started -> not_started."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold, layout=True)
