"""A report printed in English and Welsh side by side (the family of tests/zoo/pending's
Glanafon and Pontardu stand-ins): one borderless two-column table, each row a paragraph and its
twin. The English column is the report's body and the Welsh twin no further record
(readers.side_by_side on Word and PDF, readers.twin_paragraphs on plain text, readers.joined_twins
where a line joins the two columns); the language is told from the words
(patterns/languages.toml)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract, read_bytes
from dhrparse.readers.languages import ENGLISH, WELSH, language

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEMS = {
    "cpr_wales_bilingual_side_by_side_english_left_glanafon": 4,
    "cpr_wales_bilingual_side_by_side_welsh_left_spanned_heads_pontardu": 5,
}
# words only the Welsh twins print
WELSH_WORDS = ("Dylai", "Bwrdd", "sicrhau", "asiantaeth")


@pytest.mark.parametrize("route", [".pdf", ".docx", ".txt"])
@pytest.mark.parametrize("stem", list(STEMS))
def test_the_english_column_is_the_body(stem, route):
    doc = extract(ZOO / f"{stem}{route}")
    assert [r.ref for r in doc.recommendations] == [str(k) for k in range(1, STEMS[stem] + 1)]
    for r in doc.recommendations:
        assert not any(w in r.text for w in WELSH_WORDS), r.text
        assert r.text.endswith(".")


@pytest.mark.parametrize("stem", list(STEMS))
def test_joined_lines_keep_their_english_half_where_proved(stem):
    doc = extract(ZOO / f"{stem}.corpus.txt")
    recs = doc.recommendations
    assert [r.ref for r in recs] == [str(k) for k in range(1, STEMS[stem] + 1)]
    # each recommendation opens in English: its first line's split is proved by its number
    assert all(language(load_patterns(), " ".join(r.text.split()[:6])) == ENGLISH for r in recs)
    # a line whose split the words do not prove is kept as printed and named
    unsplit = [w for w in doc.warnings if w.code == "bilingual_line_unsplit"]
    assert all(w.location and w.location.line_start for w in unsplit)


def test_languages_are_told_from_their_words():
    p = load_patterns()
    assert language(p, "The Board should review how the service shares concerns.") == ENGLISH
    assert language(p, "Dylai’r Bwrdd adolygu sut mae’r gwasanaeth yn rhannu pryderon.") == WELSH
    assert language(p, "Glanafon 2022") is None


def _table_docx(rows: list[tuple[str, str]]) -> bytes:
    d = Document()
    t = d.add_table(rows=len(rows), cols=2)
    for k, (a, b) in enumerate(rows):
        t.cell(k, 0).text, t.cell(k, 1).text = a, b
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _lines(data: bytes) -> list[tuple[str, bool]]:
    return [(ln.text, ln.cells is not None) for ln in read_bytes(data, "t.docx").lines if ln.text.strip()]


TWINS = [
    ("The family moved to the town in the spring.", "Symudodd y teulu i’r dref yn y gwanwyn."),
    ("The health visitor saw the baby twice.", "Gwelodd yr ymwelydd iechyd y babi ddwywaith."),
    ("Nobody asked who else lived in the home.", "Ni ofynnodd neb pwy arall oedd yn byw yn y cartref."),
]


@pytest.mark.parametrize("welsh_left", [False, True])
def test_twin_rows_read_as_english_paragraphs(welsh_left):
    rows = [(w, e) if welsh_left else (e, w) for e, w in TWINS]
    assert _lines(_table_docx(rows)) == [(e, False) for e, _ in TWINS]


def test_too_few_twins_or_a_table_of_one_language_stay_tables():
    assert all(cells for _, cells in _lines(_table_docx(TWINS[:2])))
    glossary = [("DHR", "Domestic Homicide Review"), ("the Board", "the Safeguarding Board of the area")]
    assert all(cells for _, cells in _lines(_table_docx(TWINS + glossary)))
