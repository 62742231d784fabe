"""A plan table printed as corpus text (no layout: a row's cells interleaved a few words a
column a line), its rows numbered in a column of their own: a row's number and the start of its
cells share a line ("2 Tillinghurst Local Pilot a safety Tillinghurst 30/06/2024 Tenants leave Amber"). Such
a line looks like a numbered heading (short, capitalised, next in the heading numbering), and
read as one it ended the plan's section after the first row. The number carrying on the rows'
run (1, then 2) and the row's date in the line's middle with the next column's words after it
tell it from a heading."""

from __future__ import annotations

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import prepare
from dhrparse.readers import read_bytes

PLAN = [
    "Tillinghurst Community Safety Partnership",
    "Domestic Homicide Review 'Hester' – Action Plan",
    "Progress reported to the Partnership Board in March 2025. RAG: Red – not started; Amber – in progress; Green – complete.",
    "Recommendation Scope Action to take Lead Agency Target Date Outcome Status",
    "1 Tillinghurst Police Local Add a stalking Tillinghurst Police 31/03/2024 Call handlers ask Completed",
    "should screen screening about stalking at",
    "every report. question. every call.",
    "2 Tillinghurst Local Pilot a safety Tillinghurst 30/06/2024 Tenants leave Amber – pilot",
    "Borough Council planning form in Borough Council with a written finished",
    "should offer a two offices. safety plan.",
    "3 The Partnership Regional Draft the protocol Tillinghurst 31/12/2024 One protocol is Green",
    "should agree a with its neighbours. CSP used across the",
    "protocol. region.",
]


def _blocks(lines: list[str]):
    text = "\n\n".join(f"{ln} " for ln in lines) + "\n"
    patterns = load_patterns()
    doc = prepare(read_bytes(text.encode(), "plan.corpus.txt", patterns=patterns), patterns)
    return doc.blocks


def test_a_numbered_row_carrying_on_the_rows_run_is_no_heading():
    blocks = _blocks(PLAN)
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert not any(h.startswith(("Tillinghurst Local", "The Partnership Regional")) for h in headings)
    assert [b.number for b in blocks if b.number] == ["1", "2", "3"]


def test_a_numbered_heading_after_numbered_paragraphs_stays_a_heading():
    lines = [
        "1 The review was commissioned by the Tillinghurst Community Safety Partnership in 2023.",
        "2 Background",
        "Hester lived with her partner in Tillinghurst from 2019 to 2022 and had two children.",
    ]
    headings = [b.text for b in _blocks(lines) if b.kind == "heading"]
    assert "Background" in headings
