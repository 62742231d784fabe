"""A title page stacking its facts as a capitalised label alone on its line over the value
("LOCALITY" over "Hesketh Vale"): the value under the area's label is the area, as after
"Local authority area:" on one line (review.area._labelled_area, patterns review.area.label_above)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.review.area import area
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

P = load_patterns()
PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "mh_investigation_caps_labels_over_values_rag_plan"


def test_the_line_under_a_locality_label_is_the_area():
    cover = [
        "Independent investigation",
        "CASE REFERENCE",
        "",
        "2022/1",
        "LOCALITY",
        "",
        "Hesketh Vale",
        "PUBLISHED",
    ]
    assert area(cover, [], None, P) == "Hesketh Vale"


def test_a_locality_word_inside_a_sentence_is_no_label():
    cover = ["The locality", "Hesketh Vale"]
    assert area(cover, [], None, P) is None


def test_the_stand_in_has_its_area_on_every_route():
    for suffix in (".txt", ".pdf", ".docx", ".corpus.txt"):
        assert extract(PENDING / f"{STEM}{suffix}").review.area == "Hesketh Vale", suffix
