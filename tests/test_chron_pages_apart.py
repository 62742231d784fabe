"""A chronology table printed column after column over several pages (tests/chron_over_pages: Word
tables exported to PDF by LibreOffice and to text by plain pdftotext). The table goes on past
what the segmenter made headings of between its pages (a page's foot, the comment column's
name, a comment cell, a date cell wrapped "2 January" / "2019" read as a numbered heading) up
to the header printed again on the next page. Every row is read with its own date and its own
event, or named in a warning: never a silent drop, never a neighbour's event."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dhrparse.pipeline import extract

FOLDER = Path(__file__).resolve().parent / "chron_over_pages" / "documents"
STEMS = sorted(p.stem for p in FOLDER.glob("*.json"))
NAMED = ("chronology_table_rows_unpaired", "chronology_table_rows_guessed", "chronology_table_columns_apart")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _read(stem: str) -> tuple[list[dict], dict]:
    gold = json.loads((FOLDER / f"{stem}.json").read_text(encoding="utf-8"))["chronology"]
    return gold, json.loads(extract(FOLDER / f"{stem}.txt").model_dump_json())


def test_the_exports_are_committed():
    assert len(STEMS) >= 4


@pytest.mark.parametrize("stem", STEMS)
def test_every_row_is_read_right_or_named(stem: str):
    gold, doc = _read(stem)
    named = " ".join(w["message"] for w in doc["warnings"] if w["code"] in NAMED)
    read = [(e["date"]["start"], _norm(e["text"])) for e in doc["chronology"] if e["date"]]
    assert len(read) == len(doc["chronology"])
    for start, text in read:  # never a neighbour's event, nor a comment or a note read as one
        assert any(start == row["date"][:10] and text.startswith(_norm(row["text_start"])) for row in gold), (
            start,
            text[:60],
        )
    for row in gold:  # never a silent drop
        found = any(text.startswith(_norm(row["text_start"])) for _, text in read)
        assert found or row["date_raw"] in named, row["date_raw"]


@pytest.mark.parametrize("stem", ["chron_pages_time_agency_comment", "chron_pages_contact_narrow"])
def test_the_last_page_is_read(stem: str):
    # the second page's rows, after the comment column's name and cells the segmenter made
    # headings of, under the header printed again
    gold, doc = _read(stem)
    read = {_norm(e["text"])[:30] for e in doc["chronology"]}
    last = [row for row in gold if row["date"] >= "2020-03"]
    assert all(any(t.startswith(_norm(row["text_start"])[:30]) for t in read) for row in last)


def test_a_wrapped_date_cell_does_not_end_the_table():
    # "2 January" / "2019" printed apart is no numbered section "2 January": the rows after it
    # are the table's, read or named
    gold, doc = _read("chron_pages_wide_event")
    assert doc["chronology"]
    named = " ".join(w["message"] for w in doc["warnings"] if w["code"] in NAMED)
    read = {_norm(e["text"])[:30] for e in doc["chronology"]}
    after = [row for row in gold if row["date"] > "2019-01-02"]
    assert all(row["date_raw"] in named or _norm(row["text_start"])[:30] in read for row in after)
