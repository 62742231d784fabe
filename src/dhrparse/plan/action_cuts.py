"""Actions numbered under their recommendation's number in a plan table that plain pdftotext
printed a line at a time across its cells (plan.line_rounds): the first column holds the
recommendation's number merged down over the rows of its actions, and each action cell opens
with its own number ("1" / "1.1 Write ..." / "1.2 Add ..."). Such a line is the row's, though a
numbered recommendation or heading opens so too; it cuts the row into one row an action; and
"2.1 ..." after row 1's actions opens row 2 where the number column's "2" prints elsewhere
(after the table, in a run with the others)."""

from __future__ import annotations

import regex

from dhrparse.plan.row_numbers import ref_tuple

# an action cell opening with its own number, then its first word ("1.1 Publish ...")
ACTION_NUMBER = regex.compile(r"^(\d{1,2})\.\d{1,2}\s+\p{Lu}")


class ActionNumbers:
    """The number of the row being read (a whole number), and what a line's opening number
    says about it."""

    def __init__(self) -> None:
        self.row: int | None = None

    def read_row(self, ref: str) -> int | None:
        """Set the row being read from its printed ref ("2"); None for any other ref ("2a")."""
        number = ref_tuple(ref)
        self.row = number[1] if number and len(number) == 2 and not number[0] else None
        return self.row

    def of_row(self, text: str) -> str | None:
        """The number an action cell opens with under the row's own ("1.1" in row 1, or in row
        2 when the number column's "2" printed before the last actions of row 1)."""
        m = ACTION_NUMBER.match(text)
        if m is None or self.row is None or not 0 < int(m.group(1)) <= self.row:
            return None
        return m.group(0)

    def next_row(self, text: str, read: set[int] = frozenset()) -> int | None:
        """The next row's number, when the line opens its first action ("2.1 Agree ..." in
        row 1) and that row was not read yet."""
        if self.row is None or ACTION_NUMBER.match(text) is None:
            return None
        number = self.row + 1
        return number if text.startswith(f"{number}.1 ") and number not in read else None

    def cuts(self, texts: list[str]) -> list[int] | None:
        """Where the row's printed lines open its actions, when it holds two or more and its
        first line opens the first (the number column holds only the number); else None."""
        if self.row is None:
            return None
        own = f"{self.row}."
        cuts = [k for k, t in enumerate(texts) if (self.of_row(t) or "").startswith(own)]
        return cuts if len(cuts) >= 2 and cuts[0] == 0 else None
