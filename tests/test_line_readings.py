"""The plan's lines read once as header cells (plan.line_readings), held to the plain computations
each layout reader asked before: a reader turning a line down on its reading turns down exactly
the lines its own question would."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.label_columns import LabelColumns, may_label
from dhrparse.plan.line_readings import SHAPED_WORDS, LineReadings
from dhrparse.plan.printed_blocks import name_shaped
from dhrparse.plan.tables import column_map
from dhrparse.prepare.markup import flatten

P = load_patterns()
CM = column_map(P)
SAMPLES = Path(__file__).resolve().parents[1] / "samples"

# pieces of header cells and of prose, with what flattening and the colon rule change
PIECES = st.sampled_from(
    ["Action", "Ref", "Rec", "no.", "Lead", "agency", "Target", "date", "Status", "RAG", "Recommend", "ation"]
    + ["The", "board", "should", "1.", "(a)", ":", " ", "  ", "\t", "\u00a0", "<b>", "</b>", "/", "’s", "é"]
)
TEXTS = st.lists(PIECES, max_size=8).map("".join)


def _held(text: str, readings: LineReadings) -> None:
    reading = readings.of(Line(1, text))
    assert reading.flat == flatten(text).strip(), text
    assert reading.may_name == CM.may_open_with_field(text), text
    assert reading.field == CM.field_of(flatten(text).strip()), text
    assert reading.shaped == name_shaped(flatten(text).strip(), SHAPED_WORDS), text
    assert readings.name(Line(1, text)) == reading.field
    assert readings.name(Line(1, text, cells=[text])) is None  # (a row of cells names no column alone)


@given(st.lists(TEXTS, max_size=10))
@settings(max_examples=300)
def test_a_line_reading_is_the_field_of_its_flattened_text(texts):
    readings = LineReadings(CM)
    for text in texts + texts[::-1]:
        _held(text, readings)


def test_a_colon_before_a_name_still_names_its_column():
    readings = LineReadings(CM)
    for text in (": Action", ":: Lead agency", " : Target date", ":Ref"):
        _held(text, readings)
    assert readings.of(Line(1, ": Action")).field == "action"
    assert readings.of(Line(1, "The board should act")).field is None


def test_every_sample_line_reads_as_the_plain_computation():
    readings = LineReadings(CM)
    for path in sorted(SAMPLES.glob("*.txt")):
        for text in path.read_text(encoding="utf-8").splitlines():
            _held(text, readings)


@given(st.lists(TEXTS, max_size=12), st.integers(0, 12))
@settings(max_examples=200)
def test_the_next_opening_is_the_first_line_from_i_the_reader_would_ask(texts, i):
    readings = LineReadings(CM)
    lines = [Line(n + 1, text) for n, text in enumerate(texts)]
    start = min(i, len(lines))
    wanted = next((k for k in range(start, len(lines)) if readings.of(lines[k]).may_name), len(lines))
    assert readings.opening(lines, start, lambda ln, reading: reading.may_name) == wanted


def test_a_line_passed_over_by_the_label_readers_reads_as_no_label():
    """`may_label` turns a line down only where `LabelColumns.label` reads no label from it, the
    text as read (which cleaning may have changed) asked too."""
    readings, labels = LineReadings(CM), LabelColumns(CM)
    lines = [Line(1, "Action 4.", raw="Action 4.1"), Line(2, "Lead", cells=["Lead", "Board"])]
    for path in sorted(SAMPLES.glob("*.txt")):
        lines += [Line(n, text) for n, text in enumerate(path.read_text(encoding="utf-8").splitlines())]
    for ln in lines:
        if not may_label(ln, readings.of(ln)):
            assert labels.label(ln) is None, ln.text
    assert labels.label(lines[0]) is not None and may_label(lines[0], readings.of(lines[0]))
