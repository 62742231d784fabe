"""A board's or partnership's response table with a RAG column, in corpus text (a printed
line's cells joined by single spaces) and in plain text (each cell a block): the narrow Timescale column prints a month over its year
("November" / "2025"), and the year under it sits on the line beside the lead's and the
response's later lines. The colour is the status column's, the year the timescale's."""

from pathlib import Path

import dhrparse

ZOO = Path(__file__).resolve().parent / "zoo"


def test_a_year_under_its_month_goes_to_the_timescale_not_the_lead_or_the_rating():
    doc = dhrparse.extract(ZOO / "cspr_partnership_response_rag.corpus.txt")
    actions = doc.actions
    assert [a.recommendation_ref for a in actions] == ["1", "2", "3", "4"]
    assert [a.target_date.raw for a in actions] == [
        "November 2025",
        "31/03/2026",
        "April 2026",
        "September 2026",
    ]
    # (row 1's "household; team" / "Children's": "team" is a name's word too, a tie the widths
    # leave open, so its lead is not asserted)
    assert [a.lead for a in actions][1:] == [
        "Named Nurse for Child Safeguarding",
        "Partnership Training Coordinator",
        "Chair, Partnership Quality Group",
    ]
    assert [a.status.raw for a in actions] == ["Green", "Amber", "Red", "Amber"]
    assert [a.status.value for a in actions] == ["complete", "in_progress", "not_started", "in_progress"]
    assert actions[0].action.startswith("The assessment form now asks for every adult in the household;")


def test_the_rating_column_holds_only_its_colour():
    doc = dhrparse.extract(ZOO / "cspr_partnership_response_rag.corpus.txt")
    assert all(a.status.raw in ("Green", "Amber", "Red") for a in doc.actions)
    assert not any(w.code == "plan_not_read" for w in doc.warnings)


def test_plain_text_rating_blocks_go_to_the_rag_column_not_the_lead():
    # (plain pdftotext prints each cell a block, row after row: the colour block after the
    # timescale is the RAG column's, never a lead's name nor the end of the table)
    doc = dhrparse.extract(ZOO / "cspr_partnership_response_rag.txt")
    actions = doc.actions
    assert [a.recommendation_ref for a in actions] == ["1", "2", "3", "4"]
    assert [a.status.raw for a in actions] == ["Green", "Amber", "Red", "Amber"]
    assert [a.lead for a in actions] == [
        "Service Manager, Children's Assessment Team",
        "Named Nurse for Child Safeguarding",
        "Partnership Training Coordinator",
        "Chair, Partnership Quality Group",
    ]
    assert [a.target_date.raw for a in actions] == [
        "November 2025",
        "31/03/2026",
        "April 2026",
        "September 2026",
    ]
    assert not any(w.code == "plan_not_read" for w in doc.warnings)
