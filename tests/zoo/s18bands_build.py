"""Build two zoo documents of plan families the PDF and Word routes once read badly.

* plan_band_rows_lettered_actions: a community safety partnership's published DHR action plan
  as one landscape table "Ref | Recommendation / action | Lead | Deadline | Update | Status".
  Each recommendation is a bold, shaded row of the table, numbered "1" .. "4", its text in the
  second column with the other cells empty (one band spans the row instead); below it the
  actions that answer it, numbered "1a", "1b", each with its own lead, deadline, update and
  status. The header repeats on the second page. pdftotext -layout text.

* sar_plan_number_word_recommendations: a Safeguarding Adults Review whose recommendations are
  headed "Recommendation One" .. "Recommendation Four" and whose plan "Recommendation | Action
  | Measure of success | Lead | By when" names each recommendation in its first column by the
  same word, merged down over its actions; the plan has no status column. pdftotext -layout
  text (the plain text's column blocks are the text route's own family).

All people, places and bodies are fictional; the wording is our own. Run once, then render the
corpus-text route from a scratch copy of the PDFs (dev/corpus_style.py renders every PDF of a
folder):

    python tests/zoo/s18bands_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx.shared import Pt  # noqa: E402
from docx_build import (  # noqa: E402
    add_row,
    heading,
    make_table,
    merge_down,
    new_doc,
    para,
    set_text,
    shade,
)
from gold_lines import OV, A, R  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import iso, plan_gold_lines, review  # noqa: E402

BAND_FILL = "D9E2F3"

# ---- 1. a partnership's plan, recommendations as band rows ------------------------------------
BAND_STEM = "plan_band_rows_lettered_actions"
BAND_WIDTHS = [1.3, 8.6, 4.2, 2.6, 6.2, 2.6]
BAND_HEADER = ["Ref", "Recommendation / action", "Lead", "Deadline", "Update", "Status"]
PARTNERSHIP = "Saltenby Community Safety Partnership"

# (ref, recommendation text, spans the row, [(ref, action, lead, deadline, update, status)])
BAND_PLAN = [
    (
        "1",
        "Saltenby Community Safety Partnership should make sure that every agency asks about "
        "domestic abuse when an older person's carer changes.",
        False,
        [
            (
                "1a",
                "Add a question on domestic abuse to the adult social care carer review form.",
                "Head of Adult Social Care",
                "31/07/2024",
                "Question added in the July form release.",
                "Complete",
            ),
            (
                "1b",
                "Brief district nursing teams on asking older patients alone about their carers.",
                "Named Nurse for Adult Safeguarding",
                "October 2024",
                "Six of nine teams briefed.",
                "In progress",
            ),
        ],
    ),
    (
        "2",
        "Saltenby Police should pass details of every repeat domestic call about an older victim "
        "to adult social care within one working day.",
        True,
        [
            (
                "2a",
                "Set up a daily referral list from the control room to the adult social care front door.",
                "Chief Inspector, Safeguarding Hub",
                "30/09/2024",
                "List running since September.",
                "Complete",
            ),
            (
                "2b",
                "Check a sample of thirty referrals for timeliness each quarter.",
                "Safeguarding Hub Quality Officer",
                "March 2025",
                "First sample due in January.",
                "On track",
            ),
            (
                "2c",
                "Report the sample results to the Partnership's delivery group.",
                "Chief Inspector, Safeguarding Hub",
                "June 2025",
                "",
                "Not started",
            ),
        ],
    ),
    (
        "3",
        "Saltenby General Practices should record the name of an older patient's main carer and "
        "review it at every annual health check.",
        False,
        [
            (
                "3a",
                "Agree a carer field in the practice records template with the local medical committee.",
                "Primary Care Safeguarding Lead",
                "31/12/2024",
                "Template agreed in principle; release date awaited.",
                "In progress",
            ),
        ],
    ),
    (
        "4",
        "The Partnership should publish a short guide for families on the help available when they "
        "are worried about how an older relative is being cared for.",
        False,
        [
            (
                "4a",
                "Write the guide with two families who have used local services.",
                "Partnership Business Manager",
                "November 2024",
                "Draft written and shared with families.",
                "Complete",
            ),
            (
                "4b",
                "Share the guide through libraries, pharmacies and the council's website.",
                "Partnership Communications Officer",
                "February 2025",
                "Printing ordered.",
                "In progress",
            ),
        ],
    ),
]


def _band(t, ref: str, text: str, spans: bool) -> None:
    """A recommendation printed as a bold, shaded row of the plan's table."""
    row = t.add_row()
    cells = row.cells
    set_text(cells[0], ref, bold=True, size=9)
    if spans:
        merged = cells[1].merge(cells[-1])
        set_text(merged, text, bold=True, size=9)
        shade(cells[0], BAND_FILL)
        shade(merged, BAND_FILL)
        return
    set_text(cells[1], text, bold=True, size=9)
    for c in cells:
        shade(c, BAND_FILL)


