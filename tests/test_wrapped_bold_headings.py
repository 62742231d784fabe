"""A numbered heading wrapped over two lines ("5. Summary of key events / Crynodeb o
ddigwyddiadau" over "allweddol"): a two-language title wraps after any word, not only after a
joining word. The contents page listing the title whole tells its last word from a paragraph
line, in plain text (no weight printed) and in a Word-exported PDF whose house style of one and a
half lines' spacing keeps the heading's two lines apart. Read as a paragraph, the whole
chronology under it was lost on the PDF and text routes while the Word route (which has the
heading's style) read it. Fixture: tests/fixtures/wrapped_headings (build.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

FIXTURE = Path(__file__).parent / "fixtures" / "wrapped_headings" / "wrapped_headings"
DATES = ["2019-03-04", "2020-06-12", "2021-02", "2021-09-30"]


@pytest.mark.parametrize("route", [".txt", ".pdf", ".docx"])
def test_a_chronology_under_a_wrapped_bilingual_heading_is_read_on_every_route(route):
    result = extract(FIXTURE.with_suffix(route))
    assert [e.date.start for e in result.chronology] == DATES
    assert {e.location.section for e in result.chronology} == {
        "5. Summary of key events / Crynodeb o ddigwyddiadau allweddol"
    }
