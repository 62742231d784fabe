"""An NHS mental health homicide investigation whose last days are told as timed paragraphs under
day labels ("Day 1 – Tuesday 15 October 2024", "Day 2"), each a clock time, a tab and the event hung
clear of it, most of them one line; then its findings as bullets under a numbered heading, and its
recommendations "R1", "R2" ... hung at a wider indent under the next numbered heading. No rules
are drawn, so a PDF reader that finds columns from where the text starts sees the times, the
bullets and the recommendation numbers all at the left margin: the headings between them part
three lists hung at three indents, not one table. Built as authors publish it (python-docx,
Liberation Serif 10.5, 4 pt after each paragraph), exported to PDF by LibreOffice; the .txt is
plain pdftotext of that PDF, the .corpus.txt the bundled corpus's rendering. The gold is written by
hand below.

* mh_timed_days_hung_lists: seven entries, three recommendations.

    python tests/zoo/pending/build_mh_timed_days_hung_lists.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/mh_timed_days_hung_lists.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/pending/mh_timed_days_hung_lists.pdf')))"

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import heading, new_doc, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import line_holding, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "mh_timed_days_hung_lists"

# (day label, [(time, event)], gold date, relative)
DAYS = [
    (
        "Day 1 – Tuesday 15 October 2024",
        [
            (
                "09:10",
                "Ms T rang the recovery team and asked to see her care coordinator sooner than planned.",
            ),
            ("13:45", "A duty nurse returned the call and booked a visit for the following Monday."),
            (
                "22:30",
                "Ms T's father rang the out-of-hours line to say she had stopped taking her medication.",
            ),
        ],
        "2024-10-15",
        False,
    ),
    (
        "Day 2",
        [
            (
                "11:20",
                "The home treatment team visited. Ms T said her landlord was listening through the wall.",
            ),
            ("17:05", "The visit was discussed by telephone and no change to the plan was made."),
        ],
        "2024-10-16",
        True,
    ),
    (
        "Day 3 – Thursday 17 October 2024",
        [
            ("08:40", "Ms T's landlord, Mr Oduya, was found injured in the shared hallway."),
            ("09:15", "Police arrested Ms T at the house; Mr Oduya died in hospital that evening."),
        ],
        "2024-10-17",
        False,
    ),
]

FINDINGS = [
    "The request for an earlier visit was a sign of rising distress that nobody weighed.",
    "The father's call about medication did not reach the team that visited the next day.",
    "The landlord was named in what Ms T feared, but no one asked whether he was at risk.",
]

RECS = [
    (
        "R1",
        "The Trust should make sure that a patient's request to be seen sooner is reviewed by a clinician the "
        "same day.",
    ),
    (
        "R2",
        "The Trust should pass any out-of-hours call from a relative to the team next in contact with the patient "
        "before its visit.",
    ),
    (
        "R3",
        "The Trust should assess the risk to any person a patient names in their fears and record what it "
        "decided.",
    ),
]


def _hung(doc, label: str, text: str, indent: float) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    p.add_run(f"{label}\t{text}")


def word_document():
    doc = new_doc(header="Independent investigation – Ms T – FINAL", font="Liberation Serif", size=10.5)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    chapter = doc.styles[
        "Heading 1"
    ]  # (the house style: body font, a little larger, 10 pt above, none below)
    chapter.font.name, chapter.font.size = "Liberation Serif", Pt(12.5)
    chapter.paragraph_format.space_before, chapter.paragraph_format.space_after = Pt(10), Pt(0)
    para(doc, "An independent investigation into the care and treatment of Ms T", bold=True, size=14)
    para(
        doc,
        "Commissioned by NHS England after the death of Mr Oduya, aged 58, on 17 October 2024. Lead investigator: "
        "Wilhelmina Strand-Akoto.",
    )
    heading(doc, "1. Background", 1)
    para(
        doc,
        "Ms T was 36 and had been under the care of the Brackenhill Mental Health NHS Foundation Trust for a "
        "psychotic illness since 2019. She rented a room in a shared house owned by Mr Oduya.",
    )
    heading(doc, "2. The last three days", 1)
    para(doc, "Times are taken from the Trust's records and the police log.")
    for label, events, _, _ in DAYS:
        para(doc, label, bold=True)
        for time, text in events:
            _hung(doc, time, text, 1.6)
    heading(doc, "3. Findings", 1)
    for text in FINDINGS:
        para(doc, text, style="List Bullet")
    heading(doc, "4. Recommendations", 1)
    for ref, text in RECS:
        _hung(doc, ref, text, 1.2)
    return doc


def gold(lines: list[str]) -> dict:
    events = [(text, label, iso, relative) for label, rows, iso, relative in DAYS for _time, text in rows]
    recs = [
        recommendation_record(
            ref,
            " ".join(text.split()[:10]),
            line_holding(lines, text, 4),
            agency="Brackenhill Mental Health NHS Foundation Trust",
        )
        for ref, text in RECS
    ]
    return plan_gold(
        STEM,
        family="mh homicide investigation: timed paragraphs under day labels, bullets, R-numbered recommendations",
        description=(
            "An NHS mental health homicide independent investigation built in Word (python-docx, Liberation Serif "
            "10.5), exported to PDF by LibreOffice and to text by plain pdftotext: the last three days as clock "
            "times hung before one-line events under day labels, findings as bullets, recommendations R1-R3 hung "
            "at their own indent; no rules drawn."
        ),
        review=review(
            None, None, None, doc_kind=None, author="Wilhelmina Strand-Akoto", date_of_death="2024-10-17"
        ),
        recommendations=recs,
        chronology=chronology_gold(lines, events),
        notes=(
            "Written by hand from the document's meaning. One entry per timed paragraph (7), dated by the day label "
            "above it ('Day 2' the day after Day 1, relative). The day labels, the findings and the introduction are "
            "no entries. The recommendations are made to the Trust, named in full in the background."
        ),
    )


if __name__ == "__main__":
    save_rendered(word_document(), HERE, STEM)
    save_gold(HERE, STEM, gold((HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()))
