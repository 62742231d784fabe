"""The statuses and refs of a column-block table (plan.column_blocks) whose status column is
printed first, left of its ref column: plain pdftotext prints the two narrow columns a row at a
time before the rest of the table, the status column's name over the first row's status and
the ref column's over its ref, then each later row's status and ref as two blocks of their own:

    Status / Embedded      Ref / WH4/R1/A1      Implemented      WH4/R1/A2      In train ...

A row whose recommendation cell runs on beside it prints its pair inside that cell's block
("R3. Wexholm Housing should" / ... / "Not yet due" / "WH4/R3/A2" / "reports abuse ..."), and a
status broken by the narrow column's edge prints its word in two parts ("Implement" / "ed"),
the rest under it or a line or two on in the block beside it.

The pairs prove whose each status is only when the table holds as many actions as pairs and
the refs run in order (recommendation by recommendation, action by action): the k-th pair is
then the k-th action's. Anything else and no ref or status is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import regex

from dhrparse.document import Line
from dhrparse.plan.block_actions import parted_blocks
from dhrparse.plan.block_cells import BlockCell, BlockCells, CellRow
from dhrparse.prepare.markup import flatten

MAX_STATUS_LINES = 2  # a status cell in a narrow column: its word and the word's broken end
MEND_WITHIN = 3  # lines after a ref in a block beside it where a broken word's end may print


class StatusPairs:
    def __init__(self, blocks: BlockCells, ref: regex.Pattern):
        """`blocks`: the table's cells, which name its columns; `ref`: a line holding a ref alone."""
        self.named: Callable[[list[Line]], str | None] = lambda block: blocks.name(block)[0]
        self.is_status = blocks.roles.is_status
        self.is_ref: Callable[[str], bool] = lambda text: bool(ref.match(text))

    def fill(self, actions: Sequence[CellRow], above: list[Line]) -> list[Line]:
        """Give the actions the refs and statuses of the pairs printed above them, in order, where
        the pairs prove whose each is; the lines the pairs took, the two names first (none where
        they do not)."""
        self.taken: list[Line] = []
        pairs = self._pairs(above)
        if not pairs or len(pairs) != len(actions) or not _in_order([ref for _, ref in pairs]):
            return []
        if any(getattr(a, "ref", None) or "status" in a.values for a in actions):
            return []
        for act, (status, ref) in zip(actions, pairs):
            act.ref = _text(ref)  # type: ignore[attr-defined]
            act.values["status"] = BlockCell("status", status)
        return [ln for status, ref in pairs for ln in [*status, ref]] + self.taken

    def _pairs(self, above: list[Line]) -> list[tuple[list[Line], Line]]:
        """The (status lines, ref line) pairs from the status column's name on: the first under
        the two names (the status column's name maybe printed under a key line, in its block),
        then a block each, then those printed inside a later block."""
        blocks = parted_blocks(above, 0, len(above))
        start = next((k for k, b in enumerate(blocks) if k and self.named(b[:1]) == "ref"), None)
        if start is None:
            return []
        before = blocks[start - 1]
        name = next((j for j in range(len(before) - 1) if self.named(before[j : j + 1]) == "status"), None)
        first = self._status(before[name + 1 :]) if name is not None else None
        ref = blocks[start][1:]
        if first is None or len(ref) != 1 or not self.is_ref(_text(ref[0])):
            return []
        pairs = [(first, ref[0])]
        self.taken += [before[name], blocks[start][0]]
        k = start + 1
        while k + 1 < len(blocks) and (status := self._status(blocks[k])) is not None:
            if len(blocks[k + 1]) != 1 or not self.is_ref(_text(blocks[k + 1][0])):
                return []
            pairs.append((status, blocks[k + 1][0]))
            k += 2
        for block in blocks[k:]:
            pairs += self._inside(block)
        return pairs

    def _status(self, lines: list[Line]) -> list[Line] | None:
        """A status cell's lines, its word made whole where the column's edge broke it."""
        if not lines or len(lines) > MAX_STATUS_LINES:
            return None
        if self.is_status(" ".join(_text(ln) for ln in lines)):
            return lines
        if len(lines) == 2 and (whole := self._mended(lines[0], lines[1])) is not None:
            return [whole]
        return None

    def _mended(self, part: Line, rest: Line) -> Line | None:
        """The status word whose first part is printed on one line and its end on another
        ("Implement" / "ed"), made whole; None unless only together they are a status."""
        end = _text(rest)
        if not (end.isalpha() and end.islower()) or self.is_status(_text(part)):
            return None
        whole = _text(part) + end
        if not self.is_status(whole):
            return None
        self.taken.append(rest)
        return replace(part, text=whole)

    def _inside(self, block: list[Line]) -> list[tuple[list[Line], Line]]:
        """The pairs printed inside a later column's block: a status line (maybe broken, its end
        a line or two after) straight over a ref line."""
        found: list[tuple[list[Line], Line]] = []
        for k in range(1, len(block)):
            if not self.is_ref(_text(block[k])):
                continue
            part = block[k - 1]
            if self.is_status(_text(part)):
                found.append(([part], block[k]))
                continue
            ends = (self._mended(part, ln) for ln in block[k + 1 : k + 1 + MEND_WITHIN])
            whole = next((w for w in ends if w is not None), None)
            if whole is None:
                return []  # (a ref inside a block with no status over it: not such a pair)
            found.append(([whole], block[k]))
        return found


def _text(ln: Line) -> str:
    return flatten(ln.text).strip()


def _in_order(refs: list[Line]) -> bool:
    """The refs run in order, each after the one before: their numbers, part by part, rise."""
    keys = [tuple(int(n) for n in regex.findall(r"\d+", _text(ln))) for ln in refs]
    return all(keys) and all(a < b for a, b in zip(keys, keys[1:]))
