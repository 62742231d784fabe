"""A chronology table printed column after column, as plain `pdftotext` prints a Word report's
table: the same rows rendered in several such forms (one combined Date | Agency | Event table
under a chronology heading; the dates then the events with no agency column; each agency's own
small table under a numbered sub-heading), the event column wrapped at a drawn width the way a
word processor wraps it. Whatever the reader makes of it, every event it gives carries its own
row's date and only its own row's text; a row it does not give is named in a warning."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dhrparse import extract
from dhrparse.extractors.chronology.wrapped_cells import printed_width

OPENINGS = [
    "Officers attended after a neighbour heard shouting",
    "Rosa attended the surgery with a sprained wrist",
    "A repair was booked for the bathroom door",
    "The health visitor saw the baby at home",
    "Karl was arrested after a fight outside a bar",
    "Rosa rang the helpline from a friend's phone",
    "The school nurse noted that the older boy was hungry",
    "An anonymous caller said a woman was screaming",
    "Rosa missed her second counselling appointment",
    "The tenancy officer visited about rent arrears",
    "A letter from the hospital was filed unread",
    "Karl told the probation officer he had moved out",
]
MORE = [
    "No further action was taken.",
    "She said she was safe at home.",
    "The record does not say who was present.",
    "A referral was discussed but not made.",
    "He was released without charge the next morning.",
    "The case was closed after two weeks.",
    "Nobody asked to see her on her own.",
]
AGENCIES = ["Fellbridge Police", "Orchard Lane Surgery", "Fellbridge Homes", "Fellbridge Children's Services"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass
class Row:
    date: str  # as printed
    iso: str  # what it means
    agency: str
    event: str


def _printed(year: int, month: int, day: int, form: int) -> tuple[str, str]:
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if form == 0:
        return f"{day:02d}/{month:02d}/{year}", iso
    if form == 1:
        return f"{day} {MONTHS[month - 1]} {year}", iso
    if form == 2:
        return f"{day:02d}.{month:02d}.{year % 100:02d}", iso
    return f"{FULL_MONTHS[month - 1]} {year}", iso[:7]


@st.composite
def chronologies(draw) -> list[Row]:
    n = draw(st.integers(2, 7))
    openings = draw(st.lists(st.sampled_from(OPENINGS), min_size=n, max_size=n, unique=True))
    days = sorted(draw(st.lists(st.integers(0, 6 * 365), min_size=n, max_size=n, unique=True)))
    rows = []
    for opening, offset in zip(openings, days):
        year, rest = 2016 + offset // 365, offset % 365
        month, day = 1 + min(rest // 31, 11), 1 + rest % 28
        date, iso = _printed(year, month, day, draw(st.integers(0, 3)))
        more = draw(st.lists(st.sampled_from(MORE), max_size=2, unique=True))
        rows.append(Row(date, iso, draw(st.sampled_from(AGENCIES)), " ".join([f"{opening}.", *more])))
    return rows


def wrap(text: str, width: int) -> list[str]:
    """The cell's lines as a word processor wraps them at `width` (glyph widths of a sans face)."""
    lines, line = [], ""
    for word in text.split():
        joined = f"{line} {word}" if line else word
        if line and printed_width(joined) > width:
            lines.append(line)
            line = word
        else:
            line = joined
    return [*lines, line]


def combined(rows: list[Row], width: int) -> list[str]:
    """One Date | Agency | Event table under a chronology heading: each date's cell, then each
    agency's, then every event's lines."""
    out = ["1. Chronology", "1.1 The table sets out the contacts the panel found most significant.", ""]
    out += ["Date", rows[0].date, "", "Agency", rows[0].agency, ""]
    for row in rows[1:]:
        out += [row.date, "", row.agency, ""]
    out.append("Event")
    for row in rows:
        out += wrap(row.event, width)
    return [*out, "", "2. Analysis", "2.1 The panel's analysis follows the chronology."]


def dates_then_events(rows: list[Row], width: int) -> list[str]:
    """A Date | Event table with no agency column: the dates in one run, then the events."""
    out = ["3. Chronology", "3.1 The review's combined chronology, in date order.", ""]
    out += ["Date", *(r.date for r in rows), "", "Key event"]
    for row in rows:
        out += wrap(row.event, width)
    return out


