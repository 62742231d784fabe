"""A delivery key's "Delivered" and "Scheduled" are states only as a status cell's whole text: in a
sentence of progress or a milestone's bullet they say something else."""

from __future__ import annotations

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.plan.status import normalise_status, status_words


@pytest.mark.parametrize(
    ("cell", "state"), [("Scheduled", "not_started"), ("Delivered.", "complete"), ("delivered", "complete")]
)
def test_a_key_word_alone_in_a_status_cell_is_its_state(cell, state):
    assert normalise_status(cell, [], load_patterns()).value == state


@pytest.mark.parametrize(
    "text", ["Second sample scheduled.", "Sessions 1-2 delivered", "Training delivered to the first cohort"]
)
def test_a_key_word_inside_a_sentence_or_bullet_names_no_state(text):
    assert status_words(text, load_patterns()) is None
    assert normalise_status(text, [], load_patterns()).value == "unknown"
