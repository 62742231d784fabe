"""A safeguarding adults review whose "What happened" chapter tells the case in a few numbered
paragraphs, each naming a season, a year or a month somewhere in its sentence ("A neighbour rang
adult social care in 2021 ..."), none opening with a date and none dated to the day: the story
in brief before the findings, not a log of contacts, so no chronology event is read from it.
Beside it, in the same report, a "Key contacts" chapter that does log dated contacts ("On 4 March
2022 ...") is a chronology. Built in Word (python-docx, Arial 11), exported to PDF by LibreOffice
and to text by plain pdftotext; the gold is written by hand below.

    python tests/zoo/build_chron_brief_story_not_log.py   # writes .docx, .pdf, .txt and .json here
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_build import heading, new_doc, numbered, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "chron_brief_story_not_log"

STORY = [
    "Over the three years before she died Mrs Pennock was known to her GP, the district nursing team, "
    "adult social care, the fire service and a day centre. Each saw a small part of her life at home.",
    "The district nurses called from the spring of 2020 to treat a wound on her leg. Her grandson often "
    "said she was out, and the calls he turned away were logged as visits not made.",
    "A neighbour rang adult social care in 2021 because Mrs Pennock had asked her for bread through the "
    "fence. A duty worker spoke to the grandson by telephone and closed the contact.",
    "The fire service fitted smoke alarms after a pan fire. The crew noticed the cold and the clutter and "
    "left a leaflet about help with heating.",
    "The day centre place lapsed after she stopped attending. Nobody asked why.",
    "Her grandson called an ambulance in March 2022 when he found her on the kitchen floor. She died in "
    "hospital a fortnight later.",
]

# (paragraph, gold date_raw, gold date, relative)
KEY_CONTACTS = [
    (
        "On 4 March 2021 the duty worker closed the neighbour's contact after a call with the grandson.",
        "4 March 2021",
        "2021-03-04",
        False,
    ),
    (
        "On 19 August 2021 the district nursing team discharged Mrs Pennock after three visits not made.",
        "19 August 2021",
        "2021-08-19",
        False,
    ),
    (
        "On 2 December 2021 the fire service fitted smoke alarms and left a leaflet about heating.",
        "2 December 2021",
        "2021-12-02",
        False,
    ),
    (
        "On 11 March 2022 paramedics took Mrs Pennock to hospital from her kitchen floor.",
        "11 March 2022",
        "2022-03-11",
        False,
    ),
]

# the review's questions, a Word numbered list: a text export prints them "1. How ...", "2. Who ...",
# numbers the chapters after it seem to repeat
QUESTIONS = [
    "How well did agencies understand who was caring for Mrs Pennock?",
    "Were visits that were not made followed up?",
    "Did anyone see Mrs Pennock alone?",
    "How were concerns about food and warmth shared between agencies?",
    "What helped or hindered agencies in getting into the home?",
]

RECS = [
    (
        "1",
        "Quillmoor Safeguarding Adults Board should ask the community health trust to review its policy of "
        "discharging patients after visits not made when a relative answers the door.",
    ),
    (
        "2",
        "Quillmoor Safeguarding Adults Board should make sure that a concern about an adult's food or warmth "
        "is not closed until the adult has been seen.",
    ),
]


def word_document():
    doc = new_doc(
        header="Quillmoor Safeguarding Adults Board", footer_label="SAR Mrs Pennock – Page", size=11
    )
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "Mrs Pennock was 84 and lived with her grandson in a bungalow in Quillmoor. The Board agreed that "
        "the criteria for a Safeguarding Adults Review were met.",
    )
    heading(doc, "2. Terms of reference", 1)
    numbered(doc, "2.1", "The review asked these questions:")
    for question in QUESTIONS:
        para(doc, question, style="List Number")
    heading(doc, "3. What happened", 1)
    for k, text in enumerate(STORY, 1):
        numbered(doc, f"3.{k}", text)
    heading(doc, "4. Key contacts", 1)
    for k, (text, *_) in enumerate(KEY_CONTACTS, 1):
        numbered(doc, f"4.{k}", text)
    heading(doc, "5. Findings", 1)
    numbered(
        doc,
        "5.1",
        "Visits not made were counted, not weighed. A carer who turns professionals away may be the risk.",
    )
    heading(doc, "6. Recommendations", 1)
    for ref, text in RECS:
        para(doc, f"Recommendation {ref}", bold=True)
        para(doc, text)
    return doc


def gold(lines: list[str]) -> dict:
    return plan_gold(
        STEM,
        family="chronology: a brief story under 'What happened' (dates mid-sentence, none to the day) is no log",
        description=(
            "Safeguarding Adults Review built in Word (python-docx, Arial 11), exported to PDF by "
            "LibreOffice and to text by plain pdftotext: the review's questions a Word numbered list (a text export prints them like numbered headings, so the chapters after them may read as short numbered paragraphs); a 'What happened' chapter of six numbered paragraphs that "
            "tell the case in brief, naming a season, a year or a month mid-sentence, none dated to the day; then a "
            "'Key contacts' chapter of four numbered paragraphs each opening with its day's date; findings; two labelled "
            "recommendations."
        ),
        review=review("SAR", "Quillmoor", "Mrs Pennock", doc_kind=None, age=84),
        recommendations=[
            recommendation_record(
                ref,
                first_words(text, 9),
                find_line(lines, text),
                scope=None,
            )
            for ref, text in RECS
        ],
        chronology=chronology_gold(lines, KEY_CONTACTS),
        notes=(
            "Written by helper s19chron; fictional. The 'What happened' paragraphs tell the story in brief "
            "(their dates mid-sentence and coarse): not chronology events. The 'Key contacts' paragraphs are the "
            "chronology (four events, each dated to the day)."
        ),
    )


def main() -> None:
    save_with_gold(word_document(), HERE, STEM, gold)


if __name__ == "__main__":
    main()
