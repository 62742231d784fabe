"""Build dhr_year_bands_completed_plan_thornbury: a DHR executive summary whose chronology table,
"Date | Agency | What happened", prints each year only in a full-width shaded row ("2020") and
day-and-month dates without a year under it ("14 Mar", "late Jun", "May"); its recommendations
hanging numbered paragraphs naming their agency; and on the next page an action plan
"Rec | Action | Who | Target | Completed" with no action refs, dd/mm/yyyy targets and a Completed
column holding the day the action closed, "Ongoing", or nothing.

Built in Word (python-docx, Arial), exported to PDF by LibreOffice and to text by plain pdftotext;
corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_dhr_year_bands_completed_plan.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

from year_band_review import YearBandReview, main

STEM = "dhr_year_bands_completed_plan_thornbury"
WRITTEN = "Written by helper s27fix28; fictional."

# (year band or None, date cell, agency, what happened, iso date)
CHRONOLOGY = [
    (
        "2020",
        "14 Mar",
        "GP",
        "Maya told her GP that she was sleeping badly and felt watched at home.",
        "2020-03-14",
    ),
    (None, "late Jun", "Police", "A neighbour called the police about shouting from the flat.", "2020-06"),
    (None, "3 Aug", "Housing", "Thornbury Homes logged a repair to a broken bedroom door.", "2020-08-03"),
    ("2021", "May", "Hospital", "Maya attended the emergency department with a wrist injury.", "2021-05"),
    (None, "19 Nov", "Police", "Officers attended a reported assault and arrested Daniel.", "2021-11-19"),
    (
        None,
        "2 Dec",
        "IDVA service",
        "The IDVA service tried three times to reach Maya by phone.",
        "2021-12-02",
    ),
    (
        "2022",
        "early Feb",
        "GP",
        "Maya missed two appointments and did not answer the practice's calls.",
        "2022-02",
    ),
]

RECS = [
    (
        "1",
        "Thornbury Vale Police",
        "Thornbury Vale Police should make sure that officers attending a call about shouting speak to each adult alone.",
    ),
    (
        "2",
        "Thornbury Homes",
        "Thornbury Homes should treat repeated damage to internal doors as a possible sign of domestic abuse.",
    ),
    (
        "3",
        "Vale and Marsh NHS Trust",
        "Vale and Marsh NHS Trust should ask every patient with an unexplained injury about their safety at home.",
    ),
    (
        "4",
        "the IDVA service",
        "The IDVA service should agree with partners how to reach a victim who does not answer the phone.",
    ),
]

# (rec, action, who, target, completed)
PLAN = [
    (
        "1",
        "Brief all response officers on speaking to each adult alone",
        "Chief Inspector, Response",
        "31/03/2025",
        "14/02/2025",
    ),
    ("2", "Add a door damage prompt to the repairs call script", "Head of Repairs", "30/06/2025", "Ongoing"),
    ("2", "Train repairs operatives on signs of domestic abuse", "Head of Repairs", "30/09/2025", ""),
    (
        "3",
        "Audit emergency department notes for routine enquiry",
        "Named Nurse, Safeguarding",
        "31/12/2025",
        "Ongoing",
    ),
    (
        "4",
        "Write a shared protocol for victims who cannot be reached",
        "IDVA Service Manager",
        "31/03/2025",
        "02/12/2024",
    ),
]

REVIEW = YearBandReview(
    stem=STEM,
    area="Thornbury Vale",
    partnership="Thornbury Vale Community Safety Partnership",
    font="Arial",
    size=10.5,
    death="The death of 'Maya', aged 34, in Thornbury Vale in March 2022",
    chronology_heading="1. Summary of events",
    chronology_intro="The table below sets out the key contacts agencies had with Maya.",
    chronology_widths=[2.6, 3.0, 10.9],
    band_fill="D9D9D9",
    chronology=CHRONOLOGY,
    recs=RECS,
    plan=PLAN,
    plan_widths=[1.2, 6.8, 3.6, 2.3, 2.6],
    plan_note="The Partnership will report progress on this plan to its board twice a year.",
    action_words=7,
    description=(
        "DHR executive summary built in Word (python-docx, Arial 10.5), exported to PDF by LibreOffice and "
        "to text by plain pdftotext: a chronology table Date | Agency | What happened with the years only "
        "in full-width shaded rows, hanging numbered recommendations, and a plan Rec | Action | Who | "
        "Target | Completed (a closure date, Ongoing or nothing)."
    ),
    victim="Maya",
    age=34,
    date_of_death="2022-03",
    notes=(
        f"{WRITTEN} Chronology: the What happened cell, dated by the day and month printed and the year "
        "of the band above. Actions: no refs; a closure date in Completed -> complete, Ongoing -> "
        "in_progress, empty -> unknown."
    ),
)


if __name__ == "__main__":
    main(REVIEW)