def build_band_plan():
    doc = new_doc(
        landscape=True,
        header="OFFICIAL",
        footer_label="Saltenby DHR 'Harold' action plan",
        font="Times New Roman",
        size=11,
    )
    para(doc, PARTNERSHIP, bold=True, size=14)
    para(doc, "Domestic Homicide Review 'Harold' – Action Plan", bold=True, size=13)
    para(doc, "Version 3, last updated 20 January 2025", size=11)
    para(
        doc,
        "The delivery group updates this plan before each of its meetings. Shaded rows carry the "
        "panel's recommendations; the rows beneath them are the agreed actions.",
        size=11,
    )
    t = make_table(doc, BAND_HEADER, BAND_WIDTHS, size=9)
    for ref, text, spans, actions in BAND_PLAN:
        _band(t, ref, text, spans)
        for action in actions:
            add_row(t, list(action), BAND_WIDTHS, size=9)
    para(doc, "")
    para(doc, "Key to status – Complete / On track / In progress / Not started", size=10)
    return doc


def band_gold(lines):
    themes = [["routine_enquiry"], ["information_sharing"], ["record_keeping"], ["awareness_public"]]
    recs = [R(ref, None, text[:90], th) for (ref, text, _, _), th in zip(BAND_PLAN, themes)]
    status_value = {
        "Complete": "complete",
        "In progress": "in_progress",
        "On track": "in_progress",
        "Not started": "not_started",
    }
    acts = []
    for ref, _, _, actions in BAND_PLAN:
        for aref, action, lead, deadline, _, status in actions:
            acts.append(
                A(aref, OV, ref, action[:70], lead, deadline, iso(deadline), status, status_value[status])
            )
    return plan_gold_lines(
        lines,
        BAND_STEM,
        description=(
            "Community safety partnership's DHR action plan whose recommendations are bold shaded rows of "
            "the plan's own table, each followed by its lettered action rows"
        ),
        review=review("DHR", "Saltenby"),
        recommendations=recs,
        actions=acts,
        notes="Recommendations: the four shaded band rows (ref in the Ref column, text in the second "
        "column or spanning the row). Actions: the lettered rows, each under the band above it.",
    )


# ---- 2. a SAR naming its recommendations in words ----------------------------------------------
WORD_STEM = "sar_plan_number_word_recommendations"
BOARD = "Marrowgate Safeguarding Adults Board"
WORD_RECS = [
    (
        "One",
        "The Board should gain assurance that hospital discharge teams tell the adult's care "
        "provider about any self-neglect concern raised during the admission.",
    ),
    (
        "Two",
        "The Board should request that Marrowgate Council show how its social workers check that "
        "a person who declines a care package understands what they are declining.",
    ),
    (
        "Three",
        "The Board should encourage a professionals' meeting whenever three or more agencies are "
        "worried about the same adult.",
    ),
    (
        "Four",
        "The Board should raise with the Department of Health and Social Care the gap in national "
        "guidance on self-neglect among people who own their homes.",
    ),
]
# (recommendation word, action, measure of success, lead, by when)
WORD_PLAN = [
    (
        "One",
        "Add a self-neglect prompt to the discharge checklist",
        "Checklist audit shows the prompt completed",
        "Discharge Team Manager",
        "April 2025",
    ),
    (
        "One",
        "Share the learning from this review with ward managers",
        "Learning session held on every adult ward",
        "Named Nurse, Marrowgate Hospitals",
        "30/06/2025",
    ),
    (
        "Two",
        "Audit twenty declined care packages for a record of the person's understanding",
        "Audit report received by the Board",
        "Principal Social Worker",
        "Within six months",
    ),
    (
        "Three",
        "Reissue the professionals' meeting guidance with a one-page summary",
        "Meetings held are counted each quarter and reported",
        "Board Business Manager",
        "31/05/2025",
    ),
    (
        "Four",
        "Board Chair to send the review's findings on guidance to the department",
        "Copy of the letter filed with the review",
        "Chair of the Board",
        "February 2025",
    ),
]
WORD_NUMBER = {"One": "1", "Two": "2", "Three": "3", "Four": "4"}


