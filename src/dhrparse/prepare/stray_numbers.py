"""A paragraph's number printed out of its place, straight above a list item's number.

Plain `pdftotext` reads a Word page's margin of numbers as it finds them: a numbered paragraph
whose text lies further down ("7.2 The partnership will publish ...") can have its number
printed alone just above the next list item's number ("7.2" / "5." / the fifth item's text).
Two lone numbers one after the other usually make a column of numbers whose paragraphs cannot
be told apart; these two do not count on from each other, and the second counts on from an
item printed shortly above ("4. Wexcombe Police should ..."): it is the list's next item's
number, and the paragraph under it is that item's."""

from __future__ import annotations

from dhrparse.document import TEXT, Line
from dhrparse.prepare.label_columns import follows

REACH = 40  # lines above a list number the item before it opens within (its sub-items between)


def item_after_stray(lines: list[Line], before: int, index: int) -> bool:
    """Whether the lone number at `index`, printed just under the lone number at `before`, is a
    list item's own number with the one above it a stray (see the module's doc)."""
    if follows(lines[before].text, lines[index].text):
        return False  # (a column of numbers counting on: "4.1" / "4.2")
    return _counts_on_item_above(lines, index)


def _counts_on_item_above(lines: list[Line], index: int) -> bool:
    """A line shortly above opens with the list number just before this one ("4." over "5.")."""
    number = lines[index].text.strip()
    for ln in lines[max(0, index - REACH) : index]:
        words = ln.text.split(maxsplit=1)
        if ln.kind == TEXT and ln.cells is None and len(words) == 2 and follows(words[0], number):
            return True
    return False
