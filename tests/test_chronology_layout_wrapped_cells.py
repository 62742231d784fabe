"""A combined chronology table as `pdftotext -layout` prints it: three whitespace-aligned
columns (Date | Agency | Event), every cell wrapped to its column's width. A date cell may
run over two lines ("Between March and" / "May 2017", "12/05/2018 at" / "14:20"), and an
agency's name may wrap onto a line of its own below the event's last line ("Service)"),
which the segmenter can take for a heading. Every row must still give one event with its own
row's date, whatever wraps where.
"""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

DATE_W, AGENCY_W, EVENT_W = 18, 22, 60

# (printed date, start): forms a combined chronology's date column holds, some too wide to fit
DATES = [
    ("2013", "2013"),
    ("Late 2014", "2014"),
    ("mid-2015", "2015"),
    ("09/03/2016", "2016-03-09"),
    ("Between March and May 2016", "2016-03"),
    ("2nd August 2016", "2016-08-02"),
    ("w/c 7 November 2016", "2016-11-07"),
    ("12/05/2017 at 14:20", "2017-05-12"),
    ("Autumn 2017", "2017-09"),
    ("03.01.2018", "2018-01-03"),
    ("From June to July 2018", "2018-06"),
    ("21 Oct 2018", "2018-10-21"),
]
AGENCIES = [
    "Police (Westmarsh Constabulary)",
    "GP (Quarry Lane Medical Centre)",
    "Housing (Brightwater Homes)",
    "Westmarsh Drug and Alcohol Service",
    "MARAC",
    "Ambulance",
]
EVENTS = [
    "Officers attended after a neighbour heard a door being kicked. Both parties said it was an argument.",
    "Attended with a cut lip said to be from a fall. No question about home was recorded.",
    "Tenancy signed jointly; the officer noted he answered every question for her.",
    "He self-referred for help with drinking, attended once and did not return.",
    "Case heard; actions set for police, housing and the outreach service.",
    "Crew called police to the address after finding her unconscious on the kitchen floor.",
]


def _layout_rows(rows: list[tuple[str, str, str]]) -> list[str]:
    """Rows printed side by side: each cell wrapped to its column, lines padded to the columns."""
    out = ["Date".ljust(DATE_W + 2) + "Agency".ljust(AGENCY_W + 2) + "Event"]
    for date, agency, event in rows:
        cells = [textwrap.wrap(date, DATE_W), textwrap.wrap(agency, AGENCY_W), textwrap.wrap(event, EVENT_W)]
        for k in range(max(len(c) for c in cells)):
            parts = [c[k] if k < len(c) else "" for c in cells]
            line = " " + parts[0].ljust(DATE_W + 1) + parts[1].ljust(AGENCY_W + 2) + parts[2]
            out.append(line.rstrip())
    return out


def _appendix(table: list[str]) -> str:
    intro = (
        "Appendix C: Combined chronology\n"
        "The table below merges what each agency recorded; approximate dates are shown as recorded.\n\n"
    )
    return intro + "\n".join(table) + "\n\nSource: agency chronologies.\n"


@st.composite
def tables(draw):
    picks = sorted(draw(st.lists(st.integers(0, len(DATES) - 1), min_size=4, max_size=8, unique=True)))
    agencies = [draw(st.sampled_from(AGENCIES)) for _ in picks]
    events = [draw(st.sampled_from(EVENTS)) for _ in picks]
    return [DATES[k] for k in picks], agencies, events


@settings(max_examples=30, deadline=None)
@given(tables())
def test_every_row_of_a_layout_table_is_one_event_whatever_wraps(case):
    dates, agencies, events = case
    rows = [(printed, a, e) for (printed, _), a, e in zip(dates, agencies, events)]
    doc = extract(_appendix(_layout_rows(rows)), name="appendix.txt")
    got = doc.chronology
    assert [e.date.start if e.date else None for e in got] == [start for _, start in dates]
    for ev, event in zip(got, events):
        assert event.split()[0] in ev.text and event[-15:] in ev.text
    assert not any("Source:" in e.text or "merges" in e.text for e in got)


def test_an_agency_name_wrapped_under_the_event_stays_in_its_row():
    # "Service" wraps onto a line of its own, printed in the agency column
    rows = [
        ("09/03/2016", "Westmarsh Drug and Alcohol Service", "He attended once."),
        ("Between March and May 2016", "MARAC", "Case heard."),
        ("12/05/2017 at 14:20", "Ambulance", "Crew called police."),
    ]
    doc = extract(_appendix(_layout_rows(rows)), name="appendix.txt")
    assert [e.date.start for e in doc.chronology] == ["2016-03-09", "2016-03", "2017-05-12"]
    assert doc.chronology[1].date.end == "2016-05"  # the span's end, printed on the next line
    assert doc.chronology[0].text == "He attended once."  # the agency's wrapped name is no event text
