"""A joined plan header's wrapped names bound each column's width (plan.header_room).

pdfplumber's text of a Home Office template header joins the names' printed lines:
"Recommendation Scope of Action to take Lead Agency Key milestones Target Date Date of
completion" / "recommend achieved in enacting and Outcome" / "ation recommendation". Each
column is at least its name's widest line and narrower than a line with the next line's first
word (or, where a word too long for the column broke inside, with its next letter). The
hypothesis tests render the header at random widths, as a word processor wraps it, and check
the room found holds the true width, and that a reading of rows printed at those widths is
never refused by it."""

from __future__ import annotations

from itertools import zip_longest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_joined_shape import _rec, _render

from dhrparse.patterns import load_patterns
from dhrparse.plan.header_room import header_lines, header_room, room_agrees
from dhrparse.plan.joined_cells import wrap_room
from dhrparse.plan.tables import column_map
from dhrparse.vocab.type_widths import Face, faces

CM = column_map(load_patterns())
FIELDS = ["recommendation", "scope", "action", "lead", "progress", "target_date", "status"]
NAMES = [
    "Recommendation",
    "Scope of recommendation",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]


def wrap_name(text: str, room: float, face: Face) -> list[str]:
    """A header name wrapped at its column's width: word by word, a word wider than the column
    broken where its letters run out (as a word processor sets a narrow table's names)."""
    lines: list[str] = []
    for word in text.split():
        if lines and face.width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
            continue
        while face.width(word) > room and len(word) > 1:
            cut = max(1, max(n for n in range(1, len(word) + 1) if face.width(word[:n]) <= room or n == 1))
            lines.append(word[:cut])
            word = word[cut:]
        lines.append(word)
    return lines


def printed_header(rooms: list[float], face: Face) -> list[str]:
    wrapped = [wrap_name(name, room, face) for name, room in zip(NAMES, rooms)]
    return [" ".join(p for p in parts if p) for parts in zip_longest(*wrapped, fillvalue="")]


ARIAL = Face("arial")
# (the widths of a published template's columns, in ems: its names wrap as in the docstring)
ROOMS = [17.7, 5.72, 13.3, 8.88, 10.1, 5.72, 9.51]


def test_the_template_header_bounds_its_wrapped_columns_tightly():
    header = printed_header(ROOMS, ARIAL)
    assert header == [
        "Recommendation Scope of Action to take Lead Agency Key milestones Target Date Date of completion",
        "recommend achieved in enacting and Outcome",
        "ation recommendation",
    ]
    room = header_room(header, FIELDS, CM, ARIAL)
    assert room is not None
    lo, hi = room[1]  # Scope: "recommend" fits, "recommenda" does not
    assert lo == pytest.approx(ARIAL.width("recommend")) and hi == pytest.approx(ARIAL.width("recommenda"))
    lo, hi = room[6]  # "Date of completion" fits, "Date of completion and" does not
    assert lo == pytest.approx(ARIAL.width("Date of completion"))
    assert hi == pytest.approx(ARIAL.width("Date of completion and"))
    for (lo, hi), width in zip(room, ROOMS):
        assert lo <= width < hi


def test_the_header_lines_end_at_the_first_row():
    lines = [*printed_header(ROOMS, ARIAL), "1. The Council should Local Add a leaflet", "review it"]
    assert header_lines(lines, CM) == lines[:3]


def test_a_header_whose_names_read_as_no_columns_tells_nothing():
    assert header_room(["Action Lead Target Date Status"], FIELDS, CM, ARIAL) is None
    # (names printed in another order than the columns' fields)
    header = printed_header(ROOMS, ARIAL)
    assert header_room(header, list(reversed(FIELDS)), CM, ARIAL) is None


def test_a_reading_with_a_line_wider_than_the_header_allows_disagrees():
    room = header_room(printed_header(ROOMS, ARIAL), FIELDS, CM, ARIAL)
    fits = [(w * 0.98, w * 1.01) for w in ROOMS]
    assert room_agrees(fits, room)
    # a Scope cell holding its neighbour's words: a line half as wide again as the column
    over = list(fits)
    over[1] = (ROOMS[1] * 1.5, ROOMS[1] * 1.6)
    assert not room_agrees(over, room)


@settings(max_examples=80, deadline=None)
@given(
    rooms=st.tuples(*(st.floats(lo, lo + 8) for lo in (8, 4, 7, 5, 6, 4.5, 6))),
    face=st.sampled_from(faces()),
)
def test_the_room_found_holds_every_column_true_width(rooms, face):
    face = Face(face)
    header = printed_header(list(rooms), face)
    room = header_room(header, FIELDS, CM, face)
    if room is None:
        return  # (a header cut in too many ways tells nothing; never a wrong room)
    for (lo, hi), width in zip(room, rooms):
        assert lo <= width + 1e-9
        assert width < hi + 1e-9


@settings(max_examples=40, deadline=None)
@given(
    plan=st.lists(_rec, min_size=2, max_size=3),
    rooms=st.tuples(*(st.floats(lo, lo + 6) for lo in (9, 4.5, 9, 7, 7, 5.5, 7))),
    face=st.sampled_from(faces()),
)
def test_the_rows_as_printed_always_fit_the_header_room(plan, rooms, face):
    face = Face(face)
    plan = [(f"{n + 1}. {text}", scope, actions) for n, (text, scope, actions) in enumerate(plan)]
    _, truth = _render(plan, list(rooms), face)
    room = header_room(printed_header(list(rooms), face), FIELDS, CM, face)
    if room is None:
        return
    reading = wrap_room(truth, len(FIELDS), face.space)
    # (a word wider than its column stands alone on its line, over it: such columns aside)
    widest = [max((face.width(w) for cell in _cells(truth, c) for w in cell), default=0) for c in range(7)]
    fair = [(lo, hi) if widest[c] <= rooms[c] else (0.0, hi) for c, (lo, hi) in enumerate(reading)]
    assert room_agrees(fair, room)


def _cells(rows, c: int) -> list[list[str]]:
    return [part[c] for row in rows for part in row.parts]
