"""A chronology told as the subject's story (extractors/chronology/story.py): the same dated
narrative rendered with varied date forms, relative links to the event before, year-title
separators, a heading no vocabulary names, the author's undated commentary between the events,
and two text layouts (one paragraph a line; hard-wrapped with blank lines between paragraphs and
each year title run into the paragraph under it, as `pdftotext -layout` prints a Word report).
Every event must come out with its date and nothing else may."""

from __future__ import annotations

import datetime as dt
import textwrap

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhrparse import extract

_MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
# a relative link and the days it counts from the event before
_LINKS = [
    ("The following day", 1),
    ("The next day", 1),
    ("Two days later", 2),
    ("Two days after that", 2),
    ("Three days later", 3),
    ("A week later", 7),
    ("Ten days later", 10),
    ("A fortnight later", 14),
]
_DOINGS = [
    "a health visitor called at the house and noted that the children seemed quiet.",
    "the police were called by a neighbour who had heard shouting from the flat.",
    "she told her GP that she was not sleeping and asked for help with her nerves.",
    "the school raised a concern with children's social care about a bruise.",
    "she rang the domestic abuse helpline and asked about refuge places.",
    "a housing officer visited about rent arrears and spoke to both of them together.",
    "an outreach worker met her at a cafe and completed a risk assessment.",
]
_COMMENTS = [
    "The panel considered whether anyone could have asked her about home at this point.",
    "Her brother told the review that she rarely spoke about what happened at home.",
    "Practitioners described heavy caseloads and frequent changes of staff.",
    "The review has not been able to find any record of this conversation.",
]
_TITLES = ["a new home", "the first call", "moving away", "closer to family", "the last months"]
_HEADINGS = ["Part Two: Amira's story", "What happened to Amira", "Amira's life"]


def _day_phrase(day: dt.date, form: int) -> str:
    month = _MONTHS[day.month - 1]
    if form == 0:
        return f"On {day.day} {month} {day.year}"
    suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"On {day.day}{suffix} {month} {day.year}"


@st.composite
def stories(draw):
    """(years, each a list of (paragraph, expected date or None for commentary))."""
    first = draw(st.integers(2015, 2020))
    years = []
    for year in range(first, first + draw(st.integers(3, 4))):
        month = draw(st.integers(1, 4))
        events = []
        for _ in range(draw(st.integers(2, 3))):
            doing = draw(st.sampled_from(_DOINGS))
            if draw(st.booleans()):
                day = dt.date(year, month, draw(st.integers(1, 10)))
                events.append((f"{_day_phrase(day, draw(st.integers(0, 1)))} {doing}", day.isoformat()))
                if draw(st.booleans()):
                    link, days = draw(st.sampled_from(_LINKS))
                    later = day + dt.timedelta(days=days)
                    events.append((f"{link} {draw(st.sampled_from(_DOINGS))}", later.isoformat()))
            else:
                events.append((f"In {_MONTHS[month - 1]} {year} {doing}", f"{year}-{month:02d}"))
                if month < 12 and draw(st.booleans()):
                    events.append(
                        (f"The following month {draw(st.sampled_from(_DOINGS))}", f"{year}-{month + 1:02d}")
                    )
                    month += 1
            if draw(st.booleans()):
                events.append((draw(st.sampled_from(_COMMENTS)), None))
            month += 3
        years.append((year, events))
    return years


def _render(years, heading: str, sep: str, wrapped: bool) -> str:
    paragraphs = [
        "Salford Vale Community Safety Partnership",
        "Domestic Homicide Review: Amira",
        "1. Introduction",
        "1.1 This review looks at how agencies responded to Amira and her partner.",
        heading,
        "Amira's family asked that her story be told in the order things happened.",
    ]
    titled: list[list[str]] = []
    for k, (year, events) in enumerate(years):
        title = f"{year}{sep}{_TITLES[k]}"
        titled.append([title] + [text for text, _ in events])
    tail = [
        "3. Analysis",
        "3.1 Each agency saw a small part of the picture and nobody put it together.",
        "4. Recommendations",
        "1. Salford Vale Police should speak to each adult apart from the other.",
    ]
    if not wrapped:
        body = [line for part in titled for line in part]
        return "\n".join(paragraphs + [""] + body + [""] + tail) + "\n"
    out = []
    for para in paragraphs:
        out += textwrap.wrap(para, 88) + [""]
    for title, *events in titled:
        first = True
        for text in events:
            lines = textwrap.wrap(text, 88)
            out += ([title] if first else []) + lines + [""]
            first = False
    for para in tail:
        out += textwrap.wrap(para, 88) + [""]
    return "\n".join(out) + "\n"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    years=stories(),
    heading=st.sampled_from(_HEADINGS),
    sep=st.sampled_from([": ", " – ", " - "]),
    wrapped=st.booleans(),
)
def test_story_events_come_out_dated_and_commentary_does_not(years, heading, sep, wrapped):
    text = _render(years, heading, sep, wrapped)
    doc = extract(text)
    want = [(t, d) for _, events in years for t, d in events if d is not None]
    got = [(" ".join(ev.text.split()), ev.date.start if ev.date else None) for ev in doc.chronology]
    assert len(got) == len(want), (text, got)
    for (w_text, w_date), (g_text, g_date) in zip(want, got, strict=True):
        assert g_text.startswith(w_text[:40]), (w_text, g_text)
        assert g_date is not None and g_date.startswith(w_date), (w_text, w_date, g_date)
