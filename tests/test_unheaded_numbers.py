"""A single agency's plan numbering its rows in a first column no name heads, the "Ref" column
beside it holding the IMR recommendation each row answers ("1 IMR 1 Show ..."): in corpus text
each row's first line holds a cell more than the header names. The number is the row's ref and
the code the recommendation's (plan.unheaded_numbers); the first cell's width is bounded by
where the action's lines wrap, so a lead's opening word ("Supt,") is not taken into the action
(plan.wrap_ceiling)."""

from __future__ import annotations

from pathlib import Path

import regex
from conftest import extracted

from dhrparse.plan.unheaded_numbers import unheaded_seconds
from dhrparse.plan.wrap_ceiling import ceiling, next_words, one_line_rows, over

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
REF = regex.compile(r"^(?:\d{1,3}|[A-Z]{1,4} ?\d{1,2})$")


def test_unheaded_numbers_read_as_the_rows_refs_and_the_codes_as_the_recommendations():
    doc = extracted(PENDING / "plan_unheaded_number_imr_refs.corpus.txt")
    rows = [(a.ref, a.recommendation_ref, a.action.split()[0]) for a in doc.actions]
    assert rows == [
        ("1", "IMR 1", "Show"),
        ("2", "IMR 1", "Check"),
        ("3", "IMR 2", "Add"),
        ("4", "IMR 2", "Remind"),
        ("5", "IMR 3", "Add"),
        ("6", "IMR 3", "Train"),
    ]
    assert [a.status.value for a in doc.actions][:4] == ["complete", "in_progress", "in_progress", "complete"]
    # (read from the rows' first lines: said so)
    assert "plan_cells_untold" in {w.code for w in doc.warnings}


def _rows(*lines: str) -> list[tuple[int, list[str]]]:
    return [(k, line.split()) for k, line in enumerate(lines)]


def test_codes_are_told_only_where_every_row_numbers_on_and_prints_one():
    cols = ["ref", "action", "lead", "target_date"]
    good = _rows(
        "1 IMR 1 Add a check Lead Mar-24", "2 IMR 1 Audit the Lead Apr-24", "3 R2 Brief the Lead May-24"
    )
    assert unheaded_seconds(cols, good, REF) == {0: "IMR 1", 1: "IMR 1", 2: "R2"}
    # (two bare numbers: a number and a count, no code answering a recommendation)
    assert unheaded_seconds(cols, _rows("1 2 Add a", "2 3 Audit the", "3 1 Brief the"), REF) is None
    # (numbers that do not run on from 1 are the rows' own refs, no unheaded column)
    skipped = _rows("1 IMR 1 Add a", "3 IMR 1 Audit the", "4 R2 Brief the")
    assert unheaded_seconds(cols, skipped, REF) is None
    # (a header naming two number columns is plan.tracker_refs')
    assert unheaded_seconds(["ref", "ref", "action"], good, REF) is None


def test_a_first_cell_is_bounded_by_where_other_rows_wrap():
    texts = _rows("1 Update the attending officer Supt, Contact", "2 Dip sample fifty DI, Audit")
    body = [0, 5, 1, 6]
    flat = {5: "briefing on the device Management", 6: "incidents a quarter Standards"}.get
    assert next_words(texts, body, flat, ["action", "lead"]) == {0: "briefing", 1: "incidents"}
    # (a recommendation's short title may end on its first line: no bound read from it)
    assert next_words(texts, body, flat, ["recommendation", "action"]) == {}
    assert one_line_rows(_rows("1 A", "2 B"), [0, 1]) == {0, 1}
    # row 1's first cell with its next word is 10 wide: no other row's first cell reaches 10
    assert ceiling([None, 8.0], [None, 1.5], 0.5, skip=0) == 10.0
    assert over(11.0, 10.0, None, 0.0, 0.5) > 0
    assert over(9.0, 10.0, None, 0.0, 0.5) == 0
    # (a cell whose next word would have fit in the column did not wrap there)
    assert over(5.0, None, 1.0, 9.0, 0.5) > 0
