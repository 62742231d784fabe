"""The state one walk over an action plan shares, and its moves: a table opens, a section
heading or a recommendation statement is read, a row opens and closes, an "Update:" paragraph
attaches to the rows above. Tab rows (plan.tab_rows) and printed lines (plan.printed_rows)
drive these moves, line by line."""

from __future__ import annotations

import regex

from dhrparse.document import Line, SourceDocument
from dhrparse.ledger import Ledger
from dhrparse.patterns import Patterns
from dhrparse.plan.cell_segments import RowCells
from dhrparse.plan.column_blocks import STATEMENT_IN_COLUMN, WHOLE_CELL_STATEMENT
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.coverage import PlanCoverage
from dhrparse.plan.interleaved import PrintedLine, split_row
from dhrparse.plan.plan_lines import PlanLines
from dhrparse.plan.row_numbers import RowNumbers
from dhrparse.plan.sections import Sections
from dhrparse.plan.statements import Statements
from dhrparse.plan.tables import PlanRow, PlanTable, column_map
from dhrparse.plan.updates import Updates
from dhrparse.plan.vocabulary import PlanVocabulary


class PlanWalk:
    def __init__(self, doc: SourceDocument, ctx: Ledger):
        self.doc, self.ctx, self.p = doc, ctx, ctx.patterns
        self.vocab = PlanVocabulary.of(self.p)
        self.roles = ColumnRoles(self.p)
        self.row_cells = RowCells(self.p)
        self.lines = PlanLines(doc, column_map(self.p), self.roles, self.vocab)
        self.coverage = PlanCoverage(doc, ctx)
        self.statements = Statements(self.lines.cell_ends, self.lines.width)
        self.sections = Sections()
        self.updates = Updates()
        self.numbers = RowNumbers()
        self.tables: list[PlanTable] = []
        self.table: PlanTable | None = None
        self.mode: str | None = None  # "tab" (rows of cells) or "text" (rows printed as lines)
        self.row: PlanRow | None = None
        self.row_lines: list[PrintedLine] = []  # the printed lines of the open text row
        self.row_closed = True
        self.rows_since_rec: list[PlanRow] = []
        self.passed_heading = False  # the line just walked was a heading that ends a table

    def start_table(self, cols: list[str], headers: list[str], ln: Line, mode: str) -> None:
        self.close_row()
        self.updates.close()
        same_section = not self.sections.new
        # (a run of recommendations stated above the plan's first table: it answers them all)
        run = self.statements.confirm_run_above(self.doc, ln.number) if not self.tables else []
        if self.statements.open is not None and len(run) < 2:
            # the recommendation printed just above the header: the table answers it
            self.statements.pending = self.statements.open
        self.statements.close()
        table = PlanTable(
            columns=cols, headers=headers, source=self.doc.table_at(ln.number), line_start=ln.number
        )
        if self.sections.new:
            table.section = self.sections.current
        elif self.tables:
            table.section = self.tables[-1].section
        pending = self.statements.take_pending()
        if pending is not None:
            table.recommendation_ref = pending.ref
        table.note = self.sections.note_of(table.section)
        self.tables.append(table)
        self.table, self.mode = table, mode
        self.sections.new = False
        self.updates.since, self.rows_since_rec = [], []
        if not same_section:
            self.numbers.restart()

    def set_section(self, name: str, i: int, after_rows: bool) -> None:
        self.close_all()
        printed = self.mode == "text"
        if self.sections.heading(
            name, after_rows, self.rows_since_rec, self.table, printed, lambda: self.lines.header_follows(i)
        ):
            self.rows_since_rec = []

    def start_statement(self, m: regex.Match, ln: Line) -> None:
        self.close_all()
        new = self.sections.new
        self.statements.start(
            m,
            ln,
            table=self.table if not new else None,
            section=self.sections.current if new else None,
            confirmed=self.mode == "text" or ln.hint in (STATEMENT_IN_COLUMN, WHOLE_CELL_STATEMENT),
        )
        if ln.hint == WHOLE_CELL_STATEMENT:
            self.statements.close()  # (a merged cell's whole text, on its line: nothing carries it on)
        self.rows_since_rec = []

    def new_row(self, ref: str | None, ln: Line) -> PlanRow:
        self.close_row()
        if self.updates.open:
            self.updates.close()
        ref = ref.strip().rstrip(".") if ref else None
        row = PlanRow(ref=ref, line_start=ln.number, line_end=ln.number, page=ln.page)
        self.row, self.row_closed = row, False
        self.table.rows.append(row)
        self.updates.since.append(row)
        self.rows_since_rec.append(row)
        if ref:
            self.numbers.saw(ref)
        return row

    def close_row(self) -> None:
        if self.row is not None and self.mode == "text" and self.row_lines:
            cells, warnings = printed_cells(
                self.row_lines, self.table, self.row_cells, self.p, self.lines.cell_ends
            )
            for k, v in cells.items():
                self.row.add(k, v)
            self.row.warnings.extend(warnings)
        self.row_lines = []
        self.row_closed = True

    def start_update(self, text: str, ln: Line) -> None:
        self.close_row()
        self.updates.close()
        rows = self.updates.since or ([self.table.rows[-1]] if self.table and self.table.rows else [])
        if not rows:
            self.coverage.orphans.append(ln)
            return
        self.updates.start(text, ln, rows)

    def close_all(self) -> None:
        self.close_row()
        self.updates.close()
        self.statements.close()

    def end_at_heading(self) -> None:
        """A heading of the report (or the footer of the plan's last page) ends the plan's
        table: what follows is not read into it (the plan reads on only where a header opens a
        table again)."""
        self.close_all()
        self.table, self.mode = None, None
        self.passed_heading = True


def printed_cells(
    lines: list[PrintedLine], table: PlanTable, row_cells: RowCells, p: Patterns, cell_ends: bool
) -> tuple[dict[str, str], list[str]]:
    """The cells of one row printed as text, one cell after another."""
    cols = table.columns
    if _wide(cols):
        return row_cells.split(lines, cols, cell_ends, table.closing_status)
    cells, warnings = split_row(lines, cols, p, cell_ends, table.closing_status)
    core = [k for k in ("action", "lead", "target_date") if k in cols]
    if warnings and any(not cells.get(k) for k in core):
        # the date and cell-end cues left the action, lead or date unplaced: the cells'
        # shapes place them, when they fill more of them
        fitted, doubts = row_cells.split(lines, cols, cell_ends, table.closing_status)
        more = sum(1 for k in core if fitted.get(k)) - sum(1 for k in core if cells.get(k))
        if not doubts and (more > 0 or more == 0 and _lead_ran_on(cells, fitted)):
            return fitted, [f"cells placed by their shapes ({warnings[0]})"]
    return cells, warnings


def _lead_ran_on(cells: dict[str, str], fitted: dict[str, str]) -> bool:
    """The cues' lead runs on past the lead the shapes found, into the cells printed after it
    ("Safeguarding Nurse" then "Three months after publication", no date to stop it): the
    shapes end the lead where its cell ends, and keep the rest in the row's later cells."""
    lead, mine = cells.get("lead") or "", fitted.get("lead") or ""
    return bool(mine) and cells.get("action") == fitted.get("action") and lead.startswith(mine + " ")


def _wide(columns: list[str]) -> bool:
    """A plan with more cells before its date than the action and the lead (the Home Office
    template): its rows are split by the cells' shapes in the header's order."""
    if "target_date" not in columns:
        return False
    return len([c for c in columns[: columns.index("target_date")] if c != "ref"]) > 2
