"""Bullets plain pdftotext printed apart from their dated items (prepare.apart_bullets).

A Word list whose bullets stand in a column of their own comes out as a run of lines holding a
bullet alone, then the items, each opening "<date> – <event>" with its wrapped lines under it
and no blank line between: each bullet goes back in front of its item, so every item is one
chronology event; a count that does not agree leaves the lines as printed.
"""

from __future__ import annotations

from dhrparse.document import BLANK, TEXT, Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.prepare.apart_bullets import place_apart_bullets

EVENTS = [
    (
        "2 April 2020",
        "2020-04-02",
        "Mr Ashdown moved into a flat above the shop his brother ran",
        "in the market square.",
    ),
    (
        "July 2020",
        "2020-07",
        "His GP referred him to the memory clinic after two missed",
        "appointments in a month.",
    ),
    (
        "15 October 2020",
        "2020-10-15",
        "A carer found him on the floor of the kitchen and called",
        "an ambulance.",
    ),
    (
        "3 January 2021",
        "2021-01-03",
        "He was discharged home from the ward without a care plan",
        "being agreed with the family.",
    ),
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(k, t, kind=TEXT if t.strip() else BLANK) for k, t in enumerate(texts, 1)]


def _printed(events, bullets: int | None = None) -> list[str]:
    """The list as plain pdftotext prints it: the bullets first, then the items' lines."""
    out = ["•"] * (len(events) if bullets is None else bullets) + [""]
    for date, _, first, rest in events:
        out += [f"{date} – {first}", rest]
    return out


def test_each_bullet_goes_back_in_front_of_its_dated_item():
    lines = _lines(["4. Timeline", "What follows is taken from the partners' records.", *_printed(EVENTS)])
    place_apart_bullets(lines, load_patterns())
    starts = [ln.text for ln in lines if ln.text.startswith("•")]
    assert starts == [f"• {date} – {first}" for date, _, first, _ in EVENTS]
    assert all(ln.kind == BLANK for ln in lines[2 : 2 + len(EVENTS)])


def test_a_count_that_does_not_agree_leaves_the_lines_as_printed():
    texts = ["4. Timeline", *_printed(EVENTS, bullets=len(EVENTS) + 1)]
    lines = _lines(texts)
    place_apart_bullets(lines, load_patterns())
    assert [ln.text for ln in lines] == texts


def test_undated_items_are_left_as_printed():
    texts = [
        "What we learned",
        "•",
        "•",
        "",
        "Nobody asked why he had stopped eating.",
        "The family were not told.",
    ]
    lines = _lines(texts)
    place_apart_bullets(lines, load_patterns())
    assert [ln.text for ln in lines] == texts


def test_a_summary_of_key_events_in_bullets_gives_one_event_per_bullet():
    """The bullets printed straight under the lead-in: read as printed, the first item joins them."""
    text = "\n".join(
        [
            "Ashdown Safeguarding Adults Board",
            "",
            "1. Why this review was held",
            "Mr Ashdown, aged 79, died after a fire at his bedsit in January 2021.",
            "",
            "2. Key events",
            "What follows is taken from the partners' records.",
            *["\uf0b7"] * len(EVENTS),
            "",
            *[ln for date, _, first, rest in EVENTS for ln in (f"{date} – {first}", rest)],
            "",
            "3. Learning",
            "Each service saw one risk at a time and none saw them together.",
            "",
        ]
    )
    doc = extract(text, name="summary.txt")
    assert [e.date.start for e in doc.chronology] == [iso for _, iso, _, _ in EVENTS]
    for event, (date, _, first, rest) in zip(doc.chronology, EVENTS):
        assert event.text.startswith(f"{date} – {first}") and event.text.endswith(rest), event.text
