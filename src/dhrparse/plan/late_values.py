"""Short values (a target date, a status) that a plan table printed a whole cell at a time
(plan.row_blocks) printed after the page's last row, column by column, instead of in their
rows: given back in order to the rows lacking them, only when their numbers and order agree.
So too the refs of a recommendation's later actions, their rows under its merged cell: plain
pdftotext prints them as a run after the page's last row ("1.2" / "2.1" / "2.2"), given back in
order to the rows printed without a ref when there are as many of them."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.printed_blocks import TEXT_FIELDS, VALUES, BlockRow


def _late_values(rows: list[BlockRow], run: list, fields: list[str | None]) -> bool:
    """Give values printed after the table's last row, column by column (dates, then statuses),
    back in order to the rows lacking a status; False (rows untouched) when their numbers or
    their order disagree."""
    kinds = [kind for _, kind in run]
    values = [block for block, kind in run if kind == "status"]
    dates = [block for block, kind in run if kind != "status"]
    if "status" not in fields or not values or kinds != sorted(kinds, key=lambda k: k == "status"):
        return False
    status = fields.index("status")
    lacking = [r for r in rows if status not in r.cells]
    if len(lacking) != len(values) or dates and len(dates) != len(values):
        return False
    if dates:
        # the date column every row lacking a status lacks too, the last before the status
        cols = [
            c
            for c in range(status)
            if fields[c] in ("target_date", *TEXT_FIELDS) and all(c not in r.cells for r in lacking)
        ]
        if not cols:
            return False
        for r, d in zip(lacking, dates):
            r.cells[cols[-1]] = d
    for r, v in zip(lacking, values):
        r.cells[status] = v
    return True


class LateValues:
    """A run of short values read as the last row's or as those of the rows lacking them; a run of
    the later actions' refs given back to the rows printed without one."""

    def _late(self, fields, rows: list[BlockRow], run) -> bool:
        """Place the run: its first values in the last row, as far as they fit, the others given
        back to the rows lacking them (`_late_values`); False when no such reading is whole."""
        for p in range(len(run)):
            if not self._fits(fields, rows[-1], run[:p]):
                return False
            trial = [BlockRow(dict(r.cells), r.last, dict(r.texts)) for r in rows]
            for block, kind in run[:p]:
                trial[-1].put(self._col(fields, kind, trial[-1], [], block), block)
            if _late_values(trial, run[p:], fields):
                rows[:] = trial
                return True
        return False

    def _run(self, lines, body, k):
        run = []
        while (
            k < len(body)
            and self._kind(lines, body[k]) in VALUES
            and not self._update_sentence(lines, body[k])
        ):
            run.append((body[k], self._kind(lines, body[k])))
            k += 1
        return run

    def _fits(self, fields, row: BlockRow, run) -> bool:
        """The values of a run can all go, in order, to one row's later columns."""
        probe = BlockRow(dict(row.cells), row.last)
        for block, kind in run:
            col = self._col(fields, kind, probe, [], block) if kind != "other" else None
            if col is None:
                return False
            probe.put(col, block)
        return True

    def _late_refs(self, lines, body, k: int, rows: list[BlockRow], ref: int) -> int:
        """How many blocks from k are refs printed after the page's last row and given back, in
        order, to the rows lacking one (0: none given, the rows untouched). Refs printed on
        lines of their own may make one block; the run ends at the page's own number ("1" alone
        on page 1's foot), which is no row's, and the page ends after it."""
        run: list[tuple[int, int]] = []
        taken = 0
        while k + taken < len(body) and not page_foot(lines, body, k + taken):
            refs = self._ref_lines(lines, body[k + taken])
            if not refs:
                break
            run += refs
            taken += 1
        lacking = [r for r in rows if ref not in r.cells]
        if not run or len(run) != len(lacking) or not _page_ends(lines, body, k + taken):
            return 0  # (a ref the page goes on after opens the next row)
        for r, block in zip(lacking, run):
            r.cells[ref] = block
        return taken

    def _ref_lines(self, lines, block: tuple[int, int]) -> list[tuple[int, int]]:
        """The block's lines, each a ref alone ([] where any line is something else)."""
        a, b = block
        if b - a == 1:
            return [block] if self._kind(lines, block) == "ref" else []
        singles = [(n, n + 1) for n in range(a, b)]
        return singles if all(self._kind(lines, one) == "ref" for one in singles) else []

    def _set_aside(self, lines: list[Line], i: int, j: int) -> list[Line]:
        """The number column's cells cleaning set aside as page numbers, between the table's
        first and last lines: they go back among the lines. So do the later actions' refs
        printed after its last row ("4.2") before the next line, never a page's number (digits
        alone)."""
        first, last = lines[i].number, lines[j - 1].number
        after = lines[j].number if j < len(lines) else None
        return [
            ln
            for ln in self.numbers
            if first < ln.number < last
            or last < ln.number
            and (after is None or ln.number < after)
            and not ln.text.strip().isdigit()
        ]

    def _after_rows(self, lines, body, k: int, rows: list[BlockRow], first, kind, columns: int) -> int:
        """How many blocks from k, after a whole row, are the later actions' refs printed after
        the page's last row (given back to their rows) or the page's own number; 0: none."""
        if not rows or rows[-1].last != columns - 1 or kind not in ("ref", None) or first is None:
            return 0
        if taken := self._late_refs(lines, body, k, rows, first):
            return taken
        return 1 if kind == "ref" and page_foot(lines, body, k) else 0


def page_foot(lines, body, k: int) -> bool:
    """Block k is its page's number alone, the last block printed on its page (a row's number
    that happens to equal the page's opens a row the page goes on with)."""
    a, b = body[k]
    text = lines[a].text.strip()
    page = lines[a].page
    if b - a != 1 or not text.isdigit() or page is None or int(text) != page:
        return False
    return k + 1 == len(body) or lines[body[k + 1][0]].page not in (None, page)


def _page_ends(lines, body, k: int) -> bool:
    """Block k (after a run of refs) is the page's foot, the next page's first or none."""
    if k >= len(body) or page_foot(lines, body, k):
        return True
    before = lines[body[k - 1][0]].page
    return lines[body[k][0]].page not in (None, before)
