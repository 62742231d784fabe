"""patterns/actions.toml [status] whole_cell: "Met" alone, an assurance rating's top state beside
"Partly met" and "Not met", is complete; a sentence using the word states nothing."""

from __future__ import annotations

from dhrparse.patterns import load_patterns
from dhrparse.plan.status import status_words


def test_met_alone_is_complete_but_not_in_a_sentence():
    patterns = load_patterns()
    assert status_words("Met", patterns) == "complete"
    assert status_words("Met.", patterns) == "complete"
    assert status_words("Partly met", patterns) == "in_progress"
    assert status_words("Not met", patterns) == "not_started"
    assert status_words("The group met in May", patterns) is None
