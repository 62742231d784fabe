"""A chronology kept as a Word table, as text exports print it: the same rows rendered as a
plain export prints a one-column "Date and key event" table (the date on its own line, the
event's lines under it), as a PDF reader gives a table with no rules (each row's cells run
together on one line, the event wrapping onto the next lines), as Word's plain-text save (tab
rows, a comment column), and as plain pdftotext prints a ruled table row by row (every cell
on lines of its own, with or without blank lines between cells). The header is printed again
after a page footer, an introduction stands before the table and a source note after it.
Every layout must give one event per row, each with its own row's date; the header, the
introduction and the note are never events. A table printed column after column gives a
warning, never events.
"""

from __future__ import annotations

import datetime as dt
import textwrap

from hypothesis import example, given
from hypothesis import strategies as st

from dhrparse.pipeline import extract

AGENCIES = ["Fenmoor Police", "Fenmoor GP Practice", "Fenmoor Housing", "Coastal Ambulance Service"]
EVENTS = [
    "Officers attended after a neighbour heard shouting and spoke to both parties separately at the flat",
    "She asked the housing office about moving to another estate and was given a leaflet about bidding",
    "A referral was sent to the outreach service and the case was closed after one unanswered letter",
    "He was arrested for criminal damage and released under investigation the following afternoon",
    "She attended with a bruised wrist and said she had fallen in the garden while hanging out washing",
    "A welfare visit was attempted twice but nobody answered the door and no further visit was booked",
]
# date forms these tables use: (printed, start)
DATE_FORMS = {
    "dots_with_time": lambda d: (f"{d:%d.%m.%Y} 23:10", d.isoformat()),
    "slash": lambda d: (f"{d:%d/%m/%Y}", d.isoformat()),
    "week_commencing": lambda d: (f"w/c {d.day} {d:%B %Y}", d.isoformat()),
    "month_numeric": lambda d: (f"{d:%m/%Y}", f"{d:%Y-%m}"),
    "early_month": lambda d: (f"Early {d:%B %Y}", f"{d:%Y-%m}"),
}
INTRO = "This appendix brings together the chronologies each agency gave the panel."
FOOTER = "Fenmoor CSP – DHR Rosa – Appendix D                                  Page 1 of 2"
NOTE = "Source: agency chronologies submitted to the panel."


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, 60)


def _date_cell_lines(rows, break_at):
    """A one-column table: the date on its own line, the event's lines under it."""
    out = ["Date and key event"]
    for k, (date, agency, event) in enumerate(rows):
        if k == break_at:
            out += [FOOTER, "Date and key event"]
        out += [date, *_wrapped(f"{agency}: {event}.")]
    return out


def _row_lines(rows, break_at):
    """A table without rules as a PDF reader gives it: a row's cells run together on one line."""
    out = ["Date Agency Event"]
    for k, (date, agency, event) in enumerate(rows):
        if k == break_at:
            out += [FOOTER, "Date Agency Event"]
        first, *rest = _wrapped(f"{date} {agency} {event}.")
        out += [first, *rest]
    return out


def _tab_rows(rows, break_at):
    """Word's plain-text save: one row a line, cells apart by tabs, a comment column."""
    out = ["Date\tAgency\tContact/Event\tPanel comment"]
    for k, (date, agency, event) in enumerate(rows):
        out.append(f"{date}\t{agency}\t{event}.\t{'Not followed up.' if k % 2 else ''}")
    return out


def _cells_on_lines(rows, break_at, gap="", date_width=None):
    """Plain pdftotext of a ruled table read row by row: every cell on lines of its own, the
    clock time under the date, the agency's name and the event wrapped in their narrow columns
    (and the date too, where its column is narrower than the date: "w/c 10 June" over "2019")."""
    header = ["Date", "Agency", "Contact/Event"]
    out = list(header)
    for k, (date, agency, event) in enumerate(rows):
        if k == break_at:
            out += [FOOTER, *header]
        stamp = date.split(" 23:10")
        if date_width:
            stamp[0] = "\n".join(textwrap.wrap(stamp[0], date_width))
        cells = ["\n".join(stamp if len(stamp) == 1 else [stamp[0], "23:10"])]
        cells += ["\n".join(textwrap.wrap(agency, 18)), "\n".join(textwrap.wrap(event + ".", 40))]
        out += [gap + c if gap else c for c in cells]
    return out


LAYOUTS = {
    "date_cell_lines": _date_cell_lines,
    "row_lines": _row_lines,
    "tab_rows": _tab_rows,
    "cells_on_lines": _cells_on_lines,
    "cells_on_lines_spaced": lambda rows, break_at: _cells_on_lines(rows, break_at, gap="\n"),
    "cells_on_lines_narrow_dates": lambda rows, break_at: _cells_on_lines(rows, break_at, "\n", 11),
}


def _appendix(table_lines: list[str]) -> str:
    return "\n".join(
        [
            "Appendix D: Combined Chronology",
            "",
            INTRO,
            "",
            *table_lines,
            "",
            NOTE,
            "",
            "Appendix E: Glossary",
            "",
        ]
        + ["DASH: the domestic abuse risk checklist.", ""]
    )


@st.composite
def printed_tables(draw):
    n = draw(st.integers(min_value=3, max_value=6))
    days = sorted(draw(st.sets(st.integers(min_value=0, max_value=4 * 365), min_size=n, max_size=n)))
    dates = [dt.date(2016, 1, 1) + dt.timedelta(days=k) for k in days]
    forms = draw(st.lists(st.sampled_from(sorted(DATE_FORMS)), min_size=n, max_size=n))
    agencies = draw(st.lists(st.sampled_from(AGENCIES), min_size=n, max_size=n))
    events = draw(st.permutations(EVENTS))[:n]
    layout = draw(st.sampled_from(sorted(LAYOUTS)))
    break_at = draw(st.integers(min_value=1, max_value=n - 1))
    return [DATE_FORMS[f](d) for f, d in zip(forms, dates)], agencies, events, layout, break_at


