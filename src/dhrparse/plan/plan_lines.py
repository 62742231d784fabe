"""The printed lines an action plan is read from, and what their shape says: where a table
header is, where the plan starts, which line is an agency's heading, how wide the page is."""

from __future__ import annotations

from bisect import bisect_right

import regex

from dhrparse.document import FURNITURE, TEXT, Line, SourceDocument
from dhrparse.plan.agency_merged_rows import AgencyMergedRows
from dhrparse.plan.coded_plan_blocks import CodedPlanBlocks
from dhrparse.plan.column_bands import ColumnBands
from dhrparse.plan.column_blocks import ColumnBlocks
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.cover_heads import is_running_head, printed_at
from dhrparse.plan.exported_lists import ExportedLists
from dhrparse.plan.grid_lines import GridLines
from dhrparse.plan.grid_rounds import GridRounds
from dhrparse.plan.headed_columns import HeadedColumns
from dhrparse.plan.header_bands import band_label, closing_target
from dhrparse.plan.header_room import wrapped_names
from dhrparse.plan.header_tails import HeaderTails
from dhrparse.plan.joined_rows import JoinedRows
from dhrparse.plan.label_readings import labelled_lines
from dhrparse.plan.line_readings import LineReadings
from dhrparse.plan.line_rounds import LineRounds
from dhrparse.plan.matrix_lines import MatrixLines
from dhrparse.plan.narrow_rows import NarrowRows
from dhrparse.plan.page_turn import row_tail_over_page
from dhrparse.plan.response_blocks import ResponseBlocks
from dhrparse.plan.response_joined import ResponseJoined
from dhrparse.plan.role_evidence import RoleEvidence
from dhrparse.plan.row_blocks import RowBlocks
from dhrparse.plan.split_names import BROKEN_HEADER, SplitNames
from dhrparse.plan.stacked_cells import StackedCells
from dhrparse.plan.status import status_words
from dhrparse.plan.tables import ColumnMap, acts_on, is_plan
from dhrparse.plan.tracker_rows import FIRST_LINES, TrackerRows
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.plan.wrapped_columns import joined_header
from dhrparse.prepare.markup import flatten

LOOKBACK = 12  # lines before the first header that may open the plan (its first recommendation)
_NUMBERED_HEADING = regex.compile(r"^\s*+\d{1,2}(?:\.\d{1,2})*+\.?\s+\p{Lu}")
WRAP_MARKS_ALL = 0.95  # the share of lines ending in one space over which that space marks no wrap
_JOINING = {"of", "and", "&", "the", "-", "–", "for", "in"}


def text_of(ln: Line) -> str:
    """A line's text, its cells joined."""
    return flatten(ln.text if ln.cells is None else " ".join(ln.cells))


def _last_page(ln: Line, footer: regex.Pattern) -> bool:
    """A running footer numbering the last page of its run ("Page 14 of 14")."""
    if ln.kind not in (TEXT, FURNITURE):
        return False
    text = ln.text.rstrip()
    # (most lines end on a letter, and "of N" closes the line: both asked first, cheaply)
    if not text[-1:].isdigit() or "of" not in text[-10:].lower():
        return False
    m = footer.search(text)
    return m is not None and m.group("page") == m.group("pages")


# a sub-section's number before an agency's heading over its part of the plan ("4.2 ")
_SUBSECTION_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+(?=\p{Lu})")


def agency_heading_name(text: str) -> str:
    """An agency heading's name without the sub-section number printed before it."""
    return _SUBSECTION_NUMBER.sub("", text, count=1)


