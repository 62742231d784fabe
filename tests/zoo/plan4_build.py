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

from plan_merged_build import _save, new_document, row, table

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


if __name__ == "__main__":
    print(build_review_tracker())
