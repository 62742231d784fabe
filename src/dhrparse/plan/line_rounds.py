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
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from dhrparse.document import Line
from dhrparse.plan.action_cuts import ACTION_NUMBER, ActionNumbers
from dhrparse.plan.dealt_cells import dealt
from dhrparse.plan.late_numbers import MAX_OWN, late_numbers
from dhrparse.plan.late_rounds import MAX_TAIL, LateFit, carried_tail, late_reading
from dhrparse.plan.layouts import _cells_line
from dhrparse.plan.number_runs import cells_hold, cut_halves, cut_rows, in_turn
from dhrparse.plan.round_fit import WIDER, Reading, RoundFit, column_widths
from dhrparse.plan.round_header import FIRST_NAMES, MAX_REF_NAME, UNHEADED_FIRST, RoundHeader, numbers_column
from dhrparse.plan.row_numbers import ref_tuple
from dhrparse.plan.spaced_rounds import FITS, SPACED_GAP, SpacedRows, following_numbers, spaced, with_numbers
from dhrparse.plan.wrapping import SENTENCE_END

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines

SPACED_ROW_LINES = (
    6  # a table's first printed lines under its header, each a block of its own in the spaced style
)
MIN_FOOT_WORDS = 5  # a running foot repeated on each page is at least this long
CLEARER = 0.0  # how much better, per row, the rounds must read than whole cells in sequence
WIDE_LINE = 0.8  # of a band's wrapped line: a printed line this wide spans the table
ROW = 1.0  # each row a run of lines under a band is cut into: of two cuts, the one with fewer rows
_KEPT = Reading((), 0, 0.0)  # (a row the deal must not touch: read as if read already)
LOWER = frozenset({"target_date"})  # a row's cells that may print a round lower, after its others


@dataclass
class _Row:
    ref: Line
    body: list[Line] = field(default_factory=list)  # the lines printed a round at a time
    carried: dict[int, list[Line]] = field(default_factory=dict)  # column -> lines after a page break
    names: list[Line] = field(default_factory=list)  # the header's names printed again on the new page
    furniture: list[Line] = field(default_factory=list)  # a running foot printed inside the row
    since: Line | None = None  # (spaced) the header's last name, when the ref printed among the names
    number: str | None = None  # the row's number, when it printed above the header (row.ref: its last name)
    inline: bool = False  # an action under the row's number: its first printed line is its ref line
    reading: Reading | None = None  # (a run of numbers, plan.number_runs) its cells, read with the run's
    among: list[Line] = field(default_factory=list)  # (spaced) lines among the header's names again
    taken: set[int] = field(default_factory=set)  # ... those read as the row's last lines (their numbers)

    @property
    def set_apart(self) -> bool:
        """A page broke the row (the header's names printed again, cells carried on after them)
        or it was read with a run of numbers: the later rounds readers leave it as it is."""
        return bool(self.names or self.carried) or self.reading is not None


