"""plan.wrapped_labels: label boxes (a narrow label column beside its values) in corpus text,
each printed line's label words joined to its value words by one space, a label too long for
its column wrapped over two or three lines ("Actions to be" / "taken", "Target" / "completion" /
"date"). The label is put back whole at the head of its first line, so the box reads as
labelled fields; prose whose words chance to make a name with the next line's is left alone."""

from __future__ import annotations

from pathlib import Path

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.wrapped_labels import WrappedLabels

PENDING = Path(__file__).parent / "zoo" / "pending"

BOX = [
    "Recommendation 2",
    "Issue identified The Council should check that tenants who refuse repairs are seen at home.",
    "Actions to be 1. Write a home visit step into the repairs refusal procedure.",
    "taken 2. Audit ten refusals in the spring.",
    "Person Head of Tenancy Services, Oldmere Council",
    "responsible",
    "Target 1. 30 June 2024",
    "completion 2. 31 March 2025",
    "date",
    "Progress to 1. Complete – procedure changed in May 2024.",
    "date 2. Not started.",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(number=2 * n + 1, text=t, raw=t + " ") for n, t in enumerate(texts)]


def test_wrapped_labels_are_put_back_whole():
    cm = ColumnMap(load_patterns())
    out = [ln.text for ln in WrappedLabels(cm).rewrite(_lines(BOX))]
    assert out == [
        "Recommendation 2",
        BOX[1],
        "Actions to be taken 1. Write a home visit step into the repairs refusal procedure.",
        "2. Audit ten refusals in the spring.",
        "Person responsible Head of Tenancy Services, Oldmere Council",
        "Target completion date 1. 30 June 2024",
        "2. 31 March 2025",
        "Progress to date 1. Complete – procedure changed in May 2024.",
        "2. Not started.",
    ]


def test_prose_is_left_alone():
    cm = ColumnMap(load_patterns())
    prose = _lines(
        [
            "The Board agreed the actions to be",
            "taken by each agency and the target",
            "date for each, and its progress to",
            "date was reported in May.",
        ]
    )
    assert WrappedLabels(cm).rewrite(prose) == prose


def test_the_zoo_boxes_read_on_corpus_text():
    doc = extract(PENDING / "plan_gutter_label_boxes.corpus.txt")
    text = extract(PENDING / "plan_gutter_label_boxes.txt")
    assert [(a.ref, a.recommendation_ref) for a in doc.actions] == [
        (a.ref, a.recommendation_ref) for a in text.actions
    ]
    assert len(doc.actions) == 8
    assert [a.lead for a in doc.actions] == [a.lead for a in text.actions]
