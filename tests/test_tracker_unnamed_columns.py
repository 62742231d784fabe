"""Trackers in corpus text (pdfplumber's lines, the cells of a printed table line joined by
single spaces) that read as nothing before session 21, read by plan.tracker_rows:

* a header naming columns no field is for ("Assurance evidence", "Date closed", "Evidence"),
  up to two of them (plan.tracker_header), a "Date closed" cell cut as a date or left empty;
* refs printed as an agency's letters and a number ("CHT 1"), statuses "Open – on track";
* a Board plan's last column named "Commentary" (a progress column's name, patterns);
* a table printed after the plan (a version log numbered "0.1", "0.2") ending it
  (plan.ref_series);
* a recommendation printed as a band over its lettered actions is left to its own reader.

The two documents are the pending zoo's (tests/zoo/pending/build_s21corpus_trackers.py)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.tracker_header import EXTRA_DATE, TrackerHeaders
from dhrparse.plan.tracker_rows import TrackerShapes, banded_rows, extra_role, joined_ref
from dhrparse.plan.vocabulary import PlanVocabulary

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
P = load_patterns()


def _headers() -> TrackerHeaders:
    return TrackerHeaders(ColumnMap(P), P)


def test_two_unnamed_columns_are_placed_among_the_named():
    got = _headers()._header("Rec Action Lead Target date Assurance evidence Date closed Status")
    assert got == ("Rec Action Lead Target date Status", [(4, "Assurance evidence"), (5, "Date closed")])


def test_unnamed_column_before_the_action():
    got = _headers()._header("Ref Learning identified Action Responsible Deadline Evidence Status")
    assert got == ("Ref Action Responsible Deadline Status", [(1, "Learning identified"), (5, "Evidence")])


def test_three_unnamed_columns_are_too_many():
    assert _headers()._header("Ref Evidence Action Lead Due Assurance Status Date closed") is None


def test_an_unknown_word_still_refuses_the_header():
    assert _headers()._header("Ref Action Lead Due Evidence Status Signature") is None


def test_a_date_closed_column_is_cut_as_dates():
    assert extra_role("Date closed", P) == EXTRA_DATE
    assert extra_role("Assurance evidence", P) != EXTRA_DATE


def test_an_agencys_two_word_ref_is_one_ref():
    ref = PlanVocabulary.of(P).ref_word_whole
    assert joined_ref(["CHT", "1", "Add", "a", "question"], ref)[0] == "CHT 1"
    assert joined_ref(["1", "Add", "a", "question"], ref)[0] == "1"
    assert joined_ref(["The", "1", "question"], ref)[0] == "The"


def test_open_reads_as_a_status_cell_and_a_sentence_does_not():
    shapes = TrackerShapes(P)
    assert shapes.is_status("Open – on")
    assert shapes.is_status("Open")
    assert not shapes.is_status("Opened the new form")


def test_a_band_over_lettered_actions_is_no_tracker_row():
    roles = ["recommendation", "action", "lead", "target_date", "status"]
    rows = [
        (1, "4", ["The Trust should share", "", "", "", ""]),
        (2, "4a", ["", "Agree the protocol", "Head of Service", "30/06/2024", "Closed"]),
    ]
    assert banded_rows(rows, roles, TrackerShapes(P))
    rows[0] = (1, "4", ["", "Share the protocol", "Head of Service", "31/05/2024", "Closed"])
    assert not banded_rows(rows, roles, TrackerShapes(P))


def _actions(stem: str) -> list:
    return extract(PENDING / f"{stem}.corpus.txt").actions


def test_trust_plan_reads_every_row_with_its_ref_and_status():
    actions = _actions("plan_trust_assurance_evidence_date_closed")
    assert [a.action.split()[0] for a in actions] == ["Add", "Brief", "Include", "Share", "Audit"]
    assert [a.status.value if a.status else None for a in actions] == [
        "complete",
        "in_progress",
        "in_progress",
        "complete",
        "in_progress",
    ]
    assert actions[0].ref.replace(" ", "") == "CHT1"
    assert actions[0].extra.get("Date closed") == "12/09/2024"


def test_board_plan_ends_before_its_version_log():
    actions = _actions("plan_board_commentary_column_version_log")
    assert [a.ref for a in actions] == ["1", "2", "3", "4", "5"]
    assert [a.status.value for a in actions] == [
        "complete",
        "in_progress",
        "complete",
        "not_started",
        "in_progress",
    ]
    assert actions[1].progress.startswith("Case list drawn")