class LineRounds:
    def __init__(self, lines: PlanLines, heading_lines: set[int], numbers: list[Line] = ()):
        self.numbers = list(numbers)  # row numbers alone on a line, set aside by cleaning as page numbers
        self._numbers_at = {ln.number: ln for ln in self.numbers}
        self.cm, self.vocab = lines.cm, lines.vocab
        self.heading_lines = heading_lines
        self.flat = lines.flat
        self.fit = RoundFit(lines.roles)
        self.late = LateFit(lines.roles)
        self.header = RoundHeader(lines.cm, lines.vocab, lines.flat)
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

    def _cell_rows(self, lines: list[Line], j: int) -> tuple[list[_Row], dict, int]:
        """The rows of a template table with no number column (plan._template_header): a row opens
        on its recommendation's first line ("2. MARAC research and"), and a later action of the
        same recommendation, its recommendation cell merged, on its scope cell ("Local") printed
        just above its own number ("1.2 Add a question ...") or on that number."""
        rows: list[_Row] = []
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
                rows.append(_Row(ln, [ln], number=number))
            else:
                (rows[-1].furniture if self._foot(lines, k) else rows[-1].body).append(ln)
            k += 1
        return rows, {}, k

    def _numbered_readings(self, rows: list[_Row], roles: list[str]) -> list | None:
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
        widths = _learnt_widths(read)
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

    def _opens_cell_row(self, lines: list[Line], k: int, row: _Row) -> bool:
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

    def _in_cell_row(self, lines: list[Line], k: int, row: _Row) -> bool:
        ln = lines[k]
        text = self.flat(ln.text).strip()
        # (segmentation takes a scope cell, "Local", or an action's own number, "1.2 Agree ...",
        # for a heading)
        heading = (
            ln.number in self.heading_lines and not self._scope_cell(text) and not ACTION_NUMBER.match(text)
        )
        return (
            0 < ln.number - _last(row).number <= self.gap
            and not heading
            and not self.vocab.statement_or_section.match(text)
        )

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
        fields = self.cm.header_columns(names) or []
        # (the row numbers' column, unnamed (plan._unheaded_table) or named "Rec")
        if fields and (not names[0] or numbers_column(names[0], fields[0])):
            fields[0] = "ref"
        roles = self._roles(names, fields)
        self.scoped = "scope" in fields
        refs = fields[0] == "ref"  # (no ref column: the rows are the runs under each band, cut)
        # (the template's header wrapped in rounds, no number column: rows cut at their numbers)
        numbered = not refs and fields[0] == "recommendation" and self.header.wrapped
        # (names each a block of its own: the rows' lines are too, and such a row may be left untold)
        style = refs and spaced([ln.number for ln in lines[i : i + size]])
        # (the template's wrapped names may print two to a block: its rows' first lines tell)
        style = (
            style or numbered and spaced([ln.number for ln in lines[i + size : i + size + SPACED_ROW_LINES]])
        )
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
        if not rows:
            return None
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
        if readings is None:
            return None
        if style and refs and not numbered:
            readings = [
                r if r is not None else self._two_parts(row, roles[1:]) for row, r in zip(rows, readings)
            ]
            readings = self._late_rows(rows, readings, roles[1:])
            readings = self._dealt(rows, readings, roles[1:])
            readings = self._late_numbers(rows, readings, roles[1:])
        out = [_cells_line(lines[i], names)]
        # (the first row's number printed above the header: its cells go on the header's last line)
        named = lines[i + 1 : i + size - 1] if self._number else lines[i + 1 : i + size]
        out.extend(_cells_line(ln, [""] * len(names)) for ln in named)
        blank = [""] * len(names)
        for row, reading in zip(rows, readings):
            out.extend(between.get(row.ref.number, []))
            if reading is None:
                printed = sorted(row.body[row.inline :] + row.names, key=_number)
                out.extend(self.spaced.untold(row.ref, printed, len(names), row.number))
                out.extend(row.furniture)
                continue
            cells = [_joined(parts) for parts in reading.cells]
            carried = {
                c: lines for c, lines in row.carried.items() if c > 0
            }  # (the ref column carries nothing)
            for column, more in carried.items():
                text = " ".join(self.flat(ln.text).strip() for ln in more)
                cells[column - 1] = f"{cells[column - 1]} {text}".strip()
            if refs:
                out.append(_cells_line(row.ref, [row.number or self.flat(row.ref.text).strip(), *cells]))
            else:  # (the row's first printed line holds its cells)
                out.append(_cells_line(row.ref, cells))
            first = not refs or row.inline  # (the row's first printed line holds its cells)
            taken = [ln for ln in row.furniture if ln.number in row.taken]
            printed = (
                row.body[first : reading.used]
                + row.names
                + taken
                + [ln for c in carried.values() for ln in c]
            )
            out.extend(_cells_line(ln, blank) for ln in sorted(printed, key=lambda ln: ln.number))
            # printed after the row's cells, or under the ref's name on a new page: read as text
            rest = [ln for ln in row.furniture if ln.number not in row.taken]
            out.extend(row.body[reading.used :] + row.carried.get(0, []) + rest)
        return out, end

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

    def _band_rows(self, lines: list[Line], j: int, fields: list[str]) -> tuple[list[_Row], dict, int]:
        """A table without a ref column whose recommendations print as bands across it: the run
        of lines under each band, cut into the rows that read best as rounds (each row opening
        with its first cell's first line). The first printed line after the header is a band."""
        rows: list[_Row] = []
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
            rows.extend(_Row(part[0], list(part)) for part in cut)
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

    def _readings(self, rows: list[_Row], fields: list[str]):
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
        cost = sum(w.cost if _same_cells(r, w) else r.cost for r, w in zip(rounds, whole))
        if cost > sum(w.cost for w in whole) - CLEARER * len(rows):
            return None
        return rounds

    def _rows(self, lines: list[Line], j: int, names: list[str]) -> tuple[list[_Row], dict, int]:
        """The table's rows from line j, the lines printed between them (recommendations as
        bands across the table, kept before the row they precede) and where the table ends."""
        rows: list[_Row] = []
        between: dict[int, list[Line]] = {}
        waiting: list[Line] = []
        inline: set[int] = set()  # row numbers read from their first action's number
        k = j
        while k < len(lines):
            ln = lines[k]
            text = self.flat(ln.text).strip()
            if rows and not waiting and (number := self.actions.next_row(text, inline)):
                # (the row's number prints elsewhere, maybe in a run with others after the table)
                row = _Row(ln, [ln], number=str(number), inline=True)
                inline.add(number)
                self.actions.row = number
                k = self._body(lines, k + 1, names, row)
                rows.append(row)
                continue
            if ln.cells is not None or ln.number in self.heading_lines:
                break
            late = self.vocab.ref_only.match(text) and ref_tuple(text)
            if rows and not waiting and late and late[1:] in {(n,) for n in inline}:
                rows[-1].names.append(ln)  # (a number already read, printed late: no row of its own)
                k = self._body(lines, k + 1, names, rows[-1])
                continue
            ref, self._next_ref = self._next_ref, None
            joined = self._joined_ref(text, rows) if ref is None else None
            if joined is not None:
                # (spaced: the row's number, alone in its block, joined by cleaning to the line
                # printed after it, "1.2 Probation now attend ...": the row opens on that line,
                # the rest of it the row's first printed line)
                number, rest = joined
                row = _Row(ln, [replace(ln, text=rest)], number=number, inline=True)
                self.actions.read_row(number)
                k = self._body(lines, k + 1, names, row)
                between[ln.number] = waiting
                rows.append(row)
                waiting = []
                continue
            if ref is not None or self.vocab.ref_only.match(text):
                row = _Row(ref or ln, since=self._since if ref else None)
                self.actions.read_row(row.number or self._number or self.flat(row.ref.text).strip())
                k = self._body(lines, k if ref else k + 1, names, row)
                between[ln.number] = waiting
                rows.append(row)
                waiting = []
                continue
            if not self._band(lines, k, waiting):
                break
            waiting.append(ln)
            k += 1
        return rows, between, k - len(waiting)

    def _joined_ref(self, text: str, rows: list[_Row]) -> tuple[str, str] | None:
        """In a spaced table, the next row's number and the line cleaning joined to it, where the
        line opens with the number that follows the last row's ("1.1" -> "1.2" or "2")."""
        if self.gap != SPACED_GAP or not rows:
            return None
        head, _, rest = text.partition(" ")
        if not rest or not self.vocab.ref_only.match(head):
            return None
        last = ref_tuple(rows[-1].number or self.flat(rows[-1].ref.text).strip())
        now = ref_tuple(head)
        if not last or not now or now not in following_numbers(last):
            return None
        return head.rstrip(".:"), rest.strip()

    def _band(self, lines: list[Line], k: int, waiting: list[Line]) -> bool:
        """A recommendation printed across the table, or the line that carries it on."""
        text = self.flat(lines[k].text)
        if self.vocab.statement_or_section.match(text):
            return True
        return bool(waiting) and lines[k].number == waiting[-1].number + 1

    def _body(self, lines: list[Line], k: int, names: list[str], row: _Row) -> int:
        """Read a row's printed lines from k; the index after them."""
        # (spaced, a cell's line may be a name's word, "Lead": the header again opens with its first)
        again = names[:1] if self.gap == SPACED_GAP else names
        while (
            k < len(lines)
            and self._in_row(lines, k, _last(row))
            and self._repeated_name(lines[k], again) is None
        ):
            (row.furniture if self._foot(lines, k) else row.body).append(lines[k])
            k += 1
        # a page break: the header again, each name followed by its column's carried-on lines
        while (
            self.gap == 1 and k < len(lines) and (column := self._repeated_name(lines[k], names)) is not None
        ):
            row.names.append(lines[k])
            k += 1
            while k < len(lines) and self._in_row(lines, k, lines[k - 1]):
                if self._repeated_name(lines[k], names) is not None:
                    break
                row.carried.setdefault(column, []).append(lines[k])
                k += 1
        if self.gap == SPACED_GAP and (page := self.spaced.page(lines, k, names)) is not None:
            before, header, self._next_ref, k = page  # (a page broke the row: the header again)
            row.body.extend(before)
            for ln in header:
                (row.names if self._repeated_name(ln, names) is not None else row.furniture).append(ln)
            row.among.extend(ln for ln in header if self._repeated_name(ln, names) is None)
            # (the row goes on after the header, unless the next row's number printed among its names)
            if self._next_ref is not None:
                self._since = header[-1]
                return k
            return self._body(lines, k, names, row)
        return k

    def _foot(self, lines: list[Line], k: int) -> bool:
        """A long line printed again elsewhere in the document, at a page's end: a running foot
        that cleaning kept (a short document repeats it too few times), not a cell's line."""
        ln = lines[k]
        if _followed(ln, lines[k + 1] if k + 1 < len(lines) else None):
            return False
        text = self.flat(ln.text).strip()
        if len(text.split()) < MIN_FOOT_WORDS:
            return False
        if self._seen is None:  # (each time a foot prints, a page ends after it: a cell's line goes on)
            ends = [x for x, after in zip(self._lines, [*self._lines[1:], None]) if not _followed(x, after)]
            self._seen = Counter(self.flat(x.text).strip() for x in ends)
        return self._seen[text] >= 2

    def _in_row(self, lines: list[Line], k: int, above: Line, refs: bool = True) -> bool:
        """(`refs`: a number alone opens a row; in a table without a ref column it is a cell's
        last line, "14.")"""
        ln = lines[k]
        text = self.flat(ln.text).strip()
        return (
            ln.cells is None
            and 0 < ln.number - above.number <= self.gap
            and not (refs and self.vocab.ref_only.match(text))
            and not (refs and self.actions.next_row(text))  # (the next row's first action)
            and (
                (ln.number not in self.heading_lines or self._scope_cell(text))
                and not self.vocab.statement_or_section.match(text)
                or self.actions.of_row(text) is not None  # (segmentation takes it for a heading)
            )
        )

    def _scope_cell(self, text: str) -> bool:
        """A Scope column's cell ("Local") that segmentation took for a heading: under a header
        naming the scope it is the row's."""
        return self.scoped and bool(self.vocab.scope_cell.match(text))

    def _actions(self, row: _Row) -> list[_Row]:
        """A row whose number column is merged over several numbered actions: one row for
        each (plan.action_cuts), the actions after the first keeping their first printed line
        as their ref line and the row's number as their ref."""
        ref = row.number or self.flat(row.ref.text).strip()
        self.actions.read_row(ref)
        cuts = self.actions.cuts(self._texts(row.body))
        if cuts is None:
            return [row]
        parts = [row.body[a:b] for a, b in zip(cuts, [*cuts[1:], len(row.body)])]
        out = [_Row(row.ref, parts[0], since=row.since, number=row.number)]
        out.extend(_Row(part[0], part, number=ref, inline=True) for part in parts[1:])
        out[-1].carried, out[-1].names, out[-1].furniture = row.carried, row.names, row.furniture
        return out

    def _number_runs(self, rows: list[_Row], fields: list[str]) -> list[_Row]:
        """Rows whose numbers printed in a run, each with no lines of its own before the next
        number, and the last with all the run's rows' lines (plan.number_runs): those lines
        shared out, where they cut into as many rows reading as rounds."""
        # (the table's widest printed line: a line wider than it on the next page is no cell's)
        widest = max((len(self.flat(ln.text).strip()) for row in rows for ln in row.body), default=0)
        i = 0
        while i < len(rows):
            j = i
            while (
                j + 1 < len(rows)
                and not rows[j].body
                and not (rows[j].names or rows[j].carried or rows[j].furniture or rows[j].inline)
                and in_turn(self._row_number(rows[j]), self._row_number(rows[j + 1]))
            ):
                j += 1
            last = rows[j]
            if j > i and last.body and not last.inline:
                texts = self._texts(last.body)
                shaped = lambda r: self._run_row(r, fields)  # noqa: E731
                starts = cut_rows(self.fit, texts, fields, j - i + 1, shaped)
                if starts is not None:
                    body = last.body
                    for row, a, b in zip(rows[i : j + 1], starts, [*starts[1:], len(body)]):
                        row.body = body[a:b]
                elif (halves := self._halves(last, texts, fields, j - i + 1, shaped, widest)) is not None:
                    # (the rows' lines print among each other: they stay under the run's last
                    # number, each row's cells on its own number's line)
                    for row, (reading, _) in zip(rows[i : j + 1], halves):
                        row.reading = replace(reading, used=len(row.body))
            i = j + 1
        return rows

    def _halves(self, last: _Row, texts: list[str], fields: list[str], count: int, shaped, widest: int):
        """A run's rows read in two parts (plan.number_runs.cut_halves). Where a page broke the
        last row and lines printed among the header's names again, they are first tried as its
        left cells' last lines (they run lower than its right cells), up to the first line wider
        than any of the table's (`widest`: a note under the table, not a cell's line); read so,
        they are the row's (`last.taken`)."""
        carried: list[Line] = []
        for ln in last.among:
            if len(self.flat(ln.text).strip()) > WIDER * widest:
                break
            carried.append(ln)
        if carried:
            tail = tuple(self._texts(carried))
            found = cut_halves(self.fit, texts, fields, count, shaped, carried=tail)
            if found is not None:
                last.taken = {ln.number for ln in carried}
                return found
        return cut_halves(self.fit, texts, fields, count, shaped)

    def _run_readings(self, rows: list[_Row], fields: list[str]) -> list[Reading | None]:
        """Each row's reading where a run of numbers was read in two parts (their cells are
        read already), the other rows' as spaced rows are (plan.spaced_rounds)."""
        others = [row for row in rows if row.reading is None]
        read = self.spaced.readings([row.body for row in others], fields) if others else None
        found = iter(read or [None] * len(others))
        return [row.reading if row.reading is not None else next(found) for row in rows]

    def _run_row(self, reading, fields: list[str]) -> bool:
        """A row cut from a run of numbers holds in each cell what its column holds, its status
        cell a status alone (the rows' cells may print among each other: a cell met from two
        rows is no status)."""
        return (
            reading.cost <= FITS
            and self.spaced._shaped(reading, fields)
            and cells_hold(reading, fields, self.fit.roles)
        )

    def _two_parts(self, row: _Row, fields: list[str]) -> Reading | None:
        """A spaced row that does not read as rounds, read in two parts (plan.number_runs): its
        left cells as rounds, then its right cells from its date's (they sit a round lower),
        then the left cells' last lines (they run lower than the right cells); None where its
        short cells would hold what is not theirs. (A split before the lead reads a lead's
        first line into the recommendation where a row's cells print in no such two parts.)"""
        if row.set_apart:
            return None
        texts = self._texts(row.body)
        found = cut_halves(self.fit, texts, fields, 1, lambda r: self._run_row(r, fields), LOWER)
        return replace(found[0][0], used=len(row.body)) if found else None

    def _late_rows(self, rows: list[_Row], readings: list, fields: list[str]) -> list:
        """The rows still untold read again as rounds their short cells may join late
        (plan.late_rounds); a row whose first lines carry on a cell of the row before (a tall
        cell of that row runs on below this row's number) gives those lines to that cell. A row
        a page broke, its header's names printed again among its lines, is read from its own
        lines (the names are set apart: a cell's later lines print again after them)."""
        out = list(readings)
        widths = _learnt_widths(readings)
        for n, (row, reading) in enumerate(zip(rows, readings)):
            if reading is not None or row.carried or row.reading is not None:
                continue
            texts = self._texts(row.body)
            before = out[n - 1] if n else None
            for skip in range(min(MAX_TAIL, len(texts) - 1) + 1 if before is not None else 1):
                tail = carried_tail(self.late, texts[:skip], before, fields) if skip else before
                if skip and tail is None:
                    break
                found = late_reading(self.late, texts[skip:], fields, widths, last=n == len(rows) - 1)
                if found is not None:
                    out[n] = replace(found, used=found.used + skip)
                    if skip:
                        out[n - 1] = tail
                    break
        return out

    def _dealt(self, rows: list[_Row], readings: list, fields: list[str]) -> list:
        """The rows still untold whose short cells printed in one block among a row's lines,
        dealt back to their rows (plan.dealt_cells); a row a page broke or read with a run of
        numbers is left as it is."""
        whole = [not row.set_apart for row in rows]
        texts = [self._texts(row.body) for row in rows]
        widths = _learnt_widths(readings)
        found = dealt(self.late, texts, [r if w else _KEPT for r, w in zip(readings, whole)], fields, widths)
        return [r if r is not _KEPT else old for r, old in zip(found, readings)]

    def _late_numbers(self, rows: list[_Row], readings: list, fields: list[str]) -> list:
        """The rows still untold whose numbers printed after their first rounds, among a tall
        row's lines (plan.late_numbers): each run of an untold row followed by untold rows in
        turn holding only a few lines each (their left cells, printed after their numbers)."""
        whole = [not row.set_apart and r is None for row, r in zip(rows, readings)]
        runs, n = [], 0
        while n < len(rows):
            j = n
            while (
                whole[n]
                and j + 1 < len(rows)
                and whole[j + 1]
                and 0 < len(rows[j + 1].body) <= MAX_OWN
                and in_turn(self._row_number(rows[j]), self._row_number(rows[j + 1]))
            ):
                j += 1
            if j > n and rows[n].body:
                runs.append((n, j + 1))
            n = j + 1
        if not runs:
            return readings
        texts = [self._texts(row.body) for row in rows]
        widths = _learnt_widths(readings)
        shaped = lambda r: self._run_row(r, fields)  # noqa: E731
        return late_numbers(self.late, texts, readings, fields, runs, shaped, widths)

    def _texts(self, lines: list[Line]) -> list[str]:
        """Each printed line's text, its markup flattened and its edges trimmed."""
        return [self.flat(ln.text).strip() for ln in lines]

    def _row_number(self, row: _Row) -> str:
        return row.number or self.flat(row.ref.text).strip()

    def _repeated_name(self, ln: Line, names: list[str]) -> int | None:
        text = self.flat(ln.text).strip()
        return names.index(text) if text in names else None


