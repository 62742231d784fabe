"""Build two pending zoo documents of one family: a SAR executive summary whose "What happened"
table hedges its dates as real chronologies do when the records disagree or are missing: a span
"Between 02.03.2021 and 09.03.2021" (the first day, date_end the last), "On or about 17.05.2021"
(the day), "Early July 2021" (the month), the exact ones dotted dd.mm.yyyy. heldout42 family 3's
form in our own words.

* sar_hedged_dates_when_what_agency_brimley: Nimbus Sans 10, When | What happened | Agency.
* sar_hedged_dates_when_agency_what_tolbury: Liberation Sans 10, the other order, Date | Agency |
  What happened, with "c. 17.05.2021", "Late 2020" (the year) and "Mar '21" (the month).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_hedged_date_chronology.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import (  # noqa: E402
    chronology_gold,
    chronology_table,
    heading,
    new_doc,
    para,
    report_gold,
    review,
)
from docx_build import kv_table  # noqa: E402
from office_export import save_with_gold  # noqa: E402

# (date as printed, iso, iso date_end or None, agency, what happened)
BRIMLEY = [
    (
        "14.01.2021",
        "2021-01-14",
        None,
        "GP practice",
        "Mr Ashdown's GP noted that he had lost weight and was not taking his heart tablets.",
    ),
    (
        "Between 02.03.2021 and 09.03.2021",
        "2021-03-02",
        "2021-03-09",
        "Home care provider",
        "Carers recorded that he refused three visits; the records do not say on which days.",
    ),
    (
        "On or about 17.05.2021",
        "2021-05-17",
        None,
        "Adult social care",
        "His niece phoned the duty team to say the house was cold and he was not eating.",
    ),
    (
        "Early July 2021",
        "2021-07",
        None,
        "Ambulance service",
        "Paramedics attended after a fall; he declined to go to hospital and was left with a leaflet.",
    ),
    (
        "26.08.2021",
        "2021-08-26",
        None,
        "Police",
        "A neighbour asked for a welfare check; officers found Mr Ashdown on the kitchen floor.",
    ),
]

TOLBURY = [
    (
        "Late 2020",
        "2020",
        None,
        "Housing",
        "The housing officer noticed that Mrs Penrose had stopped collecting her post.",
    ),
    (
        "Mar '21",
        "2021-03",
        None,
        "GP practice",
        "A telephone review was booked but no one answered on three attempts.",
    ),
    (
        "c. 17.05.2021",
        "2021-05-17",
        None,
        "Adult social care",
        "A safeguarding concern about self-neglect was logged and closed the same week.",
    ),
    (
        "Between 02.06.2021 and 09.06.2021",
        "2021-06-02",
        "2021-06-09",
        "Fire and rescue service",
        "A home fire safety visit found blocked exits and no working smoke alarm.",
    ),
    (
        "19.08.2021",
        "2021-08-19",
        None,
        "Ambulance service",
        "Mrs Penrose was taken to hospital with pressure sores and died there eleven days later.",
    ),
]


def word_document(board, person, columns, cells, rows, font):
    """The executive summary: a label table, why the review was held, the "What happened" table."""
    doc = new_doc(header=f"Safeguarding Adults Review: {person} • Executive summary", font=font, size=10)
    kv_table(
        doc, [("Review", f"SAR {person}"), ("Commissioned by", board), ("Author", "Independent reviewer")]
    )
    heading(doc, "1. Why the review was held", 1)
    para(doc, f"{person} lived alone and died after a long period of self-neglect. {board} agreed a review.")
    heading(doc, "2. What happened", 1)
    para(doc, "Where records give no exact day the table says so.", italic=True)
    chronology_table(
        doc, columns, [3.6, 9.0, 3.4] if columns[1] != "Agency" else [3.6, 3.4, 9.0], cells(rows)
    )
    heading(doc, "3. Findings", 1)
    para(doc, "Each agency saw part of the picture; no one brought it together.")
    return doc


def make_gold(stem, rows, person, description):
    def gold(lines):
        events = [(what, raw, iso, False, {"date_end": end}) for raw, iso, end, _a, what in rows]
        return report_gold(
            stem,
            family="chronology: hedged dates, 'Between d and d', 'On or about', 'Early <Month>', dotted days",
            description=description,
            review=review("SAR", None, person),
            chronology=chronology_gold(lines, events),
            notes=(
                "Written by hand from the document's meaning. One entry per row; a 'Between' span dates its first "
                "day with date_end its last; 'On or about' / 'c.' the day; 'Early <Month>' / a month alone the "
                "month; 'Late <year>' the year."
            ),
        )

    return gold


def main():
    stem = "sar_hedged_dates_when_what_agency_brimley"
    doc = word_document(
        "Brimley Safeguarding Adults Board",
        "Mr Ashdown",
        ["When", "What happened", "Agency"],
        lambda rows: [[d, what, a] for d, _i, _e, a, what in rows],
        BRIMLEY,
        "Nimbus Sans",
    )
    description = "A SAR executive summary (Nimbus Sans 10): When | What happened | Agency with hedged dates."
    save_with_gold(doc, HERE, stem, make_gold(stem, BRIMLEY, "Mr Ashdown", description))
    stem = "sar_hedged_dates_when_agency_what_tolbury"
    doc = word_document(
        "Tolbury Safeguarding Adults Board",
        "Mrs Penrose",
        ["Date", "Agency", "What happened"],
        lambda rows: [[d, a, what] for d, _i, _e, a, what in rows],
        TOLBURY,
        "Liberation Sans",
    )
    description = (
        "A SAR executive summary (Liberation Sans 10): Date | Agency | What happened, 'c.', 'Late 2020'."
    )
    save_with_gold(doc, HERE, stem, make_gold(stem, TOLBURY, "Mrs Penrose", description))


if __name__ == "__main__":
    main()
