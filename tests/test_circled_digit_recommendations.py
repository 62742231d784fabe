"""Recommendations numbered with circled digits ("① The Board should ...", "②" ...), each a
hanging paragraph: the digit, a tab, the sentence. Word keeps the tab, plain pdftotext prints the
digit alone on its line, pdfplumber's corpus text prints it before the sentence. Cleaning reads an
opening circled digit as its number and a full stop (prepare.circled_numbers, the series in
patterns/numbering.toml), so the ref is the digit's number on every route. The whole family:
tests/zoo/pending/dhr_circled_recs_progress_bars_memorial."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_circled_recs_progress_bars_memorial"
RECS = [
    "Farrowdale Council should give every carer a named contact in adult social care.",
    "The Partnership should check that agencies ask victims on their own about abuse at home.",
    "Farrowdale Police should tell the GP of every older victim of a domestic abuse call.",
]


def _refs(doc) -> list[str | None]:
    return [r.ref for r in doc.recommendations]


def test_circled_digits_alone_on_their_lines_number_the_recommendations():
    lines = ["Recommendations", ""]
    for digit, text in zip("①②③", RECS):
        lines += [digit, "", text, ""]
    assert _refs(extract("\n".join(lines) + "\n")) == ["1", "2", "3"]


def test_circled_digits_before_the_sentence_number_the_recommendations():
    text = "Recommendations\n\n" + "\n\n".join(f"{d} {r}" for d, r in zip("❶❷❸", RECS)) + "\n"
    doc = extract(text)
    assert _refs(doc) == ["1", "2", "3"]
    assert doc.recommendations[0].text.startswith("Farrowdale Council should")


def test_a_circled_digit_inside_a_sentence_is_the_sentence_own():
    text = "Recommendations\n\n1. The Board should read step ① of the guide again with every agency.\n"
    doc = extract(text)
    assert _refs(doc) == ["1"]
    assert "step ① of" in doc.recommendations[0].text


def test_word_hanging_paragraphs_typed_with_circled_digits():
    word = Document()
    word.add_heading("Recommendations", 1)
    for digit, text in zip("①②③", RECS):
        p = word.add_paragraph()
        p.paragraph_format.left_indent = Pt(24)
        p.paragraph_format.first_line_indent = Pt(-24)
        p.add_run(f"{digit}\t{text}")
    data = io.BytesIO()
    word.save(data)
    assert _refs(extract(data.getvalue(), name="recs.docx")) == ["1", "2", "3"]


@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx", ".corpus.txt"])
def test_stand_in_reads_the_circled_refs_on_every_route(suffix):
    doc = extract(PENDING / f"{STEM}{suffix}")
    assert _refs(doc) == ["1", "2", "3", "4", "5"]
