"""A plan table printed with its cells joined on each line, read only where the typefaces agree
(plan.joined_cells, `agree`): the cuts are the plan's when every other typeface cuts the
lines into the same actions and leads, and the typeface's own when it does not. The readers
ask it of tables whose columns are narrow (a header whose names wrap over its lines, the rows'
numbers in a column the header leaves unnamed), where a wrong row is worse than a warning."""

from __future__ import annotations

from test_joined_content import COLUMN_FIELDS, ROWS, _printed
from test_joined_widths import ROOMS, _actions_read, _plan_lines, _shapes

from dhrparse.patterns import load_patterns
from dhrparse.plan.joined_cells import CellShapes, read_joined
from dhrparse.vocab.type_widths import Face


def test_a_reading_the_typefaces_disagree_on_is_refused():
    # (the plan whose later lines the first lines' widths cut wrongly, in every face)
    texts = _plan_lines(ROOMS, Face("arial"))
    wrong = read_joined(texts, _shapes())
    assert wrong is not None and not _actions_read(wrong[0])  # taken for clear without the test
    for content in (False, True):
        assert read_joined(texts, _shapes(), content=content, agree=True) is None


# a plan of short cells, each row's cells wrapping at most once: every typeface cuts it alike
SHORT = [
    ["1. Ashcombe Police should record fear.", "Local", "Add a fear question to the call script",
     "Ashcombe Police", "Script drafted", "March 2024", "Completed"],
    ["2. Ashcombe Council should offer safety plans.", "Local", "Pilot a safety planning form",
     "Ashcombe Council", "Form agreed", "June 2024", "Ongoing"],
    ["3. The Home Office should consider guidance.", "National", "Chair to write to the Home Office",
     "Ashcombe CSP", "Letter drafted", "On publication", "Not started"],
]  # fmt: skip


def test_a_reading_the_typefaces_agree_on_is_kept():
    texts = [line for row in SHORT for line in _printed(row, Face("times"))]
    shapes = CellShapes(load_patterns(), COLUMN_FIELDS)
    read = read_joined(texts, shapes, agree=True)
    assert read is not None
    assert len(read[0]) == len(SHORT)
    for row, printed in zip(read[0], SHORT):
        assert " ".join(row.parts[0][2]).startswith(" ".join(printed[2].split()[:4]))


def test_the_cost_comes_with_the_rows():
    texts = [line for row in ROWS for line in _printed(row, Face("arial"))]
    shapes = CellShapes(load_patterns(), COLUMN_FIELDS)
    rows, before, cost, doubtful = read_joined(texts, shapes, content=True)
    assert rows and isinstance(cost, float)
    assert not doubtful  # (read weighing content: only a reading by the widths alone is doubted)
