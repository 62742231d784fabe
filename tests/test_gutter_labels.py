"""A plan set as one two-column label box per recommendation, as pdftotext -layout prints it: the
label at the line's start, its value after a gutter, a label wrapped in its narrow column
("Target" / "completion" / "date"), the gutter set again on a new page. plan.gutter_labels cuts
each printed line at the gutter into its two cells for plan.labelled_blocks; lines that keep no
gutter, or a box naming too few of a plan's fields, are left as printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.gutter_labels import GutterLabels
from dhrparse.plan.labelled_blocks import LabelledBlocks
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def _labels() -> GutterLabels:
    p = load_patterns()
    return GutterLabels(LabelledBlocks(ColumnMap(p), p).field)


def _lines(raws: list[str], page: int = 1, first: int = 1) -> list[Line]:
    return [Line(first + k, " ".join(r.split()), page, raw=r) for k, r in enumerate(raws)]


BOX = [
    "Recommendation 2",
    "Issue identified      The Trust should ask a patient's family about risk before",
    "                      discharge from a ward.",
    "Actions to be         1. Add a family contact step to the discharge checklist.",
    "taken                 2. Audit twenty discharges.",
    "Person responsible    Director of Nursing",
    "Target completion     1. 31 July 2024",
    "date",
    "                      2. 31 January 2025",
    "Progress to date      1. Complete – checklist changed.",
    "                      2. In progress – ten records audited.",
]


def test_each_label_becomes_a_two_cell_row_with_its_whole_value():
    out = _labels().rewrite(_lines(BOX))
    rows = [ln.cells for ln in out]
    assert rows == [
        ["Recommendation 2", ""],
        [
            "Issue identified",
            "The Trust should ask a patient's family about risk before discharge from a ward.",
        ],
        [
            "Actions to be taken",
            "1. Add a family contact step to the discharge checklist. 2. Audit twenty discharges.",
        ],
        ["Person responsible", "Director of Nursing"],
        ["Target completion date", "1. 31 July 2024 2. 31 January 2025"],
        ["Progress to date", "1. Complete – checklist changed. 2. In progress – ten records audited."],
    ]


def test_a_value_line_off_the_gutter_leaves_the_box_as_printed():
    raws = list(BOX)
    raws[4] = "taken                      2. Audit twenty discharges."  # (five columns right of the gutter)
    out = _labels().rewrite(_lines(raws))
    assert out[0].cells is None  # (the box's first labels name too few fields to be read alone)
    assert all(ln.cells is None for ln in out[4:])


def test_prose_set_in_two_columns_names_no_fields_and_stays_as_printed():
    raws = [
        "Background            The family moved to the town in 2019 and the children",
        "                      started at the local school.",
        "Family members        The panel spoke to her sister and her father.",
        "Terms of reference    Agreed by the panel in March 2023.",
    ]
    out = _labels().rewrite(_lines(raws))
    assert all(ln.cells is None for ln in out)


def test_a_report_line_after_the_box_is_left_out_of_it():
    raws = [*BOX, "The plan is next reviewed in May 2025 by the Quality Committee of the Trust."]
    out = _labels().rewrite(_lines(raws))
    assert out[-1].cells is None and out[-1].text.startswith("The plan is next reviewed")


@pytest.mark.parametrize(
    "folder,stem",
    [(PENDING.parent, "plan_gutter_label_boxes"), (PENDING, "plan_label_blocks_numbered_items")],
)
def test_the_layout_text_reads_every_numbered_item(folder, stem):
    doc = extracted_json(folder / f"{stem}.txt")
    pdf = extracted_json(folder / f"{stem}.pdf")

    def rows(d):
        return [
            (
                a["recommendation_ref"],
                a["ref"],
                a["lead"],
                (a["target_date"] or {}).get("raw"),
                a["status"]["value"],
            )
            for a in d["actions"]
        ]

    assert rows(doc) == rows(pdf) and len(rows(doc)) >= 6


def test_a_first_label_filling_its_column_takes_the_gutter_from_the_line_under_it():
    raws = [
        "Issue identified The Trust should ask a patient's family about risk before",
        "                 discharge from a ward.",
        "Actions to be    1. Add a family contact step to the discharge checklist.",
        "taken",
        "Person           Director of Nursing",
        "responsible",
        "Target           1. 31 July 2024",
        "completion date",
    ]
    out = _labels().rewrite(_lines(raws))
    assert [ln.cells for ln in out] == [
        [
            "Issue identified",
            "The Trust should ask a patient's family about risk before discharge from a ward.",
        ],
        ["Actions to be taken", "1. Add a family contact step to the discharge checklist."],
        ["Person responsible", "Director of Nursing"],
        ["Target completion date", "1. 31 July 2024"],
    ]


def test_a_cut_near_the_gutter_that_leaves_no_label_is_not_made():
    raws = list(BOX)
    # (the value starts five columns short of the gutter: the word nearest it is no label's end)
    raws[1] = "Issue identified The Trust should ask a patient's family about risk before"
    out = _labels().rewrite(_lines(raws))
    assert all(ln.cells is None for ln in out[:3])  # (the lines stay as printed)
    assert out[3].cells[0] == "Actions to be taken"  # (the box read from its next label)
