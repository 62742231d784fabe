"""Where a table printed as column blocks (plan.column_blocks) opens and ends: the action
column's name, the names and first columns printed above it, the rows printed in bands of
short headlines, and the lines it runs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.block_actions import (
    CELL_ASKS_WITHIN,
    FIRST_COLUMNS,
    HEADER_ABOVE,
    MIN_RUN_LINES,
    MIN_RUNS,
    NEAR,
    parted_blocks,
)
from dhrparse.plan.block_cells import FIELDS, MAX_NAME_CHARS, MAX_NAME_LINES, BlockCell, BlockCells
from dhrparse.plan.recommendation_cells import RecommendationCells
from dhrparse.prepare.markup import flatten

MIN_BANDS = 2  # rows printing their owner, date and status as a band that show a table prints so
BAND_STATUSES = ("status", "date_or_status")  # a band's last cell ("Ongoing" could be a date's word)

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines


class BlockHeader:
    """ColumnBlocks' reading of a table's header and extent (plan.column_blocks), shared with
    the other readers of tables printed as column blocks (plan.headed_columns,
    plan.state_note_blocks), which are built alike from the plan's lines."""

    def __init__(self, lines: PlanLines, heading_lines: set[int], printed: list[Line]):
        """`printed`: every line of the document, furniture too (a running foot is no cell)."""
        self.vocab, self.heading_lines = lines.vocab, heading_lines
        self.blocks = BlockCells(lines, printed)
        self.roles = lines.roles
        self.recommendations = RecommendationCells(lines.vocab.p, lines.vocab.statement)

    def _rewrite_tables(self, lines: list[Line], read) -> list[Line]:
        """The lines with each table `read(lines, i)` finds at an action column's name at line i
        ((first line, line after, its lines rewritten), or None) put in place of its lines."""
        out = list(lines)
        i = 0
        while i < len(out):
            table = read(out, i) if self._action_name_at(out, i) else None
            if table is None:
                i += 1
                continue
            start, end, rewritten = table
            out[start:end] = rewritten
            i = start + len(rewritten)
        return out

    def _no_runs(self, blocks: list[list[Line]]) -> bool:
        """A blank line after every printed line: too few of the table's blocks run over more
        than one line for its columns to be printed as runs. A row's short cells printed as a
        band, its owner, target date and status a block each, are one-line blocks of a table
        printed in runs too, so they are left out of the count (plan.row_bands); where its bands
        are of other cells (a timescale, a flag), the share of lines printed in runs decides."""
        banded = self._band_blocks(blocks)
        counted = [b for k, b in enumerate(blocks) if k not in banded]
        if sum(1 for b in counted if len(b) > 1) >= MIN_RUNS * len(counted):
            return False
        # (the rows' short cells each a block of their own, whatever their columns: the long
        # columns' runs still hold most of the printed lines, where a spaced style's hold few)
        in_runs = sum(len(b) for b in counted if len(b) > 1)
        if in_runs < MIN_RUN_LINES * sum(len(b) for b in counted):
            return True
        # (a table printed a row at a time, whose one-line cells no count of lines proves to be
        # runs: the long cells of its rows, a merged recommendation, stand among them)
        return self._rows_in_turn(blocks)

    def _rows_in_turn(self, blocks: list[list[Line]]) -> bool:
        """The table printed a row at a time, each row's cells one after another: its codes
        printed one a block ("R1" / "1.1" before each row's cells), or each action's own code a
        block before it (a page's part of such a table holding a row or two). Where a table
        prints its columns one after another, its actions stand together in the action column's
        run, their codes (if printed) together in the ref column's."""
        codes = sum(1 for b in blocks if self._one_kind(b) == "code")
        actions = sum(1 for b in blocks for c in self.blocks.cells(b) if c.kind == "action")
        return codes >= MIN_BANDS or 0 < actions <= codes

    def _band_blocks(self, blocks: list[list[Line]]) -> set[int]:
        """The one-line blocks of the rows' bands, each a lead's block followed by a one-line
        target date and a one-line status: counted only where MIN_BANDS rows print so (one band
        may be a spaced style's three lines that happen to read so)."""
        kinds = [self._one_kind(b) for b in blocks]
        bands = [
            k
            for k in range(len(blocks) - 2)
            if kinds[k] == "lead"
            and kinds[k + 1] == "target_date"
            and kinds[k + 2] in BAND_STATUSES
            and len(blocks[k + 1]) == len(blocks[k + 2]) == 1
        ]
        if len(bands) < MIN_BANDS:
            return set()
        return {j for k in bands for j in (k, k + 1, k + 2) if len(blocks[j]) == 1}

    def _one_kind(self, block: list[Line]) -> str | None:
        """The kind of the block's one cell (None where it holds a column's name or several cells)."""
        cells = self.blocks.cells(block)
        return cells[0].kind if len(cells) == 1 else None

    def page_foot_number(self, ln: Line) -> bool:
        """The bare number is its page's number printed under the page's running foot, whose
        label ends on the page word ("Hollinbury SAB — page" / "1", patterns/actions.toml
        page_word): the label printed on other pages too, naming no column."""
        if ln.page is None or ln.text.strip() != str(ln.page):
            return False
        printed = [other for other in self.blocks.document_lines if other.text.strip()]
        at = next((k for k, other in enumerate(printed) if other.number == ln.number), None)
        if not at or printed[at - 1].cells is not None:
            return False
        label = flatten(printed[at - 1].text).strip()
        page_word = self.vocab.p.derived("plan.page_word", _page_word_rx)
        if not page_word.match(label.split()[-1]):
            return False
        return self.blocks.printed_again(label) and self.blocks.name([printed[at - 1]])[0] is None

    def _action_name_at(self, lines: list[Line], i: int) -> bool:
        """Line i opens a block with the action column's name (the cheap test first: most lines
        are too long, or hold cells)."""
        ln = lines[i]
        if (
            ln.cells is not None
            or len(ln.text) > MAX_NAME_CHARS
            or (i and lines[i - 1].number == ln.number - 1)
        ):
            return False
        return self.blocks.name(lines[i : i + MAX_NAME_LINES])[0] == "action"

    def _names_near(self, blocks: list[list[Line]]) -> set[str]:
        return {f for f, _ in (self.blocks.name(b) for b in blocks) if f in FIELDS or f == "progress"}

    def _above(self, lines: list[Line], i: int) -> list[Line]:
        """The lines above the action column's name that the table's first columns (its ref
        column, merged recommendation cells) printed, up to a heading or a line of cells; under
        a recommendation's own heading ("Recommendation 2") where no Recommendation column is
        named, the lines below that heading."""
        k = i
        while k > 0 and i - k < NEAR:
            ln = lines[k - 1]
            if ln.cells is not None or self.vocab.section_of(ln.text):
                break
            if ln.number in self.heading_lines and not self._first_cell_under_name(lines, k - 1):
                break
            k -= 1
        above = lines[k:i]
        if self._recommendation_named(above):
            return above
        heads = [j for j, ln in enumerate(above) if self._numbered_heading(ln)]
        return above[heads[-1] + 1 :] if heads else above

    def _recommendation_named(self, above: list[Line]) -> bool:
        """A Recommendation column's name printed over the table: its cells may open with their
        own numbers ("Recommendation 1" / "The Board should ..."), no headings of the report."""
        return any(
            self.blocks.name([ln])[0] == "recommendation" and not self._numbered_heading(ln) for ln in above
        )

    def _opening(self, above: list[Line], action_name: Line, head: list[Line], taken: list[Line]) -> int:
        """Where the table opens among the lines above its action column's name: at its first
        column's name, the first column printed left of its actions or the first line a column
        printed first took (plan.status_pairs); the recommendations printed under it are its own."""
        opens = (
            k for k, ln in enumerate(above) if self._first_name(ln, action_name) or ln in head[:1] + taken
        )
        return next(opens, len(above))

    def _first_name(self, ln: Line, action_name: Line) -> bool:
        """A first column's name over the table (not a "Recommendations" heading a page above)."""
        name = self.blocks.name([ln])[0]
        if name == "recommendation" and (ln.page != action_name.page or self._numbered_heading(ln)):
            return False
        return name in FIRST_COLUMNS

    def _numbered_heading(self, ln: Line) -> bool:
        """The line is one recommendation's heading, its number and nothing after ("Recommendation
        2"): no column's name, but the next recommendation, its table's header under it."""
        if ln.cells is not None:
            return False
        m = self.vocab.p.derived("plan.numbered_heading", _label_rx).match(flatten(ln.text))
        return m is not None and bool(m.group("ref")) and not m.group("rest")

    def _first_cell_under_name(self, lines: list[Line], j: int) -> bool:
        """Line j, taken for a heading ("1. Dunmore Community Safety"), is the first cell of a
        column printed straight under that column's name ("Recommendation" / "1. Dunmore ..."),
        nothing between: a numbered recommendation cell, not a heading of the report."""
        if j == 0 or lines[j - 1].number != lines[j].number - 1 or lines[j - 1].cells is not None:
            return False
        if self.blocks.name([lines[j - 1]])[0] not in FIRST_COLUMNS:
            return False
        # (a cell asking someone to act, its sentence running on under it: a heading's title,
        # "1. Interpreters for every victim", asks no one)
        run = [lines[j]]
        for ln in lines[j + 1 : j + 1 + CELL_ASKS_WITHIN]:
            if ln.cells is not None or ln.number != run[-1].number + 1:
                break
            run.append(ln)
        found = self.recommendations.cells(run)
        return bool(found) and found[0][0] is lines[j] and len(found[0]) > 1

    def _end(self, lines: list[Line], i: int) -> int:
        """The table runs to the next heading, plan section or line of cells; where no
        Recommendation column is named, to the next recommendation's own heading too."""
        headed: bool | None = None  # (read from the names above only at such a heading: few tables meet one)
        for k in range(i + 1, len(lines)):
            ln = lines[k]
            if ln.cells is not None or ln.number in self.heading_lines:
                return k
            if self._numbered_heading(ln):
                if headed is None:
                    headed = not self._recommendation_named(self._above(lines, i))
                if headed:
                    return k
            if self.vocab.statement_or_section.match(ln.text) and self.vocab.section_of(ln.text):
                return k
        return len(lines)

    def _left_of_actions(self, above: list[Line]) -> list[Line]:
        """The header lines from the first column name printed before the action column's (the
        header's print order puts those columns left of the actions); empty when none is."""
        k = len(above)
        for j in range(len(above) - 1, max(-1, len(above) - HEADER_ABOVE - 1), -1):
            if self.blocks.name(above[j : j + 1])[0] in FIELDS:
                k = j
        return above[k:]

    def _names_between(self, above: list[Line]) -> int | None:
        """How many columns the header names between the ref column and the action column (the
        names printed above the action's, after the ref column's); None when no ref column is named."""
        names = [f for f in (self.blocks.name([ln])[0] for ln in above) if f is not None]
        return len(names) - names.index("ref") - 1 if "ref" in names else None

    def _headline_actions(self, block: list[Line]) -> bool:
        """The block under the action column's name holds short headlines, no sentences."""
        _, k = self.blocks.name(block)
        return self.blocks.headlines(block[k:]) is not None

    def _band_actions(self, lines: list[Line], cells: list[BlockCell], between: int) -> list[BlockCell]:
        """The action cells of the rows printed in bands after the first: where a table's cells
        are short headlines, plain pdftotext prints its left columns a band of rows at a time,
        a block of the rows' refs ("9" / "10(a)"), a block for each column between (their
        recommendations' titles one a line), then a block of their actions ("Campaign during
        ..." / "Case audit"). Such a block is the action column's when it parts into as many
        short cells as the refs above it (plan.block_cells), each block between holding one
        line a ref."""
        span = range(lines[0].number, lines[-1].number + 1) if lines else range(0)
        merged = sorted([*lines, *(ln for ln in self.numbers if ln.number in span)], key=lambda ln: ln.number)
        blocks = parted_blocks(merged, 0, len(merged))
        found: dict[int, list[BlockCell]] = {}  # first line number of an action block -> its cells
        for k in range(len(blocks) - between - 1):
            refs, titles, block = blocks[k], blocks[k + 1 : k + 1 + between], blocks[k + 1 + between]
            if not all(ln.cells is None and self.vocab.ref_only.match(ln.text) for ln in refs):
                continue
            if any(len(t) != len(refs) or self.blocks.short_actions(t) is None for t in titles):
                continue
            actions = self.blocks.short_actions(block)
            if actions is not None and len(actions) == len(refs):
                found[block[0].number] = actions
        if not found:
            return cells
        out: list[BlockCell] = []
        taken: set[int] = set()
        for cell in cells:
            first = cell.lines[0].number
            if first in found:
                out.extend(found[first])
                taken.update(ln.number for c in found[first] for ln in c.lines)
            elif first not in taken:
                out.append(cell)
        return out


def _label_rx(p) -> regex.Pattern:
    return regex.compile(p.get("recommendations.label"), regex.I)


def _page_word_rx(p) -> regex.Pattern:
    return regex.compile(p.get("actions.plan.page_word", r"(?!x)x"), regex.I)
