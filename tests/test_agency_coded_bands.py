"""A tracker in corpus text whose refs carry the recommending body's code ("MA1", "Police 1",
"ICB.1") under bands across the table naming whose rows follow: the bands neither end the
table nor make rows; they open each agency's section (plan.agency_bands), and a status with a
short note after its dash ("In progress – on track") is the row's status (plan.status_notes)."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.plan.status_notes import short_note

# (tests/zoo/pending: the plain-text route misses two recommendations; the corpus text reads all)
PLAN = (
    Path(__file__).resolve().parent / "zoo" / "pending" / "plan_agency_coded_refs_bands_fellbridge.corpus.txt"
)


def test_a_status_with_a_short_note():
    assert short_note("In progress – on track")
    assert short_note("Complete – minutes seen")
    assert not short_note("In progress")  # (no note)
    assert not short_note("Complete – the policy was ratified by the board in March")  # (an update)


def test_every_row_under_the_bands_is_read():
    doc = dhrparse.extract(PLAN)
    refs = [a.ref.replace(" ", "") for a in doc.actions]
    assert refs == ["MA1", "MA2", "Police1", "Police2", "ICB.1", "ASC1"]
    assert doc.actions[1].status.value == "in_progress"
    assert doc.actions[3].status.value == "not_started"


def test_each_band_opens_its_agencys_section():
    doc = dhrparse.extract(PLAN)
    sections = [a.agency_section for a in doc.actions]
    assert sections == [
        "overview",
        "overview",
        "Fellbridge Constabulary",
        "Fellbridge Constabulary",
        "Fellbridge Integrated Care Board",
        "Fellbridge Council Adult Social Care",
    ]
    levels = {r.ref.replace(" ", ""): r.level for r in doc.recommendations}
    assert levels["MA1"] == "overview" and levels["Police2"] == "agency" and levels["ASC1"] == "agency"
