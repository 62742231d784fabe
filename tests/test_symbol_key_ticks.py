"""A plan's Done? column read through its key line on the text route too: a tick the key line
prints at the start of one of its parts ("✓ = complete") is read there as a list's bullet, so
the key pairs the bullet with its meaning while the row's cell still prints the tick; the tick
is read as that bullet (plan.symbol_key). And a target pinned to an event whose name wraps to
the cell's next line, "by the next" over "Board meeting", opens its cell on the row's first
line (patterns' dates.words.event_target). Read on tests/zoo/pending/cspr_weekly_contacts_mark_plan
(own words, fictional places)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.models import Status
from dhrparse.pipeline import extract
from dhrparse.plan.symbol_key import through_symbol_key

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "cspr_weekly_contacts_mark_plan"


def test_a_tick_reads_as_the_bullet_its_key_became():
    key = {"•": "complete", "◐": "in_progress"}
    got = through_symbol_key(Status(raw="✓", value="unknown"), ["✓"], key)
    assert got.value == "complete" and got.raw == "✓"
    # (a key that names the tick itself is read as printed; an unknown mark stays unknown)
    assert (
        through_symbol_key(Status(raw="✓", value="unknown"), ["✓"], {"✓": "in_progress"}).value
        == "in_progress"
    )
    assert through_symbol_key(Status(raw="✗", value="unknown"), ["✗"], key).value == "unknown"


def _doc(suffix: str):
    return extract((ZOO / f"{STEM}{suffix}").read_text(encoding="utf-8"), name=f"{STEM}{suffix}")


def test_every_done_mark_is_read_on_the_text_route():
    doc = _doc(".txt")
    assert [a.status.value for a in doc.actions] == [
        "in_progress",
        "complete",
        "not_started",
        "in_progress",
        "not_started",
    ]


def test_a_wrapped_event_target_keeps_its_lead_whole_in_corpus_text():
    doc = _doc(".corpus.txt")
    assert doc.actions[2].lead == "Early Years Lead"
    assert doc.actions[2].target_date.start is None
