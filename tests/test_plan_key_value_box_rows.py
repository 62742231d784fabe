"""A Safeguarding Adults Review's action plan set as one small two-column box per action
("Recommendation | 2", "Action | ...", "Lead | ...", "By when | ...", "Progress | ..."), after
the report's recommendations, each a "Recommendation N:" paragraph, and a learning point.

The same boxes come out three ways, and each must give the same action rows:
- plain pdftotext: a row at a time, the label alone on its line, a blank line, the value (a
  long value wrapped over lines printed together), a blank line; the box's bare number looks
  like a page number to cleaning;
- pdfplumber's text (the corpus style): each row's label and value joined on one printed line
  ("Action Send the ..."), a blank line after every line;
- a PDF or Word table: rows of cells, here tab-separated, printed straight after the report's
  prose with no blank line between (as a PDF's lines are), so "Recommendation<TAB>2" reads like
  a contents entry and the recommendation paragraph above has no blank line to end it.
"""

from __future__ import annotations

import textwrap

import pytest

import dhrparse
from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.label_rows import LabelRows
from dhrparse.plan.labelled_blocks import LabelledBlocks
from dhrparse.plan.tables import ColumnMap, column_map

PREFACE = [
    "Quarnford Safeguarding Adults Board",
    "Safeguarding Adults Review: Mr Tobias",
    "4. Recommendations",
    "Recommendation 1: Quarnford Community Nursing should make sure that:",
    "• every resident with a deep wound has a named nurse;",
    "• wound care plans are checked at each visit.",
    "Recommendation 2: Quarnford Borough Council should review how placements are first reviewed.",
    "Recommendation 3: The Board should share the learning from this review with care home managers.",
    "Learning point – Ask who is leading",
    "When several teams visit, agree out loud which one leads.",
    "5. Action plan",
    "Each action is set out in its own box.",
]

# (recommendation, action, lead, by when, progress, status value)
BOXES = [
    (
        "1",
        "Name a nurse for every resident with a wound of category 3 or above.",
        "Quarnford Community Nursing",
        "31/03/2024",
        "Complete – named nurses in place since March 2024.",
        "complete",
    ),
    (
        "1",
        "Audit the wound care plans of fifteen residents across three homes and report the findings "
        "to the Quality sub-group.",
        "Quarnford Community Nursing",
        "September 2024",
        "In progress – nine plans audited so far.",
        "in_progress",
    ),
    (
        "2",
        "Hold the first review of every new placement face to face.",
        "Quarnford Borough Council Adult Social Care",
        "30/06/2024",
        "Not started",
        "not_started",
    ),
    (
        "3",
        "Run two learning events for care home managers.",
        "Quarnford SAB Business Unit",
        "31/12/2024",
        "Complete – both events held in November.",
        "complete",
    ),
]
LABELS = ("Recommendation", "Action", "Lead", "By when", "Progress")
ENDING = ["6. Glossary", "SAB – Safeguarding Adults Board"]


def _box_rows(box: tuple[str, ...]) -> list[tuple[str, str]]:
    return list(zip(LABELS, box[:5]))


def plain_pdftotext() -> str:
    """A row at a time: label, blank, value lines printed together, blank; a page's foot, the
    form feed and the next page's head between the second box's rows."""
    out: list[str] = []
    for n, line in enumerate(PREFACE):
        out += [line, ""]
        if n == 7:
            out += _page_turn(3)
    for n, box in enumerate(BOXES):
        for label, value in _box_rows(box):
            out += [label, "", *textwrap.wrap(value, 80), ""]
            if n == 1 and label == "Lead":
                out += _page_turn(4)
    for line in ENDING:
        out += [line, ""]
    return "\n".join(out + _page_turn(5)) + "\n"


def _page_turn(page: int) -> list[str]:
    """A page's foot (the review's reference, the page number), the form feed, the next page's head."""
    return ["QSAB/SAR/24-02", "", f"Page {page} of 6", "", "\fQuarnford SAB – SAR Mr Tobias", ""]


def corpus_style() -> str:
    """pdfplumber's lines: label and value joined, a blank line after each printed line."""
    out: list[str] = []
    for line in PREFACE:
        out += [line + " ", ""]
    for box in BOXES:
        for label, value in _box_rows(box):
            wrapped = textwrap.wrap(f"{label} {value}", 90)
            for line in wrapped:
                out += [line + " ", ""]
    for line in ENDING:
        out += [line + " ", ""]
    return "\n".join(out) + "\n"


def table_rows() -> str:
    """The boxes as rows of cells straight after the prose, no blank line anywhere."""
    out = list(PREFACE)
    for box in BOXES:
        out += [f"{label}\t{value}" for label, value in _box_rows(box)]
    out += ENDING
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("render", [plain_pdftotext, corpus_style, table_rows])
def test_each_box_is_one_action_row(tmp_path, render):
    path = tmp_path / "sar_action_boxes.txt"
    path.write_text(render(), encoding="utf-8")
    doc = dhrparse.extract(path)
    got = [(a.recommendation_ref, a.action, a.lead, a.target_date.raw, a.status.value) for a in doc.actions]
    want = [(rec, " ".join(action.split()), lead, due, status) for rec, action, lead, due, _, status in BOXES]
    assert got == want


