"""A plan table whose header breaks its narrow columns' names mid-word ("Recommendat" over
"ion"), in corpus text (every printed line's cells joined by single spaces), under a section
heading the report's recommendation reader knows ("Overview recommendations"): no reader can cut
its rows, so the header is left as printed with a warning, and the rows' joined lines, each a
recommendation cell's words interleaved with four other columns', make no recommendations
(plan.refused_extents). A recommendation stated under its own label inside the stretch is kept.
"""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract
from dhrparse.plan.refused_extents import JOINED_ROWS

PENDING = Path(__file__).parent / "zoo" / "pending"

PAPER = """Kestle Bay Community Safety Partnership 

Domestic Homicide Review 'Mabel' - action plan 

Appendix: Action plan 

Overview recommendations 

Ref Recommendat Action Lead officer Target date Outcome 

ion 

1 Kestle Bay Write a referral Partnership Completed Older victims are 

Community route with the Manager offered help that 

Safety housing providers fits their home 

Partnership and the older life. 

should agree a people's forum. 

pathway for 

older victims. 

2 All agencies Each agency to Safeguarding April 2025 Victims are asked 

should make add a prompt to leads of each on their own, 

sure staff ask its first agency away from their 

about abuse assessment. carer. 

when a carer 

answers for the 

patient. 

Sign-off 

The plan was agreed by the Partnership Board. Progress is reported each quarter. 
"""


def _warned(doc) -> list[str]:
    return [w.message for w in doc.warnings if w.code == "not_a_recommendation" and JOINED_ROWS in w.message]


def test_joined_rows_of_a_refused_table_make_no_recommendations():
    doc = extract(PAPER)
    assert any(w.code == "plan_cells_untold" for w in doc.warnings)
    texts = [r.text for r in doc.recommendations]
    assert not any("Write a referral" in t or "Each agency to" in t for t in texts), texts
    assert len(_warned(doc)) == 2


LABELLED = "Recommendation 3: Kestle Bay Police should link repeat calls from one address on the control room system. "


def test_a_labelled_recommendation_inside_the_stretch_is_kept():
    paper = PAPER.replace("Sign-off", f"{LABELLED}\n\nSign-off")
    doc = extract(paper)
    line = paper.splitlines().index(LABELLED) + 1
    start = paper.splitlines().index("Ref Recommendat Action Lead officer Target date Outcome ") + 1
    assert any(first == start and first < line <= last for first, last in _stretches(paper))
    assert [r.ref for r in doc.recommendations] == ["3"]
    assert doc.recommendations[0].text.startswith("Kestle Bay Police should link")


def _stretches(text: str) -> list[tuple[int, int]]:
    from dhrparse.ledger import Ledger
    from dhrparse.patterns import load_patterns
    from dhrparse.pipeline import prepare
    from dhrparse.plan.reader import read_plan
    from dhrparse.readers import read_bytes

    p = load_patterns()
    doc = prepare(read_bytes(text.encode(), name="paper.txt"), p)
    return read_plan(doc, Ledger(p)).refused


def test_the_zoo_paper_reads_no_recommendation_from_its_broken_header_tables():
    doc = extract(PENDING / "plan_broken_header_narrow_cells.corpus.txt")
    assert doc.recommendations == []
    assert len(_warned(doc)) == 4
    # (the same paper as a PDF reads every row: the tables' cells are known there)
    pdf = extract(PENDING / "plan_broken_header_narrow_cells.pdf")
    assert [r.ref for r in pdf.recommendations] == ["1", "2", "1", "1"]
    assert len(pdf.actions) == 4
