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

The band's leads come the same way: the name printed in a band before its date is its row's
lead, and where neighbouring rows' lead cells stood close, pdftotext prints them as one block
in the upper row's band and none in the next ("Learning and Development" / "Lead" / "Head of
Adult Social Care", then "Jan 26" / "C" / "HSAB-2.2"): the block is parted one lead a row for
the band and the leadless bands straight after it (plan.lead_wraps, only where the lines force
the parting). Read only where every band's leads read so, the first band printing a name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Protocol

import regex

from dhrparse.document import SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.plan.block_cells import BlockCell, CellRow
from dhrparse.plan.code_key import read_code_key
from dhrparse.plan.lead_bands import LeadWords, parted_names
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

    def fill(self, actions: Sequence[RefRow], cells: Sequence[BlockCell], words: LeadWords) -> None:
        """Give the actions the key's codes their bands close with, and their bands' leads (see
        the module's doc; `words`: how a lead is told)."""
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
        fill_band_leads(actions, after, refs, words, self._date)

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


def _band_name(
    band: list[BlockCell], page: int, words: LeadWords, is_date: Callable[[BlockCell], bool]
) -> BlockCell | None | bool:
    """The one name a band prints before its date (on its ref's page: a running foot printed
    before the page break is no row's), None where it prints none, False where it prints more
    than one, a name after its date, or no date."""
    dated = next((k for k, c in enumerate(band) if c.kind != "lead" and is_date(c)), None)
    names = [c for c in band if c.kind in ("lead", "other") and c.page == page and words.is_lead(c)]
    if dated is None or len(names) > 1 or any(band.index(c) > dated for c in names):
        return False
    return names[0] if names else None


def fill_band_leads(
    actions: Sequence[RefRow],
    after: list[BlockCell],
    refs: list[int],
    words: LeadWords,
    is_date: Callable[[BlockCell], bool],
) -> None:
    """Each row's lead from the name its band prints, a block printed in one band parted among it
    and the leadless bands after it (see the module's doc); none where one band does not read so."""
    names = [
        _band_name(after[start + 1 : end], after[end].page, words, is_date)
        for start, end in zip([-1, *refs], refs)
    ]
    if not names or names[0] is None or any(n is False for n in names):
        return
    leads: list[BlockCell] = []
    for k, name in enumerate(names):
        if name is None:
            continue
        rows = 1 + next((j for j, n in enumerate(names[k + 1 :]) if n is not None), len(names) - k - 1)
        parts = parted_names(name, rows, words)
        if parts is None:
            return
        leads.extend(parts)
    for act, lead in zip(actions, leads):
        act.values.setdefault("lead", lead)
