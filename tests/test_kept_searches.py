"""Work the chronology and theme coding keep or skip gives exactly the answers of the plain
computation: each text's dates kept by the date grammar, the spans of the chronologies
already found, cue expressions run by the standard library where it reads them the same way,
and the cues a recommendation might match looked up by word rather than tried one by one."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.vocab import dates

ROOT = Path(__file__).resolve().parents[1]


def _corpus_lines(name: str) -> list[str]:
    text = (ROOT / "tests" / "zoo" / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip()]


def _spans(found: list[dates.DateMatch]) -> list[tuple]:
    return [(d.start, d.end, d.value, d.invalid_day) for d in found]


# ---- dates: each text's dates kept by the grammar, searched once


def test_kept_dates_match_a_fresh_search():
    p = load_patterns()
    g = dates.grammar(p)
    lines = _corpus_lines("chron_year_headed_relative.txt")
    found = 0
    for line in lines + lines:  # the second pass is answered from what was kept
        got = dates.find_dates(line, p)
        assert _spans(got) == _spans(dates.plain_find_dates(line, p)), line
        found += bool(got)
        got.clear()  # a caller's list is its own
        assert _spans(dates.find_dates(line, p)) == _spans(dates.plain_find_dates(line, p))
    assert found >= 8  # the lines do hold dates
    assert all(line in g.found for line in lines[-20:])


def test_kept_dates_are_bounded(monkeypatch):
    p = load_patterns()
    g = dates.grammar(p)
    monkeypatch.setattr(g, "FOUND_KEPT", 5)
    for day in range(1, 20):
        text = f"On {day} March 2019 the police attended"
        assert _spans(dates.find_dates(text, p)) == _spans(dates.plain_find_dates(text, p))
        assert len(g.found) <= 5
