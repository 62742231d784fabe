"""A user's pattern directory adds vocabulary; it never changes what a shipped rule means.

`--patterns DIR` puts the user's list entries first. A rule that looked up an expression by
its position in a list (the agency-section heading that may name the rows above it) changed
meaning when a user added an entry; each kind of heading now has its own named list.
"""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

USER_ACTIONS = r"""
[plan]
agency_section = ['^\s*agency\s+actions\s+of\s+(?P<agency>.+?)\s*$']
agency_section_after_rows = ['^\s*actions\s+agreed\s+by\s+(?P<agency>.+?)\s*$']
overview_section = ['^\s*panel\s+wide\s+actions\s*$']
"""


def _records(path, patterns) -> dict:
    doc = json.loads(extract(path, patterns=patterns).model_dump_json())
    return {"recommendations": doc["recommendations"], "actions": doc["actions"]}


@pytest.mark.parametrize("key", ["001", "002"])
def test_user_patterns_leave_the_bundled_samples_unchanged(tmp_path, key):
    (tmp_path / "actions.toml").write_text(USER_ACTIONS, encoding="utf-8")
    user = load_patterns(tmp_path)
    assert user.list("actions.plan.agency_section")[0].startswith(r"^\s*agency")  # the user's entry is first
    assert _records(CORPUS[key], user) == _records(CORPUS[key], load_patterns())


# A board that numbers its learning points "L1", "L2" tells the tool so in its own numbering.toml;
# a Word file typed with a tab after each number must read as its text export does.
USER_LABELS = r"""
list_label = '^\s*(?:L\d{1,2}|\d{1,3}(?:\.\d{1,3}){1,2}\.?|\d{1,3}[.)])\s*$'
"""
_TYPED_POINTS = [
    "Learning points",
    "L1\tThe practice did not ask why the patient missed three appointments in a row.",
    "L2\tThe housing officer recorded the shouting but did not share it with anyone.",
]


def _docx(paragraphs: list[str]) -> bytes:
    import io

    from docx import Document

    d = Document()
    for text in paragraphs:
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _points(source: bytes, name: str, patterns) -> list[tuple[str, list | None]]:
    from dhrparse.pipeline import analyse

    lines = analyse(source, name=name, patterns=patterns).source.lines
    return [(ln.text, ln.cells) for ln in lines if ln.text.startswith("L")]


def test_a_users_list_labels_number_typed_word_paragraphs_as_in_a_text_export(tmp_path):
    (tmp_path / "numbering.toml").write_text(USER_LABELS, encoding="utf-8")
    user = load_patterns(tmp_path)
    text = _points("\n".join(_TYPED_POINTS).encode("utf-8"), "points.txt", user)
    assert text[1:] == [
        ("L1 The practice did not ask why the patient missed three appointments in a row.", None),
        ("L2 The housing officer recorded the shouting but did not share it with anyone.", None),
    ]
    assert _points(_docx(_TYPED_POINTS), "points.docx", user) == text
    # without the user's labels "L1" is no list label: the line stays a two-cell row
    assert _points(_docx(_TYPED_POINTS), "points.docx", load_patterns())[1][1] is not None


# A board that heads each learning point "Practice point N:" in bold tells the tool so in its
# own headings.toml; in a PDF, two such bold lines one under the other are two labels, not one
# heading wrapped over two lines (as the shipped "Recommendation N:" labels already are).
USER_HEADINGS = r"""
labels = ['^practice\s+points?\b.{0,120}$']
"""


def test_a_users_heading_labels_keep_bold_pdf_labels_apart(tmp_path):
    from pdf_fixtures import styled_pdf

    from dhrparse.readers import read_bytes

    body = "Staff at the surgery saw the bruising twice but did not ask how it happened."
    pdf = styled_pdf(
        [("4. What the review learnt", {"size": 15, "bold": True, "gap": 0}), (body, {"gap": 24})]
        + [("Practice point 1: asking about injuries", {"bold": True, "gap": 24})]
        + [("Practice point 2: sharing a second concern", {"bold": True})]
        + [(body, {"gap": 24})]
    )
    (tmp_path / "headings.toml").write_text(USER_HEADINGS, encoding="utf-8")

    def bold(patterns) -> list[str]:
        return [ln.text for ln in read_bytes(pdf, "points.pdf", patterns=patterns).lines if ln.hint == "bold"]

    assert bold(load_patterns(tmp_path)) == [
        "Practice point 1: asking about injuries",
        "Practice point 2: sharing a second concern",
    ]
    assert len(bold(load_patterns())) == 1  # the shipped labels alone join them as one wrapped heading