def _learnt_widths(readings: list[Reading | None]) -> list[tuple[int, int]] | None:
    """The columns' widths the rows read so far show (plan.round_fit), None before any row reads."""
    read = [r for r in readings if r is not None]
    return column_widths(read) if read else None


def _last(row: _Row) -> Line:
    """The row's last line read so far (a name of the header printed again on a new page, in
    the spaced style, is followed by the row's lines carried on)."""
    since = [row.since] if row.since is not None else []
    return max([row.ref, *since, *row.body[-1:], *row.names[-1:], *row.furniture[-1:]], key=_number)


def _number(ln: Line) -> int:
    return ln.number


def _joined(parts: tuple[str, ...]) -> str:
    """A cell's printed lines as its text: a word wrapped at its hyphen ("Sub-" / "group") is
    one word again."""
    text = ""
    for part in parts:
        glued = text.endswith("-") and text[-2:-1].isalpha() and part[:1].isalpha()  # ("Sub-" / "Group")
        text = f"{text}{part}" if glued or not text else f"{text} {part}"
    return text


def _followed(ln: Line, after: Line | None) -> bool:
    """The line is followed straight on by the next printed one (no page end or gap between)."""
    return after is not None and after.number == ln.number + 1


def _same_cells(rounds, whole) -> bool:
    """Both readings give the row the same cells, none empty, from the same lines."""
    return (rounds.cells, rounds.used) == (whole.cells, whole.used) and all(rounds.cells)
