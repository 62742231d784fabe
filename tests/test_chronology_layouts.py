"""One chronology, many layouts: the same dated contacts rendered the ways published reviews
print a chronology (a Date | Agency | Event table as tab rows or as cells printed one after
another, entries led by their date, a date line above each entry, bulleted entries), with the
date forms they use (dd/mm/yyyy, dd.mm.yy, "5th January 2019", "5 Jan 2019"). Every layout
must give back every contact, in order, with its own date.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.pipeline import extract

MONTHS = list(calendar.month_name[1:])
AGENCIES = ["Police", "GP Practice", "Housing", "Adult Social Care", "Ambulance Service", "Probation"]
EVENTS = [
    "Officers attended a report of shouting at the flat and spoke to both parties",
    "The victim asked for help with a transfer to another estate",
    "A referral was made to the outreach service but no contact followed",
    "The perpetrator was arrested and released under investigation",
    "The victim attended with an injury to her wrist and gave no account of it",
    "A safeguarding concern was raised and closed without a visit",
    "The victim told a nurse that her partner controlled her money",
    "Rent arrears were recorded and a warning letter was sent",
]


def _ordinal(d: int) -> str:
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


DATE_FORMS = {
    "slash": lambda x: f"{x.day:02d}/{x.month:02d}/{x.year}",
    "dots_short_year": lambda x: f"{x.day:02d}.{x.month:02d}.{x.year % 100:02d}",
    "long": lambda x: f"{x.day} {MONTHS[x.month - 1]} {x.year}",
    "ordinal": lambda x: f"{x.day}{_ordinal(x.day)} {MONTHS[x.month - 1]} {x.year}",
    "abbreviated": lambda x: f"{x.day} {MONTHS[x.month - 1][:3]} {x.year}",
}


def _table_tabs(rows):
    return "Date\tAgency\tEvent\n" + "\n".join(f"{d}\t{a}\t{e}." for d, a, e in rows)


def _table_stacked(rows):
    cells = ["Date", "Agency", "Event"] + [c for d, a, e in rows for c in (d, a, e + ".")]
    return "\n\n".join(cells)


def _date_led(rows):
    return "\n\n".join(f"{d} – {a}: {e}." for d, a, e in rows)


def _date_line_above(rows):
    return "\n\n".join(f"{d}\n\n{a} – {e}." for d, a, e in rows)


def _bullets(rows):
    return "\n".join(f"• {d}: {e} ({a})." for d, a, e in rows)


LAYOUTS = {
    "table_tabs": _table_tabs,
    "table_stacked": _table_stacked,
    "date_led": _date_led,
    "date_line_above": _date_line_above,
    "bullets": _bullets,
}


@st.composite
def chronologies(draw):
    n = draw(st.integers(min_value=2, max_value=6))
    days = sorted(draw(st.sets(st.integers(min_value=0, max_value=5 * 365), min_size=n, max_size=n)))
    dates = [dt.date(2015, 1, 1) + dt.timedelta(days=k) for k in days]
    agencies = draw(st.lists(st.sampled_from(AGENCIES), min_size=n, max_size=n))
    events = draw(st.lists(st.sampled_from(EVENTS), min_size=n, max_size=n, unique=True))
    layout = draw(st.sampled_from(sorted(LAYOUTS)))
    form = draw(st.sampled_from(sorted(DATE_FORMS)))
    return dates, agencies, events, form, layout


def _report(body: str) -> str:
    return (
        "1. Introduction\n\n1.1 This review concerns the agencies' contact with the victim and the "
        "perpetrator before her death.\n\n2. Chronology\n\n"
        + body
        + "\n\n3. Analysis\n\n3.1 No agency saw the whole picture of the abuse.\n"
    )


@given(chronologies())
def test_every_layout_gives_back_every_contact_with_its_date(case):
    dates, agencies, events, form, layout = case
    rows = [(DATE_FORMS[form](d), a, e) for d, a, e in zip(dates, agencies, events)]
    doc = extract(_report(LAYOUTS[layout](rows)), name="chronology.txt")
    got = [(e.date.start if e.date else None, e.text) for e in doc.chronology]
    assert [g[0] for g in got] == [d.isoformat() for d in dates], (layout, form)
    for (_, text), event in zip(got, events):
        assert event in text, (layout, form)


def test_entries_led_by_a_bare_day_are_not_numbered_paragraphs_after_a_numbered_heading():
    # "3 Mar 2015" after "2. Chronology" was read as paragraph 3, and the heading then as the
    # first of a run of numbered paragraphs (patterns/numbering.toml, headings.toml)
    rows = [("3 Mar 2015", "Police", EVENTS[0]), ("4 Mar 2015", "Police", EVENTS[1])]
    for layout in (_bullets, _date_led, _date_line_above):
        doc = extract(_report(layout(rows)), name="chronology.txt")
        assert [e.date.start for e in doc.chronology] == ["2015-03-03", "2015-03-04"], layout.__name__


def test_month_headed_entries_dated_by_day_alone():
    body = (
        "March 2017\n\nOn the 3rd police attended after a neighbour called about shouting.\n\n"
        "On the 20th the victim told her GP she was frightened at home.\n\n"
        "April 2017\n\nOn the 2nd the perpetrator was arrested for assault.\n"
    )
    doc = extract(_report(body), name="chronology.txt")
    assert [e.date.start for e in doc.chronology] == ["2017-03-03", "2017-03-20", "2017-04-02"]
