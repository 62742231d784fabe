"""Build the plan4 zoo document: a partnership's recommendations tracker over several reviews.

One Word table (Review | No. | Recommendation | Lead | Target date | Status) lists the
recommendations of three fictional reviews, ordered by target date so the reviews interleave;
the Review cell is merged over consecutive rows of the same review, and every review numbers
its recommendations from 1. There is no action column: each row's recommendation is also the
action tracked. All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/plan4_build.py          # writes .docx and .pdf beside it (and .txt)
"""

from __future__ import annotations

from pathlib import Path

from plan_merged_build import _save, merged_rows, new_document, row, table

HERE = Path(__file__).resolve().parent

# (review, no., recommendation, lead, target date, status), in target-date order
ROWS = [
    (
        "SAR 'Edith' (HSAB/SAR/04)",
        "2",
        "Hollowmere Borough Council to publish clear guidance for carers on "
        "how to raise a concern about an adult who is self-neglecting.",
        "Head of Adult Safeguarding",
        "Feb 2024",
        "Complete",
    ),
    (
        "SAR 'Edith' (HSAB/SAR/04)",
        "1",
        "Hollowmere Community Health Trust to check that district nurses "
        "record every missed home visit and follow it up within two days.",
        "Director of Nursing",
        "Apr 2024",
        "Complete",
    ),
    (
        "DHR 'Jonah' (HCSP/DHR/11)",
        "1",
        "Fernbridge Police to add questions on financial control to the "
        "risk checklist used at every domestic incident.",
        "Fernbridge Police",
        "Jun 2024",
        "On track",
    ),
    (
        "SAR 'Edith' (HSAB/SAR/04)",
        "3",
        "The Safeguarding Adults Board to run a multi-agency audit of "
        "self-neglect referrals closed without a visit.",
        "Board Business Manager",
        "Sep 2024",
        "Delayed",
    ),
    (
        "DHR 'Jonah' (HCSP/DHR/11)",
        "2",
        "Hollowmere Housing Partnership to train repairs staff to "
        "notice and report signs of domestic abuse in tenants' homes.",
        "Hollowmere Housing Partnership",
        "Oct 2024",
        "Not started",
    ),
    (
        "DHR 'Jonah' (HCSP/DHR/11)",
        "3",
        "The Community Safety Partnership to remind GP surgeries how "
        "to refer patients to the local advocacy service.",
        "Community Safety Manager",
        "Dec 2024",
        "In progress",
    ),
    (
        "DHR 'Rosa' (HCSP/DHR/14)",
        "1",
        "Hollowmere Community Health Trust to offer every pregnant woman "
        "a private appointment where she is asked about domestic abuse.",
        "Head of Midwifery",
        "Mar 2025",
        "Not started",
    ),
    (
        "DHR 'Rosa' (HCSP/DHR/14)",
        "2",
        "Hollowmere Borough Council to make sure interpreters for "
        "domestic abuse cases are booked through the approved agency only.",
        "Head of Customer Services",
        "Mar 2025",
        "In progress",
    ),
]


def build_review_tracker() -> Path:
    doc = new_document("Hollowmere partnerships – recommendations tracker – May 2024")
    doc.add_heading("Hollowmere Partnerships", level=1)
    doc.add_paragraph("Recommendations tracker: statutory reviews")
    doc.add_paragraph(
        "This tracker lists the recommendations still being monitored from three reviews. Each "
        "review keeps the numbering of its own report; rows are sorted by target date."
    )
    t = table(
        doc,
        ["Review", "No.", "Recommendation", "Lead", "Target date", "Status"],
        [4.0, 1.4, 9.0, 4.5, 2.6, 2.6],
    )
    start = len(t.rows)
    for values in ROWS:
        row(t, list(values))
    # a review's cell spans its consecutive rows, printed once
    k = 0
    while k < len(ROWS):
        end = k
        while end + 1 < len(ROWS) and ROWS[end + 1][0] == ROWS[k][0]:
            end += 1
        if end > k:
            for j in range(k + 1, end + 1):
                t.cell(start + j, 0).text = ""
            t.cell(start + k, 0).merge(t.cell(start + end, 0))
        k = end + 1
    return _save(doc, "plan4_review_tracker")


# (rec no., recommendation, [(action no., action, lead, target date, progress, status)])
NUMBERED = [
    (
        "1",
        "Thornwick Safeguarding Adults Board should seek assurance that agencies know when to call a "
        "multi-agency meeting for a person who refuses help.",
        [
            (
                "1.1",
                "Issue a one-page guide on calling a multi-agency meeting.",
                "Board Manager",
                "30 April 2024",
                "Guide issued in April.",
                "Complete",
            ),
            (
                "1.2",
                "Audit ten cases where help was refused to test the guide.",
                "Audit Group Chair",
                "31 October 2024",
                "Six cases audited.",
                "60% – on track",
            ),
        ],
    ),
    (
        "2",
        "Thornwick Council Adult Social Care should record the reason each time a planned visit "
        "does not take place.",
        [
            (
                "2.1",
                "Add a missed-visit reason field to the case record.",
                "Systems Lead",
                "June 2024",
                "Change request delayed by supplier.",
                "Overdue",
            ),
        ],
    ),
    (
        "3",
        "Thornwick Community Health Trust should share its self-neglect training with care agencies.",
        [
            (
                "3.1",
                "Open the e-learning module to registered care agencies.",
                "Learning Lead",
                "31 July 2024",
                "Module opened in July.",
                "Complete",
            ),
            (
                "3.2",
                "Report take-up by care agency staff to the Board.",
                "Learning Lead",
                "31 January 2025",
                "Not yet due.",
                "Not started",
            ),
        ],
    ),
]


def build_two_numbers() -> Path:
    doc = new_document("Thornwick SAB – SAR 'Walter' action plan – progress at November 2024")
    doc.add_heading("Thornwick Safeguarding Adults Board", level=1)
    doc.add_paragraph("Safeguarding Adults Review 'Walter': action plan")
    doc.add_paragraph("Each recommendation is numbered as in the review; its actions are numbered under it.")
    t = table(
        doc,
        ["Rec", "Recommendation", "Ref", "Action", "Lead", "Target date", "Progress", "Status"],
        [1.2, 5.0, 1.2, 5.0, 3.0, 2.6, 4.0, 2.6],
    )
    for no, text, actions in NUMBERED:
        merged_rows(t, [0, 1], [no, text], [list(a) for a in actions])
    return _save(doc, "plan4_two_numbers")


if __name__ == "__main__":
    print(build_review_tracker())
    print(build_two_numbers())
