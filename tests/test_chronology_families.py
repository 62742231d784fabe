"""Two chronology families published reviews use: a combined multi-agency chronology table with
more columns than date, agency and event (time, source record, the panel's comment), whose date
cells are printed the way agencies' record systems print them; and a summary of agency
involvement told agency by agency (a sub-heading per agency, the date somewhere in each
paragraph's first sentence). See tests/zoo/chron_combined_extra_columns* and
tests/zoo/chron_agency_by_agency_narrative for whole documents."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.vocab.date_cells import cell_date

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
AGENCIES = ["Quarrendon Police", "Ferris Lane Surgery", "Quarrendon Homes", "County Ambulance Service"]
SOURCES = ["Incident log", "GP record", "Case note", "Patient report form"]
EVENTS = [
    "Officers attended after a neighbour heard shouting and spoke to both of them together",
    "The victim asked about moving to a flat on her own and was given a form",
    "A referral to the outreach service was made and closed after two calls",
    "The perpetrator was arrested for assault and bailed to another address",
    "The victim was treated for a cut to her hand and said she had dropped a glass",
]
COMMENTS = ["Not explored.", "No routine enquiry.", "Seen apart.", ""]

# (printed cell, expected start) for the date of day `d` of month `m` in 2019
DATE_FORMS = {
    "weekday_slash": lambda x: (f"{WEEKDAYS[x.weekday()]} {x:%d/%m/%Y}", x.isoformat()),
    "weekday_short_year": lambda x: (
        f"{WEEKDAYS[x.weekday()]} {x.day} {MONTHS[x.month - 1][:3]} {x:%y}",
        x.isoformat(),
    ),
    "iso": lambda x: (x.isoformat(), x.isoformat()),
    "unknown_day": lambda x: (f"00/{x:%m/%Y}", f"{x:%Y-%m}"),
    "day_span": lambda x: (f"Between {x.day} and {x.day + 2} {MONTHS[x.month - 1]} {x.year}", x.isoformat()),
    "noted": lambda x: (f"{MONTHS[x.month - 1][:3]} {x.year} (exact date not recorded)", f"{x:%Y-%m}"),
}
COLUMNS = ["Time", "Agency", "Source", "Event", "Comment"]


@st.composite
def combined_tables(draw):
    n = draw(st.integers(min_value=3, max_value=5))
    months = sorted(draw(st.sets(st.integers(min_value=1, max_value=9), min_size=n, max_size=n)))
    dates = [dt.date(2019, m, draw(st.integers(min_value=1, max_value=25))) for m in months]
    rows = []
    for k, d in enumerate(dates):
        cell, start = DATE_FORMS[draw(st.sampled_from(sorted(DATE_FORMS)))](d)
        cells = {
            "Time": draw(st.sampled_from(["09:15", "23:40", ""])),
            "Agency": AGENCIES[k % len(AGENCIES)],
            "Source": SOURCES[k % len(SOURCES)],
            "Event": EVENTS[k] + ".",
            "Comment": draw(st.sampled_from(COMMENTS)),
        }
        rows.append((cell, start, cells))
    order = draw(st.permutations(COLUMNS))
    layout = draw(st.sampled_from(["tabs", "aligned"]))
    return rows, list(order), layout


def _print(rows, order, layout) -> str:
    table = [["Date", *order]] + [[cell, *(cells[c] for c in order)] for cell, _, cells in rows]
    if layout == "tabs":
        return "\n".join("\t".join(r) for r in table)
    widths = [max(len(r[i]) for r in table) + 3 for i in range(len(table[0]))]
    return "\n".join("".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in table)


def _appendix(table: str) -> str:
    return (
        "Quarrendon Community Safety Partnership\n\nDomestic Homicide Review: Rhian\n\n"
        "Appendix B to the overview report: combined chronology\n\n"
        "The panel combined the agencies' chronologies into the table below.\n\n" + table + "\n"
    )


@settings(max_examples=30, deadline=None)
@given(combined_tables())
def test_every_row_of_a_combined_table_is_one_entry_keeping_its_other_cells(case):
    rows, order, layout = case
    doc = extract(_appendix(_print(rows, order, layout)), name="appendix.txt")
    got = doc.chronology
    assert len(got) == len(rows), (order, layout, [e.text for e in got])
    for ev, (cell, start, cells) in zip(got, rows):
        assert ev.date is not None and ev.date.start.startswith(start), (cell, ev.date)
        assert ev.text == cells["Event"], (order, layout)  # not the time, source or comment
        assert cells["Agency"] in ev.agencies
        kept = {k.lower(): v for k, v in cells.items() if k in ("Time", "Source", "Comment") and v}
        assert ev.extra == kept, (order, layout)


def test_a_lone_source_column_is_the_agency():
    table = "Date\tSource\tEvent\n03/04/2019\tQuarrendon Police\tOfficers attended.\n05/06/2019\tQuarrendon Homes\tA tenancy visit.\n"
    doc = extract(_appendix(table), name="appendix.txt")
    assert [e.agencies[:1] for e in doc.chronology] == [["Quarrendon Police"], ["Quarrendon Homes"]]
    assert [e.extra for e in doc.chronology] == [{}, {}]


def test_a_column_no_vocabulary_names_is_kept_under_its_header():
    table = (
        "Date\tAgency\tEvent\tFollow-up\n03/04/2019\tQuarrendon Police\tOfficers attended.\tLetter sent\n"
        "05/06/2019\tQuarrendon Homes\tA tenancy visit.\t\n"
    )
    doc = extract(_appendix(table), name="appendix.txt")
    assert [e.text for e in doc.chronology] == ["Officers attended.", "A tenancy visit."]
    assert [e.extra for e in doc.chronology] == [{"Follow-up": "Letter sent"}, {}]


def test_record_system_date_cells():
    p = load_patterns()
    read = {
        "Mon 14/01/2019": ("2019-01-14", "2019-01-14", "day"),
        "Wednesday, 1st January 2020": ("2020-01-01", "2020-01-01", "day"),
        "Sat 22 Jun 19": ("2019-06-22", "2019-06-22", "day"),
        "2019-04-18": ("2019-04-18", "2019-04-18", "day"),
        "00/05/2019": ("2019-05", "2019-05", "month"),
        "XX/11/2018": ("2018-11", "2018-11", "month"),
        "Between 1 and 8 June 2019": ("2019-06-01", "2019-06-08", "day"),
        "Feb 2019 (exact date not recorded)": ("2019-02", "2019-02", "month"),
        # a month with its year's last two figures, the form a column of "4 Nov 21" cells takes
        # for a contact dated no closer ("Mar 22"), and a plan's target cell ("Sept 26")
        "Mar 22": ("2022-03", "2022-03", "month"),
        "Sept 26": ("2026-09", "2026-09", "month"),
    }
    for cell, (start, end, precision) in read.items():
        v = cell_date(cell, p)
        assert v is not None and (v.start, v.end, v.precision) == (start, end, precision), cell
        assert v.raw == cell
    for cell in (
        "2019-02-30",
        "Between 9 and 3 June 2019",
        "Police attended on 14/01/2019",
        "Ongoing",
        "3.2",
        "Week 21",
        "Day 2",
    ):
        assert cell_date(cell, p) is None, cell


# --- told agency by agency ------------------------------------------------------------------

NARRATIVE = """Quarrendon Community Safety Partnership

