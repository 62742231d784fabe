"""Numbers alone on their line: list numbers go back to their paragraphs, page numbers stay
furniture (prepare/lone_numbers). Plain pdftotext of a Word report; fictional, our own words."""

from __future__ import annotations

from pathlib import Path

from dhrparse.document import FURNITURE
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract, prepare
from dhrparse.readers import read_bytes

HEAD = "Brindle Cross DHR 2016/02 – Executive Summary\n"

FILLER = (
    "The panel read reports from six agencies and met the victim's sister twice during the\n"
    "review. It found that each agency knew part of what was happening at the family home.\n\n"
)

RECS = (
    "5. Recommendations\n"
    "1\n\n"
    "The Brindle Cross Partnership should revise its information sharing protocol so\n"
    "that:\n\n"
    "1.1\n\n"
    "schools are told when a child's parent is discussed at the risk conference held for\n"
    "the family; and\n\n"
    "1.2\n\n"
    "the conference minutes record which agency will speak to the child.\n\n"
    "2\n\n"
    "Brindle Cross Police should send a notification to the school after every incident\n"
    "attended where a child lives at the address.\n\n"
)

TAIL = (
    "3\n\n"
    "The Partnership should run a campaign on coercive control for parents of teenagers\n"
    "in every secondary school in the borough.\n\n"
    "The Partnership will monitor the action plan at its quarterly meetings.\n\n"
)


def _report(page_two_foot: str = "2") -> str:
    # three pages, each numbered at its foot; recommendation 3 is printed straight under page 3's
    # running head, where a page number could stand
    return (
        HEAD
        + FILLER * 3
        + "1\n\n\f"
        + HEAD
        + FILLER
        + RECS
        + page_two_foot
        + "\n\n\f"
        + HEAD
        + TAIL
        + "3\n\n\f"
    )


def test_list_numbers_at_a_page_top_and_mid_page_are_refs_not_page_numbers():
    doc = extract(_report(), name="summary.txt")
    refs = [r.ref for r in doc.recommendations]
    assert refs == ["1.1", "1.2", "2", "3"]
    assert doc.recommendations[-1].text.startswith("The Partnership should run a campaign")


def test_page_numbers_at_the_page_foot_stay_furniture():
    doc = prepare(read_bytes(_report().encode(), "summary.txt"), load_patterns())
    lone = [
        (ln.page, ln.kind) for ln in doc.lines if ln.text.strip() in ("1", "2", "3") and ln.kind == FURNITURE
    ]
    assert lone == [(1, FURNITURE), (2, FURNITURE), (3, FURNITURE)]


def test_a_plan_row_printed_cell_after_cell_keeps_its_number_apart():
    plan = (
        "Action plan\n"
        "1\n\n"
        "Review the risk conference protocol on closing cases.\n\n"
        "Chair\n\n"
        "Mar 2017\n\n"
        "Complete\n\n"
        "2\n\n"
        "Add a question about children to the police attendance form.\n\n"
        "Police\n\n"
        "June 2017\n\n"
        "Ongoing\n\n"
    )
    text = HEAD + FILLER * 3 + "1\n\n\f" + HEAD + plan + "2\n\n\f" + HEAD + FILLER + "3\n\n\f"
    doc = prepare(read_bytes(text.encode(), "plan.txt"), load_patterns())
    opened = [ln.text for ln in doc.lines if ln.text.startswith(("1 Review", "2 Add"))]
    assert opened == []


def test_an_appendix_numbered_afresh_keeps_its_page_numbers_as_furniture():
    # the appendix restarts at 1 at each page's foot, with no running head: each next page opens with prose
    appendix = "".join(
        f"Appendix page {n}: the panel's terms of reference set out the questions each agency\n"
        f"was asked to answer about its contact with the family.\n\n{n}\n\n\f"
        for n in (1, 2, 3)
    )
    text = _report() + appendix
    doc = prepare(read_bytes(text.encode(), "summary.txt"), load_patterns())
    glued = [ln.text for ln in doc.lines if ln.text[:2] in ("1 ", "2 ", "3 ") and "Appendix" in ln.text]
    assert glued == []


def test_large_list_numbers_in_a_report_whose_page_numbers_sit_in_its_footer_words():
    # (a layout table's large "1" beside each recommendation, exported to PDF lines with no blank
    # line after it; the pages numbered inside the footer's words, so no lone number is a page's)
    pdf = Path(__file__).parent / "zoo/pending/dhr_summary_sheet_chronology_number_cell_recs_orrelby.pdf"
    doc = extract(pdf)
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]


def test_small_lone_numbers_over_plan_cells_stay_apart_without_page_numbers():
    # (plain text prints no sizes: a column of refs printed before its cells is no list)
    text = (
        FILLER
        + "Rec\n1\nBrindle Cross Police\n1b\nshould check every address.\n2\nThe Board\n2a\nshould audit.\n"
    )
    doc = prepare(read_bytes(text.encode(), "plan.txt"), load_patterns())
    assert not [ln.text for ln in doc.lines if ln.text.startswith(("1 Brindle", "2 The Board"))]
