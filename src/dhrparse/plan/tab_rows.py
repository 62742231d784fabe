"""Plan rows printed as cells: tab-separated lines, PDF and Word table rows, and the rows the
layouts rebuild. A row opens at a ref (or, without a ref column, at a first cell); cells
printed below it without a ref continue it, unless they carry an action of their own."""

from __future__ import annotations

import regex

from dhrparse.document import Line
from dhrparse.plan.column_blocks import ACTION_CELL
from dhrparse.plan.layouts import CONTINUES, OPENS_ROW
from dhrparse.plan.tab_cells import TabCells
from dhrparse.plan.unnumbered_recommendations import merged_cell_runs_on
from dhrparse.plan.walk import PlanWalk

_RULE = regex.compile(r"[-–—_=\s]*")
_LABEL_MARK = regex.compile(r"[:–-]")


class TabRows:
    def __init__(self, walk: PlanWalk):
        self.w = walk
        self.cells = TabCells(walk)
        self.after_repeat = False  # a table header repeated on a new page was just read

    def read(self, i: int) -> int:
        """Read line i (a line of cells); the index of the next line to read."""
        w = self.w
        ln = w.lines.lines[i]
        texts = [w.lines.flat(c) for c in ln.cells]
        nonempty = [t for t in texts if t]
        if not nonempty or all(_RULE.fullmatch(t) for t in nonempty):
            w.coverage.structure([ln], "table rule")
            return i + 1
        header = w.lines.header_at(i)
        if header is not None:
            return self._header(i, ln, header)
        if self._statement_or_update(i, ln, texts, nonempty):
            return i + 1
        if w.table is not None and w.mode == "tab" and self._another_table(ln):
            # a table of its own below the plan, with no header naming plan columns (a tally
            # of rows by status: "Green | Amber | Red | Total"): it ends the plan's table
            w.close_all()
            w.table, w.mode = None, None
        if w.table is None or w.mode != "tab":
            w.coverage.unread.append((i, ln))
            return i + 1
        heads = self._statement_heads_table() and any(texts[1:])  # (its paragraph fills one cell)
        if (w.sections.new or heads) and len(ln.cells) == len(w.table.columns):
            self._headerless_table(ln)
        self._row(i, ln, texts, " ".join(nonempty))
        return i + 1

    def _another_table(self, ln: Line) -> bool:
        """The line is a row of a reader's table (PDF or Word) other than the plan's, and that
        table has another number of columns (a plan continued on the next page keeps its own)."""
        source = self.w.table.source
        if source is None or source.origin == "text" or source.line_start <= ln.number <= source.line_end:
            return False
        return len(ln.cells or ()) != len(self.w.table.columns)

    def _header(self, i: int, ln: Line, header: tuple[list[str], list[str], int]) -> int:
        w = self.w
        cols, headers, nxt = header
        w.coverage.structure(w.lines.lines[i:nxt], "table header")
        if (
            w.table is not None
            and w.mode == "tab"
            and cols == w.table.printed
            and not w.sections.new
            and w.statements.pending is None
            and w.statements.open is None
        ):
            w.close_row()  # the header repeated on a new page
            w.updates.close()
            self.after_repeat = w.row is not None
            return nxt
        w.start_table(w.lines.decide_columns(cols, headers, nxt), headers, ln, "tab")
        w.table.printed = cols
        return nxt

    def _headerless_table(self, ln: Line) -> None:
        """Rows under an agency's heading with no header row of their own: that agency's table,
        in the columns of the table before it (its header printed once for all the tables, or
        set aside by the PDF reader as the previous page's header repeated)."""
        w = self.w
        before = w.table
        w.start_table(before.columns, before.headers, ln, "tab")
        w.table.printed = before.printed

    def _statement_heads_table(self) -> bool:
        """A recommendation printed as a paragraph under a table that answers the one before it:
        the rows below are its own table (their header not printed again, or set aside as a
        header repeated on a new page)."""
        w = self.w
        st, source = w.statements.open, w.table.source
        return (
            st is not None
            and st.table is w.table
            and not w.rows_since_rec
            and w.table.recommendation_ref is not None
            and (source is None or not source.line_start <= st.line_start <= source.line_end)
        )

    def _statement_or_update(self, i: int, ln: Line, texts: list[str], nonempty: list[str]) -> bool:
        """A section heading, recommendation statement or update printed across the table."""
        w, vocab = self.w, self.w.vocab
        joined = " ".join(nonempty)
        first = texts[0]
        sec = vocab.section_of(joined) if len(nonempty) == 1 else None
        if sec is None and len(nonempty) == 1 and first and w.lines.is_agency_heading(i, first):
            sec = (first, False)  # a group row across the table naming the agency of the rows below
        if sec is not None and first != "":
            w.set_section(sec[0], i, sec[1])
            w.coverage.structure([ln], "plan section heading")
            return True
        m = (vocab.statement.match(joined) or vocab.band_statement.match(joined)) if first else None
        if (
            m
            and not (w.table is not None and "recommendation" in w.table.columns)
            and not self._numbers_row(texts)
        ):
            w.start_statement(m, ln)
            return True
        label = vocab.update.match(first)
        # ("Update the referral form ..." with a lead and date beside it is an action, not an update)
        labelled = label is not None and (len(nonempty) == 1 or bool(_LABEL_MARK.search(label.group(0))))
        # (an action column's cell "Update a question ..." acts; "Update (Board Jan 25) ..." is a label)
        acts = ln.hint == ACTION_CELL and label is not None and first[label.end() :][:1].islower()
        if not acts and (labelled or (first and vocab.update.match(joined) and len(nonempty) == 1)):
            w.start_update(joined, ln)
            return True
        return False

    def _numbers_row(self, texts: list[str]) -> bool:
        """The row's first cell is the table's recommendation-number column ("Rec. 1" merged down
        beside the actions) and the row has cells of its own beside it: an action's row, not a
        recommendation printed across the table."""
        cols = self.w.table.columns if self.w.table is not None else []
        return bool(cols) and cols[0] == "recommendation_ref" and len({t for t in texts[1:] if t}) > 1

    def _row(self, i: int, ln: Line, texts: list[str], joined: str) -> None:
        w = self.w
        ref, texts = self.cells.ref(texts, ln)
        after_repeat, self.after_repeat = self.after_repeat, False
        numbered = "recommendation_ref" in w.table.columns and bool(self.cells.ref_cell(texts))
        if ref is not None and not (after_repeat and ref == "" and w.row is not None and not numbered):
            self._confirm_statement()
            above = w.row
            row = w.new_row(ref, ln)
            self.cells.put(row, texts)
            self.cells.merged_lead(row, above, ln.merged)
            self.cells.action_ref(row)
        elif after_repeat and w.row is not None and not w.updates.open:
            # the first row under a header repeated on a new page, without a ref of its own,
            # continues the row above it (its cells carry on where the page broke them)
            self.cells.put(w.row, texts)
            w.row.line_end = ln.number
        elif (
            self.cells.ref_cell(texts)
            and ln.hint != CONTINUES  # (a layout row's wrapped lines carry its opening cell on)
            and not (w.row is not None and self.cells.own_action(texts))
        ):
            self._first_cell_only(ln, joined)
        elif (
            not w.updates.open
            and w.row is not None
            and self.cells.own_action(texts, ln.hint == CONTINUES, ln.hint == OPENS_ROW, ln.merged)
        ):
            # a further action under the same recommendation (its number and recommendation cells
            # merged over several rows, the merged cell's text maybe running on into it): a row of
            # its own, under the row above's ref
            above = w.row
            row = w.new_row(above.ref, ln)
            row.recommendation_ref = above.recommendation_ref
            self.cells.put(row, texts)
            self.cells.merged_lead(row, above, ln.merged)
            self.cells.action_ref(row)
        else:
            self._continuation(i, ln, texts, joined)

    def _confirm_statement(self) -> None:
        """A recommendation printed as a row across the table (a merged, often shaded, band)
        with rows of actions below it is the plan's own recommendation."""
        w = self.w
        st = w.statements.open
        if st is not None and st.table is w.table and not w.rows_since_rec:
            st.confirmed = True
            w.statements.close()

    def _first_cell_only(self, ln: Line, joined: str) -> None:
        """A row with text in its opening cell but no ref: the statement above carries on, or
        it is an update of the rows above."""
        w = self.w
        if w.statements.open is not None and not w.rows_since_rec:
            w.statements.open.add(joined, ln)
        elif merged_cell_runs_on(w.table, joined):
            row = next(r for r in reversed(w.table.rows) if r.cells.get("recommendation"))
            row.add("recommendation", joined)  # (the merged cell broken by a page)
            row.line_end = ln.number
        elif w.table.rows:
            w.start_update(joined, ln)
        else:
            w.coverage.orphans.append(ln)

    def _continuation(self, i: int, ln: Line, texts: list[str], joined: str) -> None:
        """Cells continuing what is open: an update, the row above, or a statement."""
        w = self.w
        if w.updates.open:
            w.updates.add(joined, ln)
        elif w.statements.open is not None and not w.rows_since_rec:
            w.statements.open.add(joined, ln)  # the recommendation just opened carries on
        elif w.row is not None:
            self.cells.put(w.row, texts)
            w.row.line_end = ln.number
        elif w.statements.open is not None:
            w.statements.open.add(joined, ln)
        else:
            w.coverage.unread.append((i, ln))
