"""Pages set in two newspaper columns are read column by column (readers/pdf_newspaper); a table
whose columns leave a wide gap is not.

The synthetic pages give each printed line's box as PDFium measures it (left, right, baseline),
in PDFium's reading order. The whole document is tests/zoo/pending/sar_briefing_newspaper_columns
(a LibreOffice two-column briefing whose R2 is broken by the column break); the real table is a
bundled sample's unruled action plan."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from dhrparse import extract
from dhrparse.readers import read_path
from dhrparse.readers.pdf_newspaper import (
    FULL,
    LEFT_COLUMN,
    RIGHT_COLUMN,
    LineBox,
    column_blocks,
    gutter,
    line_boxes,
    may_have_columns,
    rejoin_broken_row,
)
from dhrparse.readers.pdf_page import PageLine, _printed_lines
from dhrparse.readers.pdfium_raw import char_count, open_page, open_text, page_text

ROOT = Path(__file__).resolve().parents[1]
BRIEFING = ROOT / "tests" / "zoo" / "pending" / "sar_briefing_newspaper_columns.pdf"
UNRULED_PLAN = ROOT / "samples" / "renderings" / "002_8c558d289ea6a1d3.word.pdf"

LEFT, GUTTER_AT, RIGHT, END = 63.0, 283.0, 312.0, 530.0
PITCH = 13.2


def _column(x0: float, x1: float, top: float, n: int, breaks: tuple[int, ...] = ()) -> list[LineBox]:
    """A column of running prose: ragged right, a paragraph's last line short, a paragraph
    break (extra space) before each line in `breaks`."""
    out, y = [], top
    for k in range(n):
        if k in breaks:
            y -= 9.0
        short = k + 1 in breaks or k == n - 1
        right = x0 + 0.4 * (x1 - x0) if short else x1 - (k * 7 % 20)
        out.append(LineBox(x0, right, y))
        y -= PITCH
    return out


TITLE = [LineBox(LEFT, 375.0, 772.0), LineBox(LEFT, 411.0, 750.0)]
FOOTER = LineBox(226.0, 369.0, 36.0)


def _briefing_page():
    left = _column(LEFT, GUTTER_AT, 662.0, 24, breaks=(6, 11, 17))
    # the right column's lines drift against the left's: headings and paragraph breaks fall elsewhere
    right = _column(RIGHT, END, 687.8, 16, breaks=(4, 9, 13))
    return left, right


def test_a_briefing_page_reads_its_left_column_then_its_right():
    left, right = _briefing_page()
    boxes = [*TITLE, *left, *right, FOOTER]
    n_left = len(left)
    blocks = column_blocks(boxes)
    assert blocks is not None
    assert [b.column for b in blocks] == [FULL, LEFT_COLUMN, RIGHT_COLUMN, FULL]
    assert [b.lines for b in blocks] == [
        [0, 1],  # the title, set across the page, stays full width above the columns
        list(range(2, 2 + n_left)),
        list(range(2 + n_left, 2 + n_left + len(right))),
        [len(boxes) - 1],
    ]


def test_a_right_column_pdfium_reads_first_is_put_after_the_left():
    left, right = _briefing_page()
    boxes = [*TITLE, *right, *left, FOOTER]
    blocks = column_blocks(boxes)
    assert blocks is not None
    assert [boxes[k] for k in blocks[1].lines] == left
    assert [boxes[k] for k in blocks[2].lines] == right


def test_a_line_across_the_page_between_two_column_sections_keeps_its_place():
    top_left, top_right = _column(LEFT, GUTTER_AT, 700.0, 8, (4,)), _column(RIGHT, END, 702.0, 6, (3,))
    band = LineBox(LEFT, END, 560.0)  # a heading or a box set across both columns
    low_left, low_right = _column(LEFT, GUTTER_AT, 530.0, 9, (5,)), _column(RIGHT, END, 528.5, 7, (2,))
    boxes = [*top_right, *top_left, band, *low_left, *low_right]
    blocks = column_blocks(boxes)
    assert blocks is not None
    read = [boxes[k] for block in blocks for k in block.lines]
    assert read == [*top_left, *top_right, band, *low_left, *low_right]


def _table_rows(row_lines: list[tuple[int, int]], top: float = 700.0):
    """A two-column table of prose cells (equal widths, a wide gap between): each row's cells
    start on one baseline; returns the rows as (left cell's lines, right cell's lines)."""
    rows, y = [], top
    for n_left, n_right in row_lines:
        rows.append((_column(LEFT, GUTTER_AT, y, n_left), _column(RIGHT, END, y, n_right)))
        y -= PITCH * max(n_left, n_right) + 8.0
    return rows


ROWS = [(3, 2), (2, 4), (4, 3), (1, 3), (3, 3)]


def test_a_table_printed_row_by_row_is_not_split_into_columns():
    rows = _table_rows(ROWS)
    boxes = [box for left, right in rows for box in (*left, *right)]
    assert gutter(boxes) is not None  # the gap between its columns is clear all down the page
    assert column_blocks(boxes) is None


def test_a_table_read_one_column_after_the_other_is_not_split_either():
    """Its rows still line up across the gap: every row's cells open on one baseline."""
    rows = _table_rows(ROWS)
    boxes = [box for left, _ in rows for box in left] + [box for _, right in rows for box in right]
    assert column_blocks(boxes) is None
    # the same lines, each row's right cell set lower (no shared baselines), read as columns
    lowered = [box for left, _ in rows for box in left] + [
        box._replace(y=box.y - 5.0) for _, right in rows for box in right
    ]
    assert column_blocks(lowered) is not None


