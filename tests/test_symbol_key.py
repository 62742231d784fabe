"""A plan's Done? column holding one mark a row (✓ / ◐ / ✗), the marks' meanings printed only in
a key line over the table (plan.symbol_key). The whole family: tests/zoo/pending/
cspr_week_commencing_done_plan (its PDF prints the key's marks after all the meanings, in their
fallback font; its corpus text prints the rows' cells joined on each line, one target pinned to
an event, "by the next Board" over "meeting")."""

from __future__ import annotations

from pathlib import Path

from dhrparse.models import Status
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.symbol_key import _line_key, through_symbol_key

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "cspr_week_commencing_done_plan"
P = load_patterns()


def test_a_key_of_marks_before_their_meanings():
    key = _line_key("Key to the Done? column: ✓ complete ◐ in progress ✗ not started", P)
    assert key == {"✓": "complete", "◐": "in_progress", "✗": "not_started"}
    assert _line_key("Key: ✓ = done; ✗ = not yet started", P) == {"✓": "complete", "✗": "not_started"}


def test_marks_printed_after_all_the_meanings_are_shared_out_in_order():
    key = _line_key("Key: complete in progress not started ✓ ◐ ✗", P)
    assert key == {"✓": "complete", "◐": "in_progress", "✗": "not_started"}


def test_no_key_from_a_list_or_marks_repeated():
    assert _line_key("• Red • Amber", P) == {}
    assert _line_key("we met ✓ them and ✗ others", P) == {}


def test_a_lone_mark_read_through_the_key_only_where_the_status_is_unknown():
    key = {"✓": "complete", "✗": "not_started"}
    unknown = Status(raw=None, value="unknown")
    assert through_symbol_key(unknown, [None, "✗"], key).value == "not_started"
    assert through_symbol_key(unknown, ["✓ and more"], key).value == "unknown"
    told = Status(raw="Ongoing", value="in_progress")
    assert through_symbol_key(told, ["✗"], key) is told


def _statuses(route: str) -> list[str]:
    doc = extract(ZOO / f"{STEM}.{route}")
    return [a.status.value for a in doc.actions]


def test_every_route_but_plain_text_reads_the_marks():
    want = ["complete", "in_progress", "not_started", "in_progress"]
    for route in ("pdf", "docx", "corpus.txt"):
        assert _statuses(route) == want, route


def test_corpus_text_rows_cut_at_the_mark_and_the_event_target():
    doc = extract(ZOO / f"{STEM}.corpus.txt")
    assert [a.recommendation_ref for a in doc.actions] == ["1", "2", "2", "3"]
    assert doc.actions[1].lead == "Designated Nurse"
    assert doc.actions[1].target_date is None or doc.actions[1].target_date.start is None
