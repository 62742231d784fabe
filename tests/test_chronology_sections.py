"""Which sections are chronologies, and what in them is an entry.

Published reports head their chronology many ways ("Summary of agency contact", "Agency
involvement", "Key events", "The facts"), and the same words also head analysis chapters.
A section is read as a chronology when its heading is in the vocabulary AND its content is
dated entries. The generator renders one year-headed narrative under each heading, as a plain
text export or as a PDF-to-text export (every line broken at the page width, a blank line
after each, a running footer with a page number between the years), with the report's own
numbered introduction and pointer paragraphs around the entries: every entry must come back
with its date, and nothing else.
"""

from __future__ import annotations

import calendar
import datetime as dt
import textwrap

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.pipeline import extract

MONTHS = list(calendar.month_name[1:])
HEADINGS = [
    "Summary of agency contact",
    "Agency involvement",
    "Key events",
    "Background and key events",
    "Combined narrative chronology",
    "Summary of contact with services",
    "The facts",
    "Key practice episodes",
    "Chronology",
]
EVENTS = [
    "the victim told a practice nurse that her partner had taken her bank card and would not give it back",
    "officers were called by a neighbour who heard furniture being thrown and spoke to both of them",
    "a housing officer visited about rent arrears and noted that the tenant seemed anxious throughout",
    "the perpetrator was seen at the walk-in centre with a cut hand and said he had punched a wall",
    "a safeguarding concern was sent to the council and closed after a single telephone call",
    "the victim missed a hospital appointment and the clinic wrote to her surgery about it",
    "a support worker from the outreach service left two voicemails which were not returned",
]


@st.composite
def narratives(draw):
    years = draw(st.integers(min_value=2, max_value=3))
    entries = []  # (year, month, day, relative_days or None)
    for y in range(2018, 2018 + years):
        days = sorted(draw(st.sets(st.integers(min_value=0, max_value=330), min_size=1, max_size=3)))
        for k, following in zip(days, days[1:] + [None]):
            d = dt.date(y, 1, 1) + dt.timedelta(days=k)
            entries.append((d, None))
            # "Two days later" only where it still comes before the next entry: a chronology
            # runs forward, and a day printed without a year after a later one is next year's
            fits = following is None or following > k + 2
            if fits and draw(st.booleans()) and d.month == (d + dt.timedelta(days=2)).month:
                entries.append((d + dt.timedelta(days=2), 2))
    heading = draw(st.sampled_from(HEADINGS))
    number = draw(st.sampled_from([2, 6]))  # 6: the heading numbering seems to jump
    pdf = draw(st.booleans())
    events = draw(st.lists(st.sampled_from(EVENTS), min_size=len(entries), max_size=len(entries)))
    return entries, heading, number, pdf, events


def _render(entries, heading, number, pdf, events) -> str:
    paras: list[str] = []
    year = None
    for (date, rel), event in zip(entries, events):
        if date.year != year:
            if year is not None:
                paras.append(f"FOOTER {len(paras)}")
            year = date.year
            paras.append(str(year))
        if rel:
            lead = "Two days later"
        else:
            lead = f"On {date.day} {MONTHS[date.month - 1]}"
        paras.append(f"{lead} {event}. The record was kept.")
    body = [
        "1. Introduction",
        "1.1 The review concerns the death of Ann, aged 58, at her home in Westbury.",
        f"{number}. {heading}",
        (
            f"{number}.1 The panel has set out below, year by year, what agencies knew, drawing on their "
            "reports and the panel's discussions with them."
        ),
        *paras,
        f"{number}.2 The panel's analysis of these contacts follows in the next section.",
        "FOOTER",
        f"{number + 1}. Analysis",
        f"{number + 1}.1 No agency asked Ann directly whether she felt safe at home.",
    ]
    out: list[str] = []
    for k, para in enumerate(body):
        if para.startswith("FOOTER"):
            para = f"Westbury DHR Ann – Overview Report {10 + k}"
        lines = textwrap.wrap(para, 72) if pdf else [para]
        out.extend(f"{ln} \n" for ln in lines) if pdf else out.extend(lines)
        if not pdf:
            out.append("")
    return "\n".join(out) + "\n"


@given(narratives())
def test_a_narrative_chronology_under_any_heading_gives_back_every_entry(case):
    entries, heading, number, pdf, events = case
    doc = extract(_render(entries, heading, number, pdf, events), name="narrative.txt")
    got = [e.date.start if e.date else None for e in doc.chronology]
    assert got == [d.isoformat() for d, _ in entries], (heading, number, pdf)
    for ev, event in zip(doc.chronology, events):
        assert ev.text.lower().find(event[:40]) >= 0, (heading, number, pdf)


def test_an_analysis_chapter_under_chronology_words_is_not_a_chronology():
    text = (
        "1. Introduction\n\n1.1 The review concerns the death of Ann.\n\n"
        "2. Key events considered by the panel\n\n"
        "2.1 The panel considered that the loans Ann described were a sign of financial abuse.\n\n"
        "2.2 The council closed the concern after one telephone call, without seeing Ann.\n\n"
        "2.3 In October 2021 the police did not complete a risk assessment.\n\n"
        "2.4 No agency asked Ann directly whether she felt safe.\n\n"
        "3. Agency involvement\n\n3.1 Every agency took part in the review and sent its records.\n\n"
        "3.2 The GP practice and the police attended every panel meeting.\n"
    )
    assert extract(text, name="analysis.txt").chronology == []


