"""A chronology told by school year (tests/zoo/pending/cspr_school_term_lead_in_chronology_farnlow,
plain pdftotext of a Word report set with no space between paragraphs): an entry opening with a
label naming a time of one year ("Easter holidays 2021 – ...") starts an entry even where the
paragraph above ran to the margin (chronology.lead_dates.year_label); a half term named by its
month dates by that month."""

from pathlib import Path

import dhrparse

STORY = Path(__file__).parent / "zoo" / "pending" / "cspr_school_term_lead_in_chronology_farnlow.txt"


def test_a_year_label_opens_an_entry():
    events = dhrparse.extract(STORY).chronology
    assert [e.text.split(" –")[0] for e in events] == [
        "Autumn term 2020",
        "Spring term 2021",
        "Easter holidays 2021",
        "12 May 2021",
        "October half term 2021",
        "9 December 2021",
        "February half term 2022",
        "Summer holidays 2022",
    ]
    assert [e.date.start for e in events] == [
        "2020",
        "2021",
        "2021",
        "2021-05-12",
        "2021-10",
        "2021-12-09",
        "2022-02",
        "2022",
    ]
