"""A child safeguarding practice review's chronology copied out of a case-recording system: a Word
table Date | Entry type | Agency | Summary whose dates are ISO ("2021-01-19", as the system prints
them), one row's day not recorded ("2021-06 (day not recorded)"), the table long enough to run
over a page break with its header repeated. Paragraphs about the system and a box of learning
bullets are not entries. Built as authors publish it (python-docx, Arial 11, the table in 9 pt),
exported to PDF by LibreOffice; the .txt is plain pdftotext of that PDF, the .corpus.txt the
bundled corpus's rendering. The gold is written by hand below.

* cspr_case_record_iso_chronology: thirteen rows over two pages.

    python tests/zoo/pending/build_cspr_case_record_iso_chronology.py   # .docx, .pdf, .txt, .json
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

STEM = "cspr_case_record_iso_chronology"
WIDTHS = [2.4, 2.6, 3.2, 8.4]

# (date cell, entry type, agency, summary, gold date)
ROWS = [
    (
        "2020-09-07",
        "Contact",
        "Primary school",
        "Mia's class teacher logged that she came to school hungry three days running.",
        "2020-09-07",
    ),
    (
        "2020-10-02",
        "Referral",
        "Children's Social Care",
        "The school referred the family after Mia said her mother's partner shouted at night.",
        "2020-10-02",
    ),
    (
        "2020-10-05",
        "Strategy discussion",
        "Children's Social Care",
        "Police and health agreed a single-agency assessment was enough; no visit was made.",
        "2020-10-05",
    ),
    (
        "2020-11-19",
        "Home visit",
        "Health visiting",
        "The health visitor saw the baby brother at home and noted a broken door frame.",
        "2020-11-19",
    ),
    (
        "2021-01-19",
        "Police incident",
        "Wexmoor Police",
        "Officers attended a report of a disturbance; the partner had left before they arrived.",
        "2021-01-19",
    ),
    (
        "2021-01-20",
        "Notification",
        "Primary school",
        "An Operation Encompass notice reached the school the next morning.",
        "2021-01-20",
    ),
    (
        "2021-03-11",
        "Assessment",
        "Children's Social Care",
        "An assessment closed the case with advice on housing and a food bank voucher.",
        "2021-03-11",
    ),
    (
        "2021-04-26",
        "GP appointment",
        "Larchmere Surgery",
        "Mia's mother asked about sleeping tablets and said she was worn out.",
        "2021-04-26",
    ),
    (
        "2021-06 (day not recorded)",
        "Case note",
        "Primary school",
        "A teaching assistant wrote that Mia had a bruise on her arm she said came from a fall.",
        "2021-06",
    ),
    (
        "2021-07-14",
        "Police incident",
        "Wexmoor Police",
        "A neighbour called police about shouting; the partner was arrested and bailed.",
        "2021-07-14",
    ),
    (
        "2021-07-15",
        "Referral",
        "Children's Social Care",
        "Police shared the arrest; the referral was screened and passed to early help.",
        "2021-07-15",
    ),
    (
        "2021-09-03",
        "Early help",
        "Family Support Service",
        "An early help worker visited once; the family did not answer the next two visits.",
        "2021-09-03",
    ),
    (
        "2021-10-22",
        "Hospital attendance",
        "Wexmoor General Hospital",
        "Mia was brought to the emergency department with a head injury and was admitted.",
        "2021-10-22",
    ),
]

# (printed ref, text, agency) — numbered "#1" as the partnership's report template numbers them
RECOMMENDATIONS = [
    (
        "#1",
        "The partnership should ask schools to record repeated hunger as a safeguarding concern and to share it.",
        None,
    ),
    (
        "#2",
        "Children's Social Care should see every child in the home before an assessment of the family is closed.",
        "Children's Social Care",
    ),
    (
        "#3",
        "Wexmoor Police should tell the health visiting service of every domestic abuse incident at a home with a baby.",
        "Wexmoor Police",
    ),
]


def word_document():
    doc = new_doc(header="Wexmoor Safeguarding Children Partnership – CSPR Mia", font="Arial", size=11)
    heading(doc, "3. The family", 1)
    for n, text in enumerate(
        (
            "Mia lived with her mother, her mother's partner and her baby brother in a rented flat on the edge "
            "of Wexmoor. Her father lived in another county and saw her in the school holidays.",
            "Mia's mother had moved to Wexmoor in 2019 to be near her own sister. She told the review that she "
            "felt she had nobody to turn to once her sister moved away the following spring.",
            "The partner had convictions for violence against a former partner in another force area. None of "
            "the agencies in Wexmoor knew of them until after Mia was admitted to hospital.",
            "The review thanks Mia's mother and father for speaking to the reviewer, and the staff of every "
            "agency who gave their time to the practitioner event held in the spring of 2022.",
        ),
        start=1,
    ):
        numbered(doc, f"3.{n}", text)
    heading(doc, "4. Key episodes", 1)
    numbered(
        doc,
        "4.1",
        "The episodes below were taken from each agency's case-recording system and are shown in the "
        "form those systems print dates. Where a day was not recorded the month is given.",
    )
    table = make_table(doc, ["Date", "Entry type", "Agency", "Summary"], WIDTHS, size=9)
    for row in ROWS:
        add_row(table, list(row[:4]), WIDTHS, size=9)
    para(doc, "")
    heading(doc, "Learning for practice", 2)
    for point in (
        "A child who is often hungry is telling us something about home.",
        "A broken door is a question to ask, not a detail to note.",
        "Early help cannot work with a family it never meets.",
    ):
        para(doc, "• " + point)
    numbered(doc, "4.2", "The review's analysis of these episodes follows in section 5.")
    heading(doc, "5. Recommendations", 1)
    for ref, text, _ in RECOMMENDATIONS:
        numbered(doc, ref, text)
    return doc


def gold(lines: list[str]) -> dict:
    chronology = chronology_gold(lines, [(r[3], r[0], r[4], False) for r in ROWS])
    gold = report_gold(
        STEM,
        chronology=chronology,
        family="chronology: Date | Entry type | Agency | Summary, ISO dates from a case-recording system",
        description=(
            "CSPR key-episode chronology built in Word (python-docx, Arial 11, the table in 9 pt), exported to PDF "
            "by LibreOffice and to text by plain pdftotext. Dates 'yyyy-mm-dd' as the system prints them; one "
            "'2021-06 (day not recorded)'; the table runs over a page break with its header repeated."
        ),
        review=review("SCR", "Wexmoor", "Mia"),
        notes=(
            "Written by hand from the document's meaning. One entry per table row (13), in document order, dated "
            "by its Date cell; the day-not-recorded row dated to its month. Paragraphs 4.1 and 4.2 and the "
            "learning bullets are not entries. Recommendations '#1'-'#3' (refs 1-3) are hanging paragraphs; "
            "the agency is the one a recommendation names as doing it."
        ),
    )
    gold["recommendations"] = [
        {
            "ref": ref[1:],
            "level": "overview",
            "agency": agency,
            "title": None,
            "text_start": " ".join(text.split()[:8]),
            "aliases": [],
            "outcome": None,
            "scope": "local",
            "line": find_line(lines, " ".join(text.split()[:8])),
        }
        for ref, text, agency in RECOMMENDATIONS
    ]
    return gold


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
