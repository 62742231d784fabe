"""Build two pending zoo documents of one family: a DHR executive summary whose summary
chronology sets the two people side by side, Date | <victim's first name> | <perpetrator's first
name>, each event in the column of the person it concerns and the other cell blank (one row has
both cells filled: two entries on one date), dates printed with an apostrophe and a two-digit year
("3 Feb ’19", a month alone "Jun ’19"; 20yy). heldout42 family 2's form in our own words.

* dhr_person_columns_apostrophe_years_harrowby: DejaVu Serif 9.5, Date | victim | perpetrator,
  typographic apostrophes (’).
* dhr_person_columns_straight_apostrophe_years_kelsall: Liberation Serif 10, the other order,
  Date | perpetrator | victim, straight apostrophes ("Mar '21").
* dhr_person_columns_apostrophe_years_over_page_break_whitlowe (session 43): DejaVu Serif 9.5 as
  Harrowby, a longer introduction and longer event cells, so the table runs over the page break
  (its header repeated): plain pdftotext prints each page's date cells as a run of their own.
* dhr_person_columns_straight_apostrophe_years_over_page_break_sedgeham (session 43): Liberation
  Serif 10, Date | perpetrator | victim, straight apostrophes, over the page break.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_person_columns_apostrophe_years.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import (  # noqa: E402
    chronology_gold,
    chronology_table,  # noqa: E402
    heading,
    new_doc,
    para,
    report_gold,
    review,
)
from office_export import save_with_gold  # noqa: E402

# (date as printed, iso, first person's cell, second person's cell)
HARROWBY = [
    ("3 Feb ’19", "2019-02-03", "Leonie told her GP she was sleeping badly and felt watched at home.", ""),
    (
        "Jun ’19",
        "2019-06",
        "",
        "Gareth was cautioned by police for criminal damage at his former partner's flat.",
    ),
    (
        "14 Aug ’19",
        "2019-08-14",
        "Leonie called the domestic abuse helpline and asked about refuge space.",
        "Gareth rang Leonie's workplace four times that afternoon asking where she was.",
    ),
    (
        "2 Oct ’19",
        "2019-10-02",
        "",
        "Gareth was referred by his GP to the community alcohol service; he did not attend.",
    ),
    ("22 Nov ’19", "2019-11-22", "Leonie's employer noted bruising to her wrist and offered her leave.", ""),
    ("Jan ’20", "2020-01", "Leonie moved in with her sister in Harrowby for three weeks.", ""),
    ("9 Mar ’20", "2020-03-09", "", "Police were called to the flat after a neighbour heard screaming."),
]

KELSALL = [
    ("Mar '21", "2021-03", "Dominic lost his job at the depot after an argument with a supervisor.", ""),
    (
        "17 Apr '21",
        "2021-04-17",
        "",
        "Priya saw the practice nurse and disclosed that Dominic checked her phone.",
    ),
    ("5 Jun '21", "2021-06-05", "Dominic was arrested for drink driving and released on bail.", ""),
    (
        "28 Jul '21",
        "2021-07-28",
        "Dominic sent a message to Priya's brother threatening to take the car.",
        "Priya asked the housing officer whether the tenancy could be put in her name alone.",
    ),
    ("Sept '21", "2021-09", "", "Priya attended a freedom programme session and left before it ended."),
    (
        "11 Nov '21",
        "2021-11-11",
        "Dominic was seen by the crisis team after telling his GP he felt hopeless.",
        "",
    ),
]

WHITLOWE = [
    (
        "3 Feb ’19",
        "2019-02-03",
        "Maya told the practice nurse at a smear test that her partner decided who she could see and when.",
        "",
    ),
    (
        "Jun ’19",
        "2019-06",
        "",
        "Tomas was stopped by police while driving Maya's car and was reported for driving without insurance.",
    ),
    (
        "14 Aug ’19",
        "2019-08-14",
        "Maya called the helpline from work and asked how to get a protection order without him knowing.",
        "Tomas rang the same helpline that evening saying his partner was telling lies about him.",
    ),
    (
        "2 Oct ’19",
        "2019-10-02",
        "",
        "Tomas saw his GP about low mood and drinking; he was given a leaflet about the alcohol service.",
    ),
    (
        "22 Nov ’19",
        "2019-11-22",
        "Maya's manager noticed a cut on her lip and arranged for her to speak to the workplace adviser.",
        "",
    ),
    (
        "Jan ’20",
        "2020-01",
        "Maya stayed with a friend for ten days and asked the council about emergency housing.",
        "",
    ),
    (
        "9 Mar ’20",
        "2020-03-09",
        "",
        "Police were called to the house by a neighbour who heard a woman screaming for help.",
    ),
]

SEDGEHAM = [
    ("Apr '18", "2018-04", "Callum was dismissed from the warehouse after a fight with a driver.", ""),
    (
        "12 Jun '18",
        "2018-06-12",
        "",
        "Nadia told the health visitor that Callum took her bank card and gave her money for food each week.",
    ),
    (
        "30 Aug '18",
        "2018-08-30",
        "Callum was arrested after a disturbance at a pub and released with no further action.",
        "Nadia asked the school nurse whether the children could be seen without their father present.",
    ),
    ("Oct '18", "2018-10", "", "Nadia went to a drop-in at the women's centre and left when her phone rang."),
    (
        "19 Dec '18",
        "2018-12-19",
        "Callum's probation officer recorded that he blamed Nadia for losing his job.",
        "",
    ),
    (
        "7 Feb '19",
        "2019-02-07",
        "",
        "A neighbour called police after hearing glass breaking; Nadia said she had dropped a vase.",
    ),
]

BACKGROUND = (
    "The review panel met five times. It read the chronologies and reports of eleven agencies and spoke "
    "with the family, two friends and a colleague, whose accounts are reflected throughout this summary. "
    "The panel thanks them for their time and their honesty.",
) * 10


def word_document(place, victim, perpetrator, columns, rows, font, size, area_name, background=()):
    """The executive summary: opening, a summary chronology table (Date and the two people's
    columns in `columns`' order), findings after it; `background`, paragraphs after the opening
    (enough of them push the table over the page break)."""
    doc = new_doc(header=f"Executive Summary – DHR {victim} – FINAL", font=font, size=size)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        f"This review looks at how agencies in {place} responded to {victim} and to {perpetrator}, "
        f"her partner, in the year before she died. The {area_name} commissioned it.",
    )
    for text in background:
        para(doc, text)
    heading(doc, "2. Summary chronology", 1)
    para(doc, "Each contact is shown in the column of the person it concerns.", italic=True)
    chronology_table(doc, ["Date", *columns], [2.6, 6.9, 6.9], [[d, a, b] for d, _i, a, b in rows])
    heading(doc, "3. Key findings", 1)
    para(
        doc,
        "No agency held the whole picture. Each contact was treated as a single event and none was shared "
        "with the others.",
    )
    return doc


def entries(lines, rows):
    """The gold's entries in row order, one a filled cell, the first person's before the second's;
    each line looked up from the text's start (plain text prints the two columns apart)."""
    out = []
    for date, iso, first, second in rows:
        for cell in (first, second):
            if cell:
                out.extend(chronology_gold(lines, [(cell, date, iso, False)]))
    return out


def make_gold(stem, rows, victim, area, description):
    def gold(lines):
        return report_gold(
            stem,
            family="chronology: Date | person | person columns, apostrophe two-digit years",
            description=description,
            review=review("DHR", area, victim),
            chronology=entries(lines, rows),
            notes=(
                "Written by hand from the document's meaning. One entry per filled person cell, the date its "
                "row's; a row with both cells filled gives two entries with the same date. Apostrophe years are "
                "20yy; a month alone is the month."
            ),
        )

    return gold


def main():
    stem = "dhr_person_columns_apostrophe_years_harrowby"
    doc = word_document(
        "Harrowby",
        "Leonie",
        "Gareth",
        ("Leonie", "Gareth"),
        HARROWBY,
        "DejaVu Serif",
        9.5,
        "Harrowby Community Safety Partnership",
    )
    save_with_gold(
        doc,
        HERE,
        stem,
        make_gold(
            stem,
            HARROWBY,
            "Leonie",
            "Harrowby",
            "A DHR executive summary (DejaVu Serif 9.5): summary chronology Date | Leonie | Gareth, dates '3 Feb ’19'.",
        ),
    )
    stem = "dhr_person_columns_straight_apostrophe_years_kelsall"
    doc = word_document(
        "Kelsall",
        "Priya",
        "Dominic",
        ("Dominic", "Priya"),
        KELSALL,
        "Liberation Serif",
        10,
        "Kelsall Safer Communities Board",
    )
    save_with_gold(
        doc,
        HERE,
        stem,
        make_gold(
            stem,
            KELSALL,
            "Priya",
            "Kelsall",
            'A DHR executive summary (Liberation Serif 10): chronology Date | Dominic | Priya, dates "Mar \'21".',
        ),
    )

    for stem, place, victim, perpetrator, columns, rows, font, size, area, note in (
        (
            "dhr_person_columns_apostrophe_years_over_page_break_whitlowe",
            "Whitlowe", "Maya", "Tomas", ("Maya", "Tomas"), WHITLOWE, "DejaVu Serif", 9.5,
            "Whitlowe Community Safety Partnership", "DejaVu Serif 9.5, Date | Maya | Tomas over the page break",
        ),
        (
            "dhr_person_columns_straight_apostrophe_years_over_page_break_sedgeham",
            "Sedgeham", "Nadia", "Callum", ("Callum", "Nadia"), SEDGEHAM, "Liberation Serif", 10,
            "Sedgeham Safer Communities Partnership", "Liberation Serif 10, Date | Callum | Nadia over the page break",
        ),
    ):  # fmt: skip
        doc = word_document(place, victim, perpetrator, columns, rows, font, size, area, BACKGROUND)
        description = f"A DHR executive summary ({note}), dates with apostrophe years."
        save_with_gold(doc, HERE, stem, make_gold(stem, rows, victim, place, description))


if __name__ == "__main__":
    main()