@pytest.mark.parametrize("render", [plain_pdftotext, corpus_style, table_rows])
def test_box_numbers_are_not_recommendations(tmp_path, render):
    """The box's "Recommendation | 2" row names the recommendation the action answers; it is
    not a recommendation of its own, and the report's three stay three."""
    path = tmp_path / "sar_action_boxes.txt"
    path.write_text(render(), encoding="utf-8")
    doc = dhrparse.extract(path)
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    assert all(len(r.text.split()) > 3 for r in doc.recommendations)


def test_labels_without_an_action_are_left_as_printed(tmp_path):
    """Short label-like lines that never name an action (a panel list: "Lead", a name, "Chair",
    a name) are not made into plan rows."""
    lines = ["Recommendation", "", "Panel", "", "Lead", "", "Ruth Amberley, Quarnford SAB", "", "Chair", ""]
    path = tmp_path / "panel.txt"
    path.write_text("\n".join(PREFACE[:3] + [""] + lines) + "\n", encoding="utf-8")
    assert dhrparse.extract(path).actions == []


def _printed(rows: list[str]) -> list[Line]:
    """Plain-export lines, a blank line after each (numbers step by two)."""
    return [Line(number=2 * k + 1, text=text, raw=text) for k, text in enumerate(rows)]


def test_column_names_printed_one_a_line_are_not_boxes():
    """A plain export of an ordinary plan prints its column names one a line, each over its
    column's text: every name once, so no box repeats and nothing is paired."""
    lines = _printed(
        [
            "Recommendation",
            "R1 Carers' assessments to ask about risk to the person cared for. R2 Revise the hoarding procedure.",
            "Actions",
            "Add a risk question to the carers' assessment. Redraft the procedure and consult partners.",
            "Lead",
            "Head of Practice",
            "By when",
            "31.03.2025",
            "RAG",
            "Blue",
        ]
    )
    assert LabelRows(_column_map()).rewrite(lines) == lines


def test_boxes_printed_a_row_at_a_time_are_paired():
    box = [
        "Recommendation",
        "2",
        "Action",
        "Hold the first review face to face.",
        "Lead",
        "Adult Social Care",
    ]
    lines = _printed(
        box + ["Recommendation", "3", "Action", "Run two learning events.", "Lead", "SAB Business Unit"]
    )
    rows = LabelRows(_column_map()).rewrite(lines)
    assert [ln.cells for ln in rows] == [
        ["Recommendation", "2"],
        ["Action", "Hold the first review face to face."],
        ["Lead", "Adult Social Care"],
        ["Recommendation", "3"],
        ["Action", "Run two learning events."],
        ["Lead", "SAB Business Unit"],
    ]


def _column_map() -> ColumnMap:
    return column_map(load_patterns())


@pytest.mark.parametrize(
    ("opener", "taken"),
    [
        ("Recommendation 4", True),
        ("Recommendation 4: Hollin Trust should review its policy on missed visits.", False),
    ],
)
def test_unnumbered_action_row_only_in_a_box(opener, taken):
    """In pdfplumber's text a box's row joins label and value ("Action Review the ..."). Under a
    box's bare first row ("Recommendation 4") that is the box's action; under a recommendation
    printed with its words, a line opening "Action" is the plan's own text (a table's header
    "Action (SMART) Target Date ...", or a sentence) and stays so."""
    lines = _printed([opener, "Action Review the missed-visits policy.", "Lead Head of Nursing"])
    blocks = LabelledBlocks(_column_map(), load_patterns())
    blocks.line_step = 2
    fields = [f for f, *_ in blocks._spaced_fields(lines).values()]
    assert ("action" in fields) is taken


def test_labels_straight_over_their_lines_are_not_boxes():
    """A PDF or Word reader's lines have no blank line between a label-like line and the next
    ("Recommendation" over a plan's text, "Action" over a cell's): only plain pdftotext prints
    a box's label and value apart, so lines printed together are left as they are."""
    rows = [
        "Recommendation",
        "2",
        "Action",
        "Hold the first review face to face.",
        "Lead",
        "Adult Social Care",
    ]
    rows += ["Recommendation", "3", "Action", "Run two learning events.", "Lead", "SAB Business Unit"]
    lines = [Line(number=k + 1, text=text, raw=text) for k, text in enumerate(rows)]
    assert LabelRows(_column_map()).rewrite(lines) == lines


def test_a_status_cell_parted_by_page_breaks_is_not_a_box():
    """A status cell "Action completed" that a page break parts prints "Action", the page's foot
    and the next page's head (set aside by cleaning), then "completed" and the next row's text:
    no blank line between, and no field beside the action, so no box is read, however often
    it happens."""
    lines: list[Line] = []
    furniture: list[Line] = []
    n = 1
    for page in (12, 13):
        lines.append(Line(number=n, text="Action", raw="Action"))
        furniture += [
            Line(number=n + 1, text=f"Page {page} of 40", raw=""),
            Line(number=n + 2, text="Action Plan", raw=""),
        ]
        lines += [
            Line(number=n + 3, text="completed", raw=""),
            Line(number=n + 4, text="4 Brief the duty team.", raw=""),
        ]
        n += 5
    assert LabelRows(_column_map(), furniture).rewrite(lines) == lines
