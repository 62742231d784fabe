"""A plan of few columns whose action cell holds everything about one action, printed by plain
pdftotext a column at a time: Recommendation | What we will do | Progress, the action cell its
code alone on a line ("1a"), the action, a "Lead:" and a "By:" line, the progress cell a state
word alone on a line over a note.

A Word table so set, its recommendation cell merged down, comes out of plain pdftotext a page
at a time as three blocks, each under its column's name: the recommendations' paragraphs ("1.
<text>"), the action cells one after another, each opening on its code, and the progress cells,
each opening on its state word. Where a page breaks a row, the next page's blocks open with the
rest of the cells it broke (a recommendation's last words, an action's "Lead:" line, a note's
last words) before their first code or state word. A Recommendation column too narrow for its
name breaks it ("Recommendatio" over "n"); the "What we will do" and "Progress" names may print
one after the other over the action cells, the progress cells then after the action cells' block;
a page's running foot may print among its progress cells (a line the report prints again, set
apart by blank lines, a state word after it), kept after the rows as printed.

The codes open the action cells and the state words the progress cells, so the blocks are read
only where the two counts agree on every page but the breaks, every code names a recommendation
the Recommendation block numbers (its number before the letter: "2b" under "2."), the codes run
in order, and every state word is one the status vocabulary reads. The k-th action cell then
pairs with the k-th progress cell, the state word the row's status and the note its progress;
each code's first row carries its recommendation's cell, as the merged cell stands beside its
first action. Lines printed among the blocks that no block holds (a running foot) are kept after
the rows, as printed. Any other such printing is left to the other readers. (The cells are dealt
and counted as for the family's other printing, plan.state_note_blocks: plan.opened_cells.)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from dhrparse.plan.layouts import cells_line
from dhrparse.plan.opened_cells import counted_alike, deal_lines
from dhrparse.plan.status import normalise_status
from dhrparse.plan.table_rewrites import rewrite_tables

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

_CODE = regex.compile(r"^(?P<number>\d{1,2})[a-z]$")  # an action's code alone on its line: "2b"
_NUMBERED = regex.compile(r"^(?P<number>\d{1,2})\.\s+(?P<text>\S.*)$")  # "2. Schools in ..."
MAX_STATE_WORDS = 4  # a state word printed alone ("Yet to start")
MAX_BETWEEN = 2  # lines between two blocks no block holds (a running foot)
COLUMNS = ("recommendation", "action", "progress")


@dataclass
class _Page:
    """One page's three blocks: each item's lines, and the lines before the first item."""

    recommendations: list[list[Line]] = field(default_factory=list)
    actions: list[list[Line]] = field(default_factory=list)
    progress: list[list[Line]] = field(default_factory=list)
    carried: dict[str, list[Line]] = field(default_factory=dict)  # a broken row's rest, by column
    names: list[Line] = field(default_factory=list)  # the column names' lines
    loose: list[Line] = field(default_factory=list)  # lines among the blocks that no block holds


class CodedCellColumns:
    """Column blocks of coded action cells and state-word progress cells to cell rows."""

    def __init__(self, cm: ColumnMap, p: Patterns):
        self.cm, self.p = cm, p

    def rewrite(self, lines: list[Line]) -> list[Line]:
        self._printed = Counter(ln.text.strip() for ln in lines)
        self._feet: set[int] = set()  # running feet printed inside a progress block
        return rewrite_tables(lines, self._table)

    def _names(self, ln: Line, column: str) -> bool:
        """The line is the column's name alone, as the vocabulary writes it."""
        return ln.cells is None and self._names_text(ln.text.strip(), column)

    def _names_text(self, text: str, column: str) -> bool:
        wanted = ("progress", "status") if column == "progress" else (column,)
        return self.cm.names_exactly(text) and self.cm.field_of(text) in wanted

    def _name_span(self, lines: list[Line], k: int, column: str) -> int:
        """How many printed lines the column's name takes from line k: one, or two where a column
        too narrow for its name wrapped it, between its words or inside its one word
        ("Recommendatio" over "n"); 0 where no name of the column stands there."""
        if self._names(lines[k], column):
            return 1
        if k + 1 >= len(lines) or lines[k].cells is not None or lines[k + 1].cells is not None:
            return 0
        head, rest = lines[k].text.strip(), lines[k + 1].text.strip()
        if not head or not rest or len(rest.split()) > 1:
            return 0
        # (a word broken inside prints its tail in small letters, nothing else on its line)
        inside = rest.isalpha() and rest.islower() and head[-1:].isalpha()
        joined = [f"{head} {rest}", *([head + rest] if inside else [])]
        return 2 if any(self._names_text(text, column) for text in joined) else 0

    def _state(self, ln: Line) -> bool:
        """The line is a state word alone ("Underway", "Yet to start")."""
        text = ln.text.strip()
        if not text or len(text.split()) > MAX_STATE_WORDS or text.endswith((".", ":")):
            return False
        return normalise_status(text, patterns=self.p).value not in (None, "unknown")

    def _table(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        if not self._name_span(lines, i, "recommendation"):
            return None
        pages, j = [], i
        while j < len(lines) and self._name_span(lines, j, "recommendation"):
            page, j = self._page(lines, j)
            if page is None:
                break
            pages.append(page)
        rows = self._rows(pages) if pages else None
        if rows is None:
            return None
        loose = [ln for page in pages for ln in page.loose]
        header = cells_line(lines[i], ["Recommendation", "Action", "Status", "Progress"])
        return j, [header, *rows, *loose]

    def _page(self, lines: list[Line], i: int) -> tuple[_Page | None, int]:
        """One page's blocks from the Recommendation name at line i, and the index after them."""
        span = self._name_span(lines, i, "recommendation")
        page = _Page(names=lines[i : i + span])
        j, together = i + span, False
        for column, opens in zip(COLUMNS, (self._numbered, self._coded, self._state)):
            if column != "recommendation" and not together:
                k = self._name_near(lines, j, column)
                if k is None:
                    return None, i
                page.loose.extend(lines[j:k])
                span = self._name_span(lines, k, column)
                page.names.extend(lines[k : k + span])
                j = k + span
                # (the progress name printed straight after the action's, both over the action
                # cells: the progress cells follow the action cells' block)
                together = column == "action" and bool(self._name_span(lines, j, "progress"))
                if together:
                    span = self._name_span(lines, j, "progress")
                    page.names.extend(lines[j : j + span])
                    j += span
            end = self._block_end(lines, j, column)
            block = [ln for n, ln in enumerate(lines[j:end], j) if n not in self._feet]
            page.loose.extend(ln for n, ln in enumerate(lines[j:end], j) if n in self._feet)
            items: list[list[Line]] = []
            carried = deal_lines(items, block, opens)
            getattr(page, _ATTRS[column]).extend(items)
            page.carried[column] = carried
            j = end
        return page, j

    def _name_near(self, lines: list[Line], j: int, column: str) -> int | None:
        """The index of the column's name within MAX_BETWEEN lines of j, or None."""
        last = min(j + MAX_BETWEEN + 1, len(lines))
        return next((k for k in range(j, last) if self._name_span(lines, k, column)), None)

    def _block_end(self, lines: list[Line], j: int, column: str) -> int:
        """The index after a column's block: the next column's name, or, for the last column, the
        next page's Recommendation name or the first break in the printed lines after its items."""
        nxt = {"recommendation": "action", "action": "progress"}.get(column)
        k = j
        while k < len(lines) and lines[k].cells is None:
            if nxt and self._name_span(lines, k, nxt):
                break
            # (the recommendations' paragraphs stand apart by blank lines; the action cells do not)
            if nxt == "progress" and k > j and lines[k].number > lines[k - 1].number + 1:
                break
            foot = self._foot_among_notes(lines, k) if not nxt and k > j else 0
            if foot:
                self._feet.update(range(k, k + foot))
                k += foot
                continue
            if not nxt and (
                self._name_span(lines, k, "recommendation") or k > j and self._gap_after_note(lines, k)
            ):
                break
            k += 1
        return k

    def _foot_among_notes(self, lines: list[Line], k: int) -> int:
        """How many lines from k are a running foot printed inside the progress block, the page's
        later progress cells after it: lines the report prints again (a foot is on every page),
        a blank line before them and before the state word after them; 0 where none."""
        if lines[k].number <= lines[k - 1].number + 1:
            return 0
        n = 0
        while n < MAX_BETWEEN and k + n < len(lines) and self._printed[lines[k + n].text.strip()] > 1:
            n += 1
            after = k + n
            if (
                after < len(lines)
                and lines[after].number > lines[after - 1].number + 1
                and self._state(lines[after])
            ):
                return n
        return 0

    def _gap_after_note(self, lines: list[Line], k: int) -> bool:
        """A blank line before k that no state word follows ends the last progress cell."""
        return lines[k].number > lines[k - 1].number + 1 and not self._state(lines[k])

    def _numbered(self, ln: Line) -> bool:
        return bool(_NUMBERED.match(ln.text.strip()))

    @staticmethod
    def _coded(ln: Line) -> bool:
        return bool(_CODE.match(ln.text.strip()))

    def _rows(self, pages: list[_Page]) -> list[Line] | None:
        """The rows the pages' items make, or None where their counts or codes disagree."""
        recs: dict[str, list[Line]] = {}
        actions: list[list[Line]] = []
        progress: list[list[Line]] = []
        last_rec: list[Line] | None = None
        for page in pages:
            for column, items, whole in (
                ("recommendation", page.recommendations, recs),
                ("action", page.actions, actions),
                ("progress", page.progress, progress),
            ):
                carried = page.carried[column]
                before = last_rec if column == "recommendation" else (whole[-1] if whole else None)
                if carried and before is None:
                    return None  # (the rest of a cell no earlier page opened)
                if carried:
                    before.extend(carried)
                for item in items:
                    if column == "recommendation":
                        number = _NUMBERED.match(item[0].text.strip()).group("number")
                        if number in recs:
                            return None
                        recs[number] = last_rec = item
                    else:
                        whole.append(item)
        if not counted_alike(actions, progress) or not _in_order(actions, recs):
            return None
        return self._cells(actions, progress, recs)

    def _cells(self, actions, progress, recs) -> list[Line]:
        rows, given = [], set()
        for action, state in zip(actions, progress):
            number = _CODE.match(action[0].text.strip()).group("number")
            rec = "" if number in given else " ".join(ln.text.strip() for ln in recs[number])
            given.add(number)
            cells = [rec, _joined(action), state[0].text.strip(), _joined(state[1:])]
            rows.append(cells_line(action[0], cells, opens=True))
        return rows


_ATTRS = {"recommendation": "recommendations", "action": "actions", "progress": "progress"}


def _in_order(actions: list[list[Line]], recs: dict[str, list[Line]]) -> bool:
    """Every code names a numbered recommendation and the codes run in order."""
    codes = [action[0].text.strip() for action in actions]
    keys = [(int(c[:-1]), c[-1]) for c in codes]
    return all(c[:-1] in recs for c in codes) and keys == sorted(keys) and len(set(keys)) == len(keys)


def _joined(item: list[Line]) -> str:
    """An item's printed lines as one cell, a line a paragraph."""
    return "\n".join(ln.text.strip() for ln in item)
