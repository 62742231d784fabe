"""A two-column findings table "What we found | What the Board should do" in text taken out a
printed line at a time (the corpus text): each printed line joins a line of the finding with the
line of its recommendation beside it ("Concerns about self-neglect were each SAR-R1 The Board
should ask ..."), and no reader cut them, so only a recommendation whose line opened with its code
was read. The reader of joined "Agency | Recommendation" tables reads them now
(recommendations.joined_rows): a finding's column is named (recommendations.table.finding), its
cell holds prose, not a name (no name's costs; its sentences open with capitals, it ends on a
sentence's end), a series code ("SAR-R2", "R3") opens a recommendation's cell beside it, and a
finding carries on beside the next recommendation of its cell only where its word could not fit
on the line above."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.extractors.recommendations.joined_costs import _prose_cost
from dhrparse.extractors.recommendations.joined_layout import _ref_key

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_a_series_code_with_the_recommendation_letter_numbers_a_row():
    assert _ref_key("SAR-R2") == ("SAR-R", 2)
    assert _ref_key("R-PROB-01") == ("R-PROB-", 1)
    assert _ref_key("SAR-2") is None  # (a hyphen before the number: no code of this shape)


def _words(text: str) -> list[str]:
    return text.split()


def test_a_finding_opens_its_sentences_with_capitals():
    assert _prose_cost(_words("when a tenant could not be seen. for housing")) > 0
    assert _prose_cost(_words("when a tenant could not be seen.")) == 0
    assert _prose_cost(_words("had left. Nobody asked")) == 0


@pytest.mark.parametrize(
    ("stem", "refs"),
    [
        ("sar_month_days_found_should_do", ["SAR-R1", "SAR-R2", "SAR-R3", "SAR-R4", "SAR-R5"]),
        ("sab_briefing_found_asks_joined", ["R1", "R2", "R3", "R4"]),
    ],
)
def test_the_corpus_text_reads_every_recommendation_beside_its_finding(stem, refs):
    doc = extracted(PENDING / f"{stem}.corpus.txt")
    assert [rec.ref for rec in doc.recommendations] == refs
    for rec in doc.recommendations:
        assert rec.text.startswith("The Board should")
        assert rec.text.endswith(".")


def test_a_finding_carried_on_beside_the_next_recommendation_stays_out_of_it():
    doc = extracted(PENDING / "sab_briefing_found_asks_joined.corpus.txt")
    r3 = next(rec for rec in doc.recommendations if rec.ref == "R3")
    assert r3.text == (
        "The Board should seek assurance that a carer who asks for an assessment is told when it will happen."
    )