@given(printed_tables())
@example(  # (the table's first date wrapped over three lines straight under the header)
    (
        [
            ("Early January 2016", "2016-01"),
            ("02.01.2016 23:10", "2016-01-02"),
            ("03.01.2016 23:10", "2016-01-03"),
        ],
        [AGENCIES[0]] * 3,
        EVENTS[:3],
        "cells_on_lines_narrow_dates",
        1,
    )
)
def test_every_printed_table_gives_one_event_per_row_with_its_own_date(case):
    dates, agencies, events, layout, break_at = case
    rows = [(printed, a, e) for (printed, _), a, e in zip(dates, agencies, events)]
    doc = extract(_appendix(LAYOUTS[layout](rows, break_at)), name="appendix.txt")
    got = doc.chronology
    assert [e.date.start if e.date else None for e in got] == [start for _, start in dates], layout
    for ev, event in zip(got, events):
        assert event.split()[0] in ev.text and event[-20:] in ev.text, layout
    texts = " ".join(e.text for e in got)
    assert "Source:" not in texts and "brings together" not in texts and "key event" not in texts
    assert not doc.recommendations


def test_a_table_printed_column_after_column_pairs_only_what_the_wrap_settles():
    # all the dates, then all the agencies, then all the events: a date is paired with an
    # event only where the line breaks settle where each event's text ends (apart_rows)
    rows = [("12/03/2018", AGENCIES[0], EVENTS[0]), ("Early April 2018", AGENCIES[1], EVENTS[1])]
    columns = ["Date", *(d for d, _, _ in rows), "", "Agency", *(a for _, a, _ in rows), ""]
    columns += ["Event", *(line for _, _, e in rows for line in _wrapped(e + "."))]
    doc = extract(_appendix(columns), name="appendix.txt")
    assert [(e.date.raw, e.text) for e in doc.chronology] == [(d, e + ".") for d, _, e in rows]
    # the first event ends on a full line and has two sentences, each ending a full line: where
    # it ends is in doubt, nothing is read
    lines = [
        "Officers attended after a neighbour heard shouting at the flat.",
        "Both parties were spoken to separately by the two officers there.",
        "She asked the housing office about moving to another estate",
        "and was given a leaflet about bidding.",
    ]
    # (agency cells that name no agency: nothing else tells where the first event ends)
    columns = ["Date", *(d for d, _, _ in rows), "", "Agency", "Family", "Friend", "", "Event", *lines]
    doc = extract(_appendix(columns), name="appendix.txt")
    assert doc.chronology == []
    warning = next(w for w in doc.warnings if w.code == "chronology_table_columns_apart")
    assert warning.location.line_start == 5  # the "Date" line
    # the agency cells, printed in the column's order, settle it: the second row is the GP's, and
    # the sentence naming the officers is the police row's (agency_cells, agency_fit)
    columns = ["Date", *(d for d, _, _ in rows), "", "Agency", *(a for _, a, _ in rows), "", "Event", *lines]
    doc = extract(_appendix(columns), name="appendix.txt")
    assert [(e.date.raw, e.text.split(".")[0]) for e in doc.chronology] == [
        ("12/03/2018", "Officers attended after a neighbour heard shouting at the flat"),
        (
            "Early April 2018",
            "She asked the housing office about moving to another estate and was given a leaflet about bidding",
        ),
    ]


def test_a_header_printed_cell_by_cell_is_not_columns_apart():
    # "Date" / "Agency" / "Event" on consecutive lines is a header printed one cell per line;
    # the rows follow cell by cell and are read
    cells = ["Date", "Agency", "Event", "12/03/2018", AGENCIES[0], EVENTS[0] + ".", "14/03/2018"]
    cells += [AGENCIES[1], EVENTS[1] + "."]
    doc = extract(_appendix(["\n\n".join(cells)]), name="appendix.txt")
    assert [e.date.start for e in doc.chronology] == ["2018-03-12", "2018-03-14"]
    assert not any(w.code == "chronology_table_columns_apart" for w in doc.warnings)


def test_a_chronology_in_appendix_b_gives_no_recommendations():
    rows = [("12/03/2018", AGENCIES[0], EVENTS[0]), ("14/03/2018", AGENCIES[1], EVENTS[1])]
    text = _appendix(_date_cell_lines(rows, 1)).replace("Appendix D", "Appendix B")
    doc = extract(text, name="appendix.txt")
    assert len(doc.chronology) == 2
    assert not doc.recommendations


def test_date_led_entries_held_as_one_paragraph_are_one_event_each():
    # a word processor's paragraph (or a PDF with no paragraph spacing) joined the entries
    body = (
        "Key Events\n\n"
        "14 February 2019 Police attended a report of a disturbance. A DASH was graded standard. "
        "2 May 2019 Maya attended the emergency department with a wrist injury. 2 May 2019 was also "
        "the day her tenancy began. September 2019 Maya asked Housing Options to move her.\n\n"
        "Analysis\n\nNo agency saw the whole picture.\n"
    )
    doc = extract(body, name="report.txt")
    assert [e.date.start for e in doc.chronology] == ["2019-02-14", "2019-05-02", "2019-09"]
    assert doc.chronology[1].text.endswith("the day her tenancy began.")  # "2 May 2019 was ..." is prose
