"""A vocabulary searched as one joined alternation finds a line exactly when one of its
expressions does (the per-expression loop it replaces), on corpus text and generated text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# vocabularies the extractors test line by line through `Patterns.joined`
JOINED = ("review.death.words",)


def _plain(p, dotted: str, text: str) -> bool:
    return any(rx.search(text) for rx in p.regexes(dotted))


def test_joined_vocabulary_finds_the_corpus_lines_the_plain_loop_finds():
    p = load_patterns()
    for dotted in JOINED:
        hits = 0
        for sample in sorted(SAMPLES.glob("*.txt")):
            for line in sample.read_text(encoding="utf-8").splitlines():
                plain = _plain(p, dotted, line)
                assert (p.joined(dotted).search(line) is not None) == plain, (dotted, line)
                hits += plain
        assert hits >= 20, dotted  # the reports do talk of the death


@given(
    st.lists(
        st.sampled_from(
            [
                "death",
                "Deaths",
                "killed",
                "found",
                "dead",
                "took",
                "her",
                "own",
                "life",
                "lives",
                "Fatally",
                "the",
                "review",
                "x",
                " ",
                "\t",
                "-",
            ]
        ),
        max_size=12,
    )
)
def test_joined_vocabulary_property(words):
    p = load_patterns()
    text = " ".join(words)
    for dotted in JOINED:
        assert (p.joined(dotted).search(text) is not None) == _plain(p, dotted, text), text
