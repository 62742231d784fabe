"""A child safeguarding practice review whose appendix reprints a case-recording system's contact
history as the system prints it: newest entry first, a "Date / time" cell holding "21/11/2022 07:40"
(the time wrapping under the date in a narrow column), Recorded by | Contact type | Case note summary,
the last row a record migrated from an older system and dated "01/01/1900 00:00", which the appendix
note says stands for a date nobody knows. The report's recommendations sit under bold "Recommendation
N – <title>" lines. Built as authors publish it (python-docx, Georgia 11, the appendix table in 9 pt),
exported to PDF by LibreOffice; the .txt is plain pdftotext of that PDF, the .corpus.txt the bundled
corpus's rendering. The gold is written by hand below.

* cspr_contact_history_newest_first: twelve contacts over a page break, header repeated.

    python tests/zoo/pending/build_cspr_contact_history_newest_first.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
sys.path.insert(0, str(HERE.parent.parent))  # tests, for docx_build
from chron_report import chronology_gold, find_line, heading, new_doc, numbered, para, report_gold, review  # noqa: E402
from docx_build import add_row, make_table  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "cspr_contact_history_newest_first"
WIDTHS = [2.3, 3.0, 2.8, 8.9]

# (date / time cell, recorded by, contact type, case note summary, gold date) — newest first, as printed
ROWS = [
    (
        "14/02/2023 16:05",
        "R. Adeyemi (SW)",
        "Hospital liaison",
        "Ellis was admitted to the children's ward with a fractured wrist; the ward raised a concern.",
        "2023-02-14",
    ),
    (
        "02/02/2023 10:30",
        "K. Marsh (HV)",
        "Home visit",
        "Mother was low in mood and said the baby's father had come back to stay for a while.",
        "2023-02-02",
    ),
    (
        "19/12/2022 09:12",
        "Duty team",
        "Contact received",
        "An anonymous caller said a man was shouting at the flat late at night most weekends.",
        "2022-12-19",
    ),
    (
        "21/11/2022 07:40",
        "PC 4471 Lyle",
        "Police notification",
        "A domestic incident was reported overnight; Ellis was asleep upstairs and was not spoken to.",
        "2022-11-21",
    ),
    (
        "08/11/2022 13:55",
        "S. Verma (SW)",
        "Case closure",
        "The assessment was closed with no further action as mother said the relationship had ended.",
        "2022-11-08",
    ),
    (
        "27/10/2022 11:00",
        "S. Verma (SW)",
        "Home visit",
        "The social worker saw Ellis and his mother at home; the father was said to be living elsewhere.",
        "2022-10-27",
    ),
    (
        "24/10/2022 15:20",
        "Duty team",
        "Strategy discussion",
        "Police and health agreed a single-agency assessment; no joint visit was planned.",
        "2022-10-24",
    ),
    (
        "20/10/2022 08:45",
        "Nursery manager",
        "Referral",
        "The nursery referred Ellis after he arrived with bruising to both ears and would not say how.",
        "2022-10-20",
    ),
    (
        "03/08/2022 14:10",
        "K. Marsh (HV)",
        "Developmental review",
        "The health visitor found Ellis's speech behind and offered a referral that mother accepted.",
        "2022-08-03",
    ),
    (
        "15/06/2022 12:00",
        "GP surgery",
        "Information shared",
        "The surgery told the health visitor that mother had missed two appointments for her own health.",
        "2022-06-15",
    ),
    (
        "11/04/2022 09:30",
        "K. Marsh (HV)",
        "Transfer in",
        "The family's records arrived from another area showing an earlier child protection plan.",
        "2022-04-11",
    ),
    (
        "01/01/1900 00:00",
        "Data migration",
        "Legacy note",
        "A note carried over from the old system says the family was known to children's services before.",
        None,
    ),
]

# (title after the dash, text, agency)
RECOMMENDATIONS = [
    (
        "Seeing the child",
        "Children's social care should make sure every child in a household is spoken to alone before an "
        "assessment is closed.",
        "Children's social care",
    ),
    (
        "Overnight incidents",
        "Harlowe Police should share every overnight domestic incident at a home with a child under five with "
        "the health visiting service by the next working day.",
        "Harlowe Police",
    ),
    (
        "Records that arrive from elsewhere",
        "The partnership should ask each agency to read a family's records from another area before the first "
        "visit and to note what they show.",
        None,
    ),
]


def word_document():
    doc = new_doc(header="Harlowe Safeguarding Children Partnership – CSPR Ellis", font="Georgia", size=11)
    heading(doc, "1. Why this review was held", 1)
    for n, text in enumerate(
        (
            "Ellis was three when he was admitted to hospital with injuries that doctors said had been caused "
            "on more than one occasion. The partnership agreed a review in March 2023.",
            "The reviewer spoke with Ellis's mother and grandmother and with the practitioners who knew the "
            "family. The review thanks them for their openness.",
        ),
        start=1,
    ):
        numbered(doc, f"1.{n}", text)
    heading(doc, "2. Recommendations", 1)
    for n, (title, text, _) in enumerate(RECOMMENDATIONS, start=1):
        para(doc, f"Recommendation {n} – {title}", bold=True)
        para(doc, text)
    heading(doc, "Appendix A: contact history", 1)
    para(
        doc,
        "The table below is the contact history as children's social care's case-recording system prints it, "
        "newest contact first. A date of 01/01/1900 marks a record moved from the earlier system whose date "
        "was not kept.",
    )
    table = make_table(
        doc, ["Date / time", "Recorded by", "Contact type", "Case note summary"], WIDTHS, size=9
    )
    for row in ROWS:
        add_row(table, list(row[:4]), WIDTHS, size=9)
    para(doc, "")
    para(doc, "Printed from the case-recording system for the purposes of this review only.", italic=True)
    return doc


def gold(lines: list[str]) -> dict:
    chronology = chronology_gold(lines, [(r[3], r[0], r[4], False) for r in ROWS])
    gold = report_gold(
        STEM,
        chronology=chronology,
        family="chronology: a case-recording system's contact history, newest first, dd/mm/yyyy hh:mm",
        description=(
            "CSPR appendix built in Word (python-docx, Georgia 11, the table in 9 pt), exported to PDF by "
            "LibreOffice and to text by plain pdftotext. Date / time | Recorded by | Contact type | Case note "
            "summary, newest first, the time wrapping under the date; the last row a migrated record dated "
            "01/01/1900 00:00; the table runs over a page break with its header repeated."
        ),
        review=review("SCR", "Harlowe", "Ellis"),
        notes=(
            "Written by hand from the document's meaning. One entry per table row (12), in document order "
            "(newest first), dated by its Date / time cell; the migrated record's 01/01/1900 is the system's "
            "mark for an unknown date, so that entry has no date. Recommendations are the paragraphs under "
            "each bold 'Recommendation N – <title>' line, refs 1-3, the title the words after the dash."
        ),
    )
    gold["recommendations"] = [
        {
            "ref": str(n),
            "level": "overview",
            "agency": agency,
            "title": title,
            "text_start": " ".join(text.split()[:8]),
            "aliases": [],
            "outcome": None,
            "scope": "local",
            "line": find_line(lines, " ".join(text.split()[:8])),
        }
        for n, (title, text, agency) in enumerate(RECOMMENDATIONS, start=1)
    ]
    return gold


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
