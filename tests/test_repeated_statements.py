"""A recommendation printed again word for word under the same number is one record
(plan.statement_records `_without_repeats`): a spreadsheet tracker repeats it on each action row."""

from __future__ import annotations

from dhrparse.models import Location, Recommendation
from dhrparse.plan.statement_records import _without_repeats


def _rec(ref: str | None, text: str, line: int) -> Recommendation:
    return Recommendation(
        id=f"r{line}", ref=ref, text=text, location=Location(line_start=line, line_end=line)
    )


def test_a_repeat_under_the_same_number_folds_into_the_first():
    text = "Kettleby Housing should ask every tenant about abuse."
    out = _without_repeats([_rec("1", text, 10), _rec("1", text, 15), _rec("2", "The Trust should act.", 20)])
    assert [r.location.line_start for r in out] == [10, 20]
    assert [loc.line_start for loc in out[0].alias_locations] == [15]


def test_the_same_words_under_another_number_or_none_stay():
    text = "Kettleby Housing should ask every tenant about abuse."
    assert len(_without_repeats([_rec("1", text, 10), _rec("2", text, 15)])) == 2
    assert len(_without_repeats([_rec(None, text, 10), _rec(None, text, 15)])) == 2
