"""Build dhr_year_bands_wrapped_plan_marlow: a DHR executive summary of the year-band family
(build_dhr_year_bands_completed_plan.py) varied: its plan's cells wrap (actions over two or three
lines, the Who cell a role over two lines, a dd/mm/yyyy target beside them), a Completed column
holding the day the action closed, "Ongoing" or nothing, and the chronology's bands two years
apart with dates like "9 Jan", "mid Apr", "Sep".

Built in Word (python-docx, Liberation Sans 10), exported to PDF by LibreOffice and to text by
plain pdftotext; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_dhr_year_bands_wrapped_plan.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

from year_band_review import YearBandReview, main

STEM = "dhr_year_bands_wrapped_plan_marlow"

# (year band or None, date cell, agency, what happened, iso date)
CHRONOLOGY = [
    ("2019", "9 Jan", "GP", "Priya asked her GP for help with anxiety and said money was tight.", "2019-01-09"),
    (None, "mid Apr", "Police", "Officers gave Priya advice after she reported threatening texts.", "2019-04"),
    (None, "Sep", "School", "Her son's teacher noticed he was often late and tired.", "2019-09"),
    ("2021", "22 Feb", "Hospital", "Priya was treated for a burn to her hand.", "2021-02-22"),
    (None, "6 Jul", "Police", "Officers arrested Karl after a neighbour reported a fight.", "2021-07-06"),
]  # fmt: skip

RECS = [
    ("1", "Marlow Fen Police", "Marlow Fen Police should check that every report of threatening messages is "
     "assessed for domestic abuse."),
    ("2", "Marlow Fen Schools", "Marlow Fen Schools should share concerns about a child's lateness with the "
     "school nurse when a parent may be at risk."),
    ("3", "Fenside Hospitals NHS Trust", "Fenside Hospitals NHS Trust should ask every adult treated for a burn "
     "how it happened, away from anyone with them."),
]  # fmt: skip

# (rec, action, who, target, completed)
PLAN = [
    ("1", "Add a domestic abuse question to the crime recording checklist for threatening messages",
     "Detective Superintendent, Public Protection", "30/04/2025", "11/04/2025"),
    ("1", "Dip sample fifty reports of threatening messages after the change",
     "Detective Superintendent, Public Protection", "31/10/2025", "Ongoing"),
    ("2", "Issue guidance to schools on lateness as a possible sign of harm at home",
     "Education Safeguarding Lead", "31/07/2025", ""),
    ("3", "Update the burns pathway so that the patient is seen alone at least once",
     "Lead Nurse for Adult Safeguarding", "31/01/2026", "Ongoing"),
]  # fmt: skip

REVIEW = YearBandReview(
    stem=STEM,
    area="Marlow Fen",
    partnership="Marlow Fen Community Safety Partnership",
    font="Liberation Sans",
    size=10,
    death="The death of 'Priya', aged 41, in Marlow Fen in October 2021",
    chronology_heading="1. What agencies knew",
    chronology_intro="The table sets out the contacts agencies had with Priya, year by year.",
    chronology_widths=[2.4, 2.8, 11.3],
    band_fill="E0E0E0",
    chronology=CHRONOLOGY,
    recs=RECS,
    plan=PLAN,
    plan_widths=[1.0, 6.0, 3.4, 2.4, 2.6],
    plan_note="Progress on this plan is reported to the Partnership's board each quarter.",
    action_words=6,
    description=(
        "DHR executive summary built in Word (python-docx, Liberation Sans 10), exported to PDF by LibreOffice "
        "and to text by plain pdftotext: a chronology Date | Agency | What happened with the years only in "
        "full-width shaded rows, numbered recommendations, and a plan Rec | Action | Who | Target | Completed "
        "whose action and Who cells wrap."
    ),
    victim="Priya",
    age=41,
    date_of_death="2021-10",
    notes=(
        "Chronology: the What happened cell, dated by the day and month printed and the year of the band "
        "above. Actions: no refs; a closure date in Completed -> complete, Ongoing -> in_progress, empty -> "
        "unknown."
    ),
)


if __name__ == "__main__":
    main(REVIEW)