class PlanLines(RoleEvidence):
    def __init__(self, doc: SourceDocument, cm: ColumnMap, roles: ColumnRoles, vocab: PlanVocabulary):
        self.cm, self.roles, self.vocab, self.doc = cm, roles, vocab, doc
        self._flat: dict[str, str] = {}  # text -> flatten(text), see `flat`
        # (each printed line read as a header cell, once for every layout)
        self.readings = LineReadings(cm, self.flat)
        # the report's section headings, by their first line: their titles (numbers taken off)
        self.heading_titles = {
            b.line_start: b.text for b in doc.blocks if b.kind == "heading" and b.level <= 3
        }
        self.heading_lines = set(self.heading_titles)
        # (a header's names broken mid-word over its printed lines, joined again)
        self.split_names = SplitNames(cm)
        # (a header's names going on over the lines under it, "Rec" / "no.", given back to them)
        self.header_tails = HeaderTails(cm, roles.p)
        # (a delivery grid's period labels and their marks, no column in such text: plan.grid_lines)
        self.grid_lines = GridLines(cm, roles.p)
        self.grid_rounds = GridRounds(cm, roles.p)  # (... in plain text, one name a line: plan.grid_rounds)
        self.line_spaced = doc.line_spaced()  # (text taken out a printed line at a time)
        self._named: dict[tuple[str, ...], list[str] | None] = {}  # (see _wrapped_names)
        self.wrapped_headers: set[int] = set()  # the headers so read, by their first line's number
        # the columns of an exported list's header ("Title" the action there): plan.exported_lists
        self.list_columns: dict[int, list[str]] = {}
        self.report_labels: set[int] = set()  # (the lines of its report box right above it)
        # side-by-side rows on a page that moved its columns untold (plan.page_columns)
        self.page_warnings: list[tuple[str, Line]] = []
        readers = self._read_tables(doc, roles, vocab)
        self._restore_unread(*readers)
        self._measure_lines(doc, vocab)

    def _read_tables(self, doc: SourceDocument, roles: ColumnRoles, vocab: PlanVocabulary):
        """The plan's lines with every table layout read into cell rows, each layout's reader
        in turn; the readers whose warnings the plan reports."""
        # plans printed as columns side by side or as labelled blocks (labels maybe a column) read as cell rows
        self.lines: list[Line] = labelled_lines(self, doc, self._content(doc), roles.p, vocab)
        numbers = [ln for ln in doc.lines if ln.kind == FURNITURE and vocab.ref_line.match(ln.text)]
        self.lines = StackedCells(self, self.heading_lines, numbers).rewrite(self.lines)
        rounds = LineRounds(self, self.heading_lines, numbers)
        self.lines = rounds.rewrite(self.lines)
        # a table printed a whole cell at a time, row after row
        row_blocks = RowBlocks(self, self.heading_lines, numbers, doc.lines)
        self.lines = row_blocks.rewrite(self.lines)
        # a board's response to each recommendation so printed ("Recommendation | Agreed | Board response | ...")
        self.lines = ResponseBlocks(self, self.heading_lines).rewrite(self.lines)
        # a table's first columns printed a row at a time, its others apart, or in bands of column blocks
        self.lines = (apart := ColumnBands(self, self.heading_lines, numbers, doc.lines)).rewrite(self.lines)
        # a table printed a column at a time, each name over its cells, the short columns' values in bands
        self.lines = HeadedColumns(self, self.heading_lines, numbers, doc.lines).rewrite(self.lines)
        # a three-column plan whose action cells open with their codes, its progress cells with their states
        coded = CodedPlanBlocks(self, self.heading_lines, doc.lines, self.line_spaced)
        self.lines = coded.rewrite(self.lines)
        self.lines = ColumnBlocks(self, self.heading_lines, numbers, doc.lines).rewrite(self.lines)
        # a board's response table whose cells each printed line joins (text taken out a line at a time)
        self.lines = ResponseJoined(self, roles.p, self.heading_lines, doc.line_spaced()).rewrite(self.lines)
        # an agency's name merged down beside the recommendations' numbers (plan.agency_merged_rows)
        self.lines = AgencyMergedRows(self, roles.p, self.heading_lines, self.line_spaced).rewrite(self.lines)
        # a lead / support matrix plan so printed, its agencies' heads proved by the plan's key
        self.matrix = MatrixLines(doc, self.cm, roles, roles.p, self.line_spaced)
        self.lines = self.matrix.rewrite(self.lines)
        # a list of items a performance system or SharePoint exported ("Code | Title | Status | ...")
        lists = ExportedLists(self, roles.p, self.heading_lines, self.line_spaced)
        self.lines = lists.rewrite(self.lines)
        # a wide table whose cells each printed line joins (text taken out a line at a time)
        joined = JoinedRows(self, roles.p, self.heading_lines, self.line_spaced)
        self.lines = joined.rewrite(self.lines)
        self.told_recommendations = joined.told
        # a narrower table's rows, opening with their refs, read whole (its cells joined on each line)
        narrow = NarrowRows(self, roles.p, self.heading_lines, doc.line_spaced())
        self.lines = narrow.rewrite(self.lines)
        # a tracker's rows in such text, read from their first printed lines
        trackers = TrackerRows(self, roles.p, self.heading_lines, doc.line_spaced())
        self.lines = trackers.rewrite(self.lines)
        self.lines = narrow.merged.unread(self.lines)  # (merged plans no reader cut: plan.merged_unread)
        self.lines = joined.doubtful_kept(self.lines)
        return rounds, row_blocks, joined, narrow, trackers, apart, lists

    def _restore_unread(self, rounds, row_blocks, joined, narrow, trackers, apart, lists) -> None:
        """Headers no reader took left as printed, and the layouts' warnings: the tables
        whose cells were not told apart, and the headers of tables refused whole."""
        # (a header joined again whose table neither reader took is left as printed, with a warning)
        self.lines = self.header_tails.restore_unread(self.lines)
        self.lines, unread = self.split_names.restore_unread(self.lines)
        self.broken_headers = unread  # (their tables' stretches hold no recommendation: plan.refused_extents)
        # (rows whose cells a layout could not tell apart)
        # (a wide table the joined reader left untold whose rows' first lines the tracker reader
        # read is told by the tracker reader's warning alone)
        firsts = {ln.number for message, ln in trackers.warnings if message == FIRST_LINES}
        untold = [(message, ln) for message, ln in joined.warnings if ln.number not in firsts]
        self.layout_warnings = [*rounds.warnings, *row_blocks.warnings, *untold, *trackers.warnings]
        # (rows answering a recommendation not accepted: plan.refused_rows)
        self.refused_rows = trackers.refused
        self.layout_warnings += [
            *lists.warnings,
            *narrow.warnings,
            *apart.untold(self.lines),
            *self.grid_lines.warnings,
        ]
        self.layout_warnings += self.matrix.warnings
        self.layout_warnings += self.grid_rounds.warnings
        self.layout_warnings += self.page_warnings  # (side-by-side rows whose page moved its columns)
        self.layout_warnings += [(BROKEN_HEADER, ln) for ln in self.lines if ln.number in unread][:1]
        # (the headers of tables refused whole: no other reader makes records of their joined lines)
        # (a header another reader took, its line now cut into cells, is no refused table's)
        refused = {ln.number for _, ln in [*untold, *narrow.warnings]} | set(unread)
        self.refused_headers = refused - firsts - {ln.number for ln in self.lines if ln.cells is not None}

    def _measure_lines(self, doc: SourceDocument, vocab: PlanVocabulary) -> None:
        """What the printed lines' shape says of the whole plan: whether a trailing space marks
        a wrapped line, the page's width, where a run of pages ends."""
        # text extracted from a PDF keeps a trailing space on wrapped lines, so a line without
        # one ends a cell; PDF and Word readers give no such mark
        self.cell_ends = any(ln.raw != ln.raw.rstrip() for ln in self.lines if ln.cells is None)
        # (a single trailing space marks a wrapped line only where some lines lack one: text
        # whose every printed line ends in a space, as pdfplumber's lines written out with one
        # each, marks none; asked of a heading over a table read into cells)
        texts = [ln.raw for ln in self.lines if ln.cells is None and ln.raw.strip()]
        spaced = sum(1 for raw in texts if raw.endswith(" ") and not raw.endswith("  "))
        self.wrap_marked = spaced < WRAP_MARKS_ALL * len(texts)
        lengths = sorted(len(ln.raw.strip()) for ln in self.lines if ln.cells is None) or [0]
        self.width = lengths[int(0.98 * (len(lengths) - 1))]  # the page width, in characters
        # running footers naming the last page of their run ("Action Plan Page 14 of 14"), kept
        # as content or set aside by cleaning: no plan runs on past one (a combined file's next
        # report counts its own pages)
        self.part_ends = [ln.number for ln in doc.lines if _last_page(ln, vocab.page_footer)]

    def part_ended(self, i: int) -> bool:
        """Whether a footer naming the last page of its run is printed after line i - 1, up to
        line i (line i itself, when the footer is kept as content)."""
        if not self.part_ends or i == 0:
            return False
        k = bisect_right(self.part_ends, self.lines[i - 1].number)
        return k < len(self.part_ends) and self.part_ends[k] <= self.lines[i].number

    def flat(self, text: str) -> str:
        """`flatten(text)`, worked out once per text: the layouts (stacked cells, line rounds)
        and the walk each read the same lines, and a table's header the same cells."""
        flat = self._flat.get(text)
        if flat is None:
            flat = self._flat[text] = flatten(text)
        return flat

    def _content(self, doc: SourceDocument) -> list[Line]:
        """Content lines, and table headers cleaning set aside: a header repeated at the top of
        every page looks like a running head to cleaning; the plan still needs it (it opens
        the table and marks where a page broke a row)."""
        lines: list[Line] = []
        in_header = False  # the lines below a header set aside may carry on its words ("Date")
        printed = (
            self.header_tails.rewrite(self.grid_lines.rewrite(self.split_names.rewrite(doc.lines)))
            if doc.line_spaced()
            else self.grid_rounds.rewrite(doc.lines)
        )
        for ln in printed:
            if ln.is_content:
                lines.append(ln)
                in_header = False
            elif ln.kind == FURNITURE and (
                self._header_like(ln)
                or (in_header or self._right_below_header(lines, ln))
                and self.cm.is_header_words(ln.text)
            ):
                lines.append(ln)
                in_header = True
        return lines

    def _right_below_header(self, lines: list[Line], ln: Line) -> bool:
        """The line straight under a header kept as content (its wrapped words: "date")."""
        return bool(lines) and lines[-1].number == ln.number - 1 and self._header_like(lines[-1])

    def _header_like(self, ln: Line) -> bool:
        """A line holding an action-plan table header (used for lines cleaning set aside)."""
        if ln.cells is not None:
            return self.cm.header_columns([self.flat(c) for c in ln.cells]) is not None
        if not ln.text.strip() or not self.cm.is_header_words(ln.text):
            return False
        return is_plan(self.cm.scan(ln.text))

    def rewrite_at_headers(self, lines: list[Line], read_table) -> list[Line]:
        """`lines` with every table whose header row `read_table(lines, i, header)` reads
        replaced by the lines it returns; the other lines as printed. `read_table` gives
        (rewritten lines, index after the table) or None. (The corpus-text readers of tables
        whose printed lines join their cells each walk the lines this way.)"""
        out: list[Line] = []
        i = 0
        while i < len(lines):
            ln = lines[i]
            header = self.header_at(i) if ln.cells is None and self.cm.is_header_words(ln.text) else None
            table = read_table(lines, i, header) if header else None
            if table is None:
                out.append(ln)
                i += 1
                continue
            rewritten, i = table
            out.extend(rewritten)
        return out

    def header_at(self, i: int) -> tuple[list[str], list[str], int] | None:
        """(column fields, header texts, index after the header) of a header starting at line i."""
        ln = self.lines[i]
        if ln.cells is not None:
            texts = [self.flat(c) for c in ln.cells]
            cols = (
                self.list_columns.get(ln.number)
                or self.cm.header_columns(texts)
                or self.named_by_cells(i, texts)
            )
            return (cols, texts, i + 1) if cols else None
        text = ln.text
        if not self.cm.is_header_words(text) or _NUMBERED_HEADING.match(text):
            return None  # (a numbered heading, "5. Recommendations and actions", names no columns)
        fields = self.cm.scan(text)
        if not fields:
            return None  # (the full header, over several lines, is tested below)
        j, parts = i + 1, [text]
        while (
            j < len(self.lines)
            and self.lines[j].cells is None
            and self.cm.is_header_words(self.lines[j].text)
            and not self.vocab.row.match(self.lines[j].text)
        ):
            # (the first recommendation band's "Rec" over its number is no column: plan.header_bands)
            if not band_label(self.lines[j], self.doc.first_lines(), self.vocab.band_statement):
                parts.append(self.lines[j].text)
            j += 1
        one_line = joined_header(self.cm, parts)  # ("SAR" / "rec": "SAR rec", plan.wrapped_columns)
        if one_line is not None:
            parts = [one_line]
        cols = closing_target(parts, self.cm.scan(" ".join(parts)), self.vocab.closing_target_names)
        if len(parts) > 1 and self.line_spaced:
            # (names wrapped over the header's lines, the cells of each line joined: a name's
            # later words read as another column's name, "Key" / "milestones" / ... /
            # "recommendation"; the names cut out by the columns they wrap in, where they cut
            # one way only)
            named = self._wrapped_names(i, j)
            if named:
                cols = named
                self.wrapped_headers.add(ln.number)
        if len(set(cols)) < 2 or not acts_on(cols):
            return None  # ("Agency  No.  Recommendation" is a table of recommendations, not a plan)
        if len(set(fields)) < 2 and len(set(cols)) < 4:
            return None  # a header printed a name a line ("No." / "Action" / "Lead" ...) names them all
        return cols, [" ".join(parts)], j

    def _wrapped_names(self, i: int, j: int) -> list[str] | None:
        """The fields of the header printed on lines i to j - 1 whose names wrap over them
        (plan.header_room.wrapped_names), read from the lines as printed: a word the header
        broke inside ("recommend" / "ation") and split_names joined again tells how narrow its
        column is."""
        numbers = {self.lines[k].number for k in range(i, j)}
        texts = {self.lines[k].number: self.lines[k].text for k in range(i, j)}
        block = self.split_names.blocks.get(self.lines[i].number, ())
        last = max(numbers)
        for ln in block:
            if ln.number in numbers or ln.number > last:
                texts[ln.number] = ln.text
        key = tuple(texts[n] for n in sorted(texts))
        if key not in self._named:
            self._named[key] = wrapped_names(list(key), self.cm)
        return self._named[key]

    def header_follows(self, i: int) -> bool:
        return i + 1 < len(self.lines) and self.header_at(i + 1) is not None

    def plan_start(self) -> int | None:
        """The first line of the plan: its first header, or the statement, section or agency
        heading printed just above it."""
        for i in range(len(self.lines)):
            if self.header_at(i) is not None:
                start = i
                for j in range(i - 1, max(-1, i - LOOKBACK), -1):
                    prev = self.lines[j]
                    text = text_of(prev)
                    if (
                        self.vocab.statement.match(text)
                        or self.vocab.section_of(text) is not None
                        or j == i - 1
                        and prev.cells is None
                        and self.is_agency_heading(j, text)
                    ):
                        start = j
                    elif (
                        prev.cells is not None
                        or self.vocab.plan_title.match(text)
                        or prev.number in self.heading_lines
                    ):
                        # a statement above a heading ("Appendix A: Action Plan", "8. The Board's
                        # response") is the report's: its last recommendation, not the plan's first
                        break
                return start
        return None

    def is_agency_heading(self, i: int, text: str, over_header: bool = False) -> bool:
        """Whether line i is an agency's name printed as a heading over its part of the plan
        (after the sub-section number the report gives it: "4.2 Northvale Police").
        `over_header`: the line is known to stand right above a header printed as a line (asked
        by a corpus-text reader before the walk: its trailing space marks no wrap there)."""
        text = agency_heading_name(text)
        words = text.split()
        raw = self.lines[i].raw
        if (
            not words
            or len(words) > 12
            or len(text) > 90
            or text[-1] in ".,;:"
            or not text[0].isupper()
            or "," in text
            or not over_header
            and raw.endswith((" ", "\t"))
            and len(raw) - len(raw.rstrip()) == 1
            and (self.wrap_marked or not self._cells_follow(i))
        ):
            return False
        if any(rx.search(text) for rx in self.vocab.not_agency_heading):
            return False
        if (
            i
            and self.lines[i - 1].number == self.lines[i].number - 1
            and self.lines[i - 1].text.rstrip().endswith(",")
        ):
            return False  # (a cell's name wrapped after its comma: "Head of Service," / "Northvale Police")
        if len(words) <= 6 and status_words(text) is not None:
            return False  # the last line of a status key printed above the plan ("Not started or at risk")
        if is_running_head(i, self.lines[i].text, self.printed_places(), self.header_follows):
            return False  # (the page's running head printed over the header, as on the cover)
        if self.header_follows(i):
            if row_tail_over_page(self.lines, i, self.doc.lines):
                return False  # (a row's last line left at the page's foot, its header printed again)
            return self.lines[i].number not in self.report_labels
        content = [w for w in words if w.lower() not in _JOINING]
        caps = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
        if not content or caps / len(content) < 0.75:
            return False
        vocab = self.vocab.agency_heading_words
        return any(w.lower().strip("(),'’s") in vocab or w.lower().strip("(),") in vocab for w in words)

    def printed_places(self) -> dict[str, list[int]]:
        if getattr(self, "_printed", None) is None:
            self._printed = self.places(self.lines)
        return self._printed

    def places(self, lines: list[Line]) -> dict[str, list[int]]:
        """Each text `lines` print (stripped) -> the indices it prints at, worked out once per
        list of lines: the cover's running head and the texts printed twice (plan.printed_twice)
        each ask it, the tracker's reader at every header printed again."""
        if getattr(self, "_places", None) is None or self._places[0] is not lines:
            self._places = (lines, printed_at(lines))
        return self._places[1]

    def _cells_follow(self, i: int) -> bool:
        """Whether the line after line i is a table's row of cells (a header read as cells)."""
        return i + 1 < len(self.lines) and self.lines[i + 1].cells is not None
