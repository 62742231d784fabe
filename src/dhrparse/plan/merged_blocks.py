"""Cells of a plan table printed a whole cell at a time (plan.row_blocks) that a merged or wrapped
cell put out of its row's printed order: a monitoring report's ref joined to its recommendation,
a lead cut after a comma or a date's year printed after the row; and the Home Office template's
rows, a recommendation's cell merged down over its later actions' rows."""

from __future__ import annotations

import regex

from dhrparse.document import Line
from dhrparse.plan.block_cells import EITHER
from dhrparse.plan.printed_blocks import LEAD_LINE, TEXT_FIELDS, VALUES, BlockRow, joined_lines
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.date_search import YEAR

# the columns left of the action a later action's row leaves empty (merged, or written once)
LEFT_OF_LATER_ACTIONS = frozenset({"ref", "recommendation", "scope"})
_YEAR = regex.compile(rf"^{YEAR}$")  # a date's year printed apart from it
_NO_YEAR = regex.compile(r"^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?$")  # "31 Dec": a date cut before its year
_REC_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}[.)]?\s+\p{Lu}")  # "4.1 Thornbury Police ..."


class MergedBlocks:
    """Blocks placed where a merged or wrapped cell printed them (the reader's part that reads them)."""

    def _merged_step(self, lines: list[Line], body, k: int, fields, rows: list[BlockRow], kind) -> bool:
        """Place block k of a monitoring report's table (Ref | Recommendation | Action | ... |
        status) where plain pdftotext printed a merged cell or a wrapped one out of its row's
        order; True when the block was placed. Each case rests on what the printed text shows:
        - a row's ref joined to its recommendation's first line ("MA1 The Partnership should ...");
        - the cell after a row's ref asks someone to act: its recommendation, whatever its first
          words look like ("Officers should complete ...");
        - after a whole row, a cell that states a recommendation opens the next recommendation's
          row, its ref (centred in the merged cell) printed after that row's actions: the next
          lone ref there is its own;
        - after a whole row, the rest of a lead cut after a comma ("Detective Inspector," /
          "Public Protection Unit"), or the year of a date cut before it ("31 Dec" / "2024").
        """
        if fields[:2] != ["ref", "recommendation"] or fields[-1] != "status":
            return False
        a, b = body[k]
        text = joined_lines(lines[a:b])
        row = rows[-1] if rows else None
        whole = row is not None and row.last == len(fields) - 1
        ref, _, rest = flatten(lines[a].text).strip().partition(" ")
        if (
            kind != "ref"
            and (row is None or whole)
            and self.vocab.ref_only.match(ref)
            and self._asks(joined_lines(lines[a + 1 : b], rest))
        ):
            rows.append(_opened_row(body[k], a, ref, rest))
            return True
        if row is not None and row.last == 0 and kind != "ref" and self._asks(text):
            row.put(1, body[k])
            return True
        free = [c for c in sorted(self._quarters) if row is not None and c > row.last]
        if kind in ("status", EITHER) and free and self._update_sentence(lines, body[k]):
            # ("Not yet due.": a sentence in a quarter's update column; the status column of such a
            # report holds its colour alone)
            row.put(free[0], body[k])
            return True
        date = fields.index("target_date") if "target_date" in fields else None
        if row is not None and date is not None and row.last < date and _NO_YEAR.match(text):
            row.put(date, body[k])  # ("31 Dec": the date's year printed apart, after the row)
            return True
        if not whole:
            return False
        return self._after_whole_row(lines, body, k, fields, rows, kind, text)

    def _asks(self, text: str) -> bool:
        """The cell asks someone to act, after the recommendation's own code where the merged cell
        opens with it ("R1: The Trust should ...", as trust plans repeat the report's
        recommendation in the cell)."""
        code, _, after = text.partition(" ")
        own_code = code.endswith(":") and self.vocab.ref_only.match(code) is not None
        return bool(self.asks.match(text) or own_code and self.asks.match(after))

    def _after_whole_row(
        self, lines: list[Line], body, k: int, fields, rows: list[BlockRow], kind, text: str
    ) -> bool:
        """Block k after a whole row: the next recommendation's row opening with its statement,
        that row's ref printed after its actions, a later action's row, or a cell carried on."""
        if kind != "ref" and self._asks(text) and k + 1 < len(body):
            rows.append(BlockRow())
            rows[-1].put(1, body[k])
            return True
        if kind == "ref":
            pending = [r for r in rows if 1 in r.cells and 0 not in r.cells]
            later = rows[rows.index(pending[-1]) + 1 :] if pending else []
            if pending and not any(0 in r.cells for r in later):
                pending[-1].cells[0] = body[k]
                return True
            return False
        lead = fields.index("lead") if "lead" in fields else None
        action = fields.index("action")
        date = _date_after_texts(fields, lead)
        if (
            kind == "other"
            and lead == action + 1
            and text[:1].isupper()
            and date is not None
            and k + date - lead + 1 < len(body)
            and self._kind(lines, body[k + 1]) == "lead"
            and self._kind(lines, body[k + date - lead + 1]) in ("target_date", EITHER)
        ):
            # (a recommendation's later action, its ref and recommendation merged down: the row
            # opens with the action, its lead's cell, any text cells between ("Evidence of
            # completion") and its target date's cell printed next)
            rows.append(BlockRow())
            rows[-1].put(action, body[k])
            return True
        return self._carried_on(lines, body, k, fields, rows, kind, text)

    def _carried_on(
        self, lines: list[Line], body, k: int, fields, rows: list[BlockRow], kind, text: str
    ) -> bool:
        """Block k the rest of a cell printed out of order: a lead cut after a comma, a quarter's
        update printed after the row's status, a date's year printed apart."""
        a, b = body[k]
        row = rows[-1]
        lead = fields.index("lead") if "lead" in fields else None
        date = fields.index("target_date") if "target_date" in fields else None
        short = all(len(flatten(ln.text).strip()) <= LEAD_LINE for ln in lines[a:b])
        if (
            kind in ("lead", "other")
            and lead is not None
            and short
            and not SENTENCE_END.search(text)
            and text[:1].isupper()
        ):
            cut = [
                r
                for r in rows
                if lead in r.cells and lead not in r.tails and self._text(lines, r, lead).endswith(",")
            ]
            if cut:
                cut[0].tails[lead] = [body[k]]
                return True
        empty = [c for c in self._quarters if c not in row.cells]
        if kind == "other" and len(empty) == 1 and SENTENCE_END.search(text):
            # (a quarter's update printed after its row's status, the row lacking one: its own; as
            # for every update, the printed order gives the columns)
            row.cells[empty[0]] = body[k]
            return True
        if date is not None and _YEAR.match(text):
            cut = [
                r
                for r in rows
                if date in r.cells and date not in r.tails and _NO_YEAR.match(self._text(lines, r, date))
            ]
            if cut:
                cut[0].tails[date] = [body[k]]
                return True
        return False

    def _update_sentence(self, lines: list[Line], block: tuple[int, int]) -> bool:
        """A status-like sentence ("Not yet due.") in a table with an update column a quarter."""
        return bool(self._quarters) and bool(SENTENCE_END.search(joined_lines(lines[block[0] : block[1]])))

    def _text(self, lines: list[Line], row: BlockRow, col: int) -> str:
        a, b = row.cells[col]
        return joined_lines(lines[a + (col in row.texts) : b], row.texts.get(col, ""))

    def _later_action(self, lines: list[Line], body, k: int, fields, row: BlockRow) -> bool:
        """Block k is the action of a recommendation's later row in the Home Office template
        (its recommendation and scope cells merged down from the row above, so the row opens
        with its action): the row above is whole, and the block is followed by its lead's cell
        (an action that opens with a verb the plan's words do not know reads as plain text)."""
        action = fields.index("action")
        # (or a tracker's, its number and recommendation written in the first row only)
        left = set(fields[:action])
        if not left or not left <= LEFT_OF_LATER_ACTIONS or "recommendation" not in left:
            return False
        if row.last != len(fields) - 1 or k + 1 >= len(body):
            return False
        if action + 1 >= len(fields) or fields[action + 1] != "lead":
            return False
        a, b = body[k]
        text = [flatten(ln.text).strip() for ln in lines[a:b]]
        if not (text[0][:1].isupper() and self._leads(lines, body[k + 1])):
            return False
        if fields[0] == "recommendation":
            return True
        # (a tracker's row goes on past its lead to its date or status: a running head over
        # the next page's header, "DHR Dorcas – action plan monitoring", is followed by names)
        return k + 2 < len(body) and self._kind(lines, body[k + 2]) in VALUES

    def _leads(self, lines: list[Line], block: tuple[int, int]) -> bool:
        """The block is a lead's cell: read as one, or short lines ending no sentence, as a
        lead the plan's words do not know prints in its narrow column."""
        kind = self._kind(lines, block)
        if kind == "lead":
            return True
        text = [flatten(ln.text).strip() for ln in lines[block[0] : block[1]]]
        return (
            kind == "other" and all(len(t) <= LEAD_LINE for t in text) and not SENTENCE_END.search(text[-1])
        )

    def _recommendation(self, lines: list[Line], body, k: int, fields) -> bool:
        """Block k is a recommendation's cell opening a row of a table whose first column holds
        them (the Home Office template): a recommendation statement or a numbered sentence that
        asks someone to act ("7.2.1 The Trust should ..."), followed by its scope's cell or the
        row's action cell."""
        a, b = body[k]
        text = " ".join(flatten(ln.text).strip() for ln in lines[a:b])
        if not (self.vocab.statement.match(text) or _REC_NUMBER.match(text) and self.asking.search(text)):
            return False
        if k + 1 >= len(body):
            return False
        after = flatten(lines[body[k + 1][0]].text).strip()
        scoped = "scope" in fields and self.vocab.scope_cell.match(after)
        return bool(scoped or self._kind(lines, body[k + 1]) == "action")


def _date_after_texts(fields, lead: int | None) -> int | None:
    """The target date's column where it follows the lead's, text columns alone between them."""
    if lead is None or "target_date" not in fields[lead + 1 :]:
        return None
    date = fields.index("target_date", lead + 1)
    return date if all(f in TEXT_FIELDS for f in fields[lead + 1 : date]) else None


def _opened_row(block: tuple[int, int], a: int, ref: str, rest: str) -> BlockRow:
    """A row opened by its ref joined to its recommendation's first line, the ref on line a; a
    code ending in a colon ("R3: The Trust should ...") is the cell's own label, no row's ref."""
    row = BlockRow()
    own_label = ref.endswith(":")
    if not own_label:
        row.put(0, (a, a))
        row.texts[0] = ref
    row.put(1, block)
    if not own_label:
        row.texts[1] = rest
    return row
