"""A plan's separate progress table keyed by ref (plan.progress_tables read it, progress_links join
it): "Part B – Progress update" Ref | Update | Status after a plan Ref | Action | Lead | Target date
with no status column. Each progress row gives its status and update to the action with its ref,
in whatever order the table lists them; its rows are no actions; a row whose ref names no action
is told in a warning, never given to an action by its place. The whole family: tests/zoo/pending/
sar_plan_part_b_progress_update_harrowdene (its heading at page 1's foot, its table on page 2) and
dhr_plan_appendix_rag_progress_corbridge (an appendix's "Action ref | Progress | RAG", rows in
another order)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.progress_tables import progress_columns, progress_header_line, read_joined_progress
from dhrparse.plan.tables import column_map
from dhrparse.plan.vocabulary import PlanVocabulary

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
P = load_patterns()
CM = column_map(P)

PLAN = """Safeguarding Adults Review: Edwin – action plan

Part A – Action plan
Ref\tAction\tLead officer\tTarget date
R1.1\tWrite a short guide to the self-neglect pathway for frontline staff\tBoard Business Manager\t31 January 2026
R1.2\tAudit ten referrals made under the pathway\tQuality Assurance Lead\tMarch 2026
R2.1\tAdd a prompt about declined visits to the nursing record\tHead of Community Nursing\t30 November 2025

Part B – Progress update
Ref\tUpdate\tStatus
R2.1\tPrompt added to the record in October.\tComplete
R1.1\tGuide drafted and shared with the practitioners' forum.\tUnderway
R1.2\tAudit to begin in the new year.\tNot started
{extra}
Next update: January 2026.
"""


def _actions_and_warnings(text: str):
    doc = extract(text)
    return {a.ref: a for a in doc.actions}, doc.warnings


def test_each_progress_row_gives_its_status_to_the_action_with_its_ref():
    actions, _ = _actions_and_warnings(PLAN.format(extra=""))
    assert sorted(actions) == ["R1.1", "R1.2", "R2.1"]  # (the progress rows are no actions)
    assert actions["R2.1"].status.value == "complete"
    assert actions["R1.1"].status.value == "in_progress"
    assert actions["R1.2"].status.value == "not_started"
    assert actions["R1.1"].progress.startswith("Guide drafted")


def test_a_progress_row_naming_no_action_is_told_not_given_by_position():
    actions, warnings = _actions_and_warnings(PLAN.format(extra="R3.1\tTraining booked for March.\tUnderway"))
    assert len(actions) == 3
    told = [w for w in warnings if w.code == "progress_not_linked"]
    assert len(told) == 1 and "R3.1" in told[0].message and told[0].location.line_start


def test_a_plan_header_is_no_progress_header():
    assert progress_columns(["Ref", "Update", "Status"], CM) == ["ref", "progress", "status"]
    assert progress_columns(["Ref", "Action", "Lead", "Status"], CM) is None
    assert progress_columns(["Update", "Status"], CM) is None  # (no ref to key the rows by)
    assert progress_header_line("Ref Update Status", CM) == ["ref", "progress", "status"]
    assert progress_header_line("Ref Action Lead officer Target date", CM) is None
    assert progress_header_line("No update received", CM) is None  # (a cell's note, not a header)


def test_a_plan_headers_wrapped_last_line_heads_no_progress_table():
    printed = [
        "Ref Action Lead officer Target date RAG Progress update",
        "No. status",
        "1a Issue guidance on interpreters DA Coordinator 31/03/2024 Blue",
        "1b Audit the use of interpreters DA Coordinator 30/06/2024 Green",
    ]
    lines = [Line(k + 1, text) for k, text in enumerate(printed)]
    assert read_joined_progress(lines, 1, CM, PlanVocabulary.of(P), P, lambda t: t) is None


@pytest.mark.parametrize(
    "rows, states",
    [
        (
            ["R1.1 Guide published in August. Complete", "R1.2 Sample to be drawn. Not started"],
            ["Complete", "Not started"],
        ),
        (
            [
                "R1.1 Guide published on the website Complete",
                "and sent to partners.",
                "R2.1 Field added. Underway",
            ],
            None,
        ),
    ],
)
def test_a_progress_table_printed_with_its_cells_joined_on_each_line(rows, states):
    lines = [Line(k + 1, text) for k, text in enumerate(["Ref Update Status", *rows, "Progress notes:"])]
    read = read_joined_progress(lines, 0, CM, PlanVocabulary.of(P), P, lambda t: t)
    if states is not None:
        assert [r.status for r in read[0]] == states and read[1] == len(rows) + 1
    else:  # (a row's update wrapped over two lines, its state on the first: the second carries it on)
        assert [(r.ref, r.status) for r in read[0]] == [("R1.1", "Complete"), ("R2.1", "Underway")]
        assert read[0][0].update == "Guide published on the website and sent to partners."


def test_the_stand_ins_statuses_on_pdf_and_word():
    for suffix in (".pdf", ".docx"):
        doc = extract(PENDING / f"sar_plan_part_b_progress_update_harrowdene{suffix}")
        assert len(doc.actions) == 8
        assert all(a.status.value != "unknown" for a in doc.actions), suffix


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".corpus.txt"])
def test_an_appendix_rated_by_rag_in_another_order_and_an_action_with_no_row(suffix):
    """(corpus text: "Action Progress since last report RAG" over "ref", the first name wrapped)"""
    doc = extract(PENDING / f"dhr_plan_appendix_rag_progress_corbridge{suffix}")
    states = {a.ref: a.status.value for a in doc.actions}
    assert states == {
        "1.1": "complete",
        "1.2": "in_progress",
        "2.1": "in_progress",
        "2.2": "not_started",
        "3.1": "in_progress",
        "3.2": "unknown",  # (no appendix row: nothing given by position)
        "3.3": "complete",
    }
    assert not [w for w in doc.warnings if w.code in ("plan_not_read", "progress_not_linked")]