def test_reading_order_crossing_the_gap_line_after_line_is_not_columns():
    left, right = _briefing_page()
    mixed = [box for pair in zip(left, right) for box in pair] + left[len(right) :]
    assert column_blocks(mixed) is None


def test_a_side_standing_in_several_columns_is_a_table_not_a_newspaper_column():
    left, right = _briefing_page()
    # the left side's lines start at two edges far apart (a reference column and a text column)
    split = [box if k % 2 else box._replace(x0=LEFT + 80.0) for k, box in enumerate(left)]
    assert column_blocks([*split, *right]) is None
    assert column_blocks([*left, *right]) is not None


def test_sides_of_unlike_widths_are_not_newspaper_columns():
    left, _ = _briefing_page()
    narrow = _column(RIGHT, RIGHT + 110.0, 687.8, 16, breaks=(4, 9, 13))
    assert column_blocks([*left, *narrow]) is None


def test_a_page_of_one_column_is_left_alone():
    boxes = _column(LEFT, END, 760.0, 40, breaks=(8, 20, 31))
    assert gutter(boxes) is None
    assert column_blocks(boxes) is None


def test_only_pages_with_lines_far_right_of_the_margin_are_measured():
    assert may_have_columns([63.0] * 6 + [312.0] * 6)
    assert not may_have_columns([63.0] * 12 + [81.0] * 4)  # bullets and indents only
    assert not may_have_columns([63.0] * 6 + [312.0] * 2)


def _row(*cells: str) -> PageLine:
    return PageLine("\t".join(cells), 1, cells=list(cells))


def test_a_row_the_column_break_split_is_finished_by_the_next_columns_first_row():
    ended = [
        PageLine("Recommendations", 1),
        _row("R1", "The Board should act."),
        _row("R2", "Agencies should"),
    ]
    opened = [_row("", "share what they know."), _row("R3", "The Council should train staff.")]
    rejoin_broken_row(ended, opened)
    assert ended[-1].cells == ["R2", "Agencies should share what they know."]
    assert [ln.cells for ln in opened] == [["R3", "The Council should train staff."]]


def test_a_column_opening_with_a_row_of_its_own_or_with_prose_is_left_alone():
    ended = [_row("R2", "Agencies should share what they know.")]
    own = [_row("R3", "The Council should train staff.")]
    prose = [PageLine("What this means for you", 1)]
    rejoin_broken_row(ended, own)
    rejoin_broken_row(ended, prose)
    assert ended[-1].cells == ["R2", "Agencies should share what they know."]
    assert len(own) == 1 and len(prose) == 1
    after_prose = [PageLine("partners to do.", 1)]
    tail = [_row("", "carries on")]
    rejoin_broken_row(after_prose, tail)
    assert len(tail) == 1  # no row above to finish


# -- the zoo's two-column briefing, read whole --


def test_the_briefing_pdf_reads_the_recommendation_broken_by_the_column_break_whole():
    lines = [ln.text for ln in read_path(BRIEFING).lines]
    r2 = next(k for k, t in enumerate(lines) if t.startswith("R2"))
    # the right column's first lines finish it
    assert "within six months when it has been declined" in lines[r2]
    assert lines[r2 + 1].startswith("R3")
    labels = [t.split("\t")[0] for t in lines if t[:1] == "R" and t[1:2].isdigit()]
    assert labels == ["R1", "R2", "R3", "R4", "R5"]


def test_the_briefing_pdf_gives_every_recommendation_in_order():
    recs = extract(BRIEFING).recommendations
    assert [r.ref for r in recs] == ["R1", "R2", "R3", "R4", "R5"]
    assert "record the reason it was declined each time" in recs[1].text


@pytest.mark.parametrize("page_no", [78, 80, 97])
def test_an_unruled_action_plan_with_a_gap_mid_page_is_not_read_as_columns(page_no):
    pdf = pdfium.PdfDocument(UNRULED_PLAN)
    try:
        with open_page(pdf.raw, page_no - 1) as page, open_text(page.raw) as textpage:
            text = page_text(textpage.raw, char_count(textpage.raw))
            spans = []
            for start, piece in _printed_lines(text):
                lead = len(piece) - len(piece.lstrip())
                spans.append((start + lead, start + len(piece.rstrip()) - 1))
            boxes = line_boxes(textpage.raw, spans)
    finally:
        pdf.close()
    assert gutter([b for b in boxes if b is not None]) is not None
    assert column_blocks(boxes) is None
