"""A report's "Background and chronology" chapter goes on, under sub-headings of its own, to the
parts the Home Office template sets beside it: what the family and friends told the review, and
the equality and diversity considerations. Their paragraphs are numbered like the entries and may
name a year ("One had kept a diary of the messages he sent in 2024"), but they are not events in
the victim's life: the chronology's entries are the dated paragraphs before them, and the rest is
named in a warning. The generator renders such a chapter as a plain text export (each paragraph's
number on a line of its own, as pdftotext prints a hanging number) with a few dated entries and one
or two of those parts after them. (Every paragraph's last line is short: a title after a line run
to the page's width is read into that paragraph by the segmenter, which cannot tell it from a
wrapped line; that is not this rule's concern.)"""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

ENTRIES = [
    ("In March 2019", "2019-03", "Ruth left the family home with the children after Gareth threatened her."),
    (
        "In June 2019",
        "2019-06",
        "Gareth applied to the family court for contact with the children; a first hearing was listed.",
    ),
    ("Between May 2020 and August 2020", "2020-05", "Ruth reported six breaches of the order to the police."),
    (
        "In January 2021",
        "2021-01",
        "Ruth told her GP she was not sleeping and was prescribed medication for two weeks.",
    ),
    (
        "In April 2021",
        "2021-04",
        "the crisis team assessed Ruth after she told her GP she felt hopeless; no follow-up was set.",
    ),
]
PARTS = {
    "Ruth's family and friends": [
        "Ruth's sister met the chair twice. She said Ruth had done everything she was asked to do.",
        "Two of Ruth's friends spoke to the chair. One had kept the messages Gareth sent in 2021.",
        "Ruth's parents did not wish to take part but agreed to see the report before publication.",
    ],
    "Family and friends": [
        "The chair wrote to Ruth's mother, who met the panel in 2022 and described her daughter's fear.",
        "A close friend gave the review the letters Ruth wrote to her in the last months of her life.",
    ],
    "Equality and diversity": [
        "The panel considered each of the protected characteristics under the Equality Act 2010.",
        "Ruth's sex was relevant; no other characteristic was found to have affected the response.",
    ],
    "Contribution of the family": [
        "Ruth's brother told the panel that the court hearings had worn her down over many months.",
    ],
}


def _lines(ref: str, text: str) -> list[str]:
    return [ref, "", *textwrap.wrap(text, 84), ""]


@st.composite
def chapters(draw):
    entries = draw(st.lists(st.sampled_from(ENTRIES), min_size=2, max_size=5, unique=True))
    entries.sort(key=lambda e: e[1])
    parts = draw(st.lists(st.sampled_from(sorted(PARTS)), min_size=1, max_size=2, unique=True))
    out = [
        "Fallowmere Community Safety Partnership",
        "Domestic Homicide Review: Ruth",
        "",
        "6. Background and chronology",
    ]
    n = 0
    for lead, _, text in entries:
        n += 1
        out += _lines(f"6.{n}", f"{lead} {text}")
    for part in parts:
        out.append(part)
        for text in PARTS[part]:
            n += 1
            out += _lines(f"6.{n}", text)
    out += ["7. Analysis", "7.1", "", "Each breach was treated as a separate incident by the police.", ""]
    return entries, parts, "\n".join(out) + "\n"


@settings(max_examples=30, deadline=None)
@given(chapters())
def test_family_and_equality_parts_after_the_entries_are_not_events(chapter):
    entries, parts, text = chapter
    doc = extract(text)
    got = [(ev.date.start if ev.date else None, ev.text) for ev in doc.chronology]
    assert [d for d, _ in got] == [iso for _, iso, _ in entries], got
    for (_, _, sentence), (_, body) in zip(entries, got):
        assert sentence[:40] in body
    unread = " ".join(w.message for w in doc.warnings if w.code == "chronology_not_event")
    for part in parts:
        assert PARTS[part][0][:30] in unread
