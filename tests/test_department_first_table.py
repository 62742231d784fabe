"""A DARDR's national recommendations in a table No. | Government department | Recommendation,
printed in corpus text with each line's cells joined: the narrow department column wraps its
own name ("Government" over "department") and the departments' names ("Department for" over
"Education"), each recommendation an instruction naming no addressee.

The header's wrapped word is put back (recommendations.wrapped_table_header), so the joined rows
are read apart by the columns' widths (recommendations.joined_rows, where a line opening with a
small word that carries on a wrapped name no longer sets the recommendation column's width); the
department is each recommendation's agency, and the recommendations are the review's own
national ones (overview level), not departments' single-agency ones."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_national_recommendations_read_apart_from_their_departments():
    doc = extracted(PENDING / "dardr_department_first_table.corpus.txt")
    national = [
        (r.ref, r.agency, r.level, r.text.split()[0]) for r in doc.recommendations if r.scope == "national"
    ]
    assert national == [
        ("N1", "Department for Education", "overview", "Add"),
        ("N2", "Ministry of Justice", "overview", "Review"),
        ("N3", "Home Office", "overview", "Publish"),
    ]
    assert [r.ref for r in doc.recommendations] == ["N1", "N2", "N3", "L1", "L2"]


def test_a_department_column_after_the_recommendation_is_cut_off_its_text():
    doc = extracted(PENDING / "dardr_local_plan_lettered_refs.corpus.txt")
    first = doc.recommendations[0]
    assert first.agency == "Department for Education"
    assert first.text.endswith("relationships education.")
