"""A tracker's merged cells and bands: a recommendation merged over its actions' rows, a
status broken over two lines, a recommendation printed as a band across the table."""

from __future__ import annotations

from dataclasses import replace

import regex

from dhrparse.document import Line
from dhrparse.plan import band_rows
from dhrparse.plan.column_blocks import STATEMENT_IN_COLUMN
from dhrparse.plan.joined_cells import CELL_OPENS as _OPENS
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.repeated_recommendations import repeats_above
from dhrparse.plan.tick_boxes import boxed_cell
from dhrparse.plan.tracker_first_lines import FirstLine, cut_first_line, cut_first_lines
from dhrparse.plan.tracker_header import EXTRA
from dhrparse.plan.tracker_shapes import DATE_WORDS, FIRST_LINES, NAMES, OUTCOME, TrackerShapes
from dhrparse.plan.wrapped_columns import COMPLETED
from dhrparse.plan.wrapped_statuses import status_completed
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.type_widths import Face

_TALLIED = regex.compile(r"^\p{Ll}+:$")  # the things a tally counts, "actions:"


class TrackerMerges:
    """Rows under a merged recommendation cell or a band."""

    def _rag_word(self, word: str) -> bool:
        """The word is a RAG colour's ("Amber"), as a status column prints it."""
        return word.lower() in self.rag_words

    def _opens_with_date(self, words: list[str]) -> bool:
        """The words open with a date whose day is their first word ("23 September 2024"): the
        number is the day's, not a row's ref."""
        if not words[0].isdigit():
            return False
        found = find_dates(" ".join(words[:DATE_WORDS]), self.p)
        return bool(found) and found[0].start == 0 and found[0].end > len(words[0])

    def _opens_count(self, words: list[str]) -> bool:
        """The words open with a count of what the table holds ("4 actions: 2 complete, 2 open."):
        a bare number and a lower-case word closing on a colon, a tally under the table, not a
        row's ref and its first cell."""
        return len(words) > 1 and words[0].isdigit() and _TALLIED.match(words[1]) is not None

    def _opens_row(self, lines: list[Line], k: int) -> bool:
        """Line k opens a row with its ref (a review's name before it allowed)."""
        if k >= len(lines) or lines[k].cells is not None:
            return False
        words = self.pl.flat(lines[k].text).split()
        return self._ref_at(words, False) is not None or self._ref_at(words, True) is not None

    def _names_outcome(self, header: str) -> bool:
        """The header names its status column as an outcome with its date (patterns'
        `tracker.outcome_names`): cells of sentences, not of status words. (Asked of the words:
        a wrapped name prints its last word under the next name, "... and" / "date outcome".)"""
        words = set(regex.findall(r"[\w/]+", header.lower()))
        return any(name <= words for name in self.outcome_names)

    def _merged_rows(
        self,
        lines,
        body,
        firsts: dict,
        roles: list[str],
        face: Face,
        widths,
        dated_outcome: bool = False,
        status_first: bool = False,
    ) -> dict[int, str]:
        """A later action's row under a recommendation cell merged over its actions: a printed
        line opening with no ref, cut at the columns' agreed widths, whose date and status cells
        read as theirs and whose action opens with a capital (the merged cell's words carry on
        before it in lower case, or none; with no recommendation column, the action opens the
        line). Added to `firsts` with no ref and no recommendation; the words it carries the
        recommendation on with, by line. `dated_outcome`: rows cut against their dates under an
        outcome column too (rows whose codes open them, plan.coded_rows). `status_first`: the
        rows print their status before their ref, each action its own, so a later action's row
        opens with its status too; a line opening with none is no row (the plan's closing line
        under the table, a line signing the plan off, ends it)."""
        lead, roles, widths = _extra_before(roles, widths)
        rated = "status" in roles
        dated = "target_date" in roles
        # (with no status column, a date finds the row; an outcome's sentences may hold dates
        # and capitalised words too, so under an outcome column the row's outcome cell must open
        # with its status, "In progress – ...", as an outcome's first line does, unless the rows
        # are cut against their dates under it, `dated_outcome`)
        outcome = roles.index(OUTCOME) if OUTCOME in roles and not dated_outcome else None
        if roles[0] not in ("recommendation", "action") or "action" not in roles or not (rated or dated):
            return {}
        rec = roles[0] == "recommendation"
        out: dict[int, str] = {}
        opened = False  # (a row with a ref above: only its later lines may open such a row)
        above = ""  # (the recommendation cell's first line on the numbered row above)
        for n, k in enumerate(body):
            if k in firsts:
                opened, above = True, firsts[k][1 + lead] if rec else ""
                continue
            words = self._line_words(lines, body, n, rated) if opened else []
            if not self._may_open_merged_row(words, rated or COMPLETED in roles, status_first):
                continue
            read = self._merged_cells(k, words, roles, face, widths, above, alone=not lead)
            if read is None or self._merged_refused(*read, roles, outcome, dated_outcome):
                continue
            cells, again_printed = read
            out[k] = cells[0] if rec and not again_printed else ""
            firsts[k] = ["", *[""] * lead, *([""] if rec else []), *cells[1 if rec else 0 :]]
        return out

    def _line_words(self, lines, body, n: int, rated: bool) -> list[str]:
        """The words of the body's n-th line, a status of two words broken over the row's lines
        ("Not" over "started") made whole."""
        words = self.pl.flat(lines[body[n]].text).split()
        if rated and words and n + 1 < len(body):
            words = [*words[:-1], self._status_broken(lines[body[n + 1]], words[-1])]
            words = status_completed(words, self.pl.flat(lines[body[n + 1]].text).split(), self._shapes)
        return words

    def _may_open_merged_row(self, words: list[str], stated: bool, status_first: bool) -> bool:
        """Whether a line's words may be a later action's row: three words or more, opening with
        a status where the rows print theirs first, holding a date or status anchor. `stated`:
        a column holds the row's state (a status column, or the completion day's, "In hand"
        where no day is yet)."""
        if len(words) < 3 or status_first and not self._status_opening.match(" ".join(words)):
            return False
        return any(
            self._anchors(words[a : a + 4], stated) or stated and self._anchors(words[a : a + 4], False)
            for a in range(len(words))
        )

    def _merged_cells(
        self, k: int, words: list[str], roles: list[str], face: Face, widths, above: str, alone: bool = True
    ):
        """A line opening no row cut at the columns' agreed widths into the roles' cells, and
        whether its recommendation cell prints the one above again; None where it does not cut.
        `alone`: the action may open the line, the merged recommendation printing nothing more
        on it (not so where a column before it may print its own wrapped words there)."""
        rec = roles[0] == "recommendation"
        first = FirstLine(k, ["0", *words], face, self.label)
        cut = cut_first_line(first, roles, widths, self._shapes)
        if cut is None:
            return None
        cells = [""] * len(roles)
        for c, a, b in cut[1]:
            cells[c] = " ".join(words[a:b])
        again_printed = rec and repeats_above(cells[0], above)  # (plan.repeated_recommendations)
        if alone and rec and cells[0][:1].isupper() and not again_printed:
            # (the merged cell printing nothing more on this line: the action opens it)
            again = cut_first_line(first, roles[1:], widths[1:], self._shapes)
            if again is not None:
                cells = [""] * len(roles)
                for c, a, b in again[1]:
                    cells[c + 1] = " ".join(words[a:b])
        return cells, again_printed

    def _merged_refused(
        self, cells: list[str], again_printed: bool, roles: list[str], outcome, dated_outcome: bool
    ) -> bool:
        """Whether a merged row's cells do not read as an action's row: its action not opening
        as one, its status, lead or date cell not reading as theirs."""
        rated, dated = "status" in roles, "target_date" in roles
        rec, action = roles[0] == "recommendation", roles.index("action")
        status = cells[roles.index("status")] if rated else ""
        return bool(
            not cells[action]
            or not _OPENS.match(cells[action])
            or rec
            and cells[0][:1].isupper()
            and not again_printed
            or rated
            and not (again_printed and self._shapes.status_rx.match(status))  # ("In progress – ...")
            and (self._shapes.fit("status", status) > 0 or status[-1:] in ".,;:")
            or any(not cells[roles.index(r)] for r in ("lead", "target_date") if r in roles)
            or outcome is not None
            and not self._shapes.status_rx.match(cells[outcome])
            or dated
            and self._shapes.fit("target_date", cells[roles.index("target_date")]) >= 0
            # (a repeated row's month awaiting its year on the line below, "September" / "2024")
            and not (again_printed and self._shapes.date_shape(cells[roles.index("target_date")]) == 0.5)
            # (under an outcome column, whose notes hold dates too, the row is one only where
            # its date holds a number, not a month's name alone, "... in October.", and its
            # action opens as one does, "Check ...")
            or dated_outcome
            and (
                not any(ch.isdigit() for ch in cells[roles.index("target_date")])
                or not self._shapes.imperative.match(cells[action])
            )
        )

    def _statuses_broken(self, lines: list[Line], body: list[int], firsts: dict, at: int) -> None:
        """Each row's status cell (`firsts[k][at]`) whose first line breaks off after a
        status's first word ("Open – not"), completed from the printed line below it ("started"),
        where that line opens no row of its own."""
        for n, k in enumerate(body[:-1]):
            cells = firsts.get(k)
            below = body[n + 1]
            if cells is None or below in firsts or not cells[at] or len(cells[at].split()) < 2:
                continue
            head, last = cells[at].rsplit(None, 1)
            whole = self._status_broken(lines[below], last)
            if whole != last:
                cells[at] = f"{head} {whole}"

    def _statuses_boxed(self, lines: list[Line], body: list[int], firsts: dict, at: int) -> None:
        """Each row's status cell printed as tick boxes, one state a line ("☐ Not started" /
        "☒ Complete"), whose first line's cut left the box alone and gave its state's words to
        the next cell: the cell made whole from the boxes on the row's lines, the state's
        words taken off the next cell, so plan.tick_boxes reads the ticked one."""
        rows = [n for n, k in enumerate(body) if k in firsts]
        for r, n in enumerate(rows):
            cells = firsts[body[n]]
            end = rows[r + 1] if r + 1 < len(rows) else len(body)
            texts = [self.pl.flat(lines[k].text) for k in body[n:end]]
            whole = boxed_cell(cells[at], texts, self._shapes.status_rx, self.p)
            if whole is None:
                continue
            cells[at] = whole
            if at + 1 < len(cells):
                state = self._shapes.status_rx.match(cells[at + 1])
                if state:
                    cells[at + 1] = cells[at + 1][state.end() :].strip()

    def _status_broken(self, below: Line, status: str) -> str:
        """A status's first word ("Not", "In") with the rest the printed line below ends with
        ("started"), where the two read as a status; else the word as printed."""
        if status.lower() not in self._shapes.status_openings:
            return status
        rest = self.pl.flat(below.text).split()[-1:]
        whole = " ".join([status, *rest])
        return whole if rest and self._shapes.fit("status", whole) < 0 else status

    def _band_table(self, lines: list[Line], i: int, cols: list[str], printed_cols: list[str], nxt: int):
        """A plan of recommendation bands over unnumbered action rows (plan.band_rows): each row's
        first line cut into its cells, the bands and the other lines left as printed."""
        if any(c not in NAMES for c in cols):
            return None
        body, j = self._body(lines, printed_cols, nxt)
        texts = {k: self.pl.flat(lines[k].text) for k in body}
        bands = band_rows.band_lines(texts, self.pl.vocab.statement)
        if len(bands) < band_rows.MIN_BANDS:
            return None
        shapes = TrackerShapes(self.p, whole_dates=True)  # (no ref: the dates alone open and cut the rows)
        openings = band_rows.row_openings(texts, bands, shapes)
        if len(openings) < band_rows.MIN_ROWS:
            return None
        read = cut_first_lines(openings, cols, shapes, self.label)
        if read is None or not band_rows.clear(read[1], cols, shapes):
            return None
        if self._shapes is None:
            self._shapes = TrackerShapes(self.p)
        firsts = {k: cells for k, _, cells in read[1]}
        if "target_date" in cols:
            self._date_years(lines, body, firsts, set(firsts), cols.index("target_date"))
        names = [NAMES[c] for c in cols]
        blank = [""] * len(cols)
        out = [cells_line(lines[i], names)]
        for k in range(i + 1, j):
            if k in bands:
                # (a band: the statement of the recommendation the rows under it answer, printed
                # across the table, its wrapped lines joined to it)
                band = cells_line(lines[k], [self._band_text(lines, k, j, firsts), *blank[1:]])
                out.append(replace(band, hint=STATEMENT_IN_COLUMN))  # (the plan's own, as a column reader's)
            else:
                out.append(cells_line(lines[k], firsts.get(k, blank)))
        self.warnings.append((FIRST_LINES, lines[i]))
        return out, j

    def _band_text(self, lines: list[Line], k: int, j: int, firsts: dict) -> str:
        """A band's text: its line and the lines under it up to the next row's first line."""
        parts = [self.pl.flat(lines[k].text).strip()]
        for n in range(k + 1, j):
            if n in firsts or self.pl.vocab.statement.match(self.pl.flat(lines[n].text)):
                break
            parts.append(self.pl.flat(lines[n].text).strip())
        return " ".join(p for p in parts if p)

    def _anchors(self, words: list[str], rated: bool) -> bool:
        """Words a later action's row is found by: a status opening them, or with no status
        column, a date ("30/06/2025", "March 2025")."""
        if rated:
            return self._shapes.opens_status(" ".join(words))
        return any(self._shapes.date_shape(" ".join(words[:n])) == 1.0 for n in (1, 2))


def _extra_before(roles: list[str], widths) -> tuple[int, list[str], list]:
    """(1, the roles and widths after it) where a column no field is for prints before the
    merged recommendation ("Source", its cell merged too: nothing of it on a later row's line),
    else (0, them as they are)."""
    lead = 1 if roles[:2] == [EXTRA, "recommendation"] else 0
    return lead, roles[lead:], widths[lead:]
