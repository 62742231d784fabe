"""A plan table that plain pdftotext (no -layout) printed as column blocks, turned into cell rows
the plan reader reads like any other.

A Word table whose number, recommendation and scope cells are merged down over a
recommendation's actions comes out of plain pdftotext as runs of one column's cells: the
header's names each a block of their own (or heading the first cells of their column), the
merged cells once, then the action column's cells one after another, then the cells of the
rows' other columns, a row's cells at a time, blocks parted by blank lines. Nothing but the
order and the shape of the lines says which cell is which, so the cells are told by what they
hold together with the header that heads their block:
- an action cell opens with an imperative ("Circulate ...", "Set up ...") or a body "to" act
  ("Chair of the Board to write ..."), or sits right under the action column's name; a run of
  them splits where a sentence ends and the next line opens another;
- a target date is a date, a status a status word, a lead a short name of a body or role.
pdftotext prints the cells of a row after its action cell in column order, so the k-th date,
status and lead after a run of action cells belong to its k-th action; a ref column of action
codes ("1a", "2.1") is paired with the actions only when it holds as many codes as there are
actions. Only the action rows are rewritten (their other printed lines become empty rows);
every other line is left as printed for the plan reader (recommendation statements, agency
headings) and its account of what it did not read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.patterns import Patterns
from dhrparse.plan.layouts import _cells_line
from dhrparse.plan.recommendation_cells import RecommendationCells
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.dates import find_dates

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines

MAX_NAME_LINES = 5  # a header name wrapped in a narrow column ("Key milestones / achieved in ...")
MAX_NAME_CHARS = 40
MIN_OTHER_NAMES = 2  # names of other columns printed as blocks of their own near the action's
NEAR = 80  # lines around the action column's name searched for the other names
FIELDS = ("lead", "target_date", "status")
HEADER = {"ref": "Ref", "action": "Action", "lead": "Lead", "target_date": "Target date", "status": "Status"}
MIN_ACTION_WORDS = 4
FIRST_COLUMNS = ("ref", "recommendation")  # the columns a plan prints left of its actions
# a recommendation printed in a column-block table's merged recommendation cell: the plan's own
STATEMENT_IN_COLUMN = "statement_in_column"
WHOLE_CELL_STATEMENT = "whole_cell_statement"  # ... and its cell's whole text on one line
# a cell of such a table that no row took (a milestone, a value whose row the order leaves
# open): the plan reader accounts for it as unread, never as a note under an agency heading
UNPLACED_CELL = "unplaced_cell"
EITHER = "date_or_status"
_CLOSING = ("by", "in", "on", "at", "and", "with", "to", "for", "from", "out")
MIN_RUNS = 0.25  # share of the table's blocks that run over more than one line
MIN_FOOT_WORDS = 5  # a running foot cleaning kept is a line this long printed on every page
# an action's own code in a ref column: a recommendation's number and the action's letter or
# number under it ("1a", "2.1", "P3.2"); a recommendation's own number ("3", "R2") names no action
_ACTION_CODE = regex.compile(r"\(?[A-Z]{0,4}\d{1,2}(?:\.\d{1,2}|\(?[a-z]\)?)\)?")


class ColumnBlockWords:
    """The words that open an action cell, compiled once per Patterns."""

    def __init__(self, p: Patterns):
        verbs = sorted(p.list("actions.column_blocks.action_verbs"), key=len, reverse=True)
        alternation = "|".join(regex.escape(v).replace(r"\ ", r"\s+") for v in verbs) or "(?!x)x"
        self.imperative = regex.compile(rf"(?i)^\W*(?:{alternation})\b")
        # "Chair of the Partnership to write ...": a body or role, then "to" and the verb
        self.body_to = regex.compile(
            rf"^\p{{Lu}}[\w'’-]*(?:\s+[\w'’(),-]+){{0,6}}?\s+to\s+(?:(?i:{alternation}))\b"
        )
        self.object_words = {w.lower() for w in p.list("actions.column_blocks.object_words")}
        # a merged Scope cell ("Local", "National") is a column of its own, not a lead
        self.scope = [regex.compile(rx, regex.I) for rx in (p.get("scope.printed") or {}).values()]

    def is_scope(self, text: str) -> bool:
        return len(text.split()) <= 2 and any(rx.search(text) for rx in self.scope)

    @staticmethod
    def of(p: Patterns) -> ColumnBlockWords:
        return p.derived("plan.column_block_words", ColumnBlockWords)


@dataclass
class _Cell:
    kind: str  # "action", a field of FIELDS, "code" (an action's ref) or "other"
    lines: list[Line]

    @property
    def text(self) -> str:
        return " ".join(flatten(ln.text).strip() for ln in self.lines)


@dataclass
class _Action:
    cell: _Cell
    values: dict[str, _Cell] = field(default_factory=dict)
    ref: str = ""


def _first(cell: _Cell) -> int:
    return cell.lines[0].number


def _values(after: list[_Cell], n: int) -> dict[str, list[_Cell]]:
    """Of the cells printed after a run of n actions, each kind that has as many as the run,
    a cell that may be a date or a status counted where it makes the numbers agree."""
    kinds = {kind: [c for c in after if c.kind == kind] for kind in FIELDS}
    either = [c for c in after if c.kind == EITHER]
    for kind, other in (("status", "target_date"), ("target_date", "status")):
        if either and len(kinds[other]) == n and len(kinds[kind]) + len(either) == n:
            kinds[kind] = sorted(kinds[kind] + either, key=lambda c: c.lines[0].number)
            either = []
    return {kind: cells for kind, cells in kinds.items() if len(cells) == n}


def _capitalised(text: str) -> bool:
    """Most words capitalised, as a body's or role's name is ("Board Business Manager")."""
    words = [w for w in text.split() if w.isalpha() and len(w) > 3]
    return bool(words) and sum(1 for w in words if w[:1].isupper()) * 2 > len(words)


def _blocks(lines: list[Line], start: int, end: int) -> list[list[Line]]:
    """The lines from start to end parted where a blank line (a gap in the numbers) falls."""
    out: list[list[Line]] = []
    for ln in lines[start:end]:
        if out and ln.number == out[-1][-1].number + 1:
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


class ColumnBlocks:
    def __init__(self, lines: PlanLines, heading_lines: set[int], numbers: list[Line], printed: list[Line]):
        """`numbers`: lines holding a number alone that cleaning set aside as page numbers; in a
        table printed as column blocks they may be its ref column's cells. `printed`: every line
        of the document, furniture too (a running foot cleaning kept once is no lead)."""
        self.numbers, self.document_lines = numbers, printed
        self.cm, self.vocab, self.roles = lines.cm, lines.vocab, lines.roles
        self.heading_lines = heading_lines
        self.words = ColumnBlockWords.of(lines.vocab.p)
        self.recommendations = RecommendationCells(lines.vocab.p, lines.vocab.statement)
        self._printed: Counter[str] | None = None  # each line's text, counted when a cell asks

    def rewrite(self, lines: list[Line]) -> list[Line]:
        out = list(lines)
        i = 0
        while i < len(out):
            if not self._action_name_at(out, i):
                i += 1
                continue
            table = self._table(out, i)
            if table is None:
                i += 1
                continue
            start, end, rewritten = table
            out[start:end] = rewritten
            i = start + len(rewritten)
        return out

    # ---- the header ------------------------------------------------------------------------
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
        return self._name(lines[i : i + MAX_NAME_LINES])[0] == "action"

    def _name(self, block: list[Line]) -> tuple[str | None, int]:
        """(field, lines) of the column name opening a block, (None, 0) when none does."""
        parts: list[str] = []
        best: tuple[str | None, int] = (None, 0)
        for k, ln in enumerate(block[:MAX_NAME_LINES]):
            if ln.cells is not None or len(ln.text) > MAX_NAME_CHARS or not self.cm.is_header_words(ln.text):
                break
            parts.append(flatten(ln.text).strip())
            found = self.cm.field_of(" ".join(parts))
            if found is not None:
                best = (found, k + 1)
        return best

    def _names_near(self, blocks: list[list[Line]]) -> set[str]:
        return {f for f, _ in (self._name(b) for b in blocks) if f in FIELDS or f == "progress"}

    # ---- the table -------------------------------------------------------------------------
    def _table(self, lines: list[Line], i: int) -> tuple[int, int, list[Line]] | None:
        end = self._end(lines, i)
        blocks = _blocks(lines, i, end)
        if len(self._names_near(blocks[: NEAR // 4])) < MIN_OTHER_NAMES:
            return None  # the header's names share lines: another form reads this table
        if sum(1 for b in blocks if len(b) > 1) < MIN_RUNS * len(blocks):
            return None  # a blank line after every printed line: no block is a column's run
        cells = [c for b in blocks for c in self._cells(b)]
        actions = self._actions(cells)
        if not actions:
            return None
        above = self._above(lines, i)
        before = [_Cell("code", [ln]) for ln in above if self.vocab.ref_only.match(ln.text)]
        span = range((above or lines[i : i + 1])[0].number, lines[end - 1].number + 1)
        printed = [_Cell("code", [ln]) for ln in self.numbers if ln.number in span]
        codes = [c.text for c in sorted(printed + before + cells, key=_first) if c.kind == "code"]
        self._pair_refs(actions, codes)
        # the table opens at its first column's name: the recommendations printed under it are its own
        first = next((k for k, ln in enumerate(above) if self._name([ln])[0] in FIRST_COLUMNS), len(above))
        start = i - len(above) + first
        return start, end, self._rows(lines[start:end], actions, cells, codes)

    def _above(self, lines: list[Line], i: int) -> list[Line]:
        """The lines above the action column's name that the table's first columns (its ref
        column, merged recommendation cells) printed, up to a heading or a line of cells."""
        k = i
        while k > 0 and i - k < NEAR:
            ln = lines[k - 1]
            if ln.cells is not None or ln.number in self.heading_lines or self.vocab.section_of(ln.text):
                break
            k -= 1
        return lines[k:i]

    def _end(self, lines: list[Line], i: int) -> int:
        """The table runs to the next heading, plan section or line of cells."""
        for k in range(i + 1, len(lines)):
            ln = lines[k]
            if ln.cells is not None or ln.number in self.heading_lines:
                return k
            if self.vocab.statement_or_section.match(ln.text) and self.vocab.section_of(ln.text):
                return k
        return len(lines)

    # ---- the cells -------------------------------------------------------------------------
    def _cells(self, block: list[Line]) -> list[_Cell]:
        """A block's cells: under a column's name, that column's; else told by what they hold."""
        named, k = self._name(block)
        body = block[k:]
        if not body:
            return [_Cell("name", block)]
        head = [_Cell("name", block[:k])] if k else []
        if named == "action" or (named is None and self._opens_action(body[0], body[1:2])):
            return head + self._split_actions(body)
        if named == "ref" or all(self.vocab.ref_only.match(flatten(ln.text)) for ln in body):
            return head + [_Cell("code", [ln]) for ln in body]
        kind = (
            named if named in FIELDS else self._kind(_Cell("other", body).text) if named is None else "other"
        )
        return head + [_Cell(kind, body)]

    def _kind(self, text: str) -> str:
        if (
            self.words.is_scope(text)
            or self.cm.is_header_words(text)  # (a column's name printed apart from its block)
            or len(text.split()) >= MIN_FOOT_WORDS
            and self._repeated(text)
        ):
            return "other"
        # ("Ongoing" alone is a target date; "Complete - guide issued" a status)
        opens_status = self.roles.is_status(text) or self.roles.opens_status(text)
        if self.roles.is_date(text) and not (opens_status and len(text.split()) > 2):
            # "Complete", "Ongoing": a target date's no-date word or a status, as the row's count says
            return EITHER if opens_status and not find_dates(text, self.roles.p) else "target_date"
        if opens_status:
            return "status"
        if self.roles.is_name(text) or self.roles.is_bare_name(text) and _capitalised(text):
            return "lead"
        return "other"

    def _repeated(self, text: str) -> bool:
        """The text is printed more than once in the document (a running foot)."""
        if self._printed is None:
            self._printed = Counter(
                flatten(ln.text).strip() for ln in self.document_lines if ln.cells is None
            )
        return self._printed[text] > 1

    def _opens_action(self, ln: Line, after: list[Line]) -> bool:
        """Line ln (the line after it printed below) opens an action cell."""
        text = flatten(ln.text).strip()
        if self.vocab.action_ref.match(text):
            return True
        if not text[:1].isupper() or self.roles.opens_status(text):
            return False
        if self.words.body_to.match(" ".join([text, *(flatten(a.text).strip() for a in after)])):
            return True
        if not self.words.imperative.match(text):
            return False
        # "Audit tool amended.", "Draft considered by ...": a milestone reached, not an action
        words = text.lower().split()
        for k in (1, 2):
            word = words[k] if k < len(words) else ""
            if word in self.words.object_words:
                return True  # ("Publish the revised pathway": its object named)
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if word.rstrip(".,;:").endswith("ed") and (word[-1] in ".,;:" or nxt in ("", *_CLOSING)):
                return False  # (a participle closing its clause; "Include refused visits" acts)
        return True

    def _split_actions(self, body: list[Line]) -> list[_Cell]:
        cells: list[_Cell] = []
        for k, ln in enumerate(body):
            ends = bool(cells) and bool(SENTENCE_END.search(flatten(cells[-1].lines[-1].text).strip()))
            coded = bool(self.vocab.action_ref.match(flatten(ln.text).strip()))  # ("1.2 Audit ...")
            if not cells or coded or ends and self._opens_action(ln, body[k + 1 : k + 2]):
                cells.append(_Cell("action", [ln]))
            else:
                cells[-1].lines.append(ln)
        return [
            c for c in cells if len(c.text.split()) >= MIN_ACTION_WORDS or self.vocab.action_ref.match(c.text)
        ]

    # ---- the rows --------------------------------------------------------------------------
    def _actions(self, cells: list[_Cell]) -> list[_Action]:
        """The actions, each run of action cells with the dates, statuses and leads printed after
        it on the same page: pdftotext prints the rows' other cells after their actions', a row
        at a time, so where a run's values of one kind are as many as its actions, the k-th is
        the k-th action's (a merged or empty cell makes them fewer or more: then none is)."""
        actions: list[_Action] = []
        k = 0
        while k < len(cells):
            if cells[k].kind != "action":
                k += 1
                continue
            run: list[_Action] = []
            while k < len(cells) and cells[k].kind == "action":
                run.append(_Action(cells[k]))
                k += 1
            page = run[0].cell.lines[0].page
            after: list[_Cell] = []
            while k < len(cells) and cells[k].kind != "action" and cells[k].lines[0].page == page:
                after.append(cells[k])
                k += 1
            for kind, values in _values(after, len(run)).items():
                for act, value in zip(run, values):
                    act.values[kind] = value
            actions.extend(run)
        return actions

    def _pair_refs(self, actions: list[_Action], printed: list[str]) -> None:
        """A ref column of action codes ("1a", "2.1"), one per action: in order, they name them."""
        codes = [c for c in printed if _ACTION_CODE.fullmatch(c.strip())]
        if len(codes) != len(actions) or any(self.vocab.action_ref.match(a.cell.text) for a in actions):
            return
        key = lambda code: [int(p) if p.isdigit() else p for p in regex.findall(r"\d+|[a-z]+", code.lower())]
        for act, code in zip(actions, sorted(codes, key=key)):
            act.ref = code

    def _rows(
        self, lines: list[Line], actions: list[_Action], cells: list[_Cell], codes: list[str]
    ) -> list[Line]:
        """The lines again, the header's names as a header row, each action's cells on its first
        line and every other line it took an empty row."""
        refs = any(a.ref for a in actions)
        fields = (["ref"] if refs else []) + ["action", *FIELDS]
        row_of: dict[int, list[str]] = {}  # (line numbers: a text export prints one line a number)
        taken: set[int] = set()
        for act in actions:
            values = [act.cell.text] + [act.values[f].text if f in act.values else "" for f in FIELDS]
            row_of[act.cell.lines[0].number] = ([act.ref] if refs else []) + values
            used = act.cell.lines + [ln for c in act.values.values() for ln in c.lines]
            taken.update(ln.number for ln in used)
        taken.update(ln.number for c in cells if c.kind == "name" for ln in c.lines)
        free = {ln.number for ln in lines[1:] if ln.number not in taken and self._name([ln])[0] is None}
        recs = self.recommendations.label(lines, free, codes, WHOLE_CELL_STATEMENT)
        blank = [""] * len(fields)
        out: list[Line] = [_cells_line(lines[0], [HEADER[f] for f in fields])]
        for ln in lines[1:]:
            if ln.number in row_of:
                out.append(_cells_line(ln, row_of[ln.number]))
            elif ln.number in taken or ln.number in recs and recs[ln.number] is ln:
                out.append(_cells_line(ln, blank))
            elif ln.number in recs:
                out.append(recs[ln.number])
            elif self.vocab.statement.match(flatten(ln.text)):
                out.append(replace(ln, hint=STATEMENT_IN_COLUMN))
            else:
                out.append(replace(ln, hint=UNPLACED_CELL) if ln.hint is None else ln)
        return out
