"""A label cell's aside ("Progress (March 2025)", "Position, April 2025:") is taken off before the
label is read (plan.key_values). Every line of a report is asked whether it is a bare label, so
`without_aside` hands back unsearched a cell that cannot end in an aside; these tests hold it to
the plain search it stands for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.plan.key_values import _ASIDE, without_aside


def _searched(label: str) -> str:
    """The aside taken off by searching the whole cell (what without_aside must equal): an aside is
    set in brackets, after a comma or after "at" (" as at April 2025"), as without_aside says."""
    return _ASIDE.sub("", label) if "(" in label or "," in label or " at " in label else label


def test_asides_are_taken_off():
    assert without_aside("Progress (March 2025)") == "Progress"
    assert without_aside("Timescale (include dates):") == "Timescale"
    assert without_aside("Position, April 2025:") == "Position"
    assert without_aside("Position, as at 3 April 2025 ") == "Position"


def test_cells_without_an_aside_are_handed_back():
    for text in ("Lead agency", "Actions (see below) to take", "Lead, partner and scope", ""):
        assert without_aside(text) is text


# brackets, commas, colons, digits and white space of several kinds (including characters that
# one engine or str.strip counts as white space and the other does not)
_CHARS = list("ab (),:0123456789 \t\n\x1c\x85\xa0\u2003¹²٣") + ["Mar", "April", " as at "]


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_CHARS), max_size=20).map("".join))
def test_the_same_as_searching_the_whole_cell(text):
    assert without_aside(text) == _searched(text)