def agency_tables(rows: list[Row], width: int) -> list[str]:
    """Each agency's rows in a small table of its own under a numbered sub-heading."""
    out = ["Appendix C: Agency chronologies", "C1.1 Each agency's contact is set out below.", ""]
    order = list(dict.fromkeys(r.agency for r in rows))
    for k, agency in enumerate(order, 2):
        own = [r for r in rows if r.agency == agency]
        out += [f"C1.{k} {agency}", "Date", *(r.date for r in own), "", "Summary"]
        for row in own:
            out += wrap(row.event, width)
        out.append("")
    return out


FORMS = [combined, dates_then_events, agency_tables]


def _intro() -> list[str]:
    return ["Fellbridge Community Safety Partnership", "Domestic Homicide Review: Rosa", ""]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _check(rows: list[Row], text: str) -> int:
    """Every event given is one row's, dated as that row; a row not given is warned. Returns how
    many rows were given."""
    doc = extract(text)
    given_rows = set()
    for ev in doc.chronology:
        body = _norm(ev.text)
        owners = [k for k, r in enumerate(rows) if _norm(r.event) in body]
        assert len(owners) == 1, f"event holds {len(owners)} rows' text: {body!r}"
        row = rows[owners[0]]
        assert ev.date is not None and ev.date.start == row.iso, f"{body!r} dated {ev.date} not {row.date}"
        given_rows.add(owners[0])
    if len(given_rows) < len(rows):
        codes = {w.code for w in doc.warnings}
        assert codes & {"chronology_table_rows_unpaired", "chronology_table_columns_apart"}, codes
    return len(given_rows)


_TIED_OPENINGS = [  # (two places a cell may open, each after a sentence's end alone: the
    # lengths chose between them, and chose the neighbour's sentence; found by hypothesis)
    Row(
        "01/01/2016",
        "2016-01-01",
        AGENCIES[0],
        "Rosa rang the helpline from a friend's phone. She said she was safe at home. "
        "A referral was discussed but not made.",
    ),
    Row("02/01/2016", "2016-01-02", AGENCIES[0], "Rosa attended the surgery with a sprained wrist."),
    Row("03/01/2016", "2016-01-03", AGENCIES[0], "Officers attended after a neighbour heard shouting."),
    Row("04/01/2016", "2016-01-04", AGENCIES[0], "A repair was booked for the bathroom door."),
]


_STRETCH_BY_LENGTH = [  # (two sentences' ends alone, each between its own pair of proven ends:
    # letting the cells' lengths pick which stretch holds the row the dates still need split the
    # long three-sentence event and gave the next row its second half; found by hypothesis)
    Row(f"0{k}/01/2016", f"2016-01-0{k}", AGENCIES[0], event)
    for k, event in enumerate(
        [
            "Rosa rang the helpline from a friend's phone.",
            "The school nurse noted that the older boy was hungry.",
            "An anonymous caller said a woman was screaming.",
            "Karl was arrested after a fight outside a bar. The case was closed after two weeks. "
            "The record does not say who was present.",
            "The health visitor saw the baby at home.",
            "Officers attended after a neighbour heard shouting.",
            "Rosa attended the surgery with a sprained wrist.",
        ],
        1,
    )
]


# (derandomized: the same examples every run, so a run fails only where the reader changed; a
# random run found the known case below, kept as an expected failure until the reader reads it)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(rows=chronologies(), width=st.integers(18000, 42000), form=st.sampled_from(FORMS))
@example(rows=_TIED_OPENINGS, width=18000, form=combined)
@example(rows=_STRETCH_BY_LENGTH, width=18841, form=combined)
def test_column_printed_events_carry_their_own_rows_dates(rows, width, form):
    if form is agency_tables:
        if len({r.agency for r in rows}) == 1:  # (the family tells two or more agencies' contact)
            rows = [replace(r, agency=AGENCIES[k % 2]) for k, r in enumerate(rows)]
        rows = sorted(rows, key=lambda r: AGENCIES.index(r.agency))  # (each agency's rows together)
    _check(rows, "\n".join(_intro() + form(rows, width)) + "\n")


