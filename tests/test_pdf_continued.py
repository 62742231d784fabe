"""A table continued on a new PDF page: a first row with nothing in its first column finishes
the row the page break split, unless it numbers itself (a row of its own under merged cells)."""

from __future__ import annotations

from dhrparse.readers.pdf_continued import stitch
from dhrparse.readers.pdf_page import PageLine
from dhrparse.readers.pdf_tables import PdfTable

XS = [40.0, 100.0, 300.0, 340.0, 500.0]
HEADER = ["Rec", "Recommendation", "Ref", "Action"]


def _table(rows: list[list[str]]) -> PdfTable:
    return PdfTable(left=40.0, bottom=0.0, right=500.0, top=800.0, xs=list(XS), ys=[], rows=rows)


def _page(table: PdfTable, rows: list[list[str]], page: int) -> list[PageLine]:
    return [PageLine("\t".join(r), page, cells=list(r), table=table) for r in rows]


def _stitched(first_row_next_page: list[str]):
    last = ["R4", "The service should share", "4a", "Sign an agreement."]
    before = _table([HEADER, last])
    earlier = _page(before, [HEADER, last], 1)
    after = _table([HEADER, first_row_next_page])
    lines = _page(after, [HEADER, first_row_next_page], 2)
    stitch(lines, earlier, before)
    return earlier[-1].cells, [ln.cells for ln in lines]


def test_a_row_that_numbers_itself_stays_a_row_and_gives_back_the_merged_cell_text():
    above, page = _stitched(["", "information about fire risks.", "4b", "Train housing officers."])
    assert above == [
        "R4",
        "The service should share information about fire risks.",
        "4a",
        "Sign an agreement.",
    ]
    assert page == [["", "", "4b", "Train housing officers."]]


def test_a_row_without_a_number_of_its_own_finishes_the_split_row():
    above, page = _stitched(["", "information about fire risks.", "", "and report to the Board."])
    assert above[1] == "The service should share information about fire risks."
    assert above[3] == "Sign an agreement. and report to the Board."
    assert page == []
