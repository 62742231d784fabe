"""The same events told in the chronology forms published reviews use and nobody had tuned on:
a table with a long comment/analysis column, the same table without it, each agency's own table
under its sub-heading, bullets opening with a date label under phase sub-headings, paragraphs
under bare year headings whose dates carry no year, and numbered paragraphs under a heading that
announces a summary of events. Each form must give every event back, once, with its date.
See tests/zoo/chron9_* for whole documents."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

AGENCIES = ["Wexley Police", "Ferncombe Surgery", "Wexley Housing", "Wexley Adult Social Care"]
EVENTS = [
    "Officers attended after a neighbour heard shouting and spoke to both of them together",
    "The victim asked about moving to a flat on her own and was given a form",
    "A referral to the outreach service was made and closed after two calls",
    "The victim was treated for a cut to her hand and said she had dropped a glass",
    "A housing officer visited about rent arrears and spoke only to her partner",
    "The victim told the practice nurse that her partner checked her phone",
]
COMMENT = (
    "The panel considered this a missed chance to ask about abuse. Practice at the time did not "
    "prompt staff to see a person alone, and the agency has since changed its guidance, though "
    "the change has not yet been audited and relies on staff noticing the concern first."
)
MONTH = calendar.month_name


def _table_cell(d: dt.date, form: str) -> str:
    if form == "slash":
        return f"{d:%d/%m/%Y}"
    if form == "short":
        return f"{d.day} {MONTH[d.month][:3]} {d.year}"
    return f"Between {d.day} and {d.day + 2} {MONTH[d.month]} {d.year}"


def _label(d: dt.date, form: str) -> str:
    if form == "span":
        return f"Between {d.day} and {d.day + 2} {MONTH[d.month]} {d.year}"
    if form == "week":
        return f"w/c {d.day} {MONTH[d.month]} {d.year}"
    return f"{d.day} {MONTH[d.month]} {d.year}"


@st.composite
def stories(draw):
    n = draw(st.integers(min_value=3, max_value=6))
    months = sorted(draw(st.sets(st.integers(min_value=0, max_value=29), min_size=n, max_size=n)))
    dates = [dt.date(2019 + m // 10, 1 + m % 10, draw(st.integers(1, 25))) for m in months]
    forms = [draw(st.sampled_from(["slash", "short", "span"])) for _ in dates]
    labels = [draw(st.sampled_from(["day", "span", "week"])) for _ in dates]
    events = [
        (d, AGENCIES[k % len(AGENCIES)], EVENTS[k], f, lab)
        for k, (d, f, lab) in enumerate(zip(dates, forms, labels))
    ]
    return events


def _head(title: str) -> str:
    return (
        "Wexley Community Safety Partnership\n\nDomestic Homicide Review: 'Carys'\n\n"
        f"{title}\n\nCarys was 52 when she was killed by her partner. The panel agreed this account.\n\n"
    )


def combined_table(events, comments: bool) -> str:
    header = ["Date", "Agency", "Event"] + (["Comment/analysis"] if comments else [])
    rows = ["\t".join(header)]
    for d, agency, text, form, _ in events:
        rows.append("\t".join([_table_cell(d, form), agency, text + "."] + ([COMMENT] if comments else [])))
    title = "Appendix A – Combined chronology with panel analysis" if comments else "Appendix A – Chronology"
    return _head(title) + "\n".join(rows) + "\n"


def agency_tables(events) -> str:
    columns = {0: ("Date", "Incident"), 1: ("Date of appointment", "Summary"), 2: ("Date", "Detail")}
    out = _head("Appendix 2: Chronologies by agency")
    for k, agency in enumerate(AGENCIES):
        own = [e for e in events if e[1] == agency]
        if not own:
            continue
        date_head, text_head = columns.get(k, ("Date", "Meeting outcome"))
        rows = [f"{date_head}\tType\t{text_head}"]
        rows += [f"{_table_cell(d, form)}\tContact\t{text}." for d, _, text, form, _ in own]
        out += f"{agency}\n\n" + "\n".join(rows) + "\n\n"
    return out


def bullets(events) -> str:
    out = _head("Appendix C – Timeline of significant events")
    half = (len(events) + 1) // 2
    for title, part in (("Before the move", events[:half]), ("After the move", events[half:])):
        if part:
            out += (
                f"{title}\n\n"
                + "".join(f"• {_label(d, lab)} – {text}.\n" for d, _, text, _, lab in part)
                + "\n"
            )
    return out + "The panel's view of these events is in section 5 of the overview report.\n"


def year_headed(events) -> str:
    out = (
        "Wexley Safeguarding Adults Board\n\nLearning Review: 'Carys'\n\nWhat happened\n\n"
        "This part tells the story of agency contact year by year.\n\n"
    )
    year = None
    for d, _, text, _, _ in events:
        if d.year != year:
            year = d.year
            out += f"{year}\n\n"
        out += f"On {d.day} {MONTH[d.month]} {text[0].lower()}{text[1:]}.\n"
    return out + "\nWhat we learned\n\nLearning point: a concern about money should be followed up alone.\n"


def numbered(events, heading: str) -> str:
    out = _head("1. Introduction") + f"2. {heading}\n\n"
    for k, (d, _, text, _, _) in enumerate(events, 1):
        out += f"2.{k} On {d.day} {MONTH[d.month]} {d.year} {text[0].lower()}{text[1:]}.\n\n"
    out += "3. Analysis\n\n3.1 The panel considered the first contact carefully and found no enquiry about abuse.\n"
    return out


FORMS = ["comments", "plain_table", "agency_tables", "bullets", "year_headed", "summary", "care"]


def _render(events, form: str) -> str:
    return {
        "comments": lambda: combined_table(events, True),
        "plain_table": lambda: combined_table(events, False),
        "agency_tables": lambda: agency_tables(events),
        "bullets": lambda: bullets(events),
        "year_headed": lambda: year_headed(events),
        "summary": lambda: numbered(events, "Background and summary of events"),
        "care": lambda: numbered(events, "Care and treatment: a summary"),
    }[form]()


@settings(max_examples=25, deadline=None)
@given(stories(), st.sampled_from(FORMS))
def test_every_form_gives_every_event_back_with_its_date(events, form):
    text = _render(events, form)
    got = extract(text, name=f"{form}.txt").chronology
    assert len(got) == len(events), (form, text, [e.text for e in got])
    by_text = {}
    for ev in got:
        for _d, _, said, _, _ in events:
            if said[10:50] in ev.text:
                by_text[said] = ev
    assert len(by_text) == len(events), (form, [e.text for e in got])
    for d, _, said, _, _ in events:
        ev = by_text[said]
        assert ev.date is not None and ev.date.start == d.isoformat(), (form, said, ev.date)
        assert COMMENT[:30] not in ev.text  # the panel's analysis is never the event's text


def test_dated_paragraphs_under_analysis_are_not_events():
    text = (
        "Wexley Community Safety Partnership\n\nDomestic Homicide Review: 'Carys'\n\n"
        "4. Analysis of agency involvement\n\n"
        "4.1 On 3 March 2020 the surgery missed a chance to ask Carys about abuse.\n\n"
        "4.2 On 9 June 2020 officers should have completed a risk assessment.\n\n"
        "4.3 On 2 October 2020 the housing officer did not see Carys alone.\n"
    )
    assert extract(text, name="analysis.txt").chronology == []


def test_a_chronology_with_analysis_in_its_title_is_still_one_but_analysis_of_it_is_not():
    from dhrparse.extractors.chronology import section_kind
    from dhrparse.patterns import load_patterns

    p = load_patterns()
    assert section_kind("Appendix C – Integrated chronology with panel analysis", p) is not None
    assert section_kind("Chronology and commentary", p) is not None
    assert section_kind("Analysis of the chronology", p) is None
    assert section_kind("Learning from the chronology", p) is None
