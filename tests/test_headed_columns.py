"""A plan table plain pdftotext printed a column at a time, each column's name over its first
cells (plan.headed_columns): an agency merged down and the recommendations' numbers, then the
action cells whole, then the Target and Status columns' values a band of rows at a time, the
later rows' actions printed among them. Read only where the action cells, the rows of values
and the ref column's numbers count alike; the k-th action then has the k-th row's values."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"

KESTWICK = [
    ("Write to all practices asking for a named lead.", "2025-09", "complete"),
    ("Add two questions on daily living to the diabetes review template.", "2026-03", "in_progress"),
    (
        "Add a same-day referral prompt to the crew's electronic record for cold homes.",
        "2025-12",
        "in_progress",
    ),
    ("Set a seven-day visit standard for reports of smells or pests.", "2025-06", "complete"),
    ("Draft a joint protocol for tenants who refuse entry.", "2025-12", "not_started"),
    ("Train housing officers on the protocol once it is agreed.", "2026-03", "not_started"),
    ("Commission the guide with the carers' forum.", "2025-09", "in_progress"),
    ("Print the guide and share it through libraries and pharmacies.", "2026-03", "not_started"),
]


def _rows(result):
    return [(a.action, a.target_date and a.target_date.start, a.status.value) for a in result.actions]


def test_values_printed_in_bands_of_rows_pair_with_the_actions_in_order():
    # (two rows' targets, then their statuses; one row's; then the later actions' run)
    result = extract(PENDING / "sar_thematic_recs_run_on_kestwick.txt")
    assert _rows(result) == KESTWICK
    # the merged agency column names no row: no lead, and no agency heading over the rows
    assert {(a.lead, a.agency_section) for a in result.actions} == {(None, "overview")}
    # the "No." column's numbers, one a row
    assert [a.ref for a in result.actions] == ["1", "2", "3", "4", "5", "5", "6", "6"]


def test_one_row_a_band_and_a_running_foot_among_the_cells():
    result = extract(PENDING / "sar_thematic_recs_run_on_brindle.txt")
    rows = _rows(result)
    assert len(rows) == 7
    assert rows[1] == ("Write to carers at discharge", "2025-12", "in_progress")
    assert rows[2][0] == "Put a fire safety visit into the hoarding procedure with a referral route"
    # (the paragraph under the table is no action)
    assert rows[6] == ("Book the venue and speakers for the learning event", "2025-06", "complete")
    # ("Thematic review" printed between the actions and the Target column's name)
    result = extract(PENDING / "sar_thematic_recs_run_on_oakhurst.txt")
    assert [r[1:] for r in _rows(result)][-2:] == [("2025-09", "in_progress"), ("2026-03", "not_started")]
    # (the Rec column's numbers printed out of order as the merged agency cells beside them fall
    # "1 3 5 6 2 4 6": the rows run in their numbers' order, so sorted they are the rows' own)
    assert [a.recommendation_ref for a in result.actions] == ["1", "2", "3", "4", "5", "6", "6"]


def test_counts_that_disagree_pair_nothing(tmp_path):
    # one status lost: the values no longer count as many rows as the actions, so no row is
    # given another's target or status
    text = (PENDING / "sar_thematic_recs_run_on_kestwick.txt").read_text(encoding="utf-8")
    cut = text.replace("Not started\nNot started\n", "Not started\n", 1)
    assert cut != text
    path = tmp_path / "kestwick_cut.txt"
    path.write_text(cut, encoding="utf-8")
    for action, target, status in _rows(extract(path)):
        right = next(row for row in KESTWICK if row[0].startswith(action[:30]))
        assert target in (None, right[1]) and status in ("unknown", right[2])


def test_a_report_whose_plan_prints_a_line_a_cell_line_stays_a_report():
    # the plan's cells printed a line each make it most of the text's lines, not of its words:
    # the report's own recommendations are still read
    result = extract(PENDING / "sar_thematic_recs_run_on_oakhurst.txt")
    assert result.review.doc_kind != "action_plan"
    assert [r.ref for r in result.recommendations] == ["1", "2", "3", "4", "5", "6"]
