"""Build two pending zoo documents of one family: an offensive weapon homicide review's summary
whose "Key events" table dates each row by a month and year with the young person's school year in
brackets ("Sept 2021 (Year 11)", "Apr 2023 (Year 12)"), as reviews of teenagers' deaths date
contacts against the school calendar. heldout43 family 4's form in our own words.

* owhr_school_year_key_events_when_agency_what_marbury: Nimbus Sans Narrow 10.5, portrait, "Key
  events" When | Agency | What happened, "Sept 2021 (Year 11)", then run-in recommendations R1-R4
  under "Key line of enquiry N:" headings, each with an italic "Owner:" line.
* owhr_school_year_key_events_date_what_service_stanning: Liberation Serif 10.5, Date | What
  happened | Service, "Oct 2020 (Year 10)", "Jan 2022 (Year 11)", "June 2022 (Year 11)".

Gold: each row's month (the school year in brackets dates nothing finer). All people, places and
bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_owhr_school_year_key_events.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import chronology_gold, chronology_table, find_line, heading, new_doc, para, report_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402

# (date as printed, iso month, agency, what happened)
MARBURY = [
    (
        "Sept 2021 (Year 11)",
        "2021-09",
        "School",
        "Kai was moved to a part-time timetable after two fights at the gates.",
    ),
    (
        "Nov 2021 (Year 11)",
        "2021-11",
        "Police",
        "Officers stopped Kai in the park and found a kitchen knife in his bag.",
    ),
    (
        "Feb 2022 (Year 11)",
        "2022-02",
        "Youth justice service",
        "Kai began a referral order and met his case worker weekly.",
    ),
    ("July 2022 (Year 11)", "2022-07", "School", "He sat two exams and left school without a college place."),
    (
        "Oct 2022 (Year 12)",
        "2022-10",
        "Children's social care",
        "His mother asked for help after Kai stayed out for three nights.",
    ),
    (
        "Apr 2023 (Year 12)",
        "2023-04",
        "Ambulance service",
        "Kai was found injured in an alley and died in hospital.",
    ),
]
MARBURY_RECS = (
    ("Key line of enquiry 1: Education", [
        ("Marbury Schools Partnership should agree how a part-time timetable is reviewed every four weeks.",
         "Head of Inclusion"),
        ("The Partnership should ask colleges to contact every young person without a place by August.",
         "Post-16 Lead"),
    ]),
    ("Key line of enquiry 2: Weapons", [
        ("Marbury Police should refer every young person found with a blade to the youth justice service.",
         "Superintendent, Neighbourhoods"),
        ("The youth justice service should share its plan with the school within ten working days.",
         "Head of Youth Justice"),
    ]),
)  # fmt: skip

# (date as printed, iso month, what happened, service)
STANNING = [
    ("Oct 2020 (Year 10)", "2020-10", "Jordan's form tutor noted he was often late and tired.", "School"),
    ("Mar 2021 (Year 10)", "2021-03", "A neighbour reported older men collecting Jordan in a car.", "Police"),
    ("Jan 2022 (Year 11)", "2022-01", "Jordan was excluded for a fixed term for carrying a blade.", "School"),
    (
        "June 2022 (Year 11)",
        "2022-06",
        "A return home interview was offered but not taken up.",
        "Children's services",
    ),
    (
        "Sept 2022 (Year 12)",
        "2022-09",
        "Jordan was stabbed near the station and died the same night.",
        "Police",
    ),
]
STANNING_RECS = (
    ("Key line of enquiry 1: Exclusion", [
        ("Stanning Council should make sure that a fixed-term exclusion for a weapon leads to a safety plan.",
         "Director of Education"),
        ("The Partnership should offer every excluded pupil a mentor within one week.", "Partnership Manager"),
    ]),
)  # fmt: skip


def word_document(town, face, who, columns, widths, cells, recs):
    doc = new_doc(header=f"{town} Serious Violence Partnership", font=face, size=10.5)
    heading(doc, f"Offensive Weapon Homicide Review: {who} – Summary Report", 0)
    heading(doc, "Introduction", 1)
    para(doc, f"1.1 {who} died aged 17. The Partnership held this review under the pilot's guidance.")
    para(
        doc,
        "1.2 School years are shown in brackets after each date, so that events can be read against "
        f"{who}'s time in education.",
    )
    heading(doc, "Key events", 1)
    chronology_table(doc, columns, widths, cells)
    n = 0
    for title, items in recs:
        heading(doc, title, 2)
        for text, owner in items:
            n += 1
            para(doc, f"R{n} {text}")
            para(doc, f"Owner: {owner}", italic=True)
    para(doc, f"Contact: reviews@{town.lower()}.example.org")
    return doc


def make_gold(stem, description, events, recs):
    def gold(lines):
        out = report_gold(
            stem,
            family="chronology: month and year with the school year in brackets, 'Sept 2021 (Year 11)'",
            description=description,
            review={"review_id": None, "review_type": None, "area": None, "doc_kind": None, "author": None,
                    "victims": [], "date_of_death": None},
            chronology=chronology_gold(lines, [(what, raw, iso, False) for raw, iso, what in events]),
            notes="Written by hand. Each row dated by its month; the school year in brackets dates nothing finer.",
        )  # fmt: skip
        items = [text for _t, group in recs for text, _o in group]
        out["recommendations"] = [
            {"ref": f"R{n}", "level": "overview", "agency": None, "title": None,
             "text_start": " ".join(text.split()[:10]), "aliases": [], "outcome": None, "scope": None,
             "line": find_line(lines, " ".join(text.split()[:10]), 0)}
            for n, text in enumerate(items, 1)
        ]  # fmt: skip
        return out

    return gold


def main():
    stem = "owhr_school_year_key_events_when_agency_what_marbury"
    doc = word_document(
        "Marbury", "Nimbus Sans Narrow", "Kai", ["When", "Agency", "What happened"], [3.4, 3.6, 9.6],
        [[d, a, w] for d, _i, a, w in MARBURY], MARBURY_RECS,
    )  # fmt: skip
    description = "An OWHR summary (Nimbus Sans Narrow 10.5): Key events When | Agency | What happened."
    save_with_gold(
        doc, HERE, stem, make_gold(stem, description, [(d, i, w) for d, i, _a, w in MARBURY], MARBURY_RECS)
    )
    stem = "owhr_school_year_key_events_date_what_service_stanning"
    doc = word_document(
        "Stanning", "Liberation Serif", "Jordan", ["Date", "What happened", "Service"], [3.4, 9.6, 3.6],
        [[d, w, s] for d, _i, w, s in STANNING], STANNING_RECS,
    )  # fmt: skip
    description = "An OWHR summary (Liberation Serif 10.5): Key events Date | What happened | Service."
    save_with_gold(
        doc, HERE, stem, make_gold(stem, description, [(d, i, w) for d, i, w, _s in STANNING], STANNING_RECS)
    )


if __name__ == "__main__":
    main()
