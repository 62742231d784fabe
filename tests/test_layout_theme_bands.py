"""A tracker printed side by side (pdftotext -layout) whose rows are grouped under theme bands
printed across the table ("Theme 2: Sharing Concerns"): a band names a theme, not who acts or
a part of the plan, and the table goes on under it (plan.vocabulary.part_or_theme), so every
row under every band is read."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.vocabulary import PlanVocabulary

PENDING = Path(__file__).parent / "zoo" / "pending"


def test_a_theme_band_is_a_line_the_table_goes_on_under():
    vocab = PlanVocabulary.of(load_patterns())
    assert vocab.part_or_theme("Theme 1: Hearing the Person")
    assert vocab.part_or_theme("Key finding 3 – Discharge from hospital")
    # (a theme named in a sentence, or a heading with no number, is no band)
    assert not vocab.part_or_theme("Themes")
    assert not vocab.part_or_theme(
        "Theme 1 of the review was discussed at length by the panel and its members in May."
    )


def test_rows_under_every_theme_band_are_read():
    doc = dhrparse.extract(PENDING / "tracker_theme_bands_layout_thornby.txt")
    assert [a.ref for a in doc.actions] == ["1.1", "2.1", "2.2", "3.1", "4.1"]
    assert [a.recommendation_ref for a in doc.actions] == ["1", "2", "2", "3", "4"]
    assert doc.actions[3].lead == "Head of Community Nursing"
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "not_started",
        "complete",
        "not_started",
    ]
    assert len(doc.recommendations) == 4
