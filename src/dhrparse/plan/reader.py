"""One walk over a document's content lines that reads every action-plan table.

Tab rows and PDF/DOCX table rows arrive as Lines with `cells`; column-interleaved
PDF text arrives as plain lines and its rows are rebuilt by interleaved.split_row.
Both feed the same PlanTable/PlanRow model. Along the way the walk keeps the agency
section ("Individual Agency Recommendations for X", an agency heading printed before
or inside a table), the recommendation statements printed in the plan, and the
"Update:" paragraphs that belong to the rows above.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from dhrparse.document import FURNITURE, Line, SourceDocument
from dhrparse.extractors import Context, location_of
from dhrparse.ids import Numbering, slug
from dhrparse.models import Recommendation
from dhrparse.plan.cell_segments import RowCells
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.interleaved import PrintedLine, split_row, status_rx
from dhrparse.plan.layouts import CONTINUES, LabelledBlocks, SideBySide
from dhrparse.plan.tables import PlanRow, PlanTable, column_map, is_plan
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.refs import display_ref, norm_ref

LOOKBACK = 12  # lines before the first header that may open the plan (its first recommendation)
REC_LINE_MIN = 70  # a recommendation statement printed full width continues on lines this long

_REF = regex.compile(r"^(?:(?P<pre>[A-Z]{1,4})\s?/\s?)?(?P<nums>\d{1,2}(?:\.\d{1,2}){0,2})\.?$")
_RULE = regex.compile(r"[-–—_=\s]*")
_DASH_ITEM = regex.compile(r"^\s*[-•]\s")
_REF_PARTS = regex.compile(r"[./]")
_SENTENCE_END = regex.compile(r"[.!?]['’\"”)]?$")


@dataclass
class Plan:
    tables: list[PlanTable] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)


@dataclass
class _Rec:
    ref: str
    lines: list[str]
    line_start: int
    line_end: int
    page: int | None
    table: PlanTable | None = None
    section: str | None = None
    confirmed: bool = False


class _Walker:
    def __init__(self, doc: SourceDocument, ctx: Context):
        self.doc, self.ctx, self.p = doc, ctx, ctx.patterns
        self.cm = column_map(self.p)
        self.roles = ColumnRoles(self.p)
        self.row_cells = RowCells(self.p)
        self.heading_lines = {b.line_start for b in doc.blocks if b.kind == "heading" and b.level <= 3}
        # plans printed as columns side by side or as labelled blocks are read as cell rows
        # a table header repeated at the top of every page looks like a running head to cleaning;
        # the plan still needs it (it opens the table and marks where a page broke a row)
        lines: list[Line] = []
        in_header = False  # the lines below a header set aside may carry on its words ("Date")
        for ln in doc.lines:
            if ln.is_content:
                lines.append(ln)
                in_header = False
            elif ln.kind == FURNITURE and (
                self._header_like(ln) or in_header and self.cm.is_header_words(ln.text)
            ):
                lines.append(ln)
                in_header = True
        self.lines: list[Line] = LabelledBlocks(self.cm).rewrite(
            SideBySide(self.cm, self.heading_lines).rewrite(lines)
        )
        # text extracted from a PDF keeps a trailing space on wrapped lines, so a line without
        # one ends a cell; PDF and Word readers give no such mark
        self.cell_ends = any(ln.raw != ln.raw.rstrip() for ln in self.lines if ln.cells is None)
        lengths = sorted(len(ln.raw.strip()) for ln in self.lines if ln.cells is None) or [0]
        self.width = lengths[int(0.98 * (len(lengths) - 1))]  # the page width, in characters
        self.rec_last_len = 0
        self.tables: list[PlanTable] = []
        self.table: PlanTable | None = None
        self.mode: str | None = None  # "tab" or "text"
        self.row: PlanRow | None = None
        self.row_lines: list[PrintedLine] = []
        self.row_closed = True
        self.last_ref: tuple | None = None
        self.section: str | None = None
        self.section_new = False  # a section heading since the last header
        self.recs: list[_Rec] = []
        self.rec: _Rec | None = None
        self.pending_rec: _Rec | None = None  # a statement printed before its table's header
        self.update: list[str] | None = None
        self.update_rows: list[PlanRow] = []
        self.rows_since_update: list[PlanRow] = []
        self.rows_since_rec: list[PlanRow] = []
        self.orphans: list[Line] = []
        self.unread: list[tuple[int, Line]] = []  # (index, line) the walk did not read into the plan
        self.passed_heading = False  # the line just walked was a heading that ends a table
        self.after_repeat = False  # a table header repeated on a new page was just read
        self.notes: dict[str | None, list[str]] = {}
        self.row_rx = regex.compile(rf"^\s*(?P<ref>{self.p.get('actions.plan.row_ref')})\s+(?P<rest>\S.*)$")
        label = f"(?:(?i:{self.p.get('actions.plan.ref_label', '(?!x)x')}))?"
        cell_ref = f"{self.p.get('actions.plan.row_ref')}|{self.p.get('actions.plan.cell_code', '(?!x)x')}"
        self.ref_only_rx = regex.compile(rf"^\s*{label}\(?(?P<ref>{cell_ref})\)?:?\s*$")
        self.rec_rx = regex.compile(self.p.get("actions.plan.recommendation_statement"), regex.I)
        self.update_rx = regex.compile(self.p.get("actions.plan.update_label"), regex.I)
        self.page_footer = regex.compile(self.p.get("actions.plan.page_footer", "(?!x)x"), regex.I)
        # every line of the plan is asked whether it opens a section or a recommendation
        # statement: one alternation of all those expressions answers "no" (the common case)
        # in one call
        self.statement_any = regex.compile(
            "|".join(
                f"(?:{src})"
                for src in [self.p.get("actions.plan.recommendation_statement")]
                + self.p.list("actions.plan.overview_section")
                + self.p.list("actions.plan.agency_section")
                + self.p.list("actions.plan.agency_section_after_rows")
            ),
            regex.I,
        )
        self.not_agency_heading = self.p.regexes("actions.plan.not_agency_heading")
        self.agency_heading_words = {w.lower() for w in self.p.list("actions.plan.agency_heading_words")}
        self.tab_ref_rx = regex.compile(
            rf"^\s*{label}\(?(?P<ref>{self.p.get('actions.plan.row_ref')})(?:\)|\s*[:–-])?\s+(?P<rest>\S.*)$"
        )

    def _header_like(self, ln: Line) -> bool:
        """A line holding an action-plan table header (used for lines cleaning set aside)."""
        if ln.cells is not None:
            return self.cm.header_columns([flatten(c) for c in ln.cells]) is not None
        if not ln.text.strip() or not self.cm.is_header_words(ln.text):
            return False
        return is_plan(self.cm.scan(ln.text))

    # ---- entry -------------------------------------------------------------------------------
    def run(self) -> Plan:
        start = self._plan_start()
        if start is None:
            return Plan()
        i = start
        last_read = start
        while i < len(self.lines):
            ln = self.lines[i]
            unread = len(self.unread)
            nxt = self._tab_line(i) if ln.cells is not None else self._text_line(i)
            if len(self.unread) == unread and not self.passed_heading:
                last_read = nxt - 1
            i = nxt
        self._close_all()
        self._flush_orphans()
        self._claim(start, last_read)
        return self._finish()

    # ---- the "no data loss" invariant ---------------------------------------------------------
    def _claim(self, start: int, end: int) -> None:
        """The plan runs from its first line to the last line read into it; lines inside it
        that were not read become one warning per contiguous run (text after it is not ours)."""
        first, last = self.lines[start], self.lines[end]
        self.ctx.claim("plan", first.number, last.number, "action plan")
        run: list[tuple[int, Line]] = []
        for k, ln in self.unread:
            if ln.number > last.number:
                break
            if run and k != run[-1][0] + 1:
                self._warn_unread(run)
                run = []
            run.append((k, ln))
        self._warn_unread(run)

    def _warn_unread(self, run: list[tuple[int, Line]]) -> None:
        if not run:
            return
        lines = [ln for _, ln in run]
        self.ctx.warn_unread(
            "plan_text_not_read",
            "line",
            "in the action plan outside any row, statement or heading",
            [flatten(ln.text if ln.cells is None else " ".join(ln.cells)) for ln in lines],
            location_of(self.doc, lines[0].number, lines[-1].number, page=lines[0].page),
        )

    def _structure(self, lines: list[Line], why: str) -> None:
        self.ctx.consumed([ln.number for ln in lines], why)

    def _plan_start(self) -> int | None:
        for i, _ln in enumerate(self.lines):
            if self._header_at(i) is not None:
                start = i
                for j in range(i - 1, max(-1, i - LOOKBACK), -1):
                    prev = self.lines[j]
                    text = flatten(prev.text if prev.cells is None else " ".join(prev.cells))
                    if (
                        self.rec_rx.match(text)
                        or self._section_match(text) is not None
                        or j == i - 1
                        and prev.cells is None
                        and self._is_agency_heading(j, text)
                    ):
                        start = j
                    elif prev.cells is not None:
                        break
                return start
        return None

    # ---- headers -----------------------------------------------------------------------------
    def _header_at(self, i: int) -> tuple[list[str], list[str], int] | None:
        ln = self.lines[i]
        if ln.cells is not None:
            texts = [flatten(c) for c in ln.cells]
            cols = self.cm.header_columns(texts)
            return (cols, texts, i + 1) if cols else None
        text = ln.text
        if not self.cm.is_header_words(text):
            return None
        fields = self.cm.scan(text)
        if len(set(fields)) < 2 or not ({"action", "recommendation"} & set(fields)):
            return None  # (the full header, over several lines, is tested below)
        j, parts = i + 1, [text]
        while (
            j < len(self.lines)
            and self.lines[j].cells is None
            and self.cm.is_header_words(self.lines[j].text)
            and not self.row_rx.match(self.lines[j].text)
        ):
            parts.append(self.lines[j].text)
            j += 1
        cols = self.cm.scan(" ".join(parts))
        return cols, [" ".join(parts)], j

    def _start_table(self, cols: list[str], headers: list[str], ln: Line, mode: str) -> None:
        self._close_row()
        self._close_update()
        same_section = not self.section_new
        if self.rec is not None and mode == "tab":
            self.pending_rec = self.rec
        self._close_rec()
        source = None  # the raw table holding the header (the last, when tables nest)
        for t in self.doc.tables:
            if t.line_start <= ln.number <= t.line_end:
                source = t
        table = PlanTable(
            columns=cols,
            headers=headers,
            section=self.section if self.section_new or self.tables else None,
            source=source,
            line_start=ln.number,
        )
        if self.section_new:
            table.section = self.section
        elif self.tables:
            table.section = self.tables[-1].section
        if self.pending_rec is not None:
            self.pending_rec.confirmed = True
            table.recommendation_ref = self.pending_rec.ref
            self.pending_rec = None
        table.note = " ".join(self.notes.get(table.section, [])) or None
        self.tables.append(table)
        self.table, self.mode = table, mode
        self.section_new = False
        self.rows_since_update, self.rows_since_rec = [], []
        if not same_section:
            self.last_ref = None

    # ---- sections and recommendation statements -------------------------------------------
    def _section_match(self, text: str) -> tuple[str, bool] | None:
        """(section name, whether the heading may name the rows printed above it) of a plan
        section heading, or None."""
        if not self.statement_any.match(text):
            return None
        for rx in self.p.regexes("actions.plan.overview_section"):
            if rx.match(text):
                return "overview", False
        for key, after_rows in (
            ("actions.plan.agency_section", False),
            ("actions.plan.agency_section_after_rows", True),
        ):
            for rx in self.p.regexes(key):
                m = rx.match(text)
                if m:
                    return flatten(m.group("agency")).strip(" :–-"), after_rows
        return None

    def _set_section(self, name: str, i: int, after_rows: bool) -> None:
        self._close_row()
        self._close_update()
        self._close_rec()
        if after_rows and self.mode == "text" and self.rows_since_rec:
            # "Recommendation from X" printed after the rows it governs
            for row in self.rows_since_rec:
                row.section = name
            self.rows_since_rec = []
            return
        self.section = name
        self.section_new = True
        if self.mode == "text" and self.table is not None and self.table.rows and not self._header_follows(i):
            self.table.section = name
            self.section_new = False

    def _header_follows(self, i: int) -> bool:
        return i + 1 < len(self.lines) and self._header_at(i + 1) is not None

    def _start_rec(self, m: regex.Match, ln: Line) -> None:
        self._close_row()
        self._close_update()
        self._close_rec()
        self.rec = _Rec(
            ref=display_ref(m.group("ref")) or m.group("ref"),
            lines=[m.group("text").strip()],
            line_start=ln.number,
            line_end=ln.number,
            page=ln.page,
            table=self.table if not self.section_new else None,
            section=self.section if self.section_new else None,
            confirmed=self.mode == "text",
        )
        self.recs.append(self.rec)
        self.rec_last_len = len(ln.raw.strip())
        self.rows_since_rec = []

    def _close_rec(self) -> None:
        self.rec = None

    # ---- rows ------------------------------------------------------------------------------
    def _ref_tuple(self, ref: str) -> tuple | None:
        m = _REF.match(ref.strip())
        if not m or any(len(n) > 1 and n.startswith("0") for n in m.group("nums").split(".")):
            return None
        return (m.group("pre") or "",) + tuple(int(n) for n in m.group("nums").split("."))

    def _plausible(self, ref: str) -> bool:
        new = self._ref_tuple(ref)
        if new is None:
            return False
        fresh = all(n == 1 for n in new[1:])
        if self.last_ref is None:
            return fresh
        if self._successor(self.last_ref, new):
            return True
        return fresh and not self.table.rows  # numbering restarts under a new header

    @staticmethod
    def _successor(last: tuple, new: tuple) -> bool:
        if last[0] != new[0]:
            return False
        a, n = last[1:], new[1:]
        options = set()
        for step in (1, 2):
            options.add(a[:-1] + (a[-1] + step,))
            options.add((a[0] + step,))
            options.add((a[0] + step, 1))
            if len(a) >= 2:
                options.add(a[:1] + (a[1] + step,))
                options.add(a[:1] + (a[1] + step, 1))
        return n in options

    def _new_row(self, ref: str | None, ln: Line) -> PlanRow:
        self._close_row()
        if self.update is not None:
            self._close_update()
        row = PlanRow(
            ref=ref.strip().rstrip(".") if ref else None,
            line_start=ln.number,
            line_end=ln.number,
            page=ln.page,
        )
        self.row, self.row_closed = row, False
        self.table.rows.append(row)
        self.rows_since_update.append(row)
        self.rows_since_rec.append(row)
        if ref:
            t = self._ref_tuple(ref.strip().rstrip("."))
            if t is not None:
                self.last_ref = t
        return row

    def _close_row(self) -> None:
        if self.row is not None and self.mode == "text" and self.row_lines:
            if self._wide(self.table.columns):
                cells, warnings = self.row_cells.split(
                    self.row_lines, self.table.columns, self.cell_ends, self.table.closing_status
                )
            else:
                cells, warnings = split_row(
                    self.row_lines, self.table.columns, self.p, self.cell_ends, self.table.closing_status
                )
                core = [k for k in ("action", "lead", "target_date") if k in self.table.columns]
                if warnings and any(not cells.get(k) for k in core):
                    # the date and cell-end cues left the action, lead or date unplaced: the cells'
                    # shapes place them, when they fill more of them
                    fitted, doubts = self.row_cells.split(
                        self.row_lines, self.table.columns, self.cell_ends, self.table.closing_status
                    )
                    if not doubts and sum(1 for k in core if fitted.get(k)) > sum(
                        1 for k in core if cells.get(k)
                    ):
                        cells, warnings = fitted, [f"cells placed by their shapes ({warnings[0]})"]
            for k, v in cells.items():
                self.row.add(k, v)
            self.row.warnings.extend(warnings)
        self.row_lines = []
        self.row_closed = True

    @staticmethod
    def _wide(columns: list[str]) -> bool:
        """A plan with more cells before its date than the action and the lead (the Home Office
        template): its rows are split by the cells' shapes in the header's order."""
        if "target_date" not in columns:
            return False
        return len([c for c in columns[: columns.index("target_date")] if c != "ref"]) > 2

    def _close_update(self) -> None:
        if self.update:
            text = " ".join(self.update)
            for row in self.update_rows:
                row.updates.append(text)
                row.line_end = max(row.line_end, self._update_end)
        self.update = None
        self.update_rows = []

    def _start_update(self, text: str, ln: Line) -> None:
        self._close_row()
        self._close_update()
        rows = self.rows_since_update or ([self.table.rows[-1]] if self.table and self.table.rows else [])
        if not rows:
            self.orphans.append(ln)
            return
        self.update, self.update_rows, self._update_end = [text], rows, ln.number
        self.rows_since_update = []

    def _close_all(self) -> None:
        self._close_row()
        self._close_update()
        self._close_rec()

    # ---- tab rows (form 1, PDF/DOCX tables) -----------------------------------------------
    def _tab_line(self, i: int) -> int:
        ln = self.lines[i]
        texts = [flatten(c) for c in ln.cells]
        nonempty = [t for t in texts if t]
        if not nonempty or all(_RULE.fullmatch(t) for t in nonempty):
            self._structure([ln], "table rule")
            return i + 1
        header = self._header_at(i)
        if header is not None:
            cols, headers, nxt = header
            self._structure(self.lines[i:nxt], "table header")
            if (
                self.table is not None
                and self.mode == "tab"
                and cols == self.table.printed
                and not self.section_new
                and self.pending_rec is None
                and self.rec is None
            ):
                self._close_row()  # the header repeated on a new page
                self._close_update()
                self.after_repeat = self.row is not None
                return nxt
            self._start_table(self._decide_columns(cols, headers, nxt), headers, ln, "tab")
            self.table.printed = cols
            return nxt
        joined = " ".join(nonempty)
        first = texts[0]
        sec = self._section_match(joined) if len(nonempty) == 1 else None
        if sec is not None and texts[0] != "":
            self._set_section(sec[0], i, sec[1])
            self._structure([ln], "plan section heading")
            return i + 1
        m = self.rec_rx.match(joined) if first else None
        if m and not (self.table is not None and "recommendation" in self.table.columns):
            self._start_rec(m, ln)
            return i + 1
        if self.update_rx.match(first) or (first and self.update_rx.match(joined) and len(nonempty) == 1):
            self._start_update(joined, ln)
            return i + 1
        if self.table is None or self.mode != "tab":
            self.unread.append((i, ln))
            return i + 1
        ref, texts = self._tab_ref(texts, ln)
        after_repeat, self.after_repeat = self.after_repeat, False
        if ref is not None and not (after_repeat and ref == "" and self.row is not None):
            row = self._new_row(ref, ln)
            self._put_cells(row, texts)
            return i + 1
        if after_repeat and self.row is not None and self.update is None:
            # the first row under a header repeated on a new page, without a ref of its own,
            # continues the row above it (its cells carry on where the page broke them)
            self._put_cells(self.row, texts)
            self.row.line_end = ln.number
            return i + 1
        first = self._ref_cell(texts)
        if not first and self.update is None and self.row is not None and self._own_action(texts):
            # a further action under the same recommendation (its number and recommendation cells
            # merged over several rows): a row of its own, under the row above's ref
            above = self.row
            row = self._new_row(above.ref, ln)
            row.recommendation_ref = above.recommendation_ref
            self._put_cells(row, texts)
            return i + 1
        if not first:
            if self.update is not None:
                self.update.append(joined)
                self._update_end = ln.number
            elif self.row is not None:
                self._put_cells(self.row, texts)
                self.row.line_end = ln.number
            elif self.rec is not None:
                self.rec.lines.append(joined)
                self.rec.line_end = ln.number
            else:
                self.unread.append((i, ln))
            return i + 1
        if self.rec is not None and not self.rows_since_rec:
            self.rec.lines.append(joined)
            self.rec.line_end = ln.number
        elif self.table.rows:
            self._start_update(joined, ln)
        else:
            self.orphans.append(ln)
        return i + 1

    def _own_action(self, texts: list[str]) -> bool:
        """A row without a ref that carries an action of its own: an action cell opening a
        sentence, with its own lead and its own date or status (text continued from the row
        above fills one or two cells, mid-sentence)."""
        cols = self.table.columns
        cell = {c: texts[k] for k, c in enumerate(cols) if k < len(texts) and texts[k]}
        action = cell.get("action", "")
        return (
            bool(action)
            and (action[0].isupper() or action[0] in "•-")
            and "lead" in cell
            and ("target_date" in cell or "status" in cell)
            and "recommendation" in cols
        )

    def _ref_cell(self, texts: list[str]) -> str:
        """The cell that opens a row: the ref column's, else the first."""
        cols = self.table.columns if self.table is not None else []
        k = (
            cols.index("ref")
            if "ref" in cols
            else cols.index("recommendation")
            if "recommendation" in cols
            else 0
        )
        return texts[k] if k < len(texts) else ""

    def _decide_columns(self, printed: list[str], headers: list[str], nxt: int) -> list[str]:
        """Column fields of a table whose header row ends before line `nxt`: the header's
        evidence weighed with the cells of the rows below it (column_roles)."""
        fields = [None if c.startswith("extra:") else c for c in printed]
        if not any(self.roles.undecided(headers, fields)):
            return printed
        columns: list[list[str]] = [[] for _ in printed]
        for ln in self.lines[nxt : nxt + 60]:
            if ln.cells is None:
                continue
            texts = [flatten(c) for c in ln.cells]
            if self.cm.header_columns(texts):
                break
            if sum(1 for t in texts if t) < 2:
                continue  # a statement or an update printed across the table
            for k, text in enumerate(texts[: len(columns)]):
                columns[k].append(text)
        return self.roles.decide(headers, fields, columns)

    def _tab_ref(self, texts: list[str], ln: Line) -> tuple[str | None, list[str]]:
        cols = self.table.columns
        first = texts[0]
        if "ref" in cols:
            m = self.ref_only_rx.match(self._ref_cell(texts))
            return (m.group("ref"), texts) if m else (None, texts)
        if "recommendation" in cols:
            # the number printed inside the recommendation cell ("1. The partnership should ...")
            k = cols.index("recommendation")
            m = self.tab_ref_rx.match(texts[k]) if k < len(texts) else None
            if m:
                return m.group("ref"), texts[:k] + [m.group("rest")] + texts[k + 1 :]
            return None, texts
        # no ref column: any row with a first cell is a row, unless printed as its continuation
        return ("" if first and ln.hint != CONTINUES else None), texts

    def _put_cells(self, row: PlanRow, texts: list[str]) -> None:
        cols = self.table.columns
        for k, text in enumerate(texts):
            if not text:
                continue
            col = cols[k] if k < len(cols) else f"extra:column {k + 1}"
            if col == "ref":
                continue
            if col.startswith("extra:"):
                row.add(col[6:], text, extra=True)
            else:
                row.add(col, text)

    # ---- plain lines (form 3 and paragraphs around tab tables) ----------------------------
    def _text_line(self, i: int) -> int:
        ln = self.lines[i]
        text = flatten(ln.text)
        # (a plain line opens a header only if all its words are header words: asked first, cheaply)
        header = self._header_at(i) if self.cm.is_header_words(ln.text) else None
        if header is not None:
            self._flush_orphans()
            cols, headers, nxt = header
            self._structure(self.lines[i:nxt], "table header")
            if (
                self.mode == "text"
                and self.table is not None
                and cols == self.table.columns
                and not self.section_new
                and self.rec is None
                and self.row is not None
                and not self.row_closed
            ):
                return nxt  # the header repeated on a new page inside a row: the row carries on
            self._start_table(cols, headers, ln, "text")
            words = headers[0].lower().split()
            self.table.closing_status = "status" not in cols and any(
                " ".join(words[-n:]).strip(" :") in self.roles.ambiguous for n in (1, 2)
            )
            return nxt
        if self.statement_any.match(text):
            sec = self._section_match(text)
            if sec is not None:
                self._flush_orphans()
                self._set_section(sec[0], i, sec[1])
                self._structure([ln], "plan section heading")
                return i + 1
            m = self.rec_rx.match(text)
            if m:
                self._flush_orphans()
                self._start_rec(m, ln)
                return i + 1
        if self.mode == "text":
            return self._interleaved_line(i, ln, text)
        # paragraphs around tab tables
        self.passed_heading = False
        if (
            i + 1 < len(self.lines)
            and self.lines[i + 1].cells is not None
            and self._is_agency_heading(i, text)
            and self._header_at(i + 1) is not None
        ):
            # an agency's name printed just above its table heads that agency's part of the plan
            self._flush_orphans()
            self._set_section(text, i, False)
            self._structure([ln], "plan agency heading")
            return i + 1
        if ln.number in self.heading_lines:
            self._close_all()
            self.table, self.mode = None, None
            self.passed_heading = True  # a heading ends the plan's reach; it is not read into it
            return i + 1
        if self.update_rx.match(text) and self.table is not None and self.table.rows:
            self._start_update(text, ln)
        elif self.update is not None:
            self.update.append(text)
            self._update_end = ln.number
        elif self.rec is not None:
            self.rec.lines.append(text)
            self.rec.line_end = ln.number
        elif self.section_new and not self.rec and self.mode is None or self.section_new and self.section:
            # a note printed under an agency heading ("these actions were completed before ...")
            self.notes.setdefault(self.section, []).append(text)
            self.ctx.warn(
                "plan_note",
                f"a note under the plan heading {self.section!r}, used to judge its "
                f"rows' status: {text[:160]!r}",
                location_of(self.doc, ln.number, page=ln.page),
            )
        else:
            self.unread.append((i, ln))
        return i + 1

    def _interleaved_line(self, i: int, ln: Line, text: str) -> int:
        m = self.row_rx.match(ln.text)
        if m and self._plausible(m.group("ref").rstrip(".")):
            self._flush_orphans()
            self._close_rec()
            self._new_row(m.group("ref").rstrip("."), ln)
            self.row_lines = [
                PrintedLine(m.group("rest").strip(), not ln.raw.endswith((" ", "\t")), ln.number)
            ]
            return i + 1
        if self.row is not None and not self.row_closed and self.rec is None:
            if self.page_footer.search(text):
                # a running footer printed inside a row split by the page ("... Page 1 of 2")
                self._structure([ln], "page footer")
                return i + 1
            self.row_lines.append(PrintedLine(text, not ln.raw.endswith((" ", "\t")), ln.number))
            self.row.line_end = ln.number
            if self._ends_with_status(text):
                self._close_row()
            return i + 1
        if self.rec is not None and self._continues_rec(ln, text):
            self.rec_last_len = len(ln.raw.strip())
            self.rec.lines.append(text)
            self.rec.line_end = ln.number
            return i + 1
        self._close_rec()
        if self._is_agency_heading(i, text):
            self._flush_orphans()
            self._set_section(text, i, False)
            self._structure([ln], "plan agency heading")
            return i + 1
        self.orphans.append(ln)
        return i + 1

    def _continues_rec(self, ln: Line, text: str) -> bool:
        """Whether a plain line after a recommendation statement continues it."""
        if _DASH_ITEM.match(text):
            return True
        if self.cell_ends:  # the statement is printed full width; cell text is narrow
            return len(ln.raw.rstrip()) >= REC_LINE_MIN
        # PDF/Word: one paragraph per statement, or lines wrapped mid-sentence at the page width;
        # a statement that has ended is followed by cell text printed out of place
        prev = self.rec.lines[-1].rstrip()
        if prev.endswith(":"):
            return True
        words = text.split()
        wrapped = self.rec_last_len + 1 + len(words[0] if words else "") > 0.95 * self.width
        return wrapped and not _SENTENCE_END.search(prev)

    def _ends_with_status(self, text: str) -> bool:
        if self.table is None or "status" not in self.table.columns and not self.table.closing_status:
            return False
        # only a line that is the status phrase itself closes the row ("Action" / "completed")
        m = status_rx(self.p).match(text)  # the leftmost match, when it starts the line
        return bool(m and m.start("st") == 0)

    def _is_agency_heading(self, i: int, text: str) -> bool:
        words = text.split()
        if (
            not words
            or len(words) > 12
            or len(text) > 90
            or text[-1] in ".,;:"
            or not text[0].isupper()
            or "," in text
            or self.lines[i].raw.endswith((" ", "\t"))
            and len(self.lines[i].raw) - len(self.lines[i].raw.rstrip()) == 1
        ):
            return False
        if any(rx.search(text) for rx in self.not_agency_heading):
            return False
        if self._header_at(i + 1) is not None if i + 1 < len(self.lines) else False:
            return True
        content = [w for w in words if w.lower() not in {"of", "and", "&", "the", "-", "–", "for", "in"}]
        caps = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
        if not content or caps / len(content) < 0.75:
            return False
        vocab = self.agency_heading_words
        return any(w.lower().strip("(),'’s") in vocab or w.lower().strip("(),") in vocab for w in words)

    def _flush_orphans(self) -> None:
        if self.orphans:
            first, last = self.orphans[0], self.orphans[-1]
            text = " ".join(flatten(x.text) for x in self.orphans)
            self.ctx.warn(
                "plan_text_unplaced",
                f"plan text outside any row: {text[:200]!r}",
                location_of(self.doc, first.number, last.number, page=first.page),
            )
            self.orphans = []

    # ---- results ---------------------------------------------------------------------------
    def _finish(self) -> Plan:
        prev = None
        for t in self.tables:
            if t.section is None:
                t.section = prev or "overview"
            prev = t.section
        recs = [r for r in self.recs if r.confirmed]
        rec_sections: list[tuple[_Rec, str]] = []
        for r in recs:
            section = (
                r.section or (r.table.section if r.table is not None else None) or self._section_before(r)
            )
            rec_sections.append((r, section))
        refs_by_section: dict[str, set[str]] = {}
        for r, section in rec_sections:
            refs_by_section.setdefault(section, set()).add(norm_ref(r.ref))
        for t in self.tables:
            for row in t.rows:
                if row.recommendation_ref or t.recommendation_ref or not row.ref:
                    continue
                known = refs_by_section.get(row.section or t.section, set())
                parent = _REF_PARTS.split(row.ref)[0]
                if norm_ref(row.ref) in known:
                    row.recommendation_ref = display_ref(row.ref)
                elif norm_ref(parent) in known or (
                    "." in row.ref
                    and not known
                    and t.columns
                    and t.columns[0] == "ref"
                    and t.origin != "text"
                    and self.mode == "tab"
                ):
                    row.recommendation_ref = display_ref(parent)
        for t in self.tables:
            if "recommendation" in t.columns:  # rows are recommendations
                for row in t.rows:
                    if row.ref:
                        row.recommendation_ref = display_ref(row.ref)
        return Plan(tables=self.tables, recommendations=self._records(rec_sections))

    def _section_before(self, rec: _Rec) -> str:
        section = "overview"
        for t in self.tables:
            if t.line_start <= rec.line_start:
                section = t.section or section
        return section

    def _records(self, rec_sections: list[tuple[_Rec, str]]) -> list[Recommendation]:
        out: list[Recommendation] = []
        ids = Numbering()
        for r, section in rec_sections:
            title = None
            lines = [x for x in r.lines if x]
            # a short first line is a title; one wrapped at the page width is not
            if (
                len(lines) > 1
                and len(lines[0].split()) <= 12
                and not lines[0].rstrip().endswith((".", ";"))
                and len(lines[0]) < 0.8 * len(lines[1])
            ):
                title, lines = lines[0].rstrip(" :"), lines[1:]
            rec = self._record(r.ref, " ".join(lines), section, r.line_start, r.line_end, r.page, ids)
            rec.title = title
            out.append(rec)
        for t in self.tables:
            if "recommendation" in t.columns:
                for row in t.rows:
                    text = row.cells.get("recommendation")
                    if text:
                        out.append(
                            self._record(
                                row.ref,
                                text,
                                row.section or t.section,
                                row.line_start,
                                row.line_end,
                                row.page,
                                ids,
                            )
                        )
        return out

    def _record(
        self,
        ref: str | None,
        text: str,
        section: str,
        start: int,
        end: int,
        page: int | None,
        ids: Numbering,
    ) -> Recommendation:
        ref = display_ref(ref) if ref else None
        ident = ids.issue(f"rec-plan-{slug(section, 'plan')}-{ref or 'x'}")
        level = "overview" if section == "overview" else "agency"
        parent = ref.split(".")[0] if ref and "." in ref else None
        return Recommendation(
            id=ident,
            ref=ref,
            parent_ref=parent,
            level=level,
            agency=None if level == "overview" else section,
            text=" ".join(text.split()) or "(no text)",
            location=location_of(self.doc, start, end, page=page),
        )


def read_plan(doc: SourceDocument, ctx: Context) -> Plan:
    return _Walker(doc, ctx).run()
