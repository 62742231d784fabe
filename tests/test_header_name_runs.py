"""A corpus-text plan header whose long names go on over the line below, their last words
printed there together ("Evidence of" / "completion", "Date" / "signed off"): each run given back
to the name it finishes (plan.name_runs, through plan.header_tails)."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.header_tails import HeaderTails
from dhrparse.plan.tables import ColumnMap


def _rewrite(texts: list[str]) -> list[str]:
    p = load_patterns()
    tails = HeaderTails(ColumnMap(p), p)
    lines = [Line(n + 1, t) for n, t in enumerate(texts)]
    return [ln.text for ln in tails.rewrite(lines)]


def test_a_long_names_last_words_go_back_to_it():
    got = _rewrite(
        [
            "Ref Action Action owner Target Evidence of Date",
            "completion signed off",
            "1.1 Publish the guide. Coordinator Autumn",
        ]
    )
    assert got[0] == "Ref Action Action owner Target Evidence of completion Date signed off"
    assert got[1] == "1.1 Publish the guide. Coordinator Autumn"


def test_a_line_naming_no_more_columns_is_left():
    texts = ["Ref Action Lead Target date Progress", "agreed by the panel"]
    assert _rewrite(texts) == texts
