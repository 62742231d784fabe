"""A chronology table printed with its cells joined on each line (corpus text, and -layout text
read the same way): a clause's first word after an agency's name ("Nursery On" over "Tuesday 14
February staff ...") opens the event's cell, it ends no agency's name
(chronology.agencies.sentence_openers). Read on tests/zoo/pending/cspr_weekly_contacts_mark_plan
(own words, fictional places)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "cspr_weekly_contacts_mark_plan"


def _doc(suffix: str):
    return extract((ZOO / f"{STEM}{suffix}").read_text(encoding="utf-8"), name=f"{STEM}{suffix}")


def test_a_clause_opening_the_event_is_no_agency_name_word():
    """ "Nursery On" over "Tuesday 14 February staff ...": "On" opens the event's clause."""
    for suffix in (".txt", ".corpus.txt"):
        entry = _doc(suffix).chronology[2]
        assert entry.text.startswith("On Tuesday 14 February staff noticed")
        assert not any(a.endswith(" On") for a in entry.agencies)
