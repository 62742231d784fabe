"""Combined chronology tables printed column after column by plain pdftotext, one chronology at
many column widths (tests/chron_plain/generate.py renders them through Word -> LibreOffice PDF ->
pdftotext). Where the word wrap does not prove where an event ends, a row is read from the best
guess only when every other reading is clearly worse (guessed_cells): such a row must carry its
own event, never a neighbour's."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dhrparse.extractors.chronology.guessed_cells import fill, guess_spans
from dhrparse.extractors.chronology.wrapped_cells import cell_spans
from dhrparse.pipeline import extract

FOLDER = Path(__file__).resolve().parent / "chron_plain" / "generated"
TRUTHS = sorted(FOLDER.glob("*.truth.json"))


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _read(truth: Path) -> tuple[list[dict], dict]:
    rows = json.loads(truth.read_text(encoding="utf-8"))["rows"]
    doc = json.loads(extract(truth.with_name(truth.name.replace(".truth.json", ".txt"))).model_dump_json())
    return rows, doc


def _guessed_dates(doc: dict) -> list[str]:
    found = []
    for w in doc["warnings"]:
        if w["code"] == "chronology_table_rows_guessed":
            listed = w["message"].split("dates ", 1)[1].split("; check", 1)[0]
            found += [d.strip() for d in listed.split(", ")]
    return found


def test_generated_exports_are_committed():
    assert len(TRUTHS) >= 10


@pytest.mark.parametrize("truth", TRUTHS, ids=lambda p: p.name.split(".")[0])
def test_a_guessed_row_carries_its_own_event(truth: Path):
    rows, doc = _read(truth)
    by_raw = {row["date_raw"]: row for row in rows}
    records = {(e["date"] or {}).get("raw"): _norm(e.get("text") or "") for e in doc["chronology"]}
    for raw in _guessed_dates(doc):
        opening = _norm(" ".join(by_raw[raw]["event"].split()[:6]))
        assert records[raw].startswith(opening), (raw, records[raw][:80])


def test_a_guess_in_doubt_reads_no_row():
    # the last event may end after either of its sentences (a short last cell may run on over
    # the page): a reading not clearly better than the others reads none of the rows
    lines = [
        "The health visitor saw the baby at home and noted that mother",
        "was tired. Weighed and measured; no concerns were recorded.",
        "Police attended after a neighbour heard a child crying for an",
        "hour. Mother said the baby was teething; the officers then left.",
        "The school nurse saw that the older boy had no coat in the snow.",
        "She spoke to his teacher, who said it had happened all winter.",
    ]
    spans = cell_spans(lines, 3)
    assert spans == [None, None, None]
    assert guess_spans(lines, 3)[0][2] >= 1.0  # (the first cell is clear on its own)
    assert fill(spans, lines, frozenset()) == (spans, [])


def test_a_second_paragraph_is_not_guessed_to_be_a_row():
    # two rows, the first of two paragraphs: the short second paragraph stays with its cell
    lines = [
        "Officers attend after a neighbour reports shouting from the",
        "upstairs flat; both parties say it was an argument about money.",
        "No offences disclosed.",
        "The health visitor calls to see the baby and notes that the",
        "mother seems anxious and keeps looking towards the kitchen door.",
    ]
    assert [sp[:2] for sp in guess_spans(lines, 2)] == [(0, 3), (3, 5)]
