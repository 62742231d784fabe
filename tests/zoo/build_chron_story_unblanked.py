"""A safeguarding review's chronology told as a story, year by year, in a report set with no
space between paragraphs, as plain `pdftotext` (no -layout) prints it: nothing, not even a
blank line, parts one paragraph from the next. Where a paragraph's last line runs nearly to the
margin, the segmenter cannot see the paragraph end and runs the next dated paragraph ("On 9
March, ...") into it, and a relative date after that ("A week later, ...") would count from the
paragraph before. Built as authors publish it (python-docx, Arial 11, no space after
paragraphs), exported to PDF by LibreOffice; the .txt is what pdftotext makes of that PDF. The
gold is written by hand below (each record's line looked up in the .txt).

    python tests/zoo/build_chron_story_unblanked.py   # writes .docx, .pdf, .txt and .json here
"""

from __future__ import annotations

from chron_report import build, chronology_gold, heading, new_doc, para, report_gold, review
from docx.shared import Pt

STEM = "chron_story_unblanked"

# year, then (paragraph, gold date_raw, gold date, relative)
STORY = [
    (
        "2017",
        [
            (
                "In February, Shona moved with her son Jayden into a housing association flat in Ashby "
                "Vale. Her tenancy officer noted that Shona's partner, Wilf, was often at the flat.",
                "In February",
                "2017-02",
                False,
            ),
            (
                "In June, a neighbour told the tenancy officer she had heard a man shouting and a child "
                "crying late at night. The officer wrote to Shona offering a visit; there was no reply.",
                "In June",
                "2017-06",
                False,
            ),
        ],
    ),
    (
        "2018",
        [
            (
                "In January, Shona told her health visitor that she felt tired all the time and that "
                "Wilf did not like her going out without him. Nothing more was asked about it at home.",
                "In January",
                "2018-01",
                False,
            ),
            (
                "On 9 March, police were called to the flat by Shona's mother. Wilf had left before "
                "officers arrived. Shona said they had argued about money and refused to complete a DASH risk assessment form.",
                "On 9 March",
                "2018-03-09",
                False,
            ),
            (
                "A week later, the police notification reached the early help team, who sent Shona a "
                "leaflet. Jayden's school was not told.",
                "A week later",
                "2018-03",
                True,
            ),
            (
                "In the autumn, Jayden's teacher noticed that he was often hungry and fell asleep in "
                "class. The school's safeguarding lead spoke to Shona, who said Jayden slept badly.",
                "In the autumn",
                "2018",
                False,
            ),
        ],
    ),
    (
        "2019",
        [
            (
                "On 14 May, Shona went to the emergency department with a cut to her head. She said she "
                "had slipped in the bath. Wilf sat beside her and answered for her throughout the long visit.",
                "On 14 May",
                "2019-05-14",
                False,
            ),
            (
                "The following day, the hospital's safeguarding nurse telephoned Shona, who said she was "
                "fine. The call was recorded and the GP was sent a discharge letter the same afternoon.",
                "The following day",
                "2019-05-15",
                True,
            ),
            (
                "On 2 August, Wilf was arrested after Shona called 999 from a neighbour's flat. He was bailed "
                "the next morning on condition that he did not go near the flat or contact her in any way.",
                "On 2 August",
                "2019-08-02",
                False,
            ),
            (
                "Two days later, Shona's case was heard at the risk conference; Jayden's school was not there.",
                "Two days later",
                "2019-08-04",
                True,
            ),
        ],
    ),
]


def word_document():
    doc = new_doc(
        header="Ashby Vale Safeguarding Partnership", footer_label="Review 'Jayden' – Page", size=11
    )
    # (a report set with no space between its paragraphs)
    spacing = doc.styles["Normal"].paragraph_format
    spacing.space_after = Pt(0)
    spacing.space_before = Pt(0)
    spacing.line_spacing = 1.0
    heading(doc, "3. What happened", 1)
    para(doc, "This part tells the episodes the review found most telling, year by year.")
    for year, paragraphs in STORY:
        para(doc, year, bold=True)
        for text, *_ in paragraphs:
            para(doc, text)
    heading(doc, "4. Analysis", 1)
    para(doc, "The agencies each saw a part of Shona's and Jayden's lives; none saw the whole.")
    return doc


def _chronology(lines: list[str]) -> list[dict]:
    return chronology_gold(lines, [event for _year, paragraphs in STORY for event in paragraphs])


def gold(lines: list[str]) -> dict:
    return report_gold(
        STEM,
        family="chronology: a story told year by year, its paragraphs unspaced, by plain pdftotext",
        description="Safeguarding practice review's 'What happened' built in Word (python-docx, Arial 11, single "
        "spacing, no space between paragraphs), exported to PDF by LibreOffice and to text by plain pdftotext: a "
        "bold year line over each year's dated paragraphs, nothing between one paragraph and the next; some "
        "paragraphs' last lines run nearly to the margin, and relative dates ('A week later', 'The following "
        "day') count from the paragraph before.",
        review=review(None, "Ashby Vale", "Jayden"),
        chronology=_chronology(lines),
        notes="Written by hand from the document's meaning. One entry per paragraph (10), in document order; the "
        "introduction is not an entry. 'A week later' counts from 9 March 2018 (month precision, relative); 'The "
        "following day' from 14 May 2019, 'Two days later' from 2 August 2019.",
    )


def main() -> None:
    build(STEM, word_document, gold)


if __name__ == "__main__":
    main()
