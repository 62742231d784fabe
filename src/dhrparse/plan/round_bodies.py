"""The printed lines of each row of a table printed a line at a time across its cells
(plan.line_rounds): where a row opens (its number, alone or joined to its first line, or its
first action's), its body, a running foot printed inside it, and the header printed again
where a page breaks it."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from dhrparse.document import Line
from dhrparse.plan.round_rows import (
    MIN_FOOT_WORDS,
    RoundRow,
    followed,
    last_line,
)
from dhrparse.plan.row_numbers import ref_tuple
from dhrparse.plan.spaced_rounds import SPACED_GAP, following_numbers
from dhrparse.plan.symbol_key import lone_mark
from dhrparse.plan.wrapping import SENTENCE_END

MAX_DAY = 31  # a day of a month, printed alone where a narrow date column wraps ("28" / "February")

LEAD_IN_WORDS = 5  # a list's lead-in printed after a table ("Progress notes") is a few words


def list_after_table(texts: list[str]) -> bool:
    """Whether the printed lines `texts` (from a row's next line on) open a bulleted list under
    the table: two lone marks running, which no row holds (a status mark is its whole cell and
    nothing wraps after it: plain pdftotext prints a list's bullets apart from their items), or
    a short lead-in line ("Progress notes") straight above two such marks."""
    marks = [lone_mark(t) for t in texts]
    if len(marks) >= 2 and marks[0] and marks[1]:
        return True
    if len(marks) < 3 or not (marks[1] and marks[2]) or SENTENCE_END.search(texts[0]):
        return False
    return texts[0][:1].isupper() and len(texts[0].split()) <= LEAD_IN_WORDS


class RoundBodies:
    """LineRounds' rows and their printed lines (plan.line_rounds)."""

    def _rows(self, lines: list[Line], j: int, names: list[str]) -> tuple[list[RoundRow], dict, int]:
        """The table's rows from line j, the lines printed between them (recommendations as
        bands across the table, kept before the row they precede) and where the table ends."""
        rows: list[RoundRow] = []
        between: dict[int, list[Line]] = {}
        waiting: list[Line] = []
        inline: set[int] = set()  # row numbers read from their first action's number
        k = j
        while k < len(lines):
            ln = lines[k]
            text = self.flat(ln.text).strip()
            if rows and not waiting and (number := self.actions.next_row(text, inline)):
                # (the row's number prints elsewhere, maybe in a run with others after the table)
                row = RoundRow(ln, [ln], number=str(number), inline=True)
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
            opened = self._opened_row(k, ln, text, rows)
            if opened is not None:
                row, start = opened
                k = self._body(lines, start, names, row)
                between[ln.number] = waiting
                rows.append(row)
                waiting = []
                continue
            if not self._band(lines, k, waiting) and not (k == j and self._band_tail(lines, k)):
                break
            waiting.append(ln)
            k += 1
        return rows, between, k - len(waiting)

    def _opened_row(self, k: int, ln: Line, text: str, rows: list[RoundRow]) -> tuple[RoundRow, int] | None:
        """The row line k opens (its number joined to the line, its ref read before it, or its
        number alone) and the line its body starts at; None where it opens no row."""
        ref, self._next_ref = self._next_ref, None
        joined = self._joined_ref(text, rows) if ref is None else None
        if joined is not None:
            # (spaced: the row's number, alone in its block, joined by cleaning to the line
            # printed after it, "1.2 Probation now attend ...": the row opens on that line,
            # the rest of it the row's first printed line)
            number, rest = joined
            row = RoundRow(ln, [replace(ln, text=rest)], number=number, inline=True)
            self.actions.read_row(number)
            return row, k + 1
        if ref is not None or self.vocab.ref_only.match(text):
            row = RoundRow(ref or ln, since=self._since if ref else None)
            self.actions.read_row(row.number or self._number or self.flat(row.ref.text).strip())
            return row, k if ref else k + 1
        return None

    def _joined_ref(self, text: str, rows: list[RoundRow]) -> tuple[str, str] | None:
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

    def _band_tail(self, lines: list[Line], k: int) -> bool:
        """The last line of a recommendation's band a page break parted, printed under the header
        again before the first row: it carries the band on (lower case) and ends its sentence,
        and a row's number alone follows it."""
        text = self.flat(lines[k].text).strip()
        after = lines[k + 1] if k + 1 < len(lines) else None
        return (
            text[:1].islower()
            and bool(SENTENCE_END.search(text))
            and after is not None
            and after.cells is None
            and bool(self.vocab.ref_only.match(self.flat(after.text).strip()))
        )

    def _body(self, lines: list[Line], k: int, names: list[str], row: RoundRow) -> int:
        """Read a row's printed lines from k; the index after them."""
        # (spaced, a cell's line may be a name's word, "Lead": the header again opens with its first)
        again = names[:1] if self.gap == SPACED_GAP else names
        while k < len(lines):
            days = self._days_between(last_line(row), lines[k])
            above = days[-1] if days else last_line(row)
            if not self._in_row(lines, k, above) or self._repeated_name(lines[k], again) is not None:
                break
            if self.gap == 1 and list_after_table([self.flat(ln.text).strip() for ln in lines[k : k + 3]]):
                break
            row.body.extend(days)
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

    def _days_between(self, above: Line, ln: Line) -> list[Line]:
        """A date cell's day printed alone on its line ("28" / ... / "February" / "2025"), which
        cleaning set aside as a page number: the set-aside numbers filling the whole gap between
        two printed lines of a row, each a day of a month on the page both print on (a page's
        number ends its page)."""
        gap = range(above.number + 1, ln.number)
        held = [self._numbers_at.get(n) for n in gap]
        if self.gap != 1 or not held or None in held:
            return []
        for day in held:
            text = self.flat(day.text).strip()
            if not (text.isdigit() and 1 <= int(text) <= MAX_DAY) or not above.page == day.page == ln.page:
                return []
        return held

    def _foot(self, lines: list[Line], k: int) -> bool:
        """A long line printed again elsewhere in the document, at a page's end: a running foot
        that cleaning kept (a short document repeats it too few times), not a cell's line."""
        ln = lines[k]
        if followed(ln, lines[k + 1] if k + 1 < len(lines) else None):
            return False
        text = self.flat(ln.text).strip()
        if len(text.split()) < MIN_FOOT_WORDS:
            return False
        if self._seen is None:  # (each time a foot prints, a page ends after it: a cell's line goes on)
            ends = [x for x, after in zip(self._lines, [*self._lines[1:], None]) if not followed(x, after)]
            self._seen = Counter(self.flat(x.text).strip() for x in ends)
        return self._seen[text] >= 2

    def apart(self, above: Line, ln: Line) -> int:
        """Line numbers from one printed line to a later one; where lines were taken out between
        them before the table was read (a delivery grid's labels and marks, plan.grid_rounds),
        the wider of the gaps on either side of them."""
        gap = ln.number - above.number
        if gap > 1 and self.taken:
            out = [n for n in range(above.number + 1, ln.number) if n in self.taken]
            if out:
                return max(out[0] - above.number, ln.number - out[-1])
        return gap

    def _in_row(self, lines: list[Line], k: int, above: Line, refs: bool = True) -> bool:
        """(`refs`: a number alone opens a row; in a table without a ref column it is a cell's
        last line, "14.")"""
        ln = lines[k]
        text = self.flat(ln.text).strip()
        return (
            ln.cells is None
            and 0 < self.apart(above, ln) <= self.gap
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

    def _actions(self, row: RoundRow) -> list[RoundRow]:
        """A row whose number column is merged over several numbered actions: one row for
        each (plan.action_cuts), the actions after the first keeping their first printed line
        as their ref line and the row's number as their ref."""
        ref = row.number or self.flat(row.ref.text).strip()
        self.actions.read_row(ref)
        cuts = self.actions.cuts(self._texts(row.body))
        if cuts is None:
            return [row]
        parts = [row.body[a:b] for a, b in zip(cuts, [*cuts[1:], len(row.body)])]
        out = [RoundRow(row.ref, parts[0], since=row.since, number=row.number)]
        out.extend(RoundRow(part[0], part, number=ref, inline=True) for part in parts[1:])
        out[-1].carried, out[-1].names, out[-1].furniture = row.carried, row.names, row.furniture
        return out

    def _repeated_name(self, ln: Line, names: list[str]) -> int | None:
        text = self.flat(ln.text).strip()
        return names.index(text) if text in names else None
