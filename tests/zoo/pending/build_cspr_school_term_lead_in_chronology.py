"""Build the pending zoo document `cspr_school_term_lead_in_chronology_farnlow`: a child safeguarding
practice review whose timeline runs by school year (URW Gothic 9.5): a Heading 3 per year ("Academic
year 2020/21 (Year 7)"), each entry a paragraph opening with a bold lead-in and an en dash, the lead-in
a school term or holiday with its year ("Autumn term 2020 –", "Easter holidays 2021 –"), a half term
named by its month ("October half term 2021 –") or a full date. A term or a holiday dates the entry by
its year alone; a half term by its month; a date by its day. An introduction and a closing line are no
entries.

The form of heldout37 family 4's chronology, in our own words; all people, places and bodies are
fictional.

    python tests/zoo/pending/build_cspr_school_term_lead_in_chronology.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import heading, new_doc, para, review, table_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "cspr_school_term_lead_in_chronology_farnlow"
DASH = " – "
# (school year heading, [(lead-in, what happened, gold date_raw, gold date), ...])
YEARS = [
    (
        "Academic year 2020/21 (Year 7)",
        [
            (
                "Autumn term 2020",
                "Alex started at Brookmere Academy and was described by the form tutor as quiet but settled.",
                "2020",
                "2020",
            ),
            (
                "Spring term 2021",
                "Teachers noticed that Alex often arrived late and fell asleep in the first lesson.",
                "2021",
                "2021",
            ),
            (
                "Easter holidays 2021",
                "Alex stayed with an aunt in Pellbridge while the mother was in hospital.",
                "2021",
                "2021",
            ),
            (
                "12 May 2021",
                "A teacher saw a bruise on Alex's arm and told the designated safeguarding lead, who rang the mother.",
                "12 May 2021",
                "2021-05-12",
            ),
        ],
    ),
    (
        "Academic year 2021/22 (Year 8)",
        [
            (
                "October half term 2021",
                "Alex went missing overnight and was found by the police at a bus station the next morning.",
                "October half term 2021",
                "2021-10",
            ),
            (
                "9 December 2021",
                "A return home interview took place at school; Alex said little about where the night was spent.",
                "9 December 2021",
                "2021-12-09",
            ),
            (
                "February half term 2022",
                "The family moved to a flat on the far side of Farnlow and Alex changed bus routes.",
                "February half term 2022",
                "2022-02",
            ),
            (
                "Summer holidays 2022",
                "Alex spent most days away from home with older friends and twice came back after midnight.",
                "2022",
                "2022",
            ),
        ],
    ),
]


def word_document():
    doc = new_doc(footer_label="CSPR Alex —", font="URW Gothic", size=9.5)
    para(doc, "Farnlow Safeguarding Children Partnership", bold=True, size=13)
    para(doc, "Child Safeguarding Practice Review: Alex", bold=True, size=11)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Alex, aged fourteen, was seriously injured in the autumn of 2022. This review looks at the two school "
        "years before that and at how the school, the police and children's social care worked together.",
    )
    heading(doc, "2. What happened", 1)
    for year, entries in YEARS:
        heading(doc, year, 3)
        for lead_in, event, _, _ in entries:
            p = doc.add_paragraph()
            p.add_run(lead_in + DASH).bold = True
            p.add_run(event)
    para(doc, "The findings that follow draw on this timeline and on conversations with Alex's family.")
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        events=[
            (lead_in + DASH + event, raw, iso) for _, entries in YEARS for lead_in, event, raw, iso in entries
        ],
        family="chronology: school-year headings, bold lead-in entries dated by a term, a holiday, a half term or a day",
        description=(
            "A CSPR built in Word (python-docx, URW Gothic 9.5), exported to PDF by LibreOffice and to text by plain "
            "pdftotext: a Heading 3 per school year, each entry a paragraph opening with a bold lead-in and an en "
            "dash ('Autumn term 2020 –', 'October half term 2021 –', '12 May 2021 –')."
        ),
        review=review("CSPR", "Farnlow", "Alex", 14),
        notes=(
            "Written by hand from the document's meaning. One entry per lead-in paragraph (8). A term or a holiday "
            "dates its entry by the year (date_raw the year); a half term by the month it is named by; a full date "
            "by its day. The school-year headings, the introduction and the closing line are not entries."
        ),
    )


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
