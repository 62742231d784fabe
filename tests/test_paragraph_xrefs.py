"""A recommendations table "No. | Para. | Recommendation | Organisation" whose second column
gives the report's paragraph each recommendation's learning comes from: in corpus text the
paragraph's number ("6.2") is a cross-reference, left out of the recommendation's words, and the
organisation's cell is cut off as in a table without it (recommendations.paragraph_xrefs)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.extractors.recommendations.paragraph_xrefs import without_xref
from dhrparse.pipeline import extract

REPORT = Path(__file__).resolve().parent / "zoo" / "pending" / "dhr_rec_table_paragraph_column.corpus.txt"


def test_paragraph_column_only_after_the_number():
    roles = ["ref", "xref", "recommendation", "name"]
    names = ["No.", "Para.", "Recommendation", "Organisation"]
    assert without_xref(names, roles) == (
        ["No.", "Recommendation", "Organisation"],
        ["ref", "recommendation", "name"],
        True,
    )
    # (a paragraph column anywhere else is no layout this reader knows)
    assert (
        without_xref(["Recommendation", "Para.", "Organisation"], ["recommendation", "xref", "name"]) is None
    )
    assert without_xref(names[:1] + names[2:], ["ref", "recommendation", "name"])[2] is False


def test_recommendations_leave_out_the_paragraph_and_the_organisation():
    recs = extract(REPORT).recommendations
    assert [r.ref for r in recs] == ["1", "2", "3", "4"]
    assert recs[0].text.startswith("Kestlow Ambulance Service should make sure crews record who else")
    assert "6.2" not in recs[0].text
    assert recs[2].text.endswith("financial control by a partner.")
    assert "Money Advice Team" not in recs[2].text
