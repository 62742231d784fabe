"""The Home Office template printed a line at a time across its cells with no number column
(plan.line_rounds): its header's names wrapped in rounds, each row cut where its
recommendation's number or a later action's scope over its own number opens it."""

from __future__ import annotations

from dataclasses import replace

from dhrparse.document import Line
from dhrparse.plan.action_cuts import ACTION_NUMBER
from dhrparse.plan.dealt_cells import dealt
from dhrparse.plan.round_rows import (
    RoundRow,
    last_line,
    learnt_widths,
)
from dhrparse.plan.row_numbers import ref_tuple


class TemplateRounds:
    """LineRounds' reading of the template's rows (plan.line_rounds)."""

    def _template_header(self, lines: list[Line], i: int) -> tuple[list[str], int] | None:
        """The Home Office template's header with no number column, its names wrapped in rounds
        ("Recommendation" / "Scope of" / ... / "recommen" / ...), when the first row under it opens
        with its recommendation's number ("1. Risk assessment takes"): each row is cut where its
        recommendation's number or its action's own number opens it (plan._cell_rows)."""
        header = self.header.read(lines, i, ("recommendation",))
        if header is None or not self.header.wrapped:
            return None
        names, size = header
        after = lines[i + size] if i + size < len(lines) else None
        if after is None or after.cells is not None or not self._recommendation_opens(after):
            return None
        return header

    def _recommendation_opens(self, ln: Line) -> str | None:
        """The number of the recommendation a printed line opens ("1. Risk assessment takes")."""
        m = self.vocab.ref_in_cell.match(self.flat(ln.text).strip())
        number = ref_tuple(m.group("ref")) if m and m.group("ref") else None
        return m.group("ref").rstrip(".") if number and len(number) == 2 and not number[0] else None

    def _cell_rows(self, lines: list[Line], j: int) -> tuple[list[RoundRow], dict, int]:
        """The rows of a template table with no number column (plan._template_header): a row opens
        on its recommendation's first line ("2. MARAC research and"), and a later action of the
        same recommendation, its recommendation cell merged, on its scope cell ("Local") printed
        just above its own number ("1.2 Add a question ...") or on that number."""
        rows: list[RoundRow] = []
        k = j
        while k < len(lines):
            ln = lines[k]
            if ln.cells is not None:
                break
            if not rows and not self._recommendation_opens(ln):
                break
            opens = bool(rows) and self._opens_cell_row(lines, k, rows[-1])
            if rows and not opens and not self._in_cell_row(lines, k, rows[-1]):
                break
            if not rows or opens:
                # (named in a warning by its recommendation's number, or its action's own number)
                below = self.flat(lines[k + 1].text).strip() if k + 1 < len(lines) else ""
                own = ACTION_NUMBER.match(below) if not self._recommendation_opens(ln) else None
                number = own.group(0).split()[0] if own else self._recommendation_opens(ln)
                rows.append(RoundRow(ln, [ln], number=number))
            else:
                (rows[-1].furniture if self._foot(lines, k) else rows[-1].body).append(ln)
            k += 1
        return rows, {}, k

    def _numbered_readings(self, rows: list[RoundRow], roles: list[str]) -> list | None:
        """Each row of a template table with no number column read as rounds (spaced_rounds), a
        later action of a recommendation without its recommendation's cell (merged, it prints
        nothing in the row); None when no row reads."""
        merged = [self._recommendation_opens(row.ref) is None for row in rows]
        groups = {}
        for flag, fields in ((False, roles), (True, roles[1:])):
            bodies = [row.body for row, m in zip(rows, merged) if m is flag]
            read = self.spaced.readings(bodies, fields) if bodies else []
            read = self._dealt_runs(bodies, [m is flag for m in merged], read, fields)
            groups[flag] = iter(read if read is not None else [None] * len(bodies))
        out = []
        for m in merged:
            reading = next(groups[m])
            out.append(replace(reading, cells=((), *reading.cells)) if m and reading is not None else reading)
        return out if any(r is not None for r in out) else None

    def _dealt_runs(self, bodies: list[list[Line]], kind: list[bool], read, fields: list[str]):
        """A group's readings with short cells printed in one block dealt out (plan.dealt_cells)
        within each run of the group's rows that stand one after another in the table."""
        read = list(read if read is not None else [None] * len(bodies))
        texts = [self._texts(body) for body in bodies]
        widths = learnt_widths(read)
        runs, at, n = [], 0, 0  # (each run's first and last index among the group's rows)
        for flag in [*kind, False]:
            if flag:
                n += 1
                continue
            if n:
                runs.append((at, at + n))
            at, n = at + n, 0
        for a, b in runs:
            read[a:b] = dealt(self.late, texts[a:b], read[a:b], fields, widths)
        return read if any(r is not None for r in read) else None

    def _opens_cell_row(self, lines: list[Line], k: int, row: RoundRow) -> bool:
        """(a scope cell over an action's number opens a row only after the row's own action: the
        first action's scope prints after its recommendation's first line)"""
        text = self.flat(lines[k].text).strip()
        if self._recommendation_opens(lines[k]):
            return True
        if not any(ACTION_NUMBER.match(self.flat(x.text).strip()) for x in row.body):
            return False
        following = lines[k + 1] if k + 1 < len(lines) else None
        return bool(
            self._scope_cell(text)
            and following is not None
            and following.number - lines[k].number <= self.gap
            and ACTION_NUMBER.match(self.flat(following.text).strip())
        )

    def _in_cell_row(self, lines: list[Line], k: int, row: RoundRow) -> bool:
        ln = lines[k]
        text = self.flat(ln.text).strip()
        # (segmentation takes a scope cell, "Local", or an action's own number, "1.2 Agree ...",
        # for a heading)
        heading = (
            ln.number in self.heading_lines and not self._scope_cell(text) and not ACTION_NUMBER.match(text)
        )
        return (
            0 < ln.number - last_line(row).number <= self.gap
            and not heading
            and not self.vocab.statement_or_section.match(text)
        )
