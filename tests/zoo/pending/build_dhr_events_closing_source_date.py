"""Build a zoo DHR overview extract whose key events are numbered paragraphs that each end with
their source and a two-digit-year date in brackets: "... to the duty team (Police, 03.11.20)."

dhr_events_closing_source_date: a DHR overview report's extract (Carlito 10.5): a summary giving
the date of death as dd.mm.yy, then (the extract jumping from section 1 to 4) "What agencies
knew", a heading no chronology vocabulary names: paragraphs 4.3-4.9 each closing with
"(<source>, dd.mm.yy)", one source naming two agencies, a page break inside one of them,
between two introductory paragraphs (4.1, 4.2) and an analysis paragraph (4.10) that give no
event, with a comment that cites nothing among them (4.6); a "Lesson" paragraph that is
no recommendation; recommendations under bold labels "Rec 1" ... "Rec 3". The date is the paragraph's last words, never its first.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_events_closing_source_date.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import heading, new_doc, numbered, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import line_opening, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_events_closing_source_date"
INTRO = [
    (
        "4.1",
        "This section draws on the chronologies of seven agencies. Each paragraph names the agency "
        "whose record it comes from and the date of that record.",
    ),
    (
        "4.2",
        "Where agencies' records differ, the panel has used the earlier record and says so in the "
        "analysis that follows.",
    ),
]
# (number, text before the bracket, source, dd.mm.yy, iso)
EVENTS = [
    (
        "4.3",
        "Police were called to a disturbance at the flat Nerys shared with Gareth. Both said it was a "
        "verbal argument; a risk assessment was completed and graded standard",
        "Police",
        "03.11.20",
        "2020-11-03",
    ),
    (
        "4.4",
        "Nerys was taken to the emergency department with a wrist injury she said came from a fall on "
        "the stairs. She was not asked about her safety at home",
        "Ambulance Service",
        "17.01.21",
        "2021-01-17",
    ),
    (
        "4.5",
        "At a routine appointment Nerys told the practice nurse she was sleeping badly and worried "
        "about money. The nurse booked a follow-up call that did not take place",
        "GP practice",
        "02.03.21",
        "2021-03-02",
    ),
    (
        "4.7",
        "Gareth was arrested after Nerys reported that he had pushed her against a door. The case was "
        "heard at the risk conference, where the police shared two earlier call-outs the other agencies "
        "had not known of, and an adviser was allocated to contact Nerys within two days",
        "Police and MARAC",
        "05.05.21",
        "2021-05-05",
    ),
    (
        "4.8",
        "Nerys asked her landlord to change the locks and add her sister as a contact. The request "
        "was logged but not passed to the tenancy officer",
        "Housing association",
        "28.06.21",
        "2021-06-28",
    ),
    (
        "4.9",
        "The adviser closed the case after three calls went unanswered, recording that Nerys had "
        "moved to her sister's address",
        "IDVA service",
        "14.09.21",
        "2021-09-14",
    ),
]
RECS = [
    (
        "1",
        "Brennock Community Safety Partnership should ask every partner agency to record the outcome "
        "of each follow-up call booked after a disclosure of domestic abuse.",
    ),
    (
        "2",
        "Brennock Hospitals Trust should make routine enquiry about domestic abuse part of the "
        "assessment of every adult who attends with an injury said to come from a fall.",
    ),
    (
        "3",
        "Housing providers in Brennock should pass every request to change locks to the tenancy "
        "officer within one working day and ask whether the tenant is safe.",
    ),
]
COMMENT = (
    "The practice has no record of why the follow-up call did not take place, and the nurse has "
    "since left. The panel could not learn more."
)
ANALYSIS = (
    "Taken together, these contacts show a pattern that no single agency could see. Each agency "
    "acted on what was in front of it and none asked what the others knew."
)
FILLER = (
    "The panel met six times and heard from the practitioners who knew Nerys. Her sister helped the "
    "panel understand Nerys's life and the pressures on her."
)


def build() -> None:
    doc = new_doc(header="Brennock DHR — Overview Report", font="Carlito", size=10.5)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    para(doc, "Brennock Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review into the death of Nerys", bold=True, size=13)
    para(doc, "Overview Report (extract)", bold=True, size=11)
    heading(doc, "1. Summary", 1)
    numbered(doc, "1.1", "Nerys was 36 when she was killed at her sister's home on 19.02.22.")
    for k in range(2, 9):
        numbered(doc, f"1.{k}", FILLER)
    heading(doc, "4. What agencies knew", 1)
    for number, text in INTRO:
        numbered(doc, number, text)
    for number, text, source, date, _ in EVENTS:
        numbered(doc, number, f"{text} ({source}, {date}).")
        if number == "4.5":
            numbered(doc, "4.6", COMMENT)
    numbered(doc, "4.10", ANALYSIS)
    heading(doc, "5. Lessons", 1)
    p = para(doc, "Lesson: ", bold=True)
    p.add_run(
        "a follow-up that is booked and then missed leaves the person believing someone will call. "
        "Agencies need a way to see the calls that did not happen."
    )
    heading(doc, "6. Recommendations", 1)
    for ref, text in RECS:
        para(doc, f"Rec {ref}", bold=True)
        para(doc, text)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    events = [(f"{text} ({source}, {date}).", date, iso, False) for _, text, source, date, iso in EVENTS]
    recs = [
        recommendation_record(
            ref, " ".join(text.split()[:10]), line_opening(lines, text[:30]), agency=text.split(" should")[0]
        )
        for ref, text in RECS
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR overview extract (Carlito 10.5): key-event paragraphs 4.3-4.9 under 'What agencies knew' "
            "each closing with '(<source>, dd.mm.yy)', an analysis paragraph after them, a date of death given as dd.mm.yy, a Lesson paragraph, "
            "recommendations under bold 'Rec N' labels"
        ),
        review=review(
            "DHR", "Brennock", "Nerys", doc_kind="overview_report", age=36, date_of_death="2022-02-19"
        ),
        review_alternatives={"area": ["Brennock Community Safety Partnership"]},
        recommendations=recs,
        chronology=chronology_gold(lines, events),
        notes=(
            "Each key event is dated by the dd.mm.yy in its closing brackets (day); 4.1, 4.2, 4.6 and 4.10 give no "
            "event. The Lesson paragraph is no recommendation. Recommendation agency: the body before 'should'."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
