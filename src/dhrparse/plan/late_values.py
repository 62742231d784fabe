"""Short values (a target date, a status) that a plan table printed a whole cell at a time
(plan.row_blocks) printed after the page's last row, column by column, instead of in their
rows: given back in order to the rows lacking them, only when their numbers and order agree."""

from __future__ import annotations

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
    """A run of short values read as the last row's or as those of the rows lacking them."""

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
