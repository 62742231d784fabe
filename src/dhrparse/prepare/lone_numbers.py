"""Numbers alone on their line that are list numbers, not page numbers.

Plain `pdftotext` prints a Word list's number alone on its line when the author set it apart
from the text with a tab or a table cell ("1", a blank line, "The Partnership should ...").
Furniture marking takes every such number for a page number. Structure and content together
tell the two apart:

* a page number stands at a page's edge (its first or last lines, beside the form feed) and
  fits the run the report's page numbers make (page 9 prints "9", page 10 prints "10");
* a list number stands anywhere, counts on from the list number before it ("1", "2", "3"),
  and has a paragraph under it that reads as prose.

Only numbers that pass both tests go back in front of their paragraphs ("1 The Partnership
should ..."), so a paragraph's number is not lost; a number that fails either stays page
furniture, and a report without page breaks keeps the old reading (nothing to measure the
run of page numbers against).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from dhrparse.document import BLANK, FURNITURE, TEXT, Line
from dhrparse.sentence_ends import CLAUSE_LINE_END as _SENTENCE_END

# a number alone on its line (a list item's, its text printed apart; a page's)
LONE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
_NEXT_LABEL = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*[.)]?\s*$")
_PROSE_START = re.compile(r"^[\"'“‘(]?[A-Z]")
# how many of a page's first and last printed lines count as its edge (a running head, then
# the page number, sits within them)
EDGE_LINES = 2
MIN_RUN_PAGES = 2  # page numbers agreeing on this many pages make the run
MIN_LIST = 2  # one number before one paragraph is as likely a page number as a list's
MIN_PROSE_WORDS = 5
MAX_BLANKS = 2  # blank lines a text export prints between a list number and its paragraph
# a table printed cell after cell shows this many short cells between two row numbers
MIN_CELLS = 2
FRAGMENT_WORDS = 6
ROW_REACH = 12  # paragraphs looked at after a number's own


def restore_list_numbers(lines: list[Line], column_names: frozenset[str] = frozenset()) -> None:
    """Put list numbers that furniture marking took for page numbers back in front of their
    paragraphs. `column_names`: the names an action plan's columns print under; a paragraph
    opening with one alone on its line ("Action" over the column's cells) is a table's column,
    printed after a row's number by a text export, not a list item."""
    lone = [
        i
        for i, ln in enumerate(lines)
        if ln.kind == FURNITURE and ln.cells is None and LONE_NUMBER.match(ln.text)
    ]
    if len(lone) < MIN_LIST or not any(ln.page for ln in lines):
        return
    edge = _at_page_edge(lines)
    run = _page_run(lines, [(i, side) for i in lone for side in edge.get(i, ())])
    # (a report printing no lone page numbers, its numbers among a footer's words: a lone number
    # printed large is a list's, where its paragraph follows on its page and the numbers count on)
    offset, side = run if run is not None else (None, None)
    candidates: list[tuple[int, int, int]] = []  # (value, number line, paragraph line)
    for i in lone:
        value = int(lines[i].text)
        at = edge.get(i, ())
        if side in at and (value - (lines[i].page or 0) == offset or f"{side} line" in at):
            # a page number where the report prints its page numbers (the page's outermost line
            # is one even off the run: an appendix numbered afresh)
            continue
        start = _paragraph_after(lines, i)
        if start is None or lines[start].page != lines[i].page:
            continue  # (a list's number is printed on its paragraph's page)
        named = lines[start].text.strip().lower() in column_names
        # (with no page numbers learnt, only a number printed larger than the text, as a layout
        # table's "1" beside its recommendation is and no page number is, over a paragraph that
        # ends as a sentence: a column of refs printed before its cells, "3" / "Carers' voice", does not)
        unpaged = side is None and not (
            (lines[i].hint or "").startswith("heading") and _ends_sentence(lines, start)
        )
        if _reads_as_prose(lines, start) and not named and not unpaged and not _row_cells_after(lines, start):
            candidates.append((value, i, start))
    for chain in _counting_chains(candidates):
        for _, i, start in chain:
            lines[start].text = f"{lines[i].text.strip()} {lines[start].text.lstrip()}"
            lines[i].text, lines[i].kind = "", BLANK


def _at_page_edge(lines: list[Line]) -> dict[int, set[str]]:
    """The first ("top") and last ("foot") printed lines of each page, by index; its very
    first and last ("top line", "foot line") besides."""
    by_page: defaultdict[int, list[int]] = defaultdict(list)
    for i, ln in enumerate(lines):
        if ln.kind != BLANK and ln.page is not None:
            by_page[ln.page].append(i)
    edge: defaultdict[int, set[str]] = defaultdict(set)
    for printed in by_page.values():
        for i in printed[:EDGE_LINES]:
            edge[i].add("top")
        for i in printed[-EDGE_LINES:]:
            edge[i].add("foot")
        edge[printed[0]].add("top line")
        edge[printed[-1]].add("foot line")
    return edge


def _page_run(lines: list[Line], at_edge: list[tuple[int, str]]) -> tuple[int, str] | None:
    """Where the report prints its page numbers: how far they stand from the pages they are on
    (0 when page 9 prints "9"; a report whose cover is unnumbered prints its page 2 as "1")
    and at which edge, when the numbers of several pages agree; None when it prints no run."""
    runs = Counter((int(lines[i].text) - (lines[i].page or 0), side) for i, side in at_edge)
    if not runs:
        return None
    run, count = runs.most_common(1)[0]
    return run if count >= MIN_RUN_PAGES else None


def _paragraph_after(lines: list[Line], index: int) -> int | None:
    blanks = 0
    for k in range(index + 1, len(lines)):
        ln = lines[k]
        if ln.kind == BLANK:
            blanks += 1
            if blanks > MAX_BLANKS:
                return None
            continue
        return k if ln.kind == TEXT and ln.cells is None else None
    return None


def _reads_as_prose(lines: list[Line], start: int) -> bool:
    """The paragraph under the number opens like a sentence and runs to several words (a table's
    short cells, "Police", "March 2024", do not)."""
    words = 0
    for ln in lines[start:]:
        if ln.kind != TEXT or ln.cells is not None:
            break
        words += len(ln.text.split())
    return bool(_PROSE_START.match(lines[start].text.lstrip())) and words >= MIN_PROSE_WORDS


def _ends_sentence(lines: list[Line], start: int) -> bool:
    """The paragraph under the number ends as a sentence does (the last item's paragraph ends
    before the heading printed straight under it, with no blank line between: "... go home." /
    "What will happen next")."""
    end = _paragraph_end(lines, start)
    end = next((k for k in range(start + 1, end) if _heading_hint(lines[k])), end)
    return end > start and bool(_SENTENCE_END.search(lines[end - 1].text))


def _heading_hint(line: Line) -> bool:
    return (line.hint or "").startswith(("heading", "bold"))


def _row_cells_after(lines: list[Line], start: int) -> bool:
    """A table row printed cell after cell: under the row's number and its first cell come short
    one-line cells (a lead, "Mar 2023", "Overdue") before the next number; a list's paragraph
    is followed by the next paragraph or number."""
    k = _paragraph_end(lines, start)
    fragments = 0
    for _ in range(ROW_REACH):
        while k < len(lines) and lines[k].kind != TEXT:
            if lines[k].kind == FURNITURE and LONE_NUMBER.match(lines[k].text):
                return False  # the next number
            k += 1
        if k >= len(lines):
            return False
        end = _paragraph_end(lines, k)
        texts = [ln.text for ln in lines[k:end]]
        if _NEXT_LABEL.match(texts[0]):
            return False  # the next item's number ("1.1" under the stem "1")
        if len(texts) == 1 and len(texts[0].split()) <= FRAGMENT_WORDS and not _SENTENCE_END.search(texts[0]):
            fragments += 1
            if fragments >= MIN_CELLS:
                return True
        k = end
    return False


def _paragraph_end(lines: list[Line], start: int) -> int:
    k = start
    while k < len(lines) and lines[k].kind == TEXT and lines[k].cells is None:
        k += 1
    return max(k, start + 1)


def _counting_chains(candidates: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    """Runs of numbers counting up one at a time through the report ("1", "2", "3")."""
    chains: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    for cand in candidates:
        if current and cand[0] == current[-1][0] + 1:
            current.append(cand)
            continue
        if len(current) >= MIN_LIST:
            chains.append(current)
        current = [cand]
    if len(current) >= MIN_LIST:
        chains.append(current)
    return chains
