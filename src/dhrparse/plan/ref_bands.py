"""The statuses of a column-block table (plan.column_blocks) whose last column is the action's
ref, each row's status a code of the plan's key ("C" / "O" / "NS", plan.code_key).

Where a table's rows stand apart and its ref column is the last, plain pdftotext prints the
run of action cells as one block and then, row by row, the cells right of them: the row's
lead, target and status, the band closed by the row's ref ("Board Business Manager" / "Feb
26" / "NS" / "HSAB-1.2"). The code cell printed right before a ref is that row's status: a
status column stands just left of the ref column. So where the refs after a run of n actions
number n and run in order, and each is printed right after a cell holding one code of the
plan's key alone, the k-th code is the k-th action's status and the k-th ref its ref. Anything else (a ref without its
code, a code no key explains, refs out of order or more or fewer than the actions) and the
statuses are left as they were: a wrong status is worse than none.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Protocol

import regex

from dhrparse.document import SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.plan.block_cells import BlockCell, CellRow
from dhrparse.plan.code_key import read_code_key
from dhrparse.plan.status_bands import statuses_agree, taken_cells
from dhrparse.vocab.date_cells import DateCells

_PART = regex.compile(r"\d+|[a-z]+")


class RefRow(CellRow, Protocol):
    """An action read from a column-block table, and its ref ("" while none is read)."""

    ref: str


def ref_order(code: str) -> list[tuple[int, int, str]]:
    """A ref's place in its plan: numbers before letters, part by part ("5.1" ... "6.2" before
    "IMR1.1")."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in _PART.findall(code.lower())]


class RefBands:
    def __init__(self, doc: SourceDocument, p: Patterns):
        self.doc, self.p = doc, p

    @cached_property
    def dates(self) -> DateCells:
        return DateCells(self.p)

    @cached_property
    def code_key(self) -> dict[str, str]:
        """The plan's key of status codes, read when a table first asks."""
        return read_code_key(self.doc, self.p)

    def fill(self, actions: Sequence[RefRow], cells: Sequence[BlockCell]) -> None:
        """Give the actions the key's codes their bands close with (see the module's doc)."""
        if not actions:
            return
        last = max(ln.number for act in actions for ln in act.cell.lines)
        after = [c for c in cells if c.first > last and c.kind != "name"]
        refs = [k for k, c in enumerate(after) if c.kind == "code"]
        texts = [after[k].text.strip() for k in refs]
        if (
            len(refs) != len(actions)
            or texts != sorted(texts, key=ref_order)
            or len(set(texts)) != len(texts)
        ):
            return
        if not self.code_key or any(k == 0 or not self._keyed(after[k - 1]) for k in refs):
            return
        statuses = [after[k - 1] for k in refs]
        if not statuses_agree(actions, statuses, taken_cells(actions)):
            return
        for act, status, ref in zip(actions, statuses, texts):
            act.values.setdefault("status", BlockCell("status", status.lines))
            act.ref = act.ref or ref  # (the band's ref names its row, as the ref column's order proves)
        self._fill_targets(actions, after, refs)

    def _fill_targets(self, actions: Sequence[RefRow], after: list[BlockCell], refs: list[int]) -> None:
        """Each band's one cell holding a date alone ("Sep 26": a month, its year in two figures)
        is its row's target: the band is the row's, from the ref before it to its status code."""
        taken = taken_cells(actions)
        for act, start, end in zip(actions, [-1, *refs], refs):
            dated = [
                c for c in after[start + 1 : end - 1] if c.kind in ("target_date", "other") and self._date(c)
            ]
            if len(dated) == 1 and dated[0].first not in taken and "target_date" not in act.values:
                act.values["target_date"] = BlockCell("target_date", dated[0].lines)

    def _date(self, cell: BlockCell) -> bool:
        return self.dates.read(cell.text.strip()) is not None

    def _keyed(self, cell: BlockCell) -> bool:
        """The cell holds one code of the plan's key alone, as a status or unread ("NS")."""
        return cell.kind in ("status", "other") and cell.text.strip() in self.code_key
