"""A plan table that plain pdftotext (no -layout) printed row after row: each row's cells one
after another in column order, a blank cell leaving nothing, after the merged recommendation
column printed once (plan.column_blocks finds the table and tells its cells apart).

The Home Office template's rows come out so when their cells are short enough to sit side by
side: "Local" (the scope), the action, the lead, the milestone, the target date, the outcome,
then the next row's scope. Nothing but the order says which cell is which, so a cell is given
the first column after the last one its row filled that its content may be: a date or a
recurring time ("Annual") a target, a status word or phrase a status, a body's or role's name a
lead, other text a milestone. A cell that may be none of the columns left opens the next row.

Where a recommendation's cell is merged down over two rows, pdftotext runs their action cells
together; the action block is then parted where a line opens with an imperative, and only when
the cells after it make exactly as many rows as the block has parts. A row's values are taken
only where they prove whose they are: a run whose cells fit no column order, or make another
number of rows than its actions, gives its actions no values, and a value in a column the row
above left empty (its run ending before that column) may be that row's, printed late, as
pdftotext prints a tall cell after the next row's cells: it is left unplaced.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.block_cells import EITHER, BlockCell, BlockCells
from dhrparse.plan.rag_key import is_legend
from dhrparse.plan.run_proofs import CODED, GUARDED, SCOPED, proven
from dhrparse.plan.status import judge, status_words
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.dates import find_dates

RUN_FIELDS = ("lead", "progress", "target_date", "status")
KNOWN_NAMES = {"ref", "recommendation", "scope", "action", *RUN_FIELDS}
MIN_NAMED = 2  # columns after the action's, of lead, target date and status, the header names
BARE_STATUS_WORDS = 3  # "Not yet started"; "Two quarterly audits completed" is a milestone
MIN_SCOPED_ACTION_WORDS = 3
MIN_MILESTONE_WORDS = 2  # ("Checklist amended"; a lone "Y" or "N" is a flag column's)
MAX_MENDED_WORDS = 3  # ... and is a short cell ("January 2025", "On publication")
MAX_MENDED_LINES = 3  # a date or scope word broken by a narrow column spans two or three lines
LABEL_WORDS = 3  # a label opening a note ("Plan owner:") ends within its first words  # an action cell after a scope cell ("Local") reads as one
MAX_CUT_TARGET_WORDS = 4  # a target cell's words before its date ("By the end of")
_CUT_AT = frozenset({"of", "from", "by", "until", "before", "to", "in"})  # ... the last of them
_LOWER = regex.compile(r"\p{Ll}")  # a lower-case letter: words, not codes alone
_JOINING_END = regex.compile(r"(?i)(?:\b(?:of|and|the|to|a|an|for|with|on|in|by|or)|[,;:–-])$")


@dataclass
class RunRow:
    """One row read from a run: its action cell and the cells its columns took."""

    action: BlockCell
    values: dict[str, BlockCell] = field(default_factory=dict)
    last: int = -1  # the last column (index in the order) the row's printed cells reached


class RunWords:
    """The recurring times a target cell may name, and the small words a body's name may print
    in lower case, read once per Patterns."""

    def __init__(self, p: Patterns):
        words = sorted(p.list("actions.row_runs.recurring_targets"), key=len, reverse=True)
        self.recurring = regex.compile(r"(?i)^\W*(?:" + literal_alternation(words) + r")\W*$")
        # the words a target cell prints before its date ("By end of", "Monthly from"): alone, the
        # date wrapped onto a line printed apart
        self.target_words = frozenset(w.lower() for w in p.list("dates.words.target_cell")) | frozenset(
            w.lower() for phrase in words for w in phrase.split()
        )
        self.name_connectors = frozenset(w.lower() for w in p.list("recommendations.actor.name_connectors"))

    @staticmethod
    def of(p: Patterns) -> RunWords:
        return p.derived("plan.row_run_words", RunWords)


class RowRuns:
    def __init__(self, blocks: BlockCells):
        self.blocks, self.roles, self.words = blocks, blocks.roles, blocks.words
        self.run_words = RunWords.of(blocks.roles.p)

    def read(self, cells: list[BlockCell]) -> list[RunRow] | None:
        """The table's rows, or None when its header names columns this reading does not know,
        prints a column's name after a row (its columns printed apart, not row after row) or no
        run proves a row's values."""
        order = self._order(cells)
        if order is None or not _names_open_pages(cells):
            return None
        found = self._runs(cells)
        if any(len(actions) > 1 for actions, _ in found):
            return None  # (action cells printed one after another: column blocks, plan.column_blocks)
        runs = [self._rows(actions, after, order) for actions, after in found]
        runs = [run for run in runs if proven(run[0].action.kind, run[0].values, order)]
        if sum(1 for run in runs if run[0].values) * 2 < len(runs):
            return None  # (most runs prove no row: the columns are printed apart, not row after row)
        rows = [row for run in runs for row in run if proven(row.action.kind, row.values, order)]
        for row in rows:
            row.action = BlockCell("action", row.action.lines)
        _leave_late_values(rows, order)
        return rows if any(r.values for r in rows) else None

    def run_together(self, actions: list[BlockCell]) -> bool:
        """Some action cell holds two rows' actions run together: a count of the page's cells
        against its action cells then proves nothing (plan.column_order)."""
        return any(len(self._parts(cell)) > 1 for cell in actions)

    # ---- the header's columns ----------------------------------------------------------------
    def _order(self, cells: list[BlockCell]) -> list[str] | None:
        """The columns right of the action column, in the order the header prints their names."""
        order: list[str] = []
        for cell in cells:
            if cell.kind != "name":
                continue
            name = self.blocks.name(cell.lines)[0]
            if name not in KNOWN_NAMES:
                return None  # (a column this reading cannot tell a cell of)
            if name in RUN_FIELDS and name not in order:
                order.append(name)
        return order if len(set(order) & set(GUARDED)) >= MIN_NAMED else None

    # ---- the runs: an action cell and the cells printed after it -----------------------------
    def _runs(self, cells: list[BlockCell]) -> list[tuple[list[BlockCell], list[BlockCell]]]:
        """Each run: its action cells (several when pdftotext printed the action column's cells
        one after another, as column blocks) and the cells printed after them."""
        runs: list[tuple[list[BlockCell], list[BlockCell]]] = []
        open_run = False
        scoped = coded = in_recommendations = False
        before: BlockCell | None = None
        for cell in map(self._mended, cells):
            opened_by_code, coded = coded, False  # (only the cell straight after a code)
            if cell.kind == "name":
                open_run = scoped = False
                in_recommendations = self.blocks.name(cell.lines)[0] in ("recommendation", "ref")
            elif (
                cell.kind == "action"
                or scoped
                and self._scoped_action(cell)
                or opened_by_code
                and cell.kind == "other"
                and self._scoped_action(cell)
            ):
                # (a cell read as an action only for the scope or code above it is kept only if
                # its run proves its row: see `read`)
                kind = "action" if cell.kind == "action" else SCOPED if scoped else CODED
                action = BlockCell(kind, cell.lines)
                if open_run and not runs[-1][1] and action.kind == runs[-1][0][-1].kind == "action":
                    runs[-1][0].append(action)  # (the next action cell straight after: one run)
                else:
                    runs.append(([action], []))
                open_run, scoped, in_recommendations = True, False, False
            elif cell.kind == "other" and self.words.is_scope(cell.text):
                open_run, scoped = False, True  # (the next row's merged scope cell)
            elif cell.kind == "code" and not in_recommendations and (before is None or before.kind != "code"):
                # (a row's code opens its row: the cell after it is its action though a noun phrase
                # opens it, "Daily call-out list shared with the hub"; codes printed one after
                # another are rows' codes printed late, apart from their rows)
                open_run, coded = False, True
            elif open_run and not in_recommendations and cell.page == runs[-1][0][0].page:
                runs[-1][1].append(cell)
            else:
                open_run = False
            before = cell
        return runs

    def _mended(self, cell: BlockCell) -> BlockCell:
        """A short cell a narrow column broke inside a word ("30/09/202" / "4", "On publicat" /
        "ion", "Nation" / "al"), its pieces joined when only then it is a date or a scope."""
        if cell.kind in ("name", "action") or not 1 < len(cell.lines) <= MAX_MENDED_LINES:
            return cell
        if self._is_target(cell.text) or self.words.is_scope(cell.text):
            return cell  # (a date as printed: "March" / "2025")
        texts = [flatten(ln.text).strip() for ln in cell.lines]
        glued = texts[0]
        for text in texts[1:]:
            broken = (
                glued[-1:].isdigit() and text[:1].isdigit() or glued[-1:].islower() and text[:1].islower()
            )
            glued += text if broken or glued.endswith("/") else " " + text
        if len(glued.split()) > MAX_MENDED_WORDS or not (
            self._is_target(glued) or self.words.is_scope(glued)
        ):
            return cell  # (a longer cell wraps between words: "Ongoing – two of" / "four teams")
        lines = [replace(cell.lines[0], text=glued)] + [replace(ln, text="") for ln in cell.lines[1:]]
        return BlockCell("target_date" if self._is_target(glued) else "other", lines)

    def _scoped_action(self, cell: BlockCell) -> bool:
        """The cell after a scope cell is its row's action, whatever verb it opens with."""
        text = cell.text
        return (
            cell.kind in ("other", "lead")
            and len(text.split()) >= MIN_SCOPED_ACTION_WORDS
            and not self.roles.is_date(text)
            and not self.roles.opens_status(text)
        )

    # ---- one run's rows ----------------------------------------------------------------------
    def _rows(self, actions: list[BlockCell], after: list[BlockCell], order: list[str]) -> list[RunRow]:
        cycles = self._cycles(after, order)
        parts = [part for action in actions for part in self._parts(action)]
        while cycles is not None and len(cycles) > len(parts) and set(cycles[-1][0]) <= {"progress"}:
            cycles.pop()  # (a note or running foot printed under the last row: text of no row)
        if cycles is not None and any(not set(values) & set(GUARDED) for values, _ in cycles[1:]):
            cycles = None  # (a row of milestone text alone proves no row: notes run on so too)
        if cycles is None or len(cycles) != len(parts) and min(len(cycles), len(parts)) > 1:
            return [RunRow(action) for action in actions]  # (its values are not proven: none given)
        # as many rows of cells as actions: the k-th is the k-th action's. Else only the cells
        # right after the block are proven, its first action's: pdftotext prints a row band top
        # down, a row whose cells it printed elsewhere (after the table) is left without values,
        # and a row of cells beyond the block's one action (a late row's, a note) is no one's
        if len(cycles) != len(parts):
            cycles = cycles[:1]
        rows = [RunRow(part, values, last) for part, (values, last) in zip(parts, cycles)]
        return rows + [RunRow(part) for part in parts[len(cycles) :]]

    def _parts(self, action: BlockCell) -> list[BlockCell]:
        """The action block parted where a line opens with an imperative after a line that ends
        a phrase (two rows' action cells run together under one merged recommendation)."""
        parts = [[action.lines[0]]]
        for ln in action.lines[1:]:
            text = flatten(ln.text).strip()
            above = flatten(parts[-1][-1].text).strip()
            # (a line of codes alone, "R1 A1", opens its cell: the action under it is the same row's)
            coded = not any(_LOWER.search(flatten(x.text)) for x in parts[-1])
            if (
                text[:1].isupper()
                and self.words.imperative.match(text)
                and not _JOINING_END.search(above)
                and not coded
            ):
                parts.append([ln])
            else:
                parts[-1].append(ln)
        return [BlockCell(action.kind, lines) for lines in parts]

    def _cycles(self, after: list[BlockCell], order: list[str]) -> list[tuple[dict, int]] | None:
        """The run's cells as the fewest rows that keep each row's cells in column order; a cell
        that more than one such reading puts in different columns gives no value."""
        # a ref column's code after the row's cells ("2a", or the codes of rows printed earlier,
        # printed late) is no value of this row's, and what follows it is no longer this run's;
        # nor what follows a key to the status words printed under the table
        after = after[
            : next((k for k, c in enumerate(after) if c.kind == "code" or is_legend(c.text)), len(after))
        ]
        fits = [[k for k, name in enumerate(order) if self._fits(cell, name, order)] for cell in after]
        while fits and not fits[-1]:
            fits.pop()  # (a note under the table, a running foot: the run ends before them)
        after = after[: len(fits)]
        if not after:
            return [({}, -1)]
        if not all(fits):
            return None  # (a cell of no column: the run is not a row printed after its action)
        path, sure = _fewest_rows(fits, len(order))
        rows: list[tuple[dict, int]] = []
        for i, (cell, k) in enumerate(zip(after, path)):
            if not rows or k <= path[i - 1]:
                rows.append(({}, -1))
            if sure[i]:
                rows[-1][0][self._stated_progress(cell, order[k], order)] = cell
            elif self._done_instead_of_date(cell, order, fits[i]):
                # "Completed" where the target date would be: the work is delivered and has no
                # target left; whichever column printed it, it says the row's status
                rows[-1][0].setdefault("status", cell)
                k = max(k, order.index("status"))
            rows[-1] = (rows[-1][0], k)
        return rows

    def _stated_progress(self, cell: BlockCell, name: str, order: list[str]) -> str:
        """The column a cell is given: a header naming no status column keeps the rows' states in
        its progress column ("Position": "Done", "Not begun"), each such cell a bare state, the
        row's status (read through the plan's key as a status column's cell is)."""
        bare = self._bare_state(cell.text)
        return "status" if name == "progress" and "status" not in order and bare else name

    def _bare_state(self, text: str) -> bool:
        """A status word or phrase alone ("Done", "Not yet started"), no milestone's words."""
        return self.roles.is_status(text) and len(text.split()) <= BARE_STATUS_WORDS

    def _done_instead_of_date(self, cell: BlockCell, order: list[str], fits: list[int]) -> bool:
        """A cell that may be the target date or the status and names no date, only the work
        done ("Completed"): a plan writes it in the target date's cell once the action is
        delivered, so it is the status either way."""
        return (
            cell.kind == EITHER
            and "status" in order
            and order.index("status") in fits
            and not find_dates(cell.text, self.roles.p)
            and status_words(cell.text, self.roles.p) == "complete"
        )

    def _fits(self, cell: BlockCell, name: str, order: list[str]) -> bool:
        text = cell.text
        if cell.kind == "code" or is_legend(text):
            return False  # (a ref column's cell: the table's columns are printed apart; a RAG key)
        if name == "target_date":
            return self._is_target(text)
        if name == "status":
            return cell.kind in ("status", EITHER) or self.roles.opens_status(text) or judge(text) is not None
        if name == "lead":
            return self._names_a_body(text) and not (
                self.roles.is_date(text) or self._is_target(text) or self.roles.opens_status(text)
            )
        # a milestone: any text but a bare date or status word ("Two audits completed" is one),
        # a body's name, a flag ("Y") or a labelled note under the table ("Owner of this plan: ...")
        words = text.split()
        bare_status = self._bare_state(text)
        if bare_status and "status" not in order:
            return True  # (a progress column holding the rows' states: _stated_progress)
        labelled = any(w.endswith(":") for w in words[:LABEL_WORDS])
        if len(words) < MIN_MILESTONE_WORDS or labelled:
            return False
        return not (
            self.roles.is_date(text)
            or self._is_target(text)
            or bare_status
            or (self._names_a_body(text) and not self._clause(words))
        )

    def _clause(self, words: list[str]) -> bool:
        """A note that ends on a body's name ("Letter approved by the Board", "Signed off at the
        June Board"): after its first word it prints a word in lower case that no name prints
        there (a name's small words, "of", "and", "the", aside). It may be the milestone as well
        as the lead: the column order then says which it is."""
        return any(
            w[:1].islower() and w.lower().strip(",.;:()") not in self.run_words.name_connectors
            for w in words[1:]
        )

    def _is_target(self, text: str) -> bool:
        """A date or a recurring time, alone: digits after a first date ("Autumn 2024 30/09/2024")
        are two rows' cells printed as one block. A target cell cut where its column wrapped, its
        date on a line pdftotext printed apart, is one too: its words before the date ("By end
        of", "Monthly from"), or a month without its year ("October")."""
        if self.run_words.recurring.match(text) or self.words.month_alone.match(text):
            return True
        words = text.lower().split()
        if (
            1 < len(words) <= MAX_CUT_TARGET_WORDS
            and words[-1] in _CUT_AT
            and set(words) <= self.run_words.target_words
        ):
            return True
        found = find_dates(text, self.roles.p)
        if not (self.roles.is_date(text) or self._dated_after_target_words(text, found)):
            return False
        return not (found and any(ch.isdigit() for ch in text[found[0].end :]))

    def _dated_after_target_words(self, text: str, found) -> bool:
        """A date after words a target cell prints before it, however many ("Quarterly from Q3
        2023/24", "Six-monthly from the end of March 2025"): the cell is the target."""
        if not found:
            return False
        before = [w.strip(",") for w in text[: found[0].start].lower().split()]
        return bool(before) and set(before) <= self.run_words.target_words

    def _names_a_body(self, text: str) -> bool:
        """A lead: a body's or role's name ("MARAC Steering Group"), or words all capitalised
        ("Tolgarth Homes"); "Toolkit drafted with the Chamber" is a milestone."""
        if self.roles.is_name(text):
            return True
        words = [w for w in text.split() if w.isalpha() and len(w) > 3]
        return self.roles.is_bare_name(text) and bool(words) and all(w[:1].isupper() for w in words)


