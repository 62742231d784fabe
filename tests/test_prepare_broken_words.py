"""A status word a narrow RAG column broke inside the word: plain pdftotext prints "Complet"
and, on the next line, "e". The word is joined again (prepare.broken_words) so the plan reader
tells the status cell and pairs it with its row."""

from __future__ import annotations

import pytest

from dhrparse.pipeline import analyse


def _texts(text: str) -> list[str]:
    return [ln.text for ln in analyse(text.encode(), name="plan.txt").source.lines if ln.text]


@pytest.mark.parametrize(
    ("word", "tail"), [("Complet", "e"), ("Complet", "ed"), ("Ongoi", "ng"), ("Ambe", "r")]
)
def test_a_status_word_broken_inside_is_joined(word, tail):
    texts = _texts(f"RAG\n{word}\n{tail}\n\nNotes follow.\n")
    assert word + tail in texts and tail not in texts


@pytest.mark.parametrize(("word", "tail"), [("Audit", "ed"), ("Green", "ery"), ("Complete", "d")])
def test_other_words_and_whole_statuses_are_left_alone(word, tail):
    texts = _texts(f"RAG\n{word}\n{tail}\n\nNotes follow.\n")
    assert word in texts and tail in texts
