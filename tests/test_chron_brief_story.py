"""A chapter headed in the wider vocabulary ("What happened") that tells the case in brief, its
paragraphs naming a year or a month mid-sentence, is no chronology even where the segmenter read
its heading as a short numbered paragraph (extractors/chronology/sections.py asks
`unnamed.not_events` of what missed_headings.paragraph_headed finds, as of a chapter it made a
section); the same paragraphs opening with their dates are. See
tests/zoo/chron_brief_story_not_log for a whole document on every route."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse import extract

_MONTHS = ["January", "March", "May", "July", "September", "November"]
_SUBJECTS = [
    "a neighbour rang adult social care",
    "the district nurses began to call",
    "her grandson turned the carers away",
    "the fire service fitted smoke alarms",
    "the day centre closed her place",
    "an ambulance took her to hospital",
]
_TAILS = [
    "The contact was closed after a telephone call.",
    "Nobody asked to see her alone.",
    "The record says only that the visit was not made.",
]


def _report(paragraphs: list[str], heading: str = "What happened") -> str:
    """A report whose review questions, a numbered list printed "1. How ...?", make the chapter
    numbers after them seem to jump back: the segmenter reads the chapter's heading as a short
    numbered paragraph (missed_headings.paragraph_headed)."""
    questions = "\n\n".join(
        f"{k}. {q}"
        for k, q in enumerate(
            [
                "How well did agencies understand who cared for Mrs Tull?",
                "Were visits that were not made followed up?",
                "Did anyone see Mrs Tull alone?",
                "How were concerns about food shared?",
                "What helped agencies get into the home?",
            ],
            1,
        )
    )
    body = "\n\n".join(f"3.{k} {text}" for k, text in enumerate(paragraphs, 1))
    return (
        "Safeguarding Adults Review: Mrs Tull\n\n1. Introduction\n\n1.1 Mrs Tull was 81 and lived with "
        "her grandson.\n\n2. Terms of reference\n\n2.1 The review asked these questions:\n\n"
        f"{questions}\n\n3. {heading}\n\n{body}\n\n4. Findings\n\n4.1 Visits not made were counted, "
        "not weighed.\n"
    )


def _mid_sentence(k: int, year: int, month: str | None) -> str:
    """A paragraph that names its year (or month and year) after its subject and verb."""
    when = f"in {month} {year}" if month else f"in {year}"
    subject = _SUBJECTS[k % len(_SUBJECTS)]
    return (
        f"{subject[0].upper()}{subject[1:]} {when} because she had asked for help. {_TAILS[k % len(_TAILS)]}"
    )


def test_a_brief_story_with_its_dates_mid_sentence_is_no_chronology():
    paragraphs = [
        "Over the three years before she died Mrs Tull was known to five agencies.",
        _mid_sentence(0, 2020, "March"),
        _mid_sentence(1, 2021, None),
        "The fire service fitted smoke alarms after a pan fire.",
        _mid_sentence(5, 2022, "July"),
    ]
    assert extract(_report(paragraphs)).chronology == []


def test_the_same_story_opening_with_its_dates_is_a_chronology():
    paragraphs = [
        "In 2020 a neighbour rang adult social care because she had asked for help.",
        "In June 2021 the district nurses began to call. Nobody asked to see her alone.",
        "In October 2021 her grandson turned the carers away.",
        "In March 2022 an ambulance took her to hospital.",
    ]
    events = extract(_report(paragraphs)).chronology
    assert [e.date.start for e in events] == ["2020", "2021-06", "2021-10", "2022-03"]


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(2012, 2019),
    picks=st.lists(
        st.tuples(st.integers(0, 5), st.sampled_from([None, *_MONTHS])), min_size=3, max_size=6
    ).filter(
        lambda picks: any(month for _, month in picks)  # (a story told by years alone was never one)
    ),
    undated=st.integers(0, 2),
)
def test_any_brief_story_told_mid_sentence_gives_no_event(first, picks, undated):
    paragraphs = [_mid_sentence(k, first + n, month) for n, (k, month) in enumerate(picks)]
    paragraphs += ["The day centre place lapsed after she stopped attending."] * undated
    assert extract(_report(paragraphs)).chronology == []
