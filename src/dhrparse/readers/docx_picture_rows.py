"""An easy read document's rows of a picture beside words: a borderless two-column table whose
left cell holds a picture (a shaded square, an icon) and no words, the right cell a short
paragraph. The picture column is no column at all: each row's words are a paragraph of the
section, as its PDF prints them (a "What happened" row opening "In March 2022 ..." is then an
event of the section's story, not a table with no date column).

Only a table of two columns every row of which leaves the left cell without words (nor a number
Word draws itself) and fills the right is read so; a table with any words in its left column (a
number numbering the words beside it, a label) stays a table."""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.readers.docx_styles import WORDML

PICTURE_COLUMNS = 2  # the picture's column and the words'


def picture_rows(table, cell_text: Callable, add: Callable) -> bool:
    """Each row's words added as a paragraph of its own, when the table is rows of a wordless
    picture beside words (True); else nothing added (False). `cell_text` reads the words cell
    as the table reader does, once, so Word's automatic numbers count on as they are read."""
    from docx.table import _Cell

    rows = table._tbl.tr_lst
    if not rows or not all(_picture_beside_words(tr.tc_lst, table) for tr in rows):
        return False
    for tr in rows:
        add(cell_text(_Cell(tr.tc_lst[1], table)))
    return True


def _picture_beside_words(tcs, table) -> bool:
    from docx.table import _Cell

    if len(tcs) != PICTURE_COLUMNS or any(tc.grid_span > 1 or tc.vMerge for tc in tcs):
        return False
    picture, words = (_Cell(tc, table) for tc in tcs)
    numbered = any(True for _ in tcs[0].iter(f"{WORDML}numPr"))
    return not picture.text.strip() and not numbered and not picture.tables and bool(words.text.strip())
