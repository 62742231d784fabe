"""Footnotes set by hand or printed in the running text (prepare/footnote_notes.py): a note's
number raised against a sentence's last word ("high risk.1", "home.²", "home. 4") and the note
on a line of its own opening with that number and a capital. The note is no chronology event
and the raised number leaves the sentence; a numbered paragraph no mark points at stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.lines import FOOTNOTE, TEXT, Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.prepare.footnote_notes import mark_numbered_notes

DOC = Path(__file__).resolve().parent / "zoo" / "pending" / "chron_footnoted_paragraphs"


@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx", ".corpus.txt"])
def test_typed_notes_are_no_chronology_events(suffix):
    chronology = extract(Path(f"{DOC}{suffix}")).chronology
    assert [c.ref for c in chronology] == ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6"]
    assert chronology[1].text.rstrip().endswith("high risk.")
    assert chronology[2].date.relative


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, t, kind=TEXT if t else "blank") for k, t in enumerate(texts)]


def test_note_marked_and_its_number_taken_out():
    lines = _lines(
        "4.2 Officers spoke to her alone and referred the case to the hub.1",
        "",
        "1 Multi-Agency Risk Assessment Conference: a meeting where agencies",
        "share information on high-risk cases.",
        "4.3 Three weeks later an officer visited.",
    )
    mark_numbered_notes(lines, load_patterns())
    assert [ln.kind for ln in lines] == [TEXT, "blank", FOOTNOTE, FOOTNOTE, TEXT]
    assert lines[0].text.endswith("hub.")


def test_numbered_paragraph_without_a_mark_stays_text():
    lines = _lines("The review began in 2021.", "1 The panel met six times.", "2 Each agency wrote a report.")
    mark_numbered_notes(lines, load_patterns())
    assert all(ln.kind == TEXT for ln in lines)
    assert lines[0].text == "The review began in 2021."


@pytest.mark.parametrize(
    "opening", ["Decisions about bail", "Marsh House is a refuge", "Mayor's office guidance"]
)
def test_note_opening_with_a_month_s_letters_is_a_note(opening):
    lines = _lines("4.2 She was placed in temporary housing.1", "", f"1 {opening} run by the council.")
    mark_numbered_notes(lines, load_patterns())
    assert [ln.kind for ln in lines] == [TEXT, "blank", FOOTNOTE]


def test_a_dated_line_is_no_note():
    lines = _lines(
        "4.2 She was placed in temporary housing.1", "", "1 March 2021 Police attended the address."
    )
    mark_numbered_notes(lines, load_patterns())
    assert lines[2].kind == TEXT
