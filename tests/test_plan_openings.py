"""A plan cell that kept only the opening words of a report recommendation (plain pdftotext
printed the plan row line by line across its cells) folds into the recommendation it opens,
in the plan's order (extractors/recommendations/plan_openings). Fictional, our own words."""

from __future__ import annotations

from dhrparse.extractors.recommendations.plan_openings import fold_opening_records, fold_openings
from dhrparse.models import Location, Recommendation


def _rec(ref, text, line):
    return Recommendation(
        id=f"r{line}", ref=ref, text=text, location=Location(line_start=line, line_end=line)
    )


REPORT = [
    _rec(
        "1",
        "The Partnership should commission training on abuse of older people by a partner they care for.",
        20,
    ),
    _rec("2", "The Partnership should ask the carers' centre to speak to every carer alone.", 23),
    _rec("3", "The Partnership should write to the Department of Health about carer's assessments.", 26),
]


def _copies():
    return [r.model_copy(deep=True) for r in REPORT]


def test_openings_fold_in_the_plans_order_when_several_records_open_alike():
    stumps = [
        _rec(None, "The Partnership should", 80),
        _rec(None, "The Partnership should ask the", 95),
        _rec(None, "The Partnership should write", 110),
    ]
    records = fold_opening_records(_copies() + stumps)
    assert [r.ref for r in records] == ["1", "2", "3"]
    assert [r.alias_locations[0].line_start for r in records] == [80, 95, 110]


def test_a_statement_that_says_more_than_the_opening_stays_apart():
    records = _copies()
    left = fold_openings(records, [_rec(None, "The Partnership should review its own protocol.", 80)])
    assert len(left) == 1
    assert all(not r.aliases for r in records)


def test_an_opening_the_order_cannot_place_is_left_as_it_is():
    # the last record's opening comes first, so nothing after it opens like the second
    stumps = [_rec(None, "The Partnership should write", 80), _rec(None, "The Partnership should ask", 95)]
    left = fold_openings(_copies(), stumps)
    assert [s.location.line_start for s in left] == [95]


def test_two_words_are_too_few_to_say_which():
    left = fold_openings(_copies(), [_rec(None, "The Partnership", 80)])
    assert len(left) == 1
