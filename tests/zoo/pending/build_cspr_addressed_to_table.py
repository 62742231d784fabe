"""Build a zoo child safeguarding practice review whose chronology is a two-column table
Date/time | Summary and whose recommendations are a table No. | Recommendation |
Recommendation addressed to (the last cell the body the recommendation is for).

cspr_addressed_to_table: Liberation Serif 11.5, plain pdftotext. The reviewer and the month of
publication share one line; the child survived (no date of death). Each summary opens with the
service that recorded it and a colon; one date prints "(time not recorded)". Findings are
bullets, not recommendations. Recommendation 4 is a lead sentence over "(a)" / "(b)" lines (one
record); recommendation 5 is addressed to a government department (national); recommendation
1's row runs over a page break, its last line under the header printed again.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_addressed_to_table.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

from addressed_to_review import AddressedToReview, main

STEM = "cspr_addressed_to_table"

# (date/time, summary, iso day)
EVENTS = [
    (
        "04/01/2023 10:15",
        "Health visiting service: new birth visit; the mother said she felt well supported by her partner.",
        "2023-01-04",
    ),
    (
        "11/01/2023 14:40",
        "Brindlecombe Police: a neighbour reported shouting at the flat; officers found "
        "no one injured and recorded a verbal argument.",
        "2023-01-11",
    ),
    (
        "19/01/2023 (time not recorded)",
        "Children's social care: the police notification was screened and closed with no further action.",
        "2023-01-19",
    ),
    ("02/02/2023 09:05", "GP practice: the baby was seen for a rash; no concerns were noted.", "2023-02-02"),
    (
        "21/02/2023 23:30",
        "Emergency department: the baby was brought in with a swollen arm; a fracture was "
        "found and a safeguarding referral made.",
        "2023-02-21",
    ),
    (
        "22/02/2023 08:50",
        "Children's social care: a strategy discussion was held with police and health.",
        "2023-02-22",
    ),
    (
        "24/02/2023 15:00",
        "Brindlecombe Police: both parents were interviewed and released while enquiries continued.",
        "2023-02-24",
    ),
]

# (number, recommendation, addressed to, scope)
RECS = [
    (
        "1",
        "The Partnership should seek assurance that when police share a notification about an argument "
        "in a household with a baby under one, children's social care consider it together with what "
        "health visitors know about the family, and that the reason for closing it is written down and "
        "checked by a manager before the case is closed. " * 2,
        "Brindlecombe Safeguarding Children Partnership",
        "local",
    ),
    (
        "2",
        "The health visiting service should ask each parent alone about their relationship at the new "
        "birth visit.",
        "Brindlecombe Community Health Trust",
        "local",
    ),
    (
        "3",
        "GP practices should record who attends with a baby at every appointment.",
        "Brindlecombe Integrated Care Board",
        "local",
    ),
    (
        "4",
        "The Partnership should improve how fathers are included in work with families, by:\n"
        "(a) asking every service to record the father's details at first contact;\n"
        "(b) offering fathers their own contact with the health visitor.",
        "Brindlecombe Safeguarding Children Partnership",
        "local",
    ),
    (
        "5",
        "The Department should consider national guidance on screening police notifications about babies.",
        "Department for Education",
        "national",
    ),
]

REVIEW = AddressedToReview(
    stem=STEM,
    area="Brindlecombe",
    child="Rowan",
    reviewer="Cassius Mbeki-Thornton",
    published="September 2024",
    introduction=(
        "1. Introduction",
        (
            "Baby Rowan was five months old when he was found to have serious injuries. He survived "
            "and now lives with his grandparents."
        ),
    ),
    events=EVENTS,
    chronology_widths=[3.5, 12.5],
    findings_heading="3. Findings",
    findings=(
        "The police notification was closed without asking health visitors what they knew.",
        "Rowan's father was not known to most of the services that saw the family.",
    ),
    lead_in="These findings lead to the recommendations below. " * 6,
    recs=RECS,
    rec_widths=[1.3, 10.0, 4.7],
    closing="The Partnership will publish its response to these recommendations.",
    description=(
        "CSPR overview report (Liberation Serif 11.5, plain pdftotext): chronology table Date/time | Summary "
        "(each summary opening with the recording service and a colon), findings bullets, recommendations "
        "table No. | Recommendation | Recommendation addressed to; rec 4 a lead sentence over (a)/(b) lines, "
        "rec 5 national, rec 1 over a page break"
    ),
    parts="Rec 4's (a) and (b) are parts of one recommendation.",
)


if __name__ == "__main__":
    main(REVIEW)
