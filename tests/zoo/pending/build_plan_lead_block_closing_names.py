"""Build plan_lead_block_closing_names_ranmoor: a Community Safety Partnership's DHR action plan in
the older agency-table style, No. | Recommendation | Action | Lead officer | Timescale | Outcome,
each row numbered ('2(a)') with a short recommendation title, the actions short, the Lead
officer column narrow. Plain pdftotext prints the rows' short cells as column blocks: several
rows' owners one block of lines under or after the column's name, some of them wrapped
("Brackley Homes" / "Tenancy Manager", "Head of Children's" / "Safeguarding") and others whole
names standing one a line ("Named Nurse", "IDVA Service Manager"), where no next line's first
word would have fitted beside the line before: only where a name may close ("... Manager",
"... Safeguarding") and the next opens does the block part.

Built in Word (python-docx, Arial 9 table, landscape), exported to PDF by LibreOffice and to
text by plain pdftotext; the gold is written by hand below (each record's line looked up in
the text export). Render the corpus text with dev/corpus_style.py (pdfplumber).

    python tests/zoo/pending/build_plan_lead_block_closing_names.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan gold frame

from docx_build import landscape_section, merged_plan_table, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, iso, plan_gold, review  # noqa: E402

STEM = "plan_lead_block_closing_names_ranmoor"
WRITTEN = "Written by helper s32lead; fictional."
HEADERS = ["No.", "Recommendation", "Action", "Lead officer", "Timescale", "Outcome"]
WIDTHS = [1.2, 5.0, 6.0, 3.7, 2.6, 3.4]
SHORT_MONTHS = {"Jan": "01", "Feb": "02", "Dec": "12"}  # (the abbreviated months the plan prints)
STATUS = {"Completed": "complete", "Ongoing": "in_progress", "Not yet started": "not_started"}

# (number as printed, recommendation ref, title, action, lead, timescale, outcome): one row each
PLAN = [
    (
        "1",
        "1",
        "Training on stalking",
        "Review the multi-agency stalking course and its refresher",
        "DA Forum Chair",
        "April 2025",
        "Completed",
    ),
    (
        "2(a)",
        "2",
        "Repeat callers",
        "Add an alert for repeat callers and audit its use",
        "Control Room Manager",
        "31/01/2025",
        "Completed",
    ),
    (
        "2(b)",
        "2",
        "Bail checks",
        "Check bail conditions are diarised and the victim told",
        "Control Room Manager",
        "31/03/2025",
        "Ongoing",
    ),
    (
        "3",
        "3",
        "Court listings",
        "Review listing with the specialist court steering group",
        "Court Services Manager",
        "March 2025",
        "Completed",
    ),
    (
        "4(a)",
        "4",
        "Triage prompt",
        "Add a prompt to the triage screen",
        "Hospital Safeguarding",
        "Dec 2024",
        "Completed",
    ),
    (
        "4(b)",
        "4",
        "Nurse training",
        "Hold two sessions for practice nurses",
        "Named Nurse",
        "June 2025",
        "Ongoing",
    ),
    (
        "5",
        "5",
        "IDVA referrals",
        "Agree the referral pathway",
        "IDVA Service Manager",
        "Feb 2025",
        "Completed",
    ),
    (
        "6",
        "6",
        "Tenancy flags",
        "Introduce a tenancy warning flag",
        "Brackley Homes Tenancy Manager",
        "Jan 2025",
        "Completed",
    ),
    (
        "7",
        "7",
        "Referral audit",
        "Audit twenty referrals",
        "Head of Children's Safeguarding",
        "May 2025",
        "Ongoing",
    ),
    (
        "8",
        "8",
        "National learning",
        "Write to the regional board",
        "CSP Coordinator",
        "September 2025",
        "Not yet started",
    ),
]


def document():
    doc = new_doc(
        header="Ranmoor Community Safety Partnership", footer_label="DHR Ranmoor 03/2024 – Page", size=10
    )
    landscape_section(doc)
    para(doc, "Domestic Homicide Review: Estelle", bold=True, size=14)
    para(doc, "ACTION PLAN", bold=True, size=12)
    groups = [
        ((number, title), [[action, lead, target, outcome]])
        for number, _, title, action, lead, target, outcome in PLAN
    ]
    merged_plan_table(doc, HEADERS, WIDTHS, groups, size=9)
    return doc


def _iso(raw):
    """A printed timescale as ISO, 'Dec 2024' a month as 'December 2024' is."""
    month, _, year = raw.partition(" ")
    return f"{year}-{SHORT_MONTHS[month]}" if month in SHORT_MONTHS else iso(raw)


def _actions(lines):
    return [
        action_record(
            first_words(action, 8),
            find_line(lines, action),
            ref=number,
            recommendation_ref=number,
            lead=lead,
            target_date_raw=target,
            target_date=_iso(target),
            status_raw=outcome,
            status=STATUS[outcome],
        )
        for number, rec, _, action, lead, target, outcome in PLAN
    ]


def gold(lines):
    return plan_gold(
        STEM,
        family="plan: agency-table action plan, a short recommendation title on each numbered action row, owners printed as one block",
        description=(
            "Community Safety Partnership DHR action plan built in Word (python-docx, Arial 9 table, landscape), "
            "exported to PDF by LibreOffice and to text by plain pdftotext: No. | Recommendation | Action | "
            "Lead officer | Timescale | Outcome, each row numbered ('2(a)') with a short title; "
            "the narrow Lead officer column prints several rows' owners as one block, some wrapped."
        ),
        review=review("DHR", "Ranmoor", "Estelle"),
        recommendations=[],
        actions=_actions(lines),
        notes=(
            f"{WRITTEN} The No. column's number is each row's ref and its recommendation_ref, as printed "
            "('2(a)'); the titles are no recommendations (no text of what is to be done), so none are scored. Outcome: Completed -> complete, Ongoing -> in_progress, "
            "Not yet started -> not_started."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
