"""A lettered plan's header whose long column name goes on past the line's end ("How we will know
it" / "has worked") on corpus text: the name's next word is no column of its own, so the "Who"
between the names is still read as the lead's column (plan.lettered_rows)."""

from __future__ import annotations

from dhrparse.patterns import load_patterns
from dhrparse.plan.lettered_rows import lettered_columns
from dhrparse.plan.tables import ColumnMap

COLS = ["ref", "action", "target_date", "success_measure", "progress"]


def test_a_long_names_next_word_is_carried_with_it():
    cm = ColumnMap(load_patterns())
    text = "For What we will do Who By when How we will know it Progress"
    assert lettered_columns(cm, {"who"}, text, COLS) == [
        "ref", "action", "lead", "target_date", "extra:How we will know", "progress",
    ]  # fmt: skip


def test_other_words_between_names_still_refuse_the_reading():
    cm = ColumnMap(load_patterns())
    text = "For What we will do Who By when How we will know maybe Progress"
    assert lettered_columns(cm, {"who"}, text, COLS) == COLS
