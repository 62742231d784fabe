"""A chronology under a heading that does not say so: reviews title it "Case summary",
"Background and summary of events", "What happened", "The events", "Narrative of contact" and
many more. The same events, rendered under such headings, numbered or not, with or without
bare year headings, must give one event per paragraph with its own (or its resolved relative)
date. Dated paragraphs that are not events -- the panel's meetings, plans looking forward,
the review's terms -- must give none, whatever their heading.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

HEADINGS = [
    "Case summary",
    "Background and summary of events",
    "What happened",
    "Summary of the case",
    "Narrative of contact with services",
    "The events leading to Nadia's death",
    "Background information",
]
# (year, opening, start, rest): the same events in date order; None: a relative date
EVENTS = [
    (2016, "In February 2016", "2016-02", "Nadia registered with Oakhurst Surgery after moving to Millbeck."),
    (2016, "Three weeks later", "2016", "she saw the practice nurse about headaches and poor sleep."),
    (2016, "On 12 September 2016", "2016-09-12", "police attended a report of shouting at the flat."),
    (2017, "On 4/01/2017", "2017-01-04", "Nadia attended the emergency department with a bruised wrist."),
    (2017, "The following day", "2017-01-05", "the hospital sent a discharge summary to the surgery."),
    (2017, "In late June 2017", "2017-06", "her employer noticed that she had stopped taking lunch breaks."),
    (
        2018,
        "On 30 March 2018",
        "2018-03-30",
        "Nadia told a housing officer that Karl held the tenancy papers.",
    ),
    (2018, "Later that month", "2018-03", "Karl was given a warning after sending threatening messages."),
]
INTRO = "The summary below draws on agency records and on what Nadia's family told the panel."


def _body(numbered: bool, years: bool, number: str) -> list[str]:
    out: list[str] = [f"{number}.1 {INTRO}" if numbered else INTRO]
    year = None
    for k, (y, opening, _, rest) in enumerate(EVENTS, 2):
        if years and y != year:
            out.append(str(y))
            year = y
        text = f"{opening} {rest}" if opening[:1].isupper() else rest
        out.append(f"{number}.{k} {text}" if numbered else text)
    return out


def _report(heading: str, numbered: bool, years: bool) -> str:
    parts = [
        "Millbeck Community Safety Partnership",
        "Domestic Homicide Review into the death of Nadia",
        "1. Introduction",
        "1.1 Nadia was 38 when she was killed by her husband Karl in May 2018.",
        f"2. {heading}",
        *_body(numbered, years, "2"),
        "3. Conclusions",
        "3.1 No agency saw the whole picture of Karl's control over Nadia.",
    ]
    return "\n\n".join(parts) + "\n"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(HEADINGS), st.booleans(), st.booleans())
def test_a_dated_run_of_paragraphs_is_a_chronology_whatever_its_heading(heading, numbered, years):
    doc = extract(_report(heading, numbered, years), name="report.txt")
    got = [(e.date.start if e.date else None) for e in doc.chronology]
    want = [start for _, _, start, _ in EVENTS]
    assert len(got) == len(want)
    assert all(g is not None and g.startswith(w) for g, w in zip(got, want)), (got, want)
    assert not any(INTRO[:30] in e.text for e in doc.chronology)  # the introduction is no event
    assert not any("whole picture" in e.text for e in doc.chronology)  # nor the next section


MEETINGS = [
    "On 3 March 2021 the panel met for the first time and agreed its terms of reference.",
    "On 14 April 2021 the panel considered the agencies' Individual Management Reviews.",
    "On 9 June 2021 the panel met Nadia's mother and sister.",
    "On 20 September 2021 the panel discussed the first draft of the report.",
    "On 1 December 2021 the panel agreed the final report.",
]
PLANS = [
    "By March 2023 the surgery will add a prompt about domestic abuse to its new patient check.",
    "By June 2023 Millbeck Police will brief call handlers on repeat calls from the same address.",
    "In September 2023 the Partnership will run a campaign for employers.",
    "By December 2023 the hospital will audit its discharge summaries.",
    "In March 2024 the Partnership will report progress to the Home Office.",
]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["Milestones", "How the review was carried out", "Next stages", "Key dates"]))
def test_dated_paragraphs_about_the_review_or_plans_are_no_chronology(heading):
    for paragraphs in (MEETINGS, PLANS):
        text = "\n\n".join(
            ["Millbeck Community Safety Partnership", f"1. {heading}"]
            + [f"1.{k} {p}" for k, p in enumerate(paragraphs, 1)]
        )
        doc = extract(text + "\n", name="report.txt")
        assert doc.chronology == [], heading


AGENCY_STORIES = [
    "Oakhurst Surgery saw Nadia eleven times between 2016 and 2018, mostly for headaches and low mood, "
    "and in March 2017 recorded that she seemed anxious about her husband.",
    "Millbeck Police attended the flat three times. The last call, in September 2017, was graded "
    "standard risk and no referral was made.",
    "Millbeck Homes held the tenancy in Karl's sole name from 2015. A housing officer noted rent "
    "arrears in early 2018 but did not meet Nadia alone.",
    "Her employer, a local bakery, noticed in the summer of 2017 that she no longer joined colleagues "
    "at lunch.",
]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["Summary of agency involvement", "Agency involvement", "Key events"]))
def test_each_agencys_story_told_in_a_paragraph_is_no_chronology(heading):
    # the paragraphs open with the agency, their dates come later: a summary, not a log
    text = "\n\n".join(["Millbeck Community Safety Partnership", f"2. {heading}"])
    text += "\n\n" + "\n\n".join(f"2.{k} {p}" for k, p in enumerate(AGENCY_STORIES, 1)) + "\n"
    assert extract(text, name="report.txt").chronology == []
