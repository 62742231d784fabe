"""A chronology table printed with each line's cells joined by single spaces (corpus text): an
event that opens with a child's label ("Child T was born ...") or with a sentence's first word
("The GP talked ...") keeps that word; it is not the end of the source's name before it
(extractors/chronology/joined_cells.py: a lone initial opens no cell, "the" ends no name). See
tests/zoo/chron_joined_label_openings for the whole document on every route."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract

ZOO = Path(__file__).resolve().parent / "zoo"


def _corpus(lines: list[str]) -> str:
    """Lines as the bundled reports' text holds them: each followed by a blank line."""
    return "".join(f"{line} \n\n" for line in lines)


def _table(label: str, opener: str) -> str:
    return _corpus(
        [
            "2. Key episodes",
            "Date Source Event",
            f"03/02/2023 Maternity {label} was born at 38 weeks. Mother went home the next day;",
            "the discharge letter noted that father had not visited during the",
            "stay.",
            "14/02/2023 Health visiting Health visitor saw mother and baby at home. Father was out.",
            "Mother said she was not sleeping.",
            f"27/02/2023 GP Six-week check. The GP recorded a small mark on {label}'s ear,",
            "which mother put down to a scratch from a bracelet.",
            f"28/02/2023 GP {opener} GP talked about the mark with the practice safeguarding",
            "lead, who said no referral was needed because mother had",
            "explained it.",
            "09/03/2023 Leaving care team Personal adviser called at the flat. Mother said father was",
            "short-tempered when the baby cries. This was not passed on.",
            "21/03/2023 Police Her neighbour reported shouting and a baby screaming. Officers",
            "spoke to father at the door; he said the baby had wind. No",
            "referral was made.",
            "3. Learning",
            "A mark on a baby who cannot yet move about needs a referral.",
        ]
    )


@pytest.mark.parametrize(
    ("label", "opener"), [("Child T", "The"), ("Baby R", "The"), ("Child M", "Their"), ("Mrs Oddie", "Her")]
)
def test_an_event_opening_with_a_label_or_the_keeps_its_first_word(label, opener):
    events = extract(_table(label, opener)).chronology
    assert [e.date.start for e in events] == [
        "2023-02-03",
        "2023-02-14",
        "2023-02-27",
        "2023-02-28",
        "2023-03-09",
        "2023-03-21",
    ]
    assert events[0].text.startswith(f"{label} was born")
    assert events[0].extra.get("source") == "Maternity"
    assert events[3].text.startswith(f"{opener} GP talked")
    assert events[3].extra.get("source") == "GP"


def test_the_zoo_document_in_corpus_text():
    events = extract(ZOO / "chron_joined_label_openings.corpus.txt").chronology
    assert events[0].text.startswith("Child T was born")
    assert events[3].text.startswith("The GP talked")
    assert [e.extra.get("source") for e in events[:4]] == ["Maternity", "Health visiting", "GP", "GP"]
