"""plan.joined_reader: the frame the joined-line table readers share."""

from __future__ import annotations

from dhrparse.plan.joined_reader import JoinedReader
from dhrparse.plan.joined_rows import JoinedRows
from dhrparse.plan.narrow_rows import NarrowRows
from dhrparse.plan.tracker_rows import TrackerRows


class _Lines:
    """A stand-in for PlanLines: records the table reader handed to it."""

    def __init__(self):
        self.asked = []

    def rewrite_at_headers(self, lines, table):
        self.asked.append(table)
        return [*lines, "rewritten"]


class _Reader(JoinedReader):
    def _table(self, lines, i, header):
        return None


def test_text_not_taken_out_a_line_at_a_time_is_left_alone():
    pl = _Lines()
    lines = ["a", "b"]
    assert _Reader(pl, None, set(), line_spaced=False).rewrite(lines) is lines
    assert pl.asked == []


def test_line_spaced_text_is_rewritten_at_headers_by_the_readers_own_table():
    pl = _Lines()
    reader = _Reader(pl, None, {3}, line_spaced=True)
    assert reader.rewrite(["a"]) == ["a", "rewritten"]
    assert pl.asked == [reader._table]
    assert reader.warnings == [] and reader.first_table is None and reader.heading_lines == {3}


def test_the_three_joined_line_readers_share_the_frame():
    assert all(issubclass(cls, JoinedReader) for cls in (JoinedRows, NarrowRows, TrackerRows))
