"""A plan table that plain pdftotext (no -layout) printed a line at a time across its cells,
turned into cell rows the plan reader reads like any other.

A ruled Word table exported to PDF and then to plain text often comes out so: the header's
names one a line ("No." / "Action" / "Lead agency" / ...), then each row as its ref alone on
a line followed by the first printed line of every cell, then the second line of every cell
that has one, and so on (plan.round_fit finds which line is which cell's). Recommendations
printed as a band across the table stay lines of their own between the rows. Where a page
breaks a row, the header printed again on the new page comes out a name at a time, each
followed by what its column's cell carries on the new page.

A table with no number column ("Action" / "Lead officer" / ...) whose recommendations print as
bands across it has nothing marking where a row starts: the lines under each band are cut
into the rows that read best as rounds, each opening with its first cell's first line.

Only a table whose rows read better so than as whole cells one after another is rewritten;
any other is left as printed (the plan reader's other forms read it, or its lines are
accounted for as unread). Each row's cells go on its ref line (or its first printed line), its other printed lines stay
as empty rows, so every printed line keeps its own Line; lines printed after the last row's
cells (a note under the table) stay plain lines.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from dhrparse.document import Line
from dhrparse.plan.action_cuts import ActionNumbers
from dhrparse.plan.centred_cells import centred_readings
from dhrparse.plan.late_rounds import LateFit
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.number_runs import in_turn
from dhrparse.plan.round_bodies import RoundBodies
from dhrparse.plan.round_fit import RoundFit, column_widths
from dhrparse.plan.round_header import FIRST_NAMES, MAX_REF_NAME, UNHEADED_FIRST, RoundHeader, numbers_column
from dhrparse.plan.round_rows import (
    CLEARER,
    ROW,
    SPACED_ROW_LINES,
    WIDE_LINE,
    RoundRow,
    joined_cell_text,
    line_number,
    same_cells,
)
from dhrparse.plan.row_numbers import ref_tuple
from dhrparse.plan.spaced_rounds import SPACED_GAP, SpacedRows, spaced, with_numbers
from dhrparse.plan.template_rounds import TemplateRounds
from dhrparse.plan.untold_rows import UntoldRows
from dhrparse.plan.wrapping import SENTENCE_END

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines


class LineRounds(TemplateRounds, RoundBodies, UntoldRows):
    def __init__(self, lines: PlanLines, heading_lines: set[int], numbers: list[Line] = ()):
        self.numbers = list(numbers)  # row numbers alone on a line, set aside by cleaning as page numbers
        self._numbers_at = {ln.number: ln for ln in self.numbers}
        self.cm, self.vocab = lines.cm, lines.vocab
        self.heading_lines = heading_lines
        self.flat = lines.flat
        self.fit = RoundFit(lines.roles)
        self.late = LateFit(lines.roles)
        # (a delivery grid's labels and marks taken out of plain text leave no gap: plan.grid_rounds)
        self.taken = lines.grid_rounds.taken
        self.header = RoundHeader(lines.cm, lines.vocab, lines.flat, self.apart)
        self.spaced = SpacedRows(self.fit, self.flat, self.vocab, heading_lines)
        self.warnings = self.spaced.warnings  # (rows whose cells could not be told apart, for the walk)
        self.gap = 1  # line numbers from one printed line of a row to the next (see spaced_rounds)
        self._next_ref: Line | None = None  # a row's number printed among the header's names again
        self._since: Line | None = None  # ... and the header's last line, the row's lines after it
        self._number: str | None = None  # the first row's number, printed above an unnamed column's header
        self.actions = ActionNumbers()  # the number of the row being read, and its actions'
        self.who_headers = lines.roles.who_headers
        self.scoped = False  # the table read has a scope column (its "Local" cells are no headings)

    def rewrite(self, lines: list[Line]) -> list[Line]:
        self._seen: Counter[str] | None = None  # the lines' texts, counted when a table asks
        self._lines = lines
        out: list[Line] = []
        i = 0
        while i < len(lines):
            # (a header opens with its ref column's name: most lines are turned down on length)
            ln = lines[i]
            named = self.header.name_field(ln)  # (read once: asked up to three times below)
            opens = (
                ln.cells is None
                and len(ln.text) <= MAX_REF_NAME
                and (named in FIRST_NAMES or numbers_column(self.flat(ln.text), named or ""))
            )
            header = self.header.read(lines, i) if opens else None
            if header is None and ln.cells is None and named == "recommendation":
                header = self._template_header(lines, i)
            table = self._numbered_table(lines, i, *header) if header else None
            if table is None and ln.cells is None and len(ln.text) <= MAX_REF_NAME:
                table = self._unheaded_table(lines, i, out)
            if table is None:
                out.append(lines[i])
                i += 1
                continue
            rewritten, i = table
            out.extend(rewritten)
        return out

    def _unheaded_table(self, lines: list[Line], i: int, out: list[Line]) -> tuple[list[Line], int] | None:
        """A table whose first column, the row numbers', has no name: Word prints the first
        row's number level with the header's names, so the export prints it alone just above
        them ("1" / "Recommendation" / "Action to take" / ...), where cleaning may have set it
        aside as a page number. The table is read with a ref column unnamed, its header on the
        number's line and the first row's cells on the header's last line (lines keep their
        order). None when no such number prints there or no table reads so."""
        gap = range(lines[i].number - SPACED_GAP, lines[i].number)
        set_aside = [self._numbers_at[n] for n in gap if n in self._numbers_at]
        above = self.header.number_above(lines[i], [*out[-1:], *set_aside])
        header = self.header.read(lines, i, UNHEADED_FIRST) if above is not None else None
        if header is None:
            return None
        names, size = header
        kept = bool(out) and out[-1] is above  # (cleaning kept the number: it is the line before)
        view = [*lines[: i - kept], above, *lines[i:]]
        start = i - kept
        self._number = self.flat(above.text).strip()
        table = self._numbered_table(view, start, ["", *names], size + 1)
        self._number = None
        if table is None:
            return None
        if kept:
            out.pop()
        rewritten, end = table
        return rewritten, end - (not kept)  # (an index into `lines`, which lacks a set-aside number)

    # ---- the rows --------------------------------------------------------------------------
    def _table(self, lines: list[Line], i: int, names: list[str], size: int) -> tuple[list[Line], int] | None:
        """(the table's lines rewritten as cell rows, the line after it) for the header of `size`
        lines at line i, or None where its rows do not read better as rounds."""
        fields = self.cm.header_columns(names) or []
        # (the row numbers' column, unnamed (plan._unheaded_table) or named "Rec")
        if fields and (not names[0] or numbers_column(names[0], fields[0])):
            fields[0] = "ref"
        roles = self._roles(names, fields)
        self.scoped = "scope" in fields
        refs = fields[0] == "ref"  # (no ref column: the rows are the runs under each band, cut)
        # (the template's header wrapped in rounds, no number column: rows cut at their numbers)
        numbered = not refs and fields[0] == "recommendation" and self.header.wrapped
        style = self._spaced_style(lines, i, size, refs, numbered)
        rows, between, end = self._table_rows(lines, i, names, size, roles, (refs, numbered, style))
        if not rows:
            return None
        readings = self._table_readings(rows, roles, refs, numbered, style)
        if readings is None:
            return None
        out = [cells_line(lines[i], names)]
        # (the first row's number printed above the header: its cells go on the header's last line)
        named = lines[i + 1 : i + size - 1] if self._number else lines[i + 1 : i + size]
        out.extend(cells_line(ln, [""] * len(names)) for ln in named)
        blank = [""] * len(names)
        for row, reading in zip(rows, readings):
            out.extend(between.get(row.ref.number, []))
            out.extend(self._row_lines(row, reading, len(names), refs, blank))
        return out, end

    def _spaced_style(self, lines: list[Line], i: int, size: int, refs: bool, numbered: bool) -> bool:
        """Whether the table prints its names each a block of its own: its rows' lines are too,
        and such a row may be left untold."""
        style = refs and spaced([ln.number for ln in lines[i : i + size]])
        # (the template's wrapped names may print two to a block: its rows' first lines tell)
        return (
            style or numbered and spaced([ln.number for ln in lines[i + size : i + size + SPACED_ROW_LINES]])
        )

    def _table_rows(self, lines: list[Line], i: int, names: list[str], size: int, roles, kind: tuple):
        """(rows, lines between them, end) of the table under its header, read as its kind
        (ref column, numbered rounds, spaced blocks) prints them."""
        refs, numbered, style = kind
        self.gap = SPACED_GAP if style else 1
        if self._number:  # (the first row opens on the header's last line, its number above the header)
            self._next_ref, self._since = lines[i + size - 1], None
        if numbered:
            rows, between, end = self._cell_rows(lines, i + size)
        else:
            rows, between, end = (
                self._rows(lines, i + size, names) if refs else self._band_rows(lines, i + size, roles)
            )
        if self._number and rows and rows[0].ref is lines[i + size - 1]:
            rows[0].number = self._number
        if style and refs:
            rows = self._number_runs(rows, roles[1:])
            rows = [part for row in rows for part in (self._actions(row) if row.reading is None else [row])]
        self.gap, self._next_ref, self.actions.row = 1, None, None
        return rows, between, end

    def _table_readings(self, rows, roles, refs: bool, numbered: bool, style: bool):
        """Each row's cells as its rounds read best (None for a row left untold), or None when
        the table does not read as rounds."""
        if numbered:
            readings = self._numbered_readings(rows, roles) if style else None
        elif style and refs and any(row.reading for row in rows):
            readings = self._run_readings(rows, roles[1:])
        else:
            readings = (
                self.spaced.readings([row.body for row in rows], roles[1:] if refs else roles)
                if style
                else self._readings(rows, roles[1:] if refs else roles)
            )
        if readings is None and style and refs and not numbered:
            # (dates or ratings centred in their rows; the rows not read so are left untold)
            return centred_readings(self.fit.roles, [self._texts(row.body) for row in rows], roles[1:])
        if readings is None:
            return None
        if style and refs and not numbered:
            readings = [
                r if r is not None else self._two_parts(row, roles[1:]) for row, r in zip(rows, readings)
            ]
            readings = self._late_rows(rows, readings, roles[1:])
            readings = self._dealt(rows, readings, roles[1:])
            readings = self._late_numbers(rows, readings, roles[1:])
        return readings

    def _row_lines(self, row, reading, width: int, refs: bool, blank: list[str]) -> list[Line]:
        """One row's printed lines rewritten: its cells on its ref line (or first printed line),
        its other printed lines as empty rows, what follows its cells as text."""
        out: list[Line] = []
        if reading is None:
            printed = sorted(row.body[row.inline :] + row.names, key=line_number)
            out.extend(self.spaced.untold(row.ref, printed, width, row.number))
            out.extend(row.furniture)
            return out
        cells = [joined_cell_text(parts) for parts in reading.cells]
        carried = {c: lines for c, lines in row.carried.items() if c > 0}  # (the ref column carries nothing)
        for column, more in carried.items():
            text = " ".join(self.flat(ln.text).strip() for ln in more)
            cells[column - 1] = f"{cells[column - 1]} {text}".strip()
        if refs:
            out.append(cells_line(row.ref, [row.number or self.flat(row.ref.text).strip(), *cells]))
        else:  # (the row's first printed line holds its cells)
            out.append(cells_line(row.ref, cells))
        first = not refs or row.inline  # (the row's first printed line holds its cells)
        taken = [ln for ln in row.furniture if ln.number in row.taken]
        printed = (
            row.body[first : reading.used] + row.names + taken + [ln for c in carried.values() for ln in c]
        )
        out.extend(cells_line(ln, blank) for ln in sorted(printed, key=lambda ln: ln.number))
        # printed after the row's cells, or under the ref's name on a new page: read as text
        rest = [ln for ln in row.furniture if ln.number not in row.taken]
        out.extend(row.body[reading.used :] + row.carried.get(0, []) + rest)
        return out

    def _numbered_table(self, lines: list[Line], i: int, names: list[str], size: int):
        """The table whose header is at line i, read with the row numbers cleaning set aside as
        page numbers put back where a spaced table prints them (spaced_rounds.with_numbers)."""
        if not self.numbers or not spaced([ln.number for ln in lines[i : i + size]]):
            return self._table(lines, i, names, size)
        view, put = with_numbers(lines, i, self.numbers, ref_tuple, self._ref_alone, in_turn)
        table = self._table(view, i, names, size)
        if table is None or not put:
            return table
        out, end = table
        return out, end - sum(1 for ln in view[i:end] if ln.number in put)

    def _ref_alone(self, text: str) -> bool:
        return bool(self.vocab.ref_only.match(self.flat(text).strip()))

    def _band_rows(self, lines: list[Line], j: int, fields: list[str]) -> tuple[list[RoundRow], dict, int]:
        """A table without a ref column whose recommendations print as bands across it: the run
        of lines under each band, cut into the rows that read best as rounds (each row opening
        with its first cell's first line). The first printed line after the header is a band."""
        rows: list[RoundRow] = []
        between: dict[int, list[Line]] = {}
        k = j
        while k < len(lines) and self.vocab.statement.match(self.flat(lines[k].text)):
            waiting = [lines[k]]
            k += 1
            while k < len(lines) and self._band(lines, k, waiting) and not self._band_ended(waiting[-1]):
                waiting.append(lines[k])
                k += 1
            # (a line as wide as the band's wrapped lines is no cell's: a note under the table)
            wide = WIDE_LINE * max(len(ln.text) for ln in waiting) if len(waiting) > 1 else float("inf")
            run: list[Line] = []
            while (
                k < len(lines)
                and self._in_row(lines, k, run[-1] if run else waiting[-1], False)
                and len(lines[k].text) < wide
            ):
                run.append(lines[k])
                k += 1
            cut = self._cut(run, fields) if run else None
            if not cut:
                return rows, between, k - len(run) - len(waiting)
            between[cut[0][0].number] = waiting
            rows.extend(RoundRow(part[0], list(part)) for part in cut)
        return rows, between, k

    def _band_ended(self, ln: Line) -> bool:
        """A recommendation printed across the table ends with its sentence; the cells follow."""
        return bool(SENTENCE_END.search(self.flat(ln.text).strip()))

    def _cut(self, run: list[Line], fields: list[str]) -> list[list[Line]] | None:
        """The run cut into rows at lines that may open the first cell, fewest costs first."""
        texts = self._texts(run)
        n, inf = len(texts), float("inf")
        opens = [a for a in range(n) if self.fit.may_open(texts[a], fields[0])]
        if not opens or opens[0] != 0:
            return None
        best, back = {0: 0.0}, {}
        for b in [*opens[1:], n]:
            best[b] = inf
            for a in opens:
                if a >= b or best.get(a, inf) == inf:
                    continue
                reading = self.fit.rounds(texts[a:b], fields)
                if reading is None or reading.used < b - a:
                    continue
                cost = best[a] + reading.cost + ROW
                if cost < best[b]:
                    best[b], back[b] = cost, a
        if best[n] == inf:
            return None
        parts, b = [], n
        while b:
            parts.append(run[back[b] : b])
            b = back[b]
        return parts[::-1]

    def _roles(self, names: list[str], fields: list[str]) -> list[str]:
        """The role each column's lines are fitted to: a header naming who acts ("Partner
        agency") heads the lead's column when no other does."""
        who = "lead" not in fields
        return [
            "lead" if who and f.startswith("extra:") and n.lower() in self.who_headers else f
            for n, f in zip(names, fields)
        ]

    def _readings(self, rows: list[RoundRow], fields: list[str]):
        """Each row's reading as rounds, each column's width known from the table's other rows;
        None when the rows read as well as whole cells printed one after another."""
        texts = [self._texts(row.body) for row in rows]
        first = [self.fit.rounds(t, fields) for t in texts]
        if any(r is None for r in first):
            return None
        rounds = [self.fit.rounds(t, fields, column_widths(first)) for t in texts]
        whole = [self.fit.in_sequence(t, fields) for t in texts]
        whole = [self.fit.in_sequence(t, fields, column_widths(whole)) for t in texts]
        # (a row only whose last cell wraps fills its cells the same both ways: it tells the forms
        # apart by no more than the rounds' own price, so it counts as a tie)
        cost = sum(w.cost if same_cells(r, w) else r.cost for r, w in zip(rounds, whole))
        if cost > sum(w.cost for w in whole) - CLEARER * len(rows):
            return None
        return rounds

    def _texts(self, lines: list[Line]) -> list[str]:
        """Each printed line's text, its markup flattened and its edges trimmed."""
        return [self.flat(ln.text).strip() for ln in lines]

    def _row_number(self, row: RoundRow) -> str:
        return row.number or self.flat(row.ref.text).strip()
