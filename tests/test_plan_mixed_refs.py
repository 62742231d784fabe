"""A DHR action plan tracker (Rec No. | Recommendation | Action | Lead officer | Target date | RAG
status | Progress update) in a Word table, its recommendation cells merged down over their
actions, as plain pdftotext prints it: column blocks (tests/column_blocks/build_mixed_refs.py).

- the ref column mixes the actions' codes ("1a", "1b") with a recommendation's own number where
  it has one action ("2"); a line holding a number alone looks like a page number, yet under
  the column's name, between its codes, it is that row's ref (plan.column_blocks);
- each row's date and bare RAG word print together, the pairs down the page a row at a time,
  though the first row's action prints apart from the rest of the column: the page's pairs
  are its actions' in order (plan.row_bands);
- an action may open "Co-design ..."; a lead wrapped after its comma ("Inspector," / "Corrowby
  Police") names no agency part of the plan."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

HERE = Path(__file__).resolve().parent
TEXT = HERE / "column_blocks" / "s13mixed_refs_tracker_plain.txt"

WANT = [
    ("1(a)", "1", "Write a short guide", "2024-05-31", "complete"),
    ("1(b)", "1", "Add a prompt for a private", "2024-09-30", "in_progress"),
    ("2", "2", "Audit twenty incident logs", "2024-11", "not_started"),
    ("3(a)", "3", "Co-design the enquiry", "2024-03-31", "complete"),
    ("3(b)", "3", "Train outpatient nurses", "2025-01", "in_progress"),
    ("4", "4", "Chair to write to the Home Office", "2024-02-29", "complete"),
]


def test_a_mixed_ref_column_and_rating_pairs_name_every_row():
    doc = extract(TEXT)
    got = [
        (
            a.ref,
            a.recommendation_ref,
            a.action,
            a.target_date.start if a.target_date else None,
            a.status.value,
        )
        for a in doc.actions
    ]
    assert [
        (ref, rec, action[: len(w[2])], date, status)
        for (ref, rec, action, date, status), w in zip(got, WANT)
    ] == WANT
    assert len(got) == len(WANT)


def test_the_recommendations_take_their_numbers_and_stay_the_partnerships():
    doc = extract(TEXT)
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert {r.level for r in doc.recommendations} == {"overview"}
    assert {a.agency_section for a in doc.actions} == {"overview"}
