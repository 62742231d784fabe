"""A table's block reads its text from the table's rows when asked (issue 17: a long report's
tables are not held twice). Checked against the plain computation it stands for: the text the
segmenter built a row at a time, each row's cells (stripped) apart by tabs, rows by lines."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.document import Cell, Row, Table, TableBlock
from dhrparse.patterns import load_patterns
from dhrparse.prepare import cleaning, segment
from dhrparse.readers import read_bytes

PATTERNS = load_patterns()

_CELL = st.text(alphabet=st.sampled_from(list("ab Z.1 ")), max_size=12)
_ROW = st.lists(_CELL, min_size=2, max_size=5)
_PROSE = st.sampled_from(["The panel met six times.", "Agencies gave chronologies.", ""])
# a report's lines: prose, blank lines and tab-separated rows in any order
_LINES = st.lists(st.one_of(_PROSE.map(lambda p: [p]), _ROW), min_size=1, max_size=14)


def _plain_table_texts(doc) -> list[str]:
    """The table blocks' texts as the segmenter built them before: the first row's cells, then
    each further row appended after a line break."""
    texts = []
    for block in doc.blocks:
        if block.kind != "table":
            continue
        text = None
        for number in block.lines:
            row = "\t".join(c.strip() for c in doc.line_numbered(number).cells)
            text = row if text is None else text + "\n" + row
        texts.append(text)
    return texts


@settings(max_examples=150, deadline=None)
@given(lines=_LINES)
def test_a_table_blocks_text_is_the_text_built_a_row_at_a_time(lines: list[list[str]]) -> None:
    data = "\n".join("\t".join(cells) for cells in lines).encode()
    if not data.strip():
        return
    doc = read_bytes(data, "t.txt", None)
    cleaning.clean(doc, PATTERNS)
    segment.segment(doc, PATTERNS)
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert all(type(b) is TableBlock for b in tables)
    assert [b.text for b in tables] == _plain_table_texts(doc)


def test_a_text_given_to_a_table_block_is_kept_as_given() -> None:
    row = Row([Cell("a", 1, 1), Cell("b", 1, 1)], 1, 1)
    table = Table([row], 1, 1)
    block = TableBlock(kind="table", text=None, line_start=1, line_end=1, lines=[1], table=table)
    assert block.text == "a\tb"
    table.rows.append(Row([Cell("c", 2, 2), Cell("", 2, 2)], 2, 2))
    assert block.text == "a\tb\nc\t"
    given = dataclasses.replace(block, text="a b c")
    assert type(given) is TableBlock and given.text == "a b c" and block.text == "a\tb\nc\t"
    assert dataclasses.replace(block).text == block.text
    assert block == dataclasses.replace(block) and block != given
