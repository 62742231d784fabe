"""A board's response to each recommendation, printed as a table that plain pdftotext (no
-layout) printed a whole cell at a time, turned into cell rows the plan reader reads like any
other.

Safeguarding Adults Reviews (and some DHRs) close with the board's answer to each
recommendation: "Recommendation | Agreed / Partially agreed | Board response | Lead |
Timescale", or a seven-minute briefing's "Recommendation | Board response | Lead | By when |
Progress". The Recommendation cell opens with the recommendation's number (a short title or
the whole text after it); the response is what the board will do, so it is each row's action;
"Agreed" is the board's acceptance of the recommendation, kept in its own column, never a
status.

Plain pdftotext prints each cell as a block (a blank line between): the header's names, then
every row's cells in column order. A row opens with a block led by a recommendation number
later than the last row's; its other blocks go, in order, to the first later column that
takes what they hold, judged from header and cell together: the acceptance column only an
acceptance word (patterns/actions.toml [board_response]), the timescale column a date or a
span ("Within 6 months"), the lead a short name, the response a sentence. A response printed
after a full row with no number before it is a second action under the same recommendation
(its cell merged down). A paragraph no column takes ends the table.

Only a table read whole (every row has its response, every response is prose) is rewritten;
any other is left as printed for the other readers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.printed_blocks import joined_lines, name_shaped, printed_blocks
from dhrparse.plan.table_rewrites import rewrite_tables
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.alternation import literal_alternation

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.plan_lines import PlanLines

MIN_NAMES = 3
MAX_NAMES = 8
MAX_NAME_LINES = 3  # "Agreed /" "Partially" "agreed": a name wrapped in a narrow column
MAX_NAME_WORDS = 6
MIN_ROWS = 2
MAX_STEP = 2  # recommendations a response table may pass over between two rows
LEAD_LINE = 32  # a lead's printed lines are short (a narrow column)
MAX_LEAD_WORDS = 10
MIN_RESPONSE_WORDS = 4  # a response in prose ("Revise the procedure and brief staff."), not a verdict
TEXT = ("action", "progress", "desired_outcome", None)
_NUMBER = regex.compile(r"\d+")


@dataclass
class _Row:
    cells: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # column -> its blocks
    last: int = -1
    opening: int = 0  # the index of the row's first printed line
    first: int = 0  # the index of its first block in the table's body

    def put(self, col: int, block: tuple[int, int]) -> None:
        self.cells.setdefault(col, []).append(block)
        self.last = col


def follows(ref: tuple[int, ...], last: tuple[int, ...] | None) -> bool:
    """A recommendation's number that can follow the last row's: later, and no more than a
    couple of numbers on (a cell's count, "12 staff trained", does not open a row)."""
    if not ref:
        return False
    return last is None or ref > last and ref[0] - last[0] <= MAX_STEP


class ResponseWords:
    """The vocabulary of a board's response table (patterns/actions.toml [board_response]),
    compiled once per Patterns."""

    def __init__(self, p: Patterns):
        self.p = p
        self._accepted = sorted(p.list("actions.board_response.acceptance_words"), key=len, reverse=True)
        # the words acceptance cells are made of, for a cell's line wrapped apart ("Partially" / "agreed")
        self.acceptance_vocab = {w for phrase in self._accepted for w in phrase.lower().split()}
        self.span_words = {w.lower() for w in p.list("actions.board_response.span_words")}
        self.response_header = patterns_response_header(p)

    # (the expressions are compiled when first asked: most reports print no board's response table)
    @cached_property
    def acceptance_header(self) -> regex.Pattern:
        return regex.compile(self.p.get("actions.board_response.acceptance_header", "(?!x)x"), regex.I)

    @cached_property
    def acceptance(self) -> regex.Pattern:
        alternation = literal_alternation(self._accepted, spaced=True)
        return regex.compile(rf"(?i)^\W*(?:{alternation})\s*[.!]?\s*$")

    @cached_property
    def timescale(self) -> regex.Pattern:
        return regex.compile(self.p.get("actions.board_response.timescale", "(?!x)x"), regex.I)

    @cached_property
    def opening(self) -> regex.Pattern:
        """A recommendation's number opening its cell: "1.1 History of ...", "3. The Board should ..."."""
        codes = f"{self.p.get('actions.plan.row_ref')}|{self.p.get('actions.plan.cell_code', '(?!x)x')}"
        return regex.compile(rf"^\W{{0,2}}(?P<ref>{codes})[.:)]?(?:\s+(?=[\p{{Lu}}‘'\"“])|\s*$)")

    @staticmethod
    def of(p: Patterns) -> ResponseWords:
        return p.derived("plan.response_words", ResponseWords)

    def is_acceptance(self, text: str) -> bool:
        return bool(self.acceptance.match(text))

    def acceptance_part(self, text: str) -> bool:
        """A line of an acceptance cell: its words all acceptance words ("Partially", "agreed")."""
        words = [w.strip(".!").lower() for w in text.split()]
        return bool(words) and all(w in self.acceptance_vocab for w in words)

    def span_part(self, text: str) -> bool:
        """A timescale given as a span, or a line of one ("Within 6" / "months")."""
        if self.timescale.match(text):
            return True
        words = [w.strip(".,").lower() for w in text.split()]
        return bool(words) and all(w in self.span_words or w.isdigit() for w in words)

    def is_response_header(self, text: str) -> bool:
        """A header naming the board's response ("Board response", "Response", "Partnership's
        response"): it ends on the word."""
        return bool(self.response_header.match(text)) and text.lower().rstrip(" :").endswith(
            ("response", "responses")
        )

    def ref_of(self, text: str) -> tuple[int, ...] | None:
        """The recommendation number opening a cell, as numbers to order rows by."""
        m = self.opening.match(text)
        return tuple(int(n) for n in _NUMBER.findall(m.group("ref"))) if m else None


def patterns_response_header(p: Patterns) -> regex.Pattern:
    return p.joined("actions.response_header")


class ResponseBlocks:
    def __init__(self, lines: PlanLines, heading_lines: set[int]):
        self.cm, self.roles = lines.cm, lines.roles
        self.heading_lines = heading_lines
        self.words = ResponseWords.of(lines.vocab.p)
        self.readings = lines.readings  # (each line read as a header cell, once for every layout)
        self._fields: list[str | None] = []  # (the table being read's columns)

    def rewrite(self, lines: list[Line]) -> list[Line]:
        return rewrite_tables(lines, self._table_at)

    def _table_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        """The table whose header opens with the Recommendation name at line i, read."""
        # (a column's name is a few words naming a column: most printed lines are asked no more)
        if self.readings.name(lines[i]) != "recommendation":
            return None
        if len(lines[i].text.split(None, MAX_NAME_WORDS)) > MAX_NAME_WORDS:
            return None
        return self._table(lines, i)

    @staticmethod
    def _text(lines: list[Line], block: tuple[int, int]) -> str:
        return " ".join(flatten(ln.text).strip() for ln in lines[block[0] : block[1]]).strip()

    # ---- the header ------------------------------------------------------------------------
    def _name(self, text: str) -> bool:
        return name_shaped(text, MAX_NAME_WORDS) and not SENTENCE_END.search(text)

    def _field(self, name: str) -> str | None:
        if self.words.acceptance_header.match(name):
            return "acceptance"
        return self.cm.field_of(name)

    def _header(self, lines: list[Line], blocks: list[tuple[int, int]]) -> tuple[list[str], list] | None:
        """The names and their fields: a Recommendation column first, a response column the board's
        action (no column headed as the action), and a lead, timescale or acceptance column beside."""
        names: list[str] = []
        fields: list[str | None] = []
        for block in blocks:
            text = self._text(lines, block)
            if block[1] - block[0] > MAX_NAME_LINES or not self._name(text):
                break
            names.append(text)
            fields.append(self._field(text))
        if len(names) < MIN_NAMES or fields[0] != "recommendation" or "action" in fields:
            return None
        responses = [k for k, n in enumerate(names) if fields[k] is None and self.words.is_response_header(n)]
        if len(responses) != 1:
            return None
        fields[responses[0]] = "action"
        known = [f for f in fields if f is not None]
        if len(set(known)) != len(known) or not {"lead", "target_date", "acceptance"} & set(known):
            return None
        return names, fields

    # ---- the rows --------------------------------------------------------------------------
    def _ref(self, text: str) -> tuple[int, ...] | None:
        return self.words.ref_of(text)

    def _takes(self, f: str | None, lines: list[Line], block: tuple[int, int]) -> bool:
        """Whether a column of field f takes the block, from what the block holds."""
        text = self._text(lines, block)
        if self.words.is_acceptance(text):
            return f == "acceptance"
        if f == "acceptance":
            return False
        dated = self.roles.is_date(text) or bool(self.words.timescale.match(text))
        if f == "target_date":
            return dated
        if dated and f in ("lead", "action"):
            return False
        if f == "status":  # (a RAG column: a rating or a status word, "Green", "Complete")
            return self.roles.is_status(text)
        if f == "lead":
            printed = [flatten(ln.text).strip() for ln in lines[block[0] : block[1]]]
            return (
                len(text.split()) <= MAX_LEAD_WORDS
                and all(len(t) <= LEAD_LINE for t in printed)
                and text[:1].isupper()
                and not SENTENCE_END.search(text)
                and not ("status" in self._fields and self.roles.is_status(text))
            )
        if f == "action":
            return len(text.split()) >= MIN_RESPONSE_WORDS
        return f in TEXT or f not in ("ref", "status", "recommendation")

    def _col(self, fields, row: _Row, lines, block) -> int | None:
        for c in range(row.last + 1, len(fields)):
            if self._takes(fields[c], lines, block):
                return c
        return None

    def _rows(self, lines, body, names, fields) -> tuple[list[_Row], int]:
        action = self._action = fields.index("action")
        self._fields = fields
        rows: list[_Row] = []
        last_ref: tuple[int, ...] | None = None
        k = 0
        while k < len(body):
            block = body[k]
            text = self._text(lines, block)
            if rows and [self._text(lines, b) for b in body[k : k + len(names)]] == names:
                k += len(names)  # the header printed again at the top of a page
                continue
            ref = self._ref(text)
            opens = ref is not None and follows(ref, last_ref) and not self.roles.is_date(text)
            # (a short numbered cell may read as a heading: only a row's response confirms it, below)
            if lines[block[0]].number in self.heading_lines and not opens:
                break
            if opens:
                rows.append(_Row(opening=block[0], first=k))
                rows[-1].put(0, block)
                last_ref = ref
                k += 1
                continue
            if not rows:
                break
            row = rows[-1]
            col = self._col(fields, row, lines, block)
            if (
                col is None
                and row.last >= action
                and self._takes("action", lines, block)
                and SENTENCE_END.search(text)
            ):
                # a second response under the same recommendation, its cell merged down
                rows.append(_Row(opening=block[0], first=k))
                col, row = action, rows[-1]
            if col is None:
                break
            row.put(col, block)
            k += 1
        # a numbered line after the table (the next section's heading) opened a row no response
        # followed: the table ended before it
        # (and a paragraph under the table read as a second response of the last recommendation:
        # a response row no lead, date or progress follows)
        while rows and (action not in rows[-1].cells or 0 not in rows[-1].cells and len(rows[-1].cells) < 2):
            k = rows.pop().first
        return self._late_recommendations(lines, body, rows, k)

    def _late_recommendations(self, lines, body, rows: list[_Row], k: int) -> tuple[list[_Row], int]:
        """A tall Recommendation cell prints after its row's other cells: its number then opens
        no row of its own but follows a row that has none. It goes back to that row (and a
        paragraph under the table read as its response goes back to the text)."""
        out: list[_Row] = []
        for row in rows:
            if out and 0 not in out[-1].cells and set(row.cells) <= {0, self._action}:
                if self._action in row.cells and row is not rows[-1]:
                    return rows, k  # (a numbered row with a response of its own, mid-table)
                out[-1].cells[0] = row.cells[0]
                if self._action in row.cells:
                    k = row.first + 1  # (the paragraph after it is the text's)
                continue
            out.append(row)
        return out, k

    def _table(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        blocks = printed_blocks(lines, i)
        header = self._header(lines, blocks[:MAX_NAMES])
        if header is None:
            return None
        names, fields = header
        body = blocks[len(names) :]
        rows, used = self._rows(lines, body, names, fields)
        action = fields.index("action")
        if (
            len(rows) < MIN_ROWS
            or any(action not in r.cells for r in rows)
            or not any(0 in r.cells for r in rows)
            or any(len(r.cells) < 2 for r in rows)
        ):
            return None
        end = body[used - 1][1] if used else blocks[len(names) - 1][1]
        return end, self._rewritten(lines, i, end, names, rows)

    def _rewritten(self, lines, start, end, names, rows) -> list[Line]:
        row_of: dict[int, list[str]] = {}
        for row in rows:
            cells = [""] * len(names)
            for col, blocks in row.cells.items():
                cells[col] = " ".join(joined_lines(lines[a:b]) for a, b in blocks)
            row_of[row.opening] = cells
        blank = [""] * len(names)
        out = [cells_line(lines[start], names)]
        for k in range(start + 1, end):
            out.append(cells_line(lines[k], row_of.get(k, blank)))
        return out
