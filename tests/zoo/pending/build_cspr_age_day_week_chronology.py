"""Build two pending zoo documents of one family: a child safeguarding practice review's summary
whose chronology dates each event by the baby's age, not by the calendar: a column of "Day 1",
"Day 5", "Week 3", "Week 6", "Day 74", counted from the birth, whose date a note over the table
states as Day 1. heldout43 family 2's form in our own words.

* cspr_age_day_week_chronology_birth_note_lyndmoor: URW Gothic 10, portrait, an italic note
  "... the day Baby S was born (19 April 2022) is Day 1 ...", then Baby S's age | Agency | What
  happened; learning bullets; "Recommendation N" bold lines each over its paragraph.
* cspr_age_day_week_chronology_age_first_note_pentwell: Liberation Sans 10, landscape, the note
  in other words ("Ages are counted from Baby J's birth on 2 September 2021, which is Day 1"),
  Age | What happened | Agency.

Gold: Day N is the birth date + (N - 1) days; Week N (days 7N-6 to 7N) its month; every entry
relative (counted from the stated birth). All people, places and bodies are fictional; the
wording is our own.

    python tests/zoo/pending/build_cspr_age_day_week_chronology.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import chronology_gold, chronology_table, find_line, heading, new_doc, para, report_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402

# (age as printed, agency, what happened)
LYNDMOOR = [
    ("Day 1", "Midwifery", "Baby S was born at 37 weeks at Lyndmoor General and went home with her mother."),
    ("Day 5", "Midwifery", "A community midwife visited; the flat was cold and there was no Moses basket."),
    ("Day 12", "Health visiting", "The new birth visit was rebooked twice because nobody answered the door."),
    ("Week 3", "GP practice", "Mother brought Baby S to the surgery with a rash and was given cream."),
    ("Week 6", "Children's social care", "An anonymous caller reported shouting at the flat late at night."),
    ("Week 10", "Health visiting", "The health visitor weighed Baby S and noted a small bruise on her ear."),
    (
        "Day 74",
        "Ambulance service",
        "Paramedics took Baby S to hospital after her father said she had stopped breathing.",
    ),
]

LYNDMOOR_RECS = (
    "Lyndmoor Community Health should make sure that two missed new birth visits are escalated "
    "to the named nurse within one working day.",
    "The Partnership should ask every agency to record who lives in the household and who "
    "cares for a new baby.",
)
PENTWELL_RECS = (
    "Pentwell Housing should pass concerns about a crying baby to children's social care on the same day.",
    "Health visitors should see both parents together when they talk about safe sleep.",
)

PENTWELL = [
    ("Day 1", "Baby J was born at home; the midwife arrived twenty minutes later.", "Midwifery"),
    ("Day 3", "The family were seen at the postnatal clinic and said they had support.", "Midwifery"),
    ("Week 2", "The GP's receptionist noted that mother sounded tearful on the telephone.", "GP practice"),
    ("Day 19", "A neighbour told a housing officer she had heard a baby crying for hours.", "Housing"),
    ("Week 6", "The health visitor discussed safe sleep; father was asleep on the sofa.", "Health visiting"),
    ("Week 8", "Police attended a report of an argument in the street outside the house.", "Police"),
]


def when(birth: date, age: str) -> str:
    """The gold's date of an age: Day N the day, Week N (days 7N-6 to 7N) the month of its days."""
    unit, n = age.split()
    if unit == "Day":
        return (birth + timedelta(days=int(n) - 1)).isoformat()
    first = birth + timedelta(days=7 * int(n) - 7)
    last = birth + timedelta(days=7 * int(n) - 1)
    assert first.month == last.month, age  # a week across two months would have no one month
    return first.isoformat()[:7]