Domestic Homicide Review into the death of Rhian

1. Introduction

1.1 Rhian was killed by her husband at their home on 12 March 2021.

2. Summary of agency involvement

2.1 What follows sets out, agency by agency, what each service knew of Rhian and her husband.

Quarrendon Police

2.2 Officers were called to the house on 4 May 2019 by a neighbour who had heard a woman crying. Both said they had argued.

2.3 The following week Rhian rang the police to ask how to report a threat made by text.

Ferris Lane Surgery

2.4 Rhian saw her GP about poor sleep in January 2020 and was given advice.

2.5 The following week she cancelled a follow-up appointment by telephone.

Quarrendon Homes

2.6 A housing officer visited in the summer of 2020 about rent arrears and spoke only to her husband.

3. Analysis

3.1 The panel considered the call of 4 May 2019 carefully.
"""


def test_an_agency_by_agency_summary_gives_one_entry_per_paragraph_under_its_agency():
    doc = extract(NARRATIVE, name="review.txt")
    got = [(e.ref, e.heading, e.date.start if e.date else None) for e in doc.chronology]
    assert got == [
        ("2.2", "Quarrendon Police", "2019-05-04"),
        ("2.3", "Quarrendon Police", "2019-05-11"),
        ("2.4", "Ferris Lane Surgery", "2020-01"),
        # counted from this agency's own paragraph, not the police's
        ("2.5", "Ferris Lane Surgery", "2020-01"),
        ("2.6", "Quarrendon Homes", "2020-06"),
    ]


def test_agency_sub_headings_over_undated_analysis_are_not_a_chronology():
    analysis = (
        NARRATIVE.replace(
            "2.2 Officers were called to the house on 4 May 2019 by a neighbour",
            "2.2 Officers followed the policy",
        )
        .replace("2.3 The following week Rhian rang", "2.3 The panel notes that Rhian rang")
        .replace("about poor sleep in January 2020", "about poor sleep")
        .replace("The following week she", "She later")
        .replace("in the summer of 2020", "")
    )
    assert extract(analysis, name="review.txt").chronology == []


def test_dated_prose_without_agency_sub_headings_is_not_read_as_told_by_agency():
    flat = "\n".join(
        ln
        for ln in NARRATIVE.splitlines()
        if ln not in ("Quarrendon Police", "Ferris Lane Surgery", "Quarrendon Homes")
    )
    headings = {e.heading for e in extract(flat, name="review.txt").chronology}
    assert not headings & {"Quarrendon Police", "Ferris Lane Surgery", "Quarrendon Homes"}


def test_the_reviews_own_process_under_agency_like_sub_headings_is_not_a_chronology():
    process = """Quarrendon Community Safety Partnership

Domestic Homicide Review into the death of Rhian

2. Agency involvement

Quarrendon Community Safety Partnership

2.1 The partnership decided on 3 June 2021 to commission a review and told the Home Office on 10 June 2021.

2.2 The panel first met on 14 July 2021 and agreed the terms of reference.

Review Panel

2.3 On 2 September 2021 the panel read the Individual Management Reviews from five agencies.

2.4 The draft report was agreed by the panel on 9 March 2022.
"""
    assert extract(process, name="review.txt").chronology == []
