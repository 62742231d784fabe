"""Plan lines printed without cells: a plan printed as column-interleaved text (each row's
cells one after another, rebuilt when the row closes), and the paragraphs around tables of
cells (agency headings, updates, notes under a section heading, statements carried on)."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.ledger import location_of
from dhrparse.plan.column_blocks import UNPLACED_CELL
from dhrparse.plan.cover_heads import is_running_head
from dhrparse.plan.interleaved import PrintedLine, lead_line, status_rx
from dhrparse.plan.plan_lines import agency_heading_name
from dhrparse.plan.row_numbers import ref_tuple
from dhrparse.plan.walk import PlanWalk
from dhrparse.plan.wrapping import SENTENCE_END


def _printed(text: str, ln: Line) -> PrintedLine:
    return PrintedLine(text, not ln.raw.endswith((" ", "\t")), ln.number)


class PrintedRows:
    def __init__(self, walk: PlanWalk):
        self.w = walk

    def read(self, i: int) -> int:
        """Read line i (a plain line); the index of the next line to read."""
        w = self.w
        ln = w.lines.lines[i]
        text = w.lines.flat(ln.text)
        # (a plain line opens a header only if all its words are header words: asked first, cheaply;
        # a cell of a column-block table, "outcome and the actions agreed", names no columns)
        names = ln.hint != UNPLACED_CELL and w.lines.cm.is_header_words(ln.text)
        header = w.lines.header_at(i) if names else None
        if header is not None:
            return self._header(i, ln, header)
        if w.vocab.statement_or_section.match(text) and not self._row_words(text):
            sec = w.vocab.section_of(text)
            if sec is not None:
                w.coverage.flush_orphans()
                w.set_section(sec[0], i, sec[1])
                w.coverage.structure([ln], "plan section heading")
                return i + 1
            m = w.vocab.statement.match(text)
            if m and not self._cited(i, m, text):
                w.coverage.flush_orphans()
                w.start_statement(m, ln)
                return i + 1
        band = self._band_statement(i, text)
        if band is not None:
            w.coverage.flush_orphans()
            w.start_statement(band, ln)
            return i + 1
        if w.mode == "text" and w.lines.part_ended(i):
            # the plan's part printed its last page (a combined file's next report follows): its
            # table ends, and what follows is read only where a header opens a table again
            w.end_at_heading()
        if w.mode == "text":
            self._interleaved(i, ln, text)
        else:
            self._around_tables(i, ln, text)
        return i + 1

    def _band_statement(self, i: int, text: str):
        """A recommendation printed as a band across a plan printed as text ("Rec 2 <its text>",
        or the label alone over its words, merged over the other columns), answered by the
        actions numbered under it: the next row opened is its first action ("2.1"). The band's
        abbreviated label would as well be a merged ref cell beside an action; the action
        numbering is what makes it a statement."""
        w = self.w
        if w.mode != "text" or w.table is None:
            return None
        m = w.vocab.band_statement.match(text)
        if m is None or not m.group("ref").isdigit():
            return None
        lines = w.lines.lines
        for k in range(i + 1, min(i + 12, len(lines))):
            row = w.vocab.row.match(lines[k].text)
            if row is not None:
                return m if row.group("ref").rstrip(".") == f"{m.group('ref')}.1" else None
        return None

    def _row_words(self, text: str) -> bool:
        """A line opening in lower case inside a printed row carries the row's sentence on
        ("... the findings and" / "recommendations from this review to all practices"): a
        heading or a recommendation's label opens with a capital."""
        w = self.w
        return w.mode == "text" and w.row is not None and not w.row_closed and text.lstrip()[:1].islower()

    def _cited(self, i: int, m, text: str) -> bool:
        """A label alone closing the sentence the line above carries on ("... asking it to
        consider" / "Recommendation 5."): a cell citing the recommendation, not one stated."""
        if m.group("text").strip() or not text.rstrip().endswith("."):
            return False
        lines = self.w.lines.lines
        above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].text.strip()), None)
        if above is None:
            return False
        prev = self.w.lines.flat(above.text).rstrip()
        return bool(prev) and not SENTENCE_END.search(prev)

    def _header(self, i: int, ln: Line, header: tuple[list[str], list[str], int]) -> int:
        w = self.w
        w.coverage.flush_orphans()
        cols, headers, nxt = header
        w.coverage.structure(w.lines.lines[i:nxt], "table header")
        if (
            w.mode == "text"
            and w.table is not None
            and cols == w.table.columns
            and not w.sections.new
            and w.statements.open is None
            and w.row is not None
            and not w.row_closed
        ):
            return nxt  # the header repeated on a new page inside a row: the row carries on
        w.start_table(cols, headers, ln, "text")
        words = headers[0].lower().split()
        w.table.closing_status = "status" not in cols and any(
            " ".join(words[-n:]).strip(" :") in w.roles.ambiguous for n in (1, 2)
        )
        return nxt

    def _interleaved(self, i: int, ln: Line, text: str) -> None:
        w = self.w
        m = w.vocab.row.match(ln.text)
        if m is None and w.table.columns[:1] == ["ref"]:
            m = w.vocab.ref_line.match(ln.text)
        if m and self._report_section(i, ln, m.group("ref").rstrip(".")):
            # the report's next numbered section ("3. Involvement of family" over "3.1 ..."):
            # the plan has ended, whatever its last row's number
            w.end_at_heading()
        elif m and w.numbers.plausible(m.group("ref").rstrip("."), bool(w.table.rows)):
            w.coverage.flush_orphans()
            w.statements.close()
            w.new_row(m.group("ref").rstrip("."), ln)
            rest = m.groupdict().get("rest")
            w.row_lines = [_printed(rest.strip(), ln)] if rest else []
        elif self._report_heading(i, ln, text):
            # the report's next part ("Appendix 2: Terms of Reference", "Glossary", a combined
            # file's next report): the plan has ended; its last row takes nothing from the part
            w.end_at_heading()
        elif self._update_row(text):
            w.start_update(text, ln)
        elif self._update_runs_on(text):
            w.updates.add(text, ln)
        elif w.row is not None and not w.row_closed and w.statements.open is None:
            if self._band_over_fresh_table(i, text):
                self._agency_heading(i, ln, agency_heading_name(text))
            else:
                self._row_line(i, ln, text)
        elif not w.statements.continue_with(ln, text):
            w.statements.close()
            if w.lines.is_agency_heading(i, text) and not self._closed_row_wrap(i):
                self._agency_heading(i, ln, text)
            else:
                w.coverage.orphans.append(ln)

    def _update_row(self, text: str) -> bool:
        """A labelled progress update printed as a row of its own under an action ("Progress,
        October 2025: ... Status: Complete."), in a plan with no column for progress or status:
        no cell of the row above can hold it, so it is that row's update, not its text. (Where the
        rows carry their recommendation in a column, merged down, a line under the action's cells
        may be that cell's, and the row keeps it.)"""
        w = self.w
        columns = w.table.columns
        return (
            bool(w.table.rows)
            and not {"status", "progress", "recommendation"} & set(columns)
            and not w.table.closing_status
            and bool(w.vocab.update.match(text))
        )

    def _update_runs_on(self, text: str) -> bool:
        """The update's sentence wrapped to the next line (a row's number opens none)."""
        w = self.w
        return (
            w.updates.open
            and not w.updates.in_cells
            and w.row_closed
            and not SENTENCE_END.search(w.updates.text[-1].rstrip())
        )

    def _closed_row_wrap(self, i: int) -> bool:
        """A line among the second lines of a row its status cell closed, its cells wrapping on
        ("about each carer in the home" / "Community Health" / "2025" under "... BLUE"): the
        row's wrapped text stands right above it and below it, where an agency's name printed
        between the rows heads the next row, its header or its recommendation."""
        w = self.w
        lines = w.lines.lines
        if not (i and w.row_closed and w.coverage.orphans and w.coverage.orphans[-1] is lines[i - 1]):
            return False
        k = next((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), None)
        if k is None or w.lines.header_follows(i):
            return False
        below = w.lines.flat(lines[k].text)
        m = w.vocab.row.match(below)
        opens_row = m is not None and w.numbers.plausible(m.group("ref").rstrip("."), True)
        return not opens_row and not w.vocab.statement_or_section.match(below)

    def _band_over_fresh_table(self, i: int, text: str) -> bool:
        """An agency's name printed straight under the last row of the table above (no blank
        line parts them in a Word or PDF rendering) and over its own table: the header follows
        and the rows under it number afresh from 1. A header repeated on a new page inside a row
        carries that row's numbering on, so the fresh number is what tells the two apart."""
        w = self.w
        if not w.lines.header_follows(i) or not w.lines.is_agency_heading(i, text):
            return False
        header = w.lines.header_at(i + 1)
        lines = w.lines.lines
        k = header[2]
        while k < len(lines) and not lines[k].text.strip():
            k += 1
        m = w.vocab.row.match(lines[k].text) if k < len(lines) else None
        first = ref_tuple(m.group("ref").rstrip(".")) if m else None
        return (
            first is not None and all(n == 1 for n in first[1:]) and w.row.ref != m.group("ref").rstrip(".")
        )

    def _report_section(self, i: int, ln: Line, ref: str) -> bool:
        """A numbered heading whose first paragraph carries its number on ("4. Analysis", then
        "4.1 Throughout the period ..."): a section of the report, not a plan row. (A plan row
        of recommendation N over action N.1 prints the recommendation's words on its line; the
        segmenter does not take such a line for a heading.)"""
        if ln.number not in self.w.lines.heading_lines or not ref.isdigit():
            return False
        lines = self.w.lines.lines
        nxt = next((lines[k] for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text.strip()), None)
        return nxt is not None and nxt.text.lstrip().startswith(f"{ref}.1 ")

    def _report_heading(self, i: int, ln: Line, text: str) -> bool:
        """A heading of the report's, past the plan's rows: a section heading as the segmenter
        reads the page (a title standing alone, or numbered in the report's heading numbering)
        whose title names a part of a report ("Appendix 2: Terms of Reference", "Glossary", the
        next report's "Executive Summary"), that opens no row, and that the plan does not read
        as its own (its header, sections and statements were asked first) nor as one of its
        cells printed alone: an agency's name over its table, a lead naming a role or body. (A
        lead printed in capitals, "HARBRIDGE HOMES", stands alone as a heading too: its title
        names no part of a report.)"""
        w = self.w
        title = w.lines.heading_titles.get(ln.number)
        if title is None or not w.vocab.names_report_part(title, text.lstrip()[:1].isdigit()):
            return False
        return not lead_line(text, w.p) and not w.lines.is_agency_heading(i, text)

    def _row_line(self, i: int, ln: Line, text: str) -> None:
        w = self.w
        if w.vocab.page_footer.search(text):
            # a running footer printed inside a row split by the page ("... Page 1 of 2")
            w.coverage.structure([ln], "page footer")
            return
        if is_running_head(i, ln.text, w.lines.printed_places(), w.lines.header_follows):
            # the next page's running head printed inside a row split by the page, as on the cover
            w.coverage.structure([ln], "page header")
            return
        w.row_lines.append(_printed(text, ln))
        w.row.line_end = ln.number
        if self._ends_with_status(text):
            w.close_row()

    def _ends_with_status(self, text: str) -> bool:
        t = self.w.table
        if t is None or "status" not in t.columns and not t.closing_status:
            return False
        # only a line that is the status phrase itself closes the row ("Action" / "completed")
        m = status_rx(self.w.p).match(text)  # the leftmost match, when it starts the line
        return bool(m and m.start("st") == 0)

    def _agency_heading(self, i: int, ln: Line, text: str) -> None:
        w = self.w
        w.coverage.flush_orphans()
        w.set_section(text, i, False)
        w.coverage.structure([ln], "plan agency heading")

    def _around_tables(self, i: int, ln: Line, text: str) -> None:
        """A paragraph around tables of cells."""
        w = self.w
        w.passed_heading = False
        lines = w.lines.lines
        if (
            i + 1 < len(lines)
            and lines[i + 1].cells is not None
            and ln.hint != UNPLACED_CELL
            and w.lines.is_agency_heading(i, text)
            and (w.lines.header_at(i + 1) is not None or self._same_table_shape(lines[i + 1]))
        ):
            # an agency's name printed just above its table heads that agency's part of the plan
            self._agency_heading(i, ln, agency_heading_name(text))
        elif (
            w.mode is None
            and ln.hint != UNPLACED_CELL
            and w.lines.header_follows(i)
            and w.lines.is_agency_heading(i, text)
        ):
            # the same over the plan's first table printed as text (its header a plain line); a
            # column-block table's lead cell no row took, "Marnock Police", heads nothing
            self._agency_heading(i, ln, agency_heading_name(text))
        elif w.vocab.agency_part.match(text):
            # "Single agency recommendations" over the agencies' tables: their headings name them
            w.close_all()
            w.coverage.structure([ln], "plan part heading")
        elif ln.number in w.lines.heading_lines:
            w.end_at_heading()  # (a heading ends the plan's reach; it is not read into it)
        elif w.vocab.update.match(text) and w.table is not None and w.table.rows:
            w.start_update(text, ln)
        elif w.updates.open and not w.updates.in_cells:
            # (an update printed as a table's row ends with the table: a paragraph below it,
            # "7 actions; 3 complete.", is not its text)
            w.updates.add(text, ln)
        elif w.statements.open is not None:
            w.statements.open.add(text, ln)
        elif (
            w.sections.new and w.mode is None or w.sections.new and w.sections.current
        ) and ln.hint != UNPLACED_CELL:
            self._note(ln, text)
        else:
            w.coverage.unread.append((i, ln))

    def _same_table_shape(self, ln: Line) -> bool:
        """A row of cells as many as the open table's columns (its header not printed again)."""
        w = self.w
        return w.mode == "tab" and w.table is not None and len(ln.cells) == len(w.table.columns)

    def _note(self, ln: Line, text: str) -> None:
        """A note printed under an agency heading ("these actions were completed before ...")."""
        w = self.w
        w.sections.add_note(text)
        w.ctx.warn(
            "plan_note",
            f"a note under the plan heading {w.sections.current!r}, used to judge its "
            f"rows' status: {text[:160]!r}",
            location_of(w.doc, ln.number, page=ln.page),
        )