def test_page_furniture_and_commentary_around_a_chronology_table_are_not_events():
    text = (
        "3. Summary of contact with services\n\n"
        "3.1 Agencies were asked for their records; the main contacts are listed below.\n\n"
        "Date\tAgency\tContact\n"
        "12/06/2019\tPolice\tOfficers attended after a call about shouting.\n"
        "01/07/2019\tGP\tAnn asked for a sleeping tablet.\n"
        "Ann – Executive Summary\tPage 4 of 19\n"
        "Date\tAgency\tContact\n"
        "06/05/2020\tPolice\tAnn was found injured at home.\n\n"
        "3.2 Her partner was charged the next morning.\n\n"
        "4. Analysis\n\n4.1 Each contact is considered below.\n"
    )
    doc = extract(text, name="table.txt")
    assert [e.date.start for e in doc.chronology] == ["2019-06-12", "2019-07-01", "2020-05-06"]
    assert not any("Page" in e.text for e in doc.chronology)


def test_a_day_inside_an_entry_anchors_the_next_relative_date():
    text = (
        "2. Chronology\n\n2020\n\nIn July a neighbour called the housing association. "
        "A housing officer visited on 28 July.\n\n"
        "Three weeks later the officer made a safeguarding referral.\n\n3. Analysis\n\n3.1 None.\n"
    )
    doc = extract(text, name="anchor.txt")
    assert [e.date.start for e in doc.chronology] == ["2020-07", "2020-08-18"]


def test_findings_that_jump_about_in_time_are_not_a_chronology():
    # every paragraph dated, but the dates run back and forth: an analysis chapter by agency
    text = (
        "1. Introduction\n\n1.1 This review concerns Joan.\n\n2. Agency involvement\n\n"
        "2.1 In 2020 the police response was slow and did not follow the policy on repeat calls.\n\n"
        "2.2 In 2018 the GP had already noted signs of coercion which were not shared.\n\n"
        "2.3 In 2021 the housing provider acted quickly once the risk was clear.\n\n"
        "2.4 In 2017 adult social care closed a referral without a visit.\n\n"
        "2.5 In 2019 probation did not know of the earlier call-outs.\n\n"
        "3. Recommendations\n\n3.1 The Partnership should review its practice.\n"
    )
    assert extract(text, name="findings.txt").chronology == []


def test_a_table_under_wider_vocabulary_with_the_date_column_second_is_read():
    text = (
        "1. Introduction\n\n1.1 This review concerns Joan.\n\n2. Agency involvement\n\n"
        "Agency\tDate\tSummary\nPolice\t04/05/2019\tOfficers attended a call about shouting.\n"
        "GP\t12/06/2019\tJoan said she was tired.\nHousing\t03/09/2019\tA repair visit was made.\n\n"
        "3. Analysis\n\n3.1 Nobody spoke to Joan alone.\n"
    )
    doc = extract(text, name="agency_first.txt")
    assert [e.date.start for e in doc.chronology] == ["2019-05-04", "2019-06-12", "2019-09-03"]


def test_a_summary_timeline_in_an_appendix_is_a_chronology():
    # "Summary timeline", "Brief timeline": a word before "timeline" still names one
    text = (
        "Appendix 3: Summary timeline\n\n"
        "04/02/2020 Mrs K seen by her GP with a cut to her forehead; her son said she had tripped.\n\n"
        "19/05/2020 Telephone review by the memory clinic. Her son answered for her.\n\n"
        "August 2021 A district nurse noted bruising on both forearms.\n"
    )
    got = extract(text, name="appendix.txt").chronology
    assert [e.date.start for e in got] == ["2020-02-04", "2020-05-19", "2021-08"]


def test_the_paragraph_introducing_the_key_events_is_not_one():
    text = (
        "4. Key events\n\n"
        "4.1 The following paragraphs set out the key events in the order they happened.\n\n"
        "4.2 On 2 March 2022 Lee attended the walk-in centre with a sprained wrist.\n\n"
        "4.3 On 9 May 2022 police were called to a disturbance at the flat.\n\n"
        "4.4 In June 2022 Lee told a friend that her partner read her messages.\n"
    )
    got = extract(text, name="report.txt").chronology
    assert [e.ref for e in got] == ["4.2", "4.3", "4.4"]


def test_undated_background_before_the_first_entry_is_not_an_event():
    text = (
        "3. Summary chronology\n\n"
        "3.1 Marta grew up in Poland and moved to Eastbridge with her parents as a teenager. She "
        "trained as a dental nurse.\n\n"
        "3.2 In 2017 Marta met Dean through work.\n\n"
        "3.3 On 4 April 2019 police attended after a neighbour heard screaming.\n\n"
        "3.4 In August 2020 Marta told her dentist employer she was afraid to go home.\n"
    )
    got = extract(text, name="report.txt").chronology
    assert [e.ref for e in got] == ["3.2", "3.3", "3.4"]
    assert any(
        w.code == "chronology_not_event" and "background" in w.message
        for w in extract(text, name="r.txt").warnings
    )


def test_a_period_title_over_numbered_entries_heads_them_and_is_no_event():
    text = (
        "5. Chronology\n\n"
        "5.1 This section summarises the contacts agencies had with Rhian.\n\n"
        "2016 to 2018: the first years\n"
        "5.2\n\n"
        "In the spring of 2016 Rhian moved in with Owen after a few months together.\n\n"
        "5.3\n\n"
        "On 7 July 2018 Rhian attended the emergency department with a cut lip.\n\n"
        "2019 to March 2020\n"
        "5.4\n\n"
        "In January 2019 Owen was referred to an alcohol service by his GP.\n\n"
        "5.5\n\n"
        "On 2 March 2020 police attended a report of shouting at the house.\n"
    )
    got = extract(text, name="report.txt").chronology
    assert [e.ref for e in got] == ["5.2", "5.3", "5.4", "5.5"]
    assert [e.heading for e in got] == ["2016 to 2018: the first years"] * 2 + ["2019 to March 2020"] * 2
