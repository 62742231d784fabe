"""Shortcut in reading recommendations (recommendations.reading): a block's label is read once
per text, held to the plain reading of the vocabulary on the zoo and held-out documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import text_route

from dhrparse.patterns import load_patterns

TESTS = Path(__file__).resolve().parent
PATTERNS = load_patterns()
ASKED: list[int] = []  # labels asked per document (the test below must ask some)


# ---- recommendations.reading: a block's label read once per text ---------------------------------


@pytest.mark.parametrize(
    "path",
    [
        path  # (documents with recommendations to label)
        for path in text_route(TESTS, "zoo/*.txt")[:16] + text_route(TESTS, "heldout*/*.txt")[:12]
        if "Recommendation" in path.read_text(encoding="utf-8")
    ],
    ids=lambda p: p.name,
)
def test_labels_kept_by_the_reading_are_the_plain_labels(path, monkeypatch):
    """Every label `Reading.label_match` answers from what it kept is the one the vocabulary
    reads from the text now (with the series codes the document numbers by at that moment)."""
    from dhrparse.extractors import recommendations
    from dhrparse.extractors.recommendations.reading import Reading
    from dhrparse.extractors.review import extract as review_extract
    from dhrparse.ledger import Ledger
    from dhrparse.pipeline import prepare
    from dhrparse.readers import read_path

    kept = Reading.label_match
    asked = []

    def checked(self, text, in_chapter=True):
        got = kept(self, text, in_chapter)
        assert got == self.vocab.label_match(text, in_chapter, self.series), text
        asked.append(text)
        return got

    monkeypatch.setattr(Reading, "label_match", checked)
    doc = prepare(read_path(path), PATTERNS)
    ctx = Ledger(patterns=PATTERNS)
    recommendations.extract(doc, ctx, review_extract(doc, ctx))
    ASKED.append(len(asked))


def test_the_documents_above_asked_for_labels():
    assert sum(ASKED) > 50


def test_a_label_kept_in_a_chapter_is_not_the_answer_outside_it():
    """A series code labels a recommendation only inside a recommendations chapter: the same
    text asked in and out of one, and before and after the series is known, gets each answer."""
    from dhrparse.document import SourceDocument
    from dhrparse.extractors.recommendations.reading import Reading
    from dhrparse.ledger import Ledger

    r = Reading(SourceDocument("t.txt", None, "", "text", []), Ledger(patterns=PATTERNS))
    text = "LP3 The partnership should review its training."
    answers = []
    for series in (frozenset(), frozenset({"LP"})):
        r.series = series
        for in_chapter in (True, False, True):
            got = r.label_match(text, in_chapter)
            assert got == r.vocab.label_match(text, in_chapter, series)
            answers.append(got is not None)
    assert answers[3:] == [True, False, True]  # (in the chapter once its series is known)
