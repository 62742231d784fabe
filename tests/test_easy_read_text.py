"""An easy read summary on the text routes: its plain-words headings ("What needs to change",
"What will happen next") print as plain lines, their verbs read as a sentence's ("needs to",
"will"), so the story's section ran on over the changes and the plan and nothing was read. Named
as headings (patterns/headings.toml), the changes are the recommendations and the story's dated
sentences the chronology. Pending zoo stand-in of heldout44's family 3 and a small text of our own
(fictional people and places)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_json

import dhrparse

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
DONE_YET = "sar_easy_read_picture_rows_done_yet_cradlestone"

LINES = [
    "Tollbridge Safeguarding Adults Board – Easy Read",
    "What happened to Edwin: an easy read summary",
    "About Edwin",
    "Edwin was 64 years old. He liked gardening and his dog.",
    "What happened",
    "In 2019 Edwin began to get help at home from a carer.",
    "In April 2022 the carer stopped coming and nobody told his doctor.",
    "On 9 July 2022 Edwin fell at home and went to hospital.",
    "What needs to change",
    "1 When a carer stops coming, the council must tell the",
    "person's doctor the same week.",
    "2 Hospitals must check who helps a person at home.",
    "What will happen next",
    "The Board will check these changes in one year.",
]


def _easy_read():
    return dhrparse.extract(" \n\n".join(LINES) + " \n\n", name="easy.txt")


def test_the_changes_are_the_recommendations():
    recs = [(r.ref, r.text) for r in _easy_read().recommendations]
    assert recs == [
        ("1", "When a carer stops coming, the council must tell the person's doctor the same week."),
        ("2", "Hospitals must check who helps a person at home."),
    ]


def test_the_story_is_the_chronology_and_ends_at_the_changes():
    events = [e.date.raw for e in _easy_read().chronology]
    assert events == ["2019", "April 2022", "9 July 2022"]


@pytest.mark.parametrize("route", ["txt", "corpus.txt"])
def test_the_pending_stand_in_reads_on_both_text_routes(route):
    got = extracted_json(PENDING / f"{DONE_YET}.{route}")
    assert [r["ref"] for r in got["recommendations"]] == ["1", "2", "3", "4"]
    assert len(got["chronology"]) == 5
