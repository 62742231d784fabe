"""A board's response table in corpus text (plan.response_joined): the recommendation cell merged
down over a second response prints its lines between that response's (the two rows' baselines
differ), and a row's first line is cut by what each cell holds: a lead names a body or a role
(no date, no day's number), a timescale is no progress state, no cell but the timescale opens
on a year."""

from __future__ import annotations

from dhrparse.patterns import load_patterns
from dhrparse.plan.response_blocks import ResponseWords
from dhrparse.plan.response_cells import ResponseShapes, _after
from dhrparse.vocab.type_widths import Face

P = load_patterns()
COLUMNS = ["recommendation", "action", "lead", "target_date", "progress"]
FACE = Face("arial")
K = len(COLUMNS)
START = ((False,) * K, (None,) * K, (False,) * K, (False,) * K, False)


def _state(lines: list[list[str]]):
    """The state after each printed line's cells (the words of each column, in order)."""
    state = START
    for n, cells in enumerate(lines):
        words, cuts = [], []
        for cell in cells:
            a = len(words)
            words.extend(cell.split())
            cuts.append((a, len(words)))
        state = _after(words, cuts, FACE, state, n == 0)
    return state


def test_a_merged_recommendation_stays_open_between_the_second_response_lines():
    state = _state(
        [
            ["2. The Board should ask", "Write the guide.", "Chair, Practice", "Feb 2026", "In progress:"],
            ["Ferrisham Health to agree", "", "Subgroup", "", "draft shared."],
            ["", "Run two sessions", "Designated", "Apr 2026", "Not yet started:"],  # the second response
            ["a shared way of recording", "", "", "", ""],
            ["", "on the guide.", "Nurse", "", "awaiting the guide."],
        ]
    )
    active, _, _, _, merged = state
    assert merged
    assert active[0]  # (the recommendation's cell goes on below: "when a district nurse ...")
    assert active[1] and active[4]


def test_without_a_second_response_a_cell_empty_on_a_line_has_ended():
    state = _state(
        [
            ["1. The Board should ask", "Write the guide.", "Chair", "Feb 2026", "In progress:"],
            ["Ferrisham Health to agree", "", "", "", "draft shared."],
        ]
    )
    active, _, dangling, _, merged = state
    assert not merged
    assert not active[1] and not active[2] and active[0]
    assert not dangling[4]


def test_a_cell_ending_on_a_comma_or_colon_is_cut_short():
    _, _, dangling, ended, _ = _state(
        [["1. The Board,", "Write it.", "Chair,", "Feb 2026", "Completed July 2025:"]]
    )
    assert dangling[0] and dangling[2] and dangling[4]
    assert not dangling[1] and ended[1] and not ended[4]


def _shapes() -> ResponseShapes:
    return ResponseShapes(P, COLUMNS, ResponseWords.of(P))


def test_a_lead_holds_no_date_and_no_days_number():
    shapes = _shapes()
    assert shapes.fit(2, "Chair, Practice") < 0
    assert shapes.fit(2, "Head of Adult") < 0
    assert shapes.fit(2, "Chair, Practice Sept") > 0  # (the timescale's month)
    assert shapes.fit(2, "Chair, Practice Sept 2024") > 0
    assert shapes.fit(2, "SAB Business 30") > 0  # ("30 September 2025" cut from its day)
    assert shapes.fit(2, "Ask both agencies for a report.") > 0


def test_a_progress_state_is_no_timescale_beside_a_progress_column():
    shapes = _shapes()
    assert shapes.fit(3, "Sept 2024") < 0
    assert shapes.fit(3, "Completed") > 0
    assert shapes.fit(3, "2024 Completed") > 0
    assert shapes.fit(4, "2025 Not yet started:") > 0  # (a year cut from its month)
    assert shapes.fit(4, "Completed September") <= 0
