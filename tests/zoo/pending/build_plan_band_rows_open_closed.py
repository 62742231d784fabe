"""Build plan_band_rows_open_closed_tarrow: a probation service's single agency plan for one
DHR as one landscape table "Ref | Recommendation / action | Owner | Deadline | Update | Status",
each recommendation a bold shaded row ("1" with its words, every other cell empty) over the
actions answering it, lettered "1a", "1b"; the narrow Owner and Status columns wrap their cells
("Open – on" over "track"), so on corpus text (pdfplumber, each printed line's cells joined by
single spaces) the lines below a row's first do not cut clearly.

Built in Word (python-docx, Times New Roman 9 in the table), exported to PDF by LibreOffice and
to text by plain pdftotext; the gold is written by hand below (its lines looked up in the text
export). Render the corpus text with `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR` on a
scratch copy of the PDF and gold.

    python tests/zoo/pending/build_plan_band_rows_open_closed.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame and the band row

from docx_build import add_row, make_table, new_doc, para  # noqa: E402
from gold_lines import OV, A, R  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import iso, plan_gold_lines, review  # noqa: E402
from s18bands_build import _band  # noqa: E402

STEM = "plan_band_rows_open_closed_tarrow"
WRITTEN = "Written by helper s26partial; fictional."
HEADER = ["Ref", "Recommendation / action", "Owner", "Deadline", "Update", "Status"]
WIDTHS = [1.2, 9.4, 3.0, 2.4, 6.4, 1.9]
STATUS = {
    "Closed": "complete",
    "Open – on track": "in_progress",
    "Open – overdue": "in_progress",
    "Open – not started": "not_started",
}

# (ref, recommendation, [(ref, action, owner, deadline, update, status)])
PLAN = [
    (
        "1",
        "Tarrow Probation Delivery Unit should check the police call-out history of every person "
        "on supervision who starts a new relationship.",
        [
            (
                "1a",
                "Add a call-out history check to the change of circumstances form.",
                "Senior Probation Officer, Quality",
                "30/09/2024",
                "Form changed and issued to all teams in September.",
                "Closed",
            ),
            (
                "1b",
                "Audit twenty files for the check after six months.",
                "Quality Development Officer",
                "March 2025",
                "Audit tool drafted; sample chosen.",
                "Open – on track",
            ),
        ],
    ),
    (
        "2",
        "Tarrow Probation Delivery Unit should share home visit findings with the children's "
        "social worker where a child lives at the address.",
        [
            (
                "2a",
                "Write a home visit sharing step into the case management guidance.",
                "Head of Public Protection",
                "31/12/2024",
                "Guidance rewritten with the local authority.",
                "Closed",
            ),
            (
                "2b",
                "Brief all practitioners on the new sharing step.",
                "Learning and Development Lead",
                "February 2025",
                "Four of seven team briefings held.",
                "Open – overdue",
            ),
        ],
    ),
    (
        "3",
        "Tarrow Probation Delivery Unit should make sure that a victim liaison officer is told "
        "within two days when a person on licence is recalled.",
        [
            (
                "3a",
                "Set up an automatic recall alert to the victim liaison team.",
                "Victim Services Manager",
                "June 2025",
                "Alert specified; system change booked.",
                "Open – on track",
            ),
            (
                "3b",
                "Check every recall in the first quarter for a sent alert.",
                "Victim Services Manager",
                "September 2025",
                "Waits for the alert to go live.",
                "Open – not started",
            ),
        ],
    ),
]


def document():
    doc = new_doc(
        landscape=True,
        header="OFFICIAL",
        footer_label="Tarrow PDU single agency action plan",
        font="Times New Roman",
        size=11,
    )
    para(doc, "Tarrow Probation Delivery Unit", bold=True, size=14)
    para(doc, "Domestic Homicide Review 'Ivy' – single agency action plan", bold=True, size=13)
    para(doc, "Last updated 12 March 2025.", size=11)
    para(
        doc,
        "Each recommendation from the unit's management review is shown in a shaded row, followed by the "
        "actions agreed to meet it. An action stays open until its evidence has been seen.",
        size=11,
    )
    t = make_table(doc, HEADER, WIDTHS, size=9)
    for ref, text, actions in PLAN:
        _band(t, ref, text, False)
        for action in actions:
            add_row(t, list(action), WIDTHS, size=9)
    para(doc, "")
    para(doc, "The plan is reviewed by the unit's senior leadership team each quarter.", size=11)
    return doc


def gold(lines):
    themes = [["risk_assessment"], ["information_sharing"], ["information_sharing"]]
    recs = [R(ref, None, text[:90], th) for (ref, text, _), th in zip(PLAN, themes)]
    acts = [
        A(aref, OV, ref, action[:70], owner, deadline, iso(deadline), status, STATUS[status])
        for ref, _, actions in PLAN
        for aref, action, owner, deadline, _, status in actions
    ]
    return plan_gold_lines(
        lines,
        STEM,
        description=(
            "Probation service's single agency DHR plan, Ref | Recommendation / action | Owner | Deadline | "
            "Update | Status, each recommendation a shaded band row over its lettered actions; narrow Owner "
            "and Status columns wrap their cells"
        ),
        review=review("DHR", None, "Ivy"),
        recommendations=recs,
        actions=acts,
        notes=(
            f"{WRITTEN} Recommendations: the three shaded band rows (ref in the Ref column). Actions: the "
            "lettered rows, each under the band above it. Status: Closed -> complete; 'Open – on track' and "
            "'Open – overdue' -> in_progress; 'Open – not started' -> not_started."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
