"""A plan under a two-row header ("Ref | Recommendation | Action | Lead | Timescale" merged down
beside "Progress (January 2025)" merged across "Update | RAG"), rated by the letters of a C / G /
A / R key (C complete, G on track, A some slippage, R not started) that a key line explains.
plan.sub_headers makes the two header rows one (PDF, Word); the tracker reader cuts the letter
as the row's status (corpus text), a merged recommendation cell printing nothing beside a later
action's first line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.status import normalise_status
from dhrparse.plan.sub_headers import join_sub_headers
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "plan_two_row_header_rag_letters"
STATUSES = ["complete", "in_progress", "in_progress", "complete", "not_started", "not_started", "complete"]


def _row(number: int, cells: list[str]) -> Line:
    return Line(number, "\t".join(cells), cells=cells)


def test_the_two_header_rows_make_one():
    top = ["Ref", "Recommendation", "Action", "Lead", "Timescale", "Progress (June 2024)", ""]
    sub = ["", "", "", "", "", "Update", "RAG"]
    body = ["1", "The Board should ...", "Write a guide.", "Manager", "31/03/2024", "Done.", "C"]
    lines = [_row(1, top), _row(2, sub), _row(3, body), _row(4, sub)]
    got = join_sub_headers(lines, ColumnMap(load_patterns()))
    names = ["Ref", "Recommendation", "Action", "Lead", "Timescale", "Update", "RAG"]
    assert [ln.cells for ln in got] == [names, body, names]  # (the second row repeated: the header)


def test_a_first_row_of_names_under_no_spanning_name_is_left_alone():
    top = ["Ref", "Recommendation", "Action", "Lead", "Timescale", "Update", "RAG"]
    sub = ["1", "The Board should ...", "Write a guide.", "Manager", "31/03/2024", "Done.", "C"]
    lines = [_row(1, top), _row(2, sub)]
    assert join_sub_headers(lines, ColumnMap(load_patterns())) == lines


def test_the_letter_c_is_complete():
    assert normalise_status("C").value == "complete"
    assert normalise_status("R").value == "not_started"


@pytest.mark.parametrize("ext", ["pdf", "docx", "corpus.txt"])
def test_the_rag_letters_rate_every_action(ext):
    doc = extracted_json(PENDING / f"{STEM}.{ext}")
    assert [a["status"]["value"] for a in doc["actions"]] == STATUSES
    assert [a["target_date"]["start"] for a in doc["actions"]][:2] == ["2024-03-31", "2024-09-30"]