def build_word_plan():
    doc = new_doc(
        header="Marrowgate SAB – Adult P",
        footer_label="Safeguarding Adults Review: Adult P",
        font="Arial",
        size=10,
    )
    para(doc, BOARD, bold=True, size=14)
    para(doc, "Safeguarding Adults Review: Adult P", bold=True, size=14)
    para(doc, "Published March 2025")
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Adult P was a 71 year old man who lived alone in the house he had owned for forty years. "
        "He was found at home by a neighbour and died in hospital in the spring of 2023. The Board "
        "agreed that the criteria for a review were met.",
    )
    heading(doc, "2. Findings", 1)
    para(doc, "Finding 1: Hospital staff knew of the condition of the home but the care provider did not.")
    para(doc, "Finding 2: Adult P's refusals of care were recorded but not explored.")
    heading(doc, "3. Recommendations", 1)
    para(doc, f"{BOARD} is asked to accept the four recommendations below.")
    for word, text in WORD_RECS:
        p = para(doc, f"Recommendation {word}", bold=True)
        p.paragraph_format.space_after = Pt(2)
        para(doc, text)
    heading(doc, "4. Action plan", 1)
    para(doc, "This plan was signed off by the Board in January 2025.")
    widths = [2.6, 4.6, 4.0, 3.0, 2.4]
    t = make_table(doc, ["Recommendation", "Action", "Measure of success", "Lead", "By when"], widths, size=9)
    first = {}
    for k, (word, *rest) in enumerate(WORD_PLAN, 1):
        add_row(t, [word, *rest], widths, size=9)
        first.setdefault(word, k)
        last = k
        if k == len(WORD_PLAN) or WORD_PLAN[k][0] != word:
            merge_down(t, 0, first[word], last, size=9)
    return doc


def word_gold(lines):
    themes = [
        ["quality_assurance", "information_sharing"],
        ["quality_assurance", "other"],
        ["multi_agency_working"],
        ["policy_procedure"],
    ]
    recs = [R(WORD_NUMBER[word], BOARD, text[:90], th) for (word, text), th in zip(WORD_RECS, themes)]
    acts = [
        A(None, OV, WORD_NUMBER[word], action[:70], lead, when, iso(when), None, "unknown")
        for word, action, _, lead, when in WORD_PLAN
    ]
    return plan_gold_lines(
        lines,
        WORD_STEM,
        description=(
            "Safeguarding Adults Review whose plan names each recommendation in words ('One', as the "
            "report heads it 'Recommendation One'), with a Measure of success column and no status"
        ),
        review=review("SAR", "Marrowgate", doc_kind="overview_report"),
        recommendations=recs,
        actions=acts,
        notes="Recommendations: the paragraphs under the bold 'Recommendation One' .. 'Four' lines, ref "
        "the word's number. Actions: the plan's rows, recommendation_ref from the merged number "
        "word; no status column, so every status is unknown.",
    )


if __name__ == "__main__":
    save_with_gold(build_band_plan(), HERE, BAND_STEM, band_gold, layout=True)
    save_with_gold(build_word_plan(), HERE, WORD_STEM, word_gold, layout=True)
