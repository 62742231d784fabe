"""A column-block table's grade column: each action's state a letter of the document's grading
key ("Grade" / "A" / "B" / "C"), the key's table giving what each letter means (plan.code_key).

An assurance review grades each action taken with a letter and prints the letters' meanings
only in its key. Plain pdftotext prints the grade column as a block of its own, a short name no
column synonym knows over the rows' letters one a line, or a lone letter where a row's cells
were printed apart. A block under a short name whose every other line is one letter of the key,
or a block of nothing but the key's letters, is the status column's: each letter a row's status,
read through the key, never a colour's letter. Without a key the letters tell nothing.
"""

from __future__ import annotations

from functools import cached_property

import regex

from dhrparse.document import Line
from dhrparse.plan.block_cells import MAX_NAME_CHARS, BlockCell
from dhrparse.plan.code_key import read_code_key
from dhrparse.plan.dated_blocks import DatedNameCells
from dhrparse.prepare.markup import flatten

_LETTER = regex.compile(r"^\s*(?P<code>\p{Lu})\s*$")
MAX_NAME_WORDS = 3  # the grade column's name: "Grade", "Assurance grade"


class GradedCells(DatedNameCells):
    """The block cells of plan.dated_blocks, a grading key's letters a status column's too."""

    def __init__(self, lines, printed: list[Line]):
        super().__init__(lines, printed)
        self.doc = lines.doc

    @cached_property
    def grade_key(self) -> dict[str, str]:
        """The document's key of status letters (plan.code_key), read when a block first asks."""
        return read_code_key(self.doc, self.vocab.p)

    def name(self, block: list[Line]) -> tuple[str | None, int]:
        field, k = super().name(block)
        if field is None and self._graded(block) == 1:
            return "status", 1
        return field, k

    def cells(self, block: list[Line]) -> list[BlockCell]:
        k = self._graded(block)
        if k is None:
            return super().cells(block)
        head = [BlockCell("name", block[:k])] if k else []
        return head + [BlockCell("status", [ln]) for ln in block[k:]]

    def _graded(self, block: list[Line]) -> int | None:
        """The lines of the grade column's name over the block's letters (0 or 1), None unless
        every other line of the block is one letter of the key."""
        if not block or any(ln.cells is not None for ln in block):
            return None
        texts = [flatten(ln.text).strip() for ln in block]
        k = 0 if self._letter(texts[0]) else 1
        if k and not (len(block) > 1 and self._short_name(texts[0])):
            return None
        if not all(self._letter(t) for t in texts[k:]) or not self.grade_key:
            return None
        return k

    def _letter(self, text: str) -> bool:
        m = _LETTER.match(text)
        return m is not None and m.group("code") in self.grade_key if m else False

    def _short_name(self, text: str) -> bool:
        return len(text) <= MAX_NAME_CHARS and 0 < len(text.split()) <= MAX_NAME_WORDS and text[:1].isupper()