def lyndmoor_document():
    doc = new_doc(header="Lyndmoor Safeguarding Children Partnership", font="URW Gothic", size=10)
    heading(doc, "Child Safeguarding Practice Review: Baby S", 0)
    para(doc, "Executive Summary", bold=True)
    heading(doc, "1. Why this review was held", 1)
    para(
        doc,
        "Baby S was ten weeks old when she was admitted to hospital with injuries that could not be "
        "explained. The Partnership agreed that a local review should look at how agencies worked together.",
    )
    heading(doc, "2. Baby S's first weeks", 1)
    para(
        doc,
        "Records give Baby S's age rather than the date. In the table the day Baby S was born "
        "(19 April 2022) is Day 1; where a record gives only the week of life, the week is shown.",
        italic=True,
    )
    chronology_table(
        doc, ["Baby S's age", "Agency", "What happened"], [2.8, 3.6, 9.6], [list(r) for r in LYNDMOOR]
    )
    heading(doc, "3. What we learned", 1)
    for line in (
        "Missed visits in the first fortnight were not followed up with the GP.",
        "Father was not asked about his own history by any service.",
    ):
        para(doc, "• " + line)
    heading(doc, "4. Recommendations", 1)
    for n, text in enumerate(LYNDMOOR_RECS, 1):
        para(doc, f"Recommendation {n}", bold=True)
        para(doc, text)
    para(doc, "The Partnership accepted these recommendations in full.", italic=True)
    return doc


def pentwell_document():
    doc = new_doc(
        landscape=True, header="Pentwell Children's Safeguarding Partnership", font="Liberation Sans", size=10
    )
    heading(doc, "Baby J – Local Child Safeguarding Practice Review – Summary", 0)
    heading(doc, "Background", 1)
    para(
        doc,
        "Baby J died aged eight weeks. The review looked at the family's contact with services from "
        "the birth until the baby's death.",
    )
    heading(doc, "Timeline of key events", 1)
    para(
        doc,
        "Ages are counted from Baby J's birth on 2 September 2021, which is Day 1. Some records give "
        "only the week of life.",
        italic=True,
    )
    chronology_table(doc, ["Age", "What happened", "Agency"], [2.6, 15.0, 4.4], [list(r) for r in PENTWELL])
    heading(doc, "Recommendations", 1)
    for n, text in enumerate(PENTWELL_RECS, 1):
        para(doc, f"Recommendation {n}", bold=True)
        para(doc, text)
    return doc


def recommendation_gold(lines, texts):
    """Each "Recommendation N" paragraph's gold: ref N, its first ten words looked up."""
    out = []
    for n, text in enumerate(texts, 1):
        start = " ".join(text.split()[:10])
        out.append(
            {"ref": str(n), "level": "overview", "agency": None, "title": None, "text_start": start,
             "aliases": [], "outcome": None, "scope": None, "line": find_line(lines, start, 0)}
        )  # fmt: skip
    return out


def make_gold(stem, birth, events, description, area, baby, recs):
    def gold(lines):
        entries = [(what, age, when(birth, age), True) for age, what in events]
        out = report_gold(
            stem,
            family="chronology: ages of a baby, 'Day N' / 'Week N' of life, counted from a stated birth date",
            description=description,
            review={
                "review_id": None,
                "review_type": "SCR",
                "area": area,
                "doc_kind": None,
                "author": None,
                "victims": [{"pseudonym": baby, "age": 0}],
                "date_of_death": None,
            },
            chronology=chronology_gold(lines, entries),
            notes=(
                "Written by hand from the document's meaning. The note over the table states the birth "
                "date as Day 1: Day N is that date + (N - 1) days; Week N (days 7N-6 to 7N) filed under "
                "its month; every entry relative (counted from the birth)."
            ),
        )
        out["recommendations"] = recommendation_gold(lines, recs)
        return out

    return gold


def main():
    stem = "cspr_age_day_week_chronology_birth_note_lyndmoor"
    save_with_gold(
        lyndmoor_document(),
        HERE,
        stem,
        make_gold(
            stem,
            date(2022, 4, 19),
            [(age, what) for age, _a, what in LYNDMOOR],
            "A CSPR executive summary (URW Gothic 10): Baby S's age | Agency | What happened, 'Day 5' / 'Week 3'.",
            "Lyndmoor",
            "Baby S",
            LYNDMOOR_RECS,
        ),
    )
    stem = "cspr_age_day_week_chronology_age_first_note_pentwell"
    save_with_gold(
        pentwell_document(),
        HERE,
        stem,
        make_gold(
            stem,
            date(2021, 9, 2),
            [(age, what) for age, what, _a in PENTWELL],
            "A CSPR summary (Liberation Sans 10, landscape): Age | What happened | Agency, 'Day 3' / 'Week 6'.",
            "Pentwell",
            "Baby J",
            PENTWELL_RECS,
        ),
    )


if __name__ == "__main__":
    main()
