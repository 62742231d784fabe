"""A status word a PDF's text layer printed glued to the next cell's first word is parted again
(prepare.glued_words); names and words that only start like a status are left whole."""

import pytest

from dhrparse.document import Line
from dhrparse.prepare.glued_words import part_glued_words


def _parted(text: str, patterns) -> str:
    lines = [Line(number=1, text=text, raw=text)]
    part_glued_words(lines, patterns)
    return lines[0].text


@pytest.mark.parametrize(
    "text, want",
    [
        ("OngoingStaff briefings were given in May.", "Ongoing Staff briefings were given in May."),
        ("Jun-23 CompletedThe protocol is in place", "Jun-23 Completed The protocol is in place"),
        ("OutstandingAwaiting the new system", "Outstanding Awaiting the new system"),
    ],
)
def test_a_status_word_glued_to_the_next_cell_is_parted(text, want, patterns):
    assert _parted(text, patterns) == want


@pytest.mark.parametrize(
    "text",
    [
        "Ongoing work with the team",  # (a space already there)
        "The GreenField estate and DoneWell Ltd",  # (short words and colours build names)
        "ongoingStaff",  # (a status word opening a cell is capitalised)
        "McOngoingSmith",  # (inside a word)
        "OngoingUK",  # (capitals after it: an acronym, not a word)
    ],
)
def test_names_and_words_are_left_whole(text, patterns):
    assert _parted(text, patterns) == text