def _names_open_pages(cells: list[BlockCell]) -> bool:
    """Every column name a page prints comes before its first action: the rows follow the header."""
    acted: set[int | None] = set()
    for cell in cells:
        if cell.kind == "action":
            acted.add(cell.page)
        elif cell.kind == "name" and cell.page in acted:
            return False
    return True


def _leave_late_values(rows: list[RunRow], order: list[str]) -> None:
    """A value in a column the row printed above it left empty, its cells ending before that
    column, may be that row's printed late (a tall cell pdftotext prints after the next row's
    cells): it is no row's. (A row none of whose cells printed in place went elsewhere whole.)"""
    for above, row in zip(rows, rows[1:]):
        if above.action.page != row.action.page or above.last < 0:
            continue
        for name in GUARDED:
            if name in row.values and name not in above.values and above.last < _column_of(name, order):
                del row.values[name]


def _column_of(name: str, order: list[str]) -> int:
    """The printed column a row's value came from: a status stated in the progress column
    where the header names no status column (RowRuns._stated_progress) sits in that column."""
    return order.index("progress" if name == "status" and name not in order else name)


def _fewest_rows(fits: list[list[int]], width: int) -> tuple[list[int], list[bool]]:
    """A placing of cells in columns (each cell's choices in `fits`) that opens the fewest rows,
    a row opening where a cell's column is not right of the one before; and, for each cell,
    whether every such placing puts it in the same column."""
    n, inf = len(fits), len(fits) + 1
    fwd = [[inf] * width for _ in range(n)]  # rows opened up to cell i, cell i in column k
    bwd = [[0] * width for _ in range(n)]  # rows opened after cell i, cell i in column k
    for k in fits[0]:
        fwd[0][k] = 1
    for i in range(1, n):
        for k in fits[i]:
            fwd[i][k] = min(fwd[i - 1][j] + (j >= k) for j in range(width))
    for i in range(n - 2, -1, -1):
        for k in range(width):
            bwd[i][k] = min(bwd[i + 1][j] + (j <= k) for j in fits[i + 1])
    best = min(fwd[n - 1])
    optimal = [[k for k in fits[i] if fwd[i][k] + bwd[i][k] == best] for i in range(n)]
    path: list[int] = []
    used = 0
    for i in range(n):
        k = next(k for k in optimal[i] if (used + (not path or k <= path[-1])) + bwd[i][k] == best)
        used += not path or k <= path[-1]
        path.append(k)
    return path, [len(o) == 1 for o in optimal]
