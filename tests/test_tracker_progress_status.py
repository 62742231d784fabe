"""A short plan in corpus text (pdfplumber's lines, each followed by a blank line, the cells of a
printed line joined by single spaces): "Rec | Action | Responsible agency | Timescale |
Progress", the Rec cell a bare number (left empty under a recommendation's second action) and
the Progress cell a status word ("On track"). The narrower-table reader does not cut it; the
tracker reader reads "Rec" as the numbers' column where rows open with one, and the last
progress column as the status column where nearly every row's first line ends in a status word
(plan.tracker_rows). The whole family: tests/zoo/pending/plan_rec_number_column_progress_status_
words (its plain pdftotext route does not read its leads yet)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from plan_text import corpus_text, printed_rows

from dhrparse.pipeline import extract
from dhrparse.vocab.type_widths import Face

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402  (tests/score.py)

FACE = Face("calibri")
WIDTHS = [2.0, 26.0, 11.0, 7.0, 6.5]  # in ems
HEADER = "Rec Action Responsible agency Timescale Progress"
ROWS = [
    (
        "1",
        "Publish regional guidance on marks seen on babies who cannot yet roll",
        "Health Department",
        "April 2025",
        "On track",
    ),
    ("2", "Set one template for injuries seen in nurseries", "Carnlough Board", "31/12/2024", "On track"),
    (
        "3",
        "Route calls about injuries to the duty social worker the same day",
        "Carnlough Trust",
        "30/06/2024",
        "Complete",
    ),
    ("", "Check thirty such calls after the change", "Carnlough Trust", "30/11/2024", "Not started"),
    (
        "4",
        "Add a new adult in the household prompt to the visiting record",
        "Carnlough Trust",
        "Ongoing",
        "Ongoing",
    ),
]


def _plan(header: str = HEADER) -> str:
    lines = [
        "Carnlough Safeguarding Board – Case Management Review 'Eoghan' – Executive Summary",
        "Action plan",
        header,
        *printed_rows(ROWS, WIDTHS, FACE),
    ]
    return corpus_text(lines)


def test_the_rows_are_read_with_their_numbers_agencies_dates_and_progress_words():
    doc = extract(_plan())
    got = [
        (
            a.recommendation_ref,
            (a.action or "").split()[0],
            a.lead,
            a.target_date.raw if a.target_date else None,
            a.status.value,
        )
        for a in doc.actions
    ]
    assert got == [
        ("1", "Publish", "Health Department", "April 2025", "in_progress"),
        ("2", "Set", "Carnlough Board", "31/12/2024", "in_progress"),
        ("3", "Route", "Carnlough Trust", "30/06/2024", "complete"),
        # (the second action under 3, its Rec cell empty: a row of its own, not the above's words)
        ("3", "Check", "Carnlough Trust", "30/11/2024", "not_started"),
        ("4", "Add", "Carnlough Trust", "Ongoing", "in_progress"),
    ], got
    assert "Check" not in doc.actions[2].action


def test_a_first_column_named_in_full_holds_the_numbers_where_the_rows_open_with_actions():
    # ("Recommendation | Action | ...", the rows opening "1 Publish ...": no sentence asking
    # anyone to act follows the numbers, so the column holds only them)
    doc = extract(_plan(HEADER.replace("Rec ", "Recommendation ", 1)))
    assert [(a.recommendation_ref, (a.action or "").split()[0]) for a in doc.actions] == [
        ("1", "Publish"),
        ("2", "Set"),
        ("3", "Route"),
        ("3", "Check"),
        ("4", "Add"),
    ]


def test_a_progress_column_under_recommendation_bands_is_left_to_the_band_readers():
    # tests/zoo/plan_merged_rec_bands: "Ref | Action | Lead | Target date | Measure of success |
    # Update", each recommendation printed as a band across the table ("Recommendation 1: ...").
    # The band readers read them; the tracker, which would leave them as blank rows, does not
    # take the table
    zoo = Path(__file__).resolve().parent / "zoo"
    doc = extract(zoo / "plan_merged_rec_bands.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"], [r.ref for r in doc.recommendations]


def test_the_pending_zoo_plan_reads_whole_in_corpus_text():
    pending = Path(__file__).resolve().parent / "zoo" / "pending"
    stem = "plan_rec_number_column_progress_status_words"
    gold = json.loads((pending / f"{stem}.json").read_text(encoding="utf-8"))
    result = score.score_doc(gold, json.loads(extract(pending / f"{stem}.corpus.txt").model_dump_json()))
    for kind in ("recommendations", "actions"):
        assert result[kind].f1() == 1.0, (kind, result[kind].f1())
    for name, (ok, n) in result["actions"].fields.items():
        assert ok == n, (name, ok, n)
