"""A lettered recommendation whose parts print as "(i)", "(ii)" at the recommendations' own
indent under a whole lead sentence ("... in two ways."): the parts are the recommendation's,
one record, on every route (extractors.recommendations.roman_parts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.document import Block
from dhrparse.extractors.recommendations.roman_parts import roman_parts
from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "sar_summary_lettered_parts_sentences_quenby"


@pytest.mark.parametrize("route", [".txt", ".pdf", ".docx", ".corpus.txt"])
def test_the_parts_stay_with_their_recommendation(route):
    doc = extract(PENDING / f"{STEM}{route}")
    assert [r.ref.lower() for r in doc.recommendations] == ["a", "b", "c", "d"]
    b = doc.recommendations[1]
    assert "Ward staff tell" in b.text and "within two working days" in b.text


def _bullet(marker: str, n: int) -> Block:
    return Block(kind="bullet", text=f"item {n}", line_start=n, line_end=n, marker=marker)


def test_parts_are_taken_only_as_a_series_from_i():
    blocks = [_bullet("B.", 0), _bullet("(i)", 1), _bullet("(ii)", 2), _bullet("C.", 3)]
    assert roman_parts(blocks, 0, 1) == 3
    # (one part alone, or parts not counting from "(i)": left as they are)
    assert roman_parts([_bullet("B.", 0), _bullet("(i)", 1), _bullet("C.", 2)], 0, 1) == 1
    assert roman_parts([_bullet("B.", 0), _bullet("(ii)", 1), _bullet("(iii)", 2)], 0, 1) == 1
    # (under a roman item itself, or a bullet symbol: no parts)
    assert roman_parts([_bullet("•", 0), _bullet("(i)", 1), _bullet("(ii)", 2)], 0, 1) == 1