# an event whose first line fits beside the row above's last: the reader gives it to that row
# (found by a random run on 5 December 2026; fails at 9e433a5d too)
_EVENT_UNDER_LONG_AGENCY = [
    Row("01/01/2016", "2016-01-01", "Fellbridge Police", "A repair was booked for the bathroom door."),
    Row(
        "02/01/2016",
        "2016-01-02",
        "Orchard Lane Surgery",
        "Officers attended after a neighbour heard shouting.",
    ),
    Row("03/01/2016", "2016-01-03", "Fellbridge Police", "Rosa rang the helpline from a friend's phone."),
    Row(
        "04/01/2016",
        "2016-01-04",
        "Fellbridge Police",
        "Karl was arrested after a fight outside a bar. She said she was safe at home.",
    ),
    Row("05/01/2016", "2016-01-05", "Fellbridge Police", "Rosa attended the surgery with a sprained wrist."),
]


@pytest.mark.xfail(
    strict=True, reason="an event's first line fitting beside the row above is read as that row's"
)
def test_an_event_beside_the_row_above_stays_its_own():
    rows = _EVENT_UNDER_LONG_AGENCY
    _check(rows, "\n".join(_intro() + combined(rows, 19398)) + "\n")


def _short_last_lines() -> list[Row]:
    """Rows whose events end with a short line: the wrap settles every cut."""
    return [
        Row(
            "03/02/2019",
            "2019-02-03",
            "Fellbridge Police",
            "Officers attended after a neighbour heard shouting.",
        ),
        Row(
            "11 Jun 2019",
            "2019-06-11",
            "Orchard Lane Surgery",
            "Rosa attended the surgery with a sprained wrist.",
        ),
        Row("14.01.20", "2020-01-14", "Fellbridge Police", "Karl was arrested after a fight outside a bar."),
        Row("August 2020", "2020-08", "Fellbridge Homes", "A repair was booked for the bathroom door."),
    ]


def test_settled_rows_are_all_read_in_every_form():
    rows = _short_last_lines()
    for form in FORMS:
        ordered = sorted(rows, key=lambda r: AGENCIES.index(r.agency)) if form is agency_tables else rows
        assert _check(ordered, "\n".join(_intro() + form(ordered, 40000)) + "\n") == len(rows), form.__name__


def test_a_date_cell_the_grammar_cannot_read_leaves_its_row_unread():
    """'Sept 2O21' (a letter O for a nought: no date the grammar reads) still counts as a row: its
    event is not joined to the row above, and the row is warned. ("Sept 21" alone is September
    2021: a date cell that printed no year would date nothing.)"""
    rows = [
        Row("11.05.20", "2020-05-11", "Fellbridge Homes", "A repair was booked for the bathroom door."),
        Row("Sept 2O21", "", "Fellbridge Homes", "The tenancy officer visited about rent arrears."),
    ]
    doc = extract("\n".join(_intro() + dates_then_events(rows, 40000)) + "\n")
    texts = [_norm(ev.text) for ev in doc.chronology]
    assert texts == [rows[0].event]
    assert "chronology_table_rows_unpaired" in {w.code for w in doc.warnings}


def test_a_note_under_the_table_is_no_rows_event():
    """The table's last page prints its key of abbreviations under the event text, as long as the
    page is wide ("Source abbreviations: ED – ..."): a note, not the last row's event, and no row
    takes the text of the row below it."""
    lines = [
        "Appendix B: Combined chronology",
        "The table below draws together the agencies' chronologies in date order.",
        "Date",
        "w/c",
        "11/02/2019",
        "",
        "Source",
        "Housing",
        "",
        "Event",
        "Rosa asked at the housing office about a",
        "transfer to a smaller flat in another part",
        "of the town. She was given a form.",
        "",
        "February 2019",
        "",
        "Family",
        "",
        "03/03/2019",
        "23:05",
        "",
        "Fellbridge Police",
        "",
        "Rosa told her brother she meant to leave",
        "Karl once she had saved some money.",
        "Police were called by a neighbour to the",
        "flat. Rosa was found with fatal injuries.",
        "Karl was arrested at the scene.",
        "",
        "Source abbreviations: ED – Emergency Department; IDVA – Independent Domestic Violence Advisor.",
    ]
    rows = [
        Row("w/c 11/02/2019", "2019-02-11", "Fellbridge Homes", " ".join(lines[10:13])),
        Row("February 2019", "2019-02", "Family", " ".join(lines[23:25])),
        Row("03/03/2019", "2019-03-03", "Fellbridge Police", " ".join(lines[25:28])),
    ]
    text = "\n".join(_intro() + lines) + "\n"
    doc = extract(text)
    assert all("abbreviations" not in ev.text for ev in doc.chronology)
    _check(rows, text)
