"""The speed shortcuts of the PDF reader, the plan reader and the recommendation extractor
give exactly the answers of the plain computations they skip.

Each shortcut (a cheap test before a search, work done once instead of per column) is
checked against the plain computation, written here as it was before the shortcut, on
the bundled reports and on generated text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import prepare
from dhrparse.plan import rag_key
from dhrparse.prepare.markup import flatten
from dhrparse.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
RAG_DOCS = [
    "samples/002_8c558d289ea6a1d3.txt",
    "tests/zoo/plan_merged_rag_tracker.txt",
    "tests/zoo/plan_outcome_rag.txt",
    "tests/heldout/plan_rag_words_tabs.txt",
    "tests/heldout2/h2_plan_rag_cells.txt",
    "tests/heldout3b/sar_tracker_rag_brackenmoor.txt",
]


def _prepared(name: str):
    return prepare(read_path(ROOT / name), load_patterns())


# ---- plan.rag_key: a line naming no colour is not searched --------------------------------------


def _key_entries(text: str) -> list[str]:
    """The plain reading of one line: every key entry either form of the key finds in it."""
    flat = flatten(text)
    found = [m.group("colour") for m in rag_key._INLINE.finditer(flat)]
    m = rag_key._ENTRY.match(flat)
    return found + ([m.group("colour")] if m else [])


@pytest.mark.parametrize("name", RAG_DOCS)
def test_rag_key_reads_the_same_key_as_searching_every_line(name, monkeypatch):
    doc = _prepared(name)
    p = load_patterns()
    fast = rag_key.read_key(doc, p)
    monkeypatch.setattr(rag_key, "names_a_colour", lambda text: True)
    assert rag_key.read_key(doc, p) == fast
    for ln in doc.content_lines():
        text = " ".join(ln.cells) if ln.cells is not None else ln.text
        if not rag_key.names_a_colour(text):
            assert _key_entries(text) == [], text


_KEY_WORDS = ["Red", "AMBER", "green", "Blue", "gReEn", "re d", "<b>Gr</b>een", "G", "Bl<i>ue"]
_OTHER = ["–", "-", ":", "=", " ", ";", "|", "complete", "not started", "on track", "Kelvin \u212a", "ſ", "İ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_KEY_WORDS + _OTHER) | st.text(max_size=4), max_size=12))
def test_a_line_naming_no_colour_holds_no_key_entry(parts):
    text = " ".join(parts)
    if not rag_key.names_a_colour(text):
        assert _key_entries(text) == []
        assert rag_key._COLOUR_ONLY.match(text) is None  # (a key printed column by column)
    assert rag_key.colour_alone(text) == bool(rag_key._COLOUR_ONLY.match(text))


def _plain_column_key(lines, p):
    """The key printed column by column as first read: every line asked whether it prints a colour alone."""
    pairs, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].cells is None and rag_key.colour_alone(lines[j].text):
            j += 1
        if j - i < rag_key.MIN_ENTRIES:
            i = j + 1
            continue
        meanings = lines[j : j + (j - i)]
        values = [rag_key.status_words(ln.text, p) if ln.cells is None else None for ln in meanings]
        colours = [ln.text.strip().lower() for ln in lines[i:j]]
        if len(meanings) == j - i and None not in values and len(set(colours)) == len(colours):
            pairs += list(zip(colours, values))
        i = j
    return pairs


_KEY_LINE = st.sampled_from(
    [
        "Green",
        "Amber",
        " red ",
        "BLUE",
        "Blue",
        "Green – complete",
        "Completed",
        "In progress",
        "Not started",
        "on track",
        "The review met in May.",
        "Red",
        "Amber",
        "",
        "Greenwich",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_KEY_LINE, st.booleans()), max_size=14))
def test_column_key_asks_only_the_lines_printing_a_colour_alone(printed):
    """`_column_key` pairs the runs of colour-only lines `read_key` noted on its one pass: the
    same pairs as asking every line again (a line of cells breaks a run)."""
    from dhrparse.document import Line

    p = load_patterns()
    lines = [
        Line(number=k + 1, raw=text, text=text, cells=[text, "x"] if cell else None)
        for k, (text, cell) in enumerate(printed)
    ]
    only = [k for k, ln in enumerate(lines) if ln.cells is None and rag_key.colour_alone(ln.text)]
    assert rag_key._column_key(lines, only, p) == _plain_column_key(lines, p)


# ---- plan.cell_segments: free-text fits listed once per row ------------------------------------

PATTERNS = load_patterns()
WIDE_COLUMNS = [
    ["recommendation", "scope", "action", "lead", "target_date", "status"],
    ["recommendation", "scope", "action", "lead", "milestones", "target_date", "completion"],
    ["recommendation", "action", "lead", "milestones", "target_date", "outcome", "status"],
]
PLAN_WORD = st.sampled_from(
    [
        "Agencies",
        "should",
        "review",
        "the",
        "of",
        "and",
        "in",
        "risk.",
        "Local",
        "National",
        "Adult",
        "Social",
        "Care",
        "Lead",
        "Trust",
        "GP",
        "Police,",
        "March",
        "2024",
        "01/03/2023",
        "Completed",
        "Ongoing",
        "•",
        "N/A",
        "training.",
        "Write",
        "(a)",
    ]
)
PLAN_LINE = st.lists(PLAN_WORD, min_size=1, max_size=7).map(" ".join)


def _plain_best_cuts(rc, row, fields):
    """The programme as first written: every near start of every column tried through
    `_cell_cost`, one offer at a time."""
    from dhrparse.plan.cell_programme import NEVER, Programme
    from dhrparse.plan.cell_segments import LONG, MAX_SHORT, _opening_cost

    table = Programme(len(fields), len(row.points))
    opening = {a: _opening_cost(row.words, a) for a in row.points[:-1]}
    points = row.points
    for c, field in enumerate(fields, start=1):
        ends = range(len(points)) if c < len(fields) else (len(points) - 1,)
        if MAX_SHORT.get(field) is None:
            rc._far_starts(row, table, c, field, ends, opening)
        before, near = table.best[c - 1], MAX_SHORT.get(field, LONG)
        for j in ends:
            for i in range(j, -1, -1):
                if points[j] - points[i] > near:
                    break
                if before[i] < NEVER:
                    cost = rc._cell_cost(row, points[i], points[j], field, opening.get(points[i], 0.0))
                    table.offer(c, j, i, before[i] + cost)
    return table.spans(points, len(fields)), table.best


@settings(max_examples=150, deadline=None)
@given(st.lists(PLAN_LINE, min_size=1, max_size=14), st.sampled_from(WIDE_COLUMNS), st.booleans())
def test_wide_row_programme_matches_the_plain_programme(lines, columns, cell_ends):
    from dhrparse.plan import cell_segments
    from dhrparse.plan.interleaved import PrintedLine

    printed = [PrintedLine(text, ends_cell=k % 3 != 1, number=k) for k, text in enumerate(lines)]
    words = cell_segments.printed_words(printed, cell_ends)
    rc = cell_segments.RowCells(PATTERNS)

    def row():
        return cell_segments.RowWords(words, cell_segments.candidate_cuts(words), rc.lead_words)

    plain, plain_best = _plain_best_cuts(rc, row(), columns)
    tables = []

    class Kept(cell_segments.Programme):  # the programme's table, kept to compare every cost
        def __init__(self, fields, points):
            super().__init__(fields, points)
            tables.append(self)

    cell_segments.Programme, plain_programme = Kept, cell_segments.Programme
    try:
        assert rc._best_cuts(row(), columns) == plain
    finally:
        cell_segments.Programme = plain_programme
    assert tables[0].best == plain_best
