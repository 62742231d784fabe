"""How a row of cells lands on the plan table's columns: which cell opens the row and what its
ref is, whether a row without a ref carries an action of its own, and which field each cell
fills."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.layouts import CONTINUES, OPENS_ROW
from dhrparse.plan.lettered_refs import lettered_ref
from dhrparse.plan.numbered_cells import numbered_item_runs_on
from dhrparse.plan.recommendation_cells import asking_words
from dhrparse.plan.tables import PlanRow
from dhrparse.plan.unnumbered_recommendations import unnumbered_opening
from dhrparse.plan.walk import PlanWalk
from dhrparse.vocab.refs import display_ref

# words a phrase cannot end on: an action cell stopping on one is cut by its column, not ended
_RUNS_ON = frozenset(
    {"the", "a", "an", "to", "of", "and", "or", "for", "in", "on", "with", "by", "at", "from"}
)


class TabCells:
    def __init__(self, walk: PlanWalk):
        self.w = walk

    def own_action(
        self, texts: list[str], wrapped: bool = False, opens: bool = False, merged: tuple[int, ...] = ()
    ) -> bool:
        """A row without a ref that carries an action of its own: an action cell opening a
        sentence, with its own lead and its own date or status (text continued from the row
        above fills one or two cells, mid-sentence). `wrapped`: the layout printed the line
        straight under the row's last one, as a cell's wrapped words are: a date cell above
        that is no date alone ("January", "Spring term") and that this line's date cell
        completes ("2025") carries its row on, lead and action with it. `opens`: the reader
        that cut the line found it opening an action's row (a tracker's row read from its
        first line, whose action above is that cell's first line only, cut mid-sentence).
        `merged`: the row's slots a cell merged down from the row above covers, as the PDF or
        Word reader saw them; a Lead cell merged over a run of actions is each action's lead, and a
        row the reader saw under a merged cell is a grid row of its own, so the action above ending
        on "on" or "the" ("... have moved on") is no sentence carried into it."""
        cols = self.w.table.columns
        cell = {c: texts[k] for k, c in enumerate(cols) if k < len(texts) and texts[k]}
        action = cell.get("action", "")
        if self._next_code(action):
            return True
        return (
            bool(action)
            and (action[0].isupper() or action[0] in "•-" or bool(self.w.vocab.action_ref.match(action)))
            and ("lead" in cell or self.merged_over(merged, "lead"))
            and ("target_date" in cell or "status" in cell)
            and (
                "recommendation" in cols
                or "recommendation_ref" in cols
                or opens
                or self.merged_over(merged, "ref")
            )
            and (opens or bool(merged) or not self._action_runs_on())
            and not (wrapped and self._date_goes_on(cell.get("target_date", "")))
        )

    def merged_over(self, merged: tuple[int, ...] | None, column: str) -> bool:
        """The row's slot of `column` is covered by a cell merged down from the row above, as the
        PDF or Word reader saw it: a Lead written once against a run of actions with the same
        lead, a Ref written once over the actions it numbers (a single-agency plan's "CHT 1"; the
        row is one of the actions under that ref, not the row above's words carried on)."""
        cols = self.w.table.columns
        return bool(merged) and column in cols and cols.index(column) in merged

    def merged_lead(self, row: PlanRow, above: PlanRow | None, merged: tuple[int, ...] | None) -> None:
        """A row under a Lead cell merged down over it takes the lead the merged cell printed in
        the row above: the reader saw the merge, so the lead is the row's as printed, also where
        a recommendation's number opens the row (the run crossing into the next recommendation)."""
        if above is not None and not row.cells.get("lead") and self.merged_over(merged, "lead"):
            lead = above.cells.get("lead", "")
            if lead:
                row.add("lead", lead)

    def _next_code(self, action: str) -> bool:
        """The action cell opens with the code after the row above's ("1b" under "1a", "2.3" under
        "2.2"): the next action under the same recommendation, whatever cells it fills (its lead
        and date may be lines of the action's own cell)."""
        above = self.w.row.ref if self.w.row is not None else None
        m = self.w.vocab.action_ref.match(action)
        if m is None or not above or len(above) < 2:
            return False
        ref = m.group("ref")
        return ref != above and len(ref) == len(above) and ref[:-1] == above[:-1] and ref[-1] > above[-1]

    def _date_goes_on(self, part: str) -> bool:
        """The row's date cell above is no date alone and this part completes it."""
        above = self.w.row.cells.get("target_date", "").strip() if self.w.row is not None else ""
        roles = self.w.roles
        return bool(above and part) and not roles.is_date(above) and roles.is_date(f"{above} {part}")

    def _action_runs_on(self) -> bool:
        """The action above stops on a word that cannot end it ("... to write to the"): the line
        below carries its sentence on, whatever its capital letter ("Home Office ...")."""
        above = self.w.row.cells.get("action", "") if self.w.row is not None else ""
        words = above.split()
        return bool(words) and (words[-1].lower() in _RUNS_ON or numbered_item_runs_on(above, self.w.p))

    def action_ref(self, row: PlanRow) -> None:
        """An action cell opening with its own number ("1.2 Audit ...", "P1.1 Revise ...") in a
        table without a ref column: the number is the action's ref, the one the row had (read
        from its recommendation cell) its recommendation's. Under a number column the same holds
        where the cell's number nests under the row's ("1.2" in row 1): the column numbers the
        recommendations, the cells their actions."""
        m = self.w.vocab.action_ref.match(row.cells.get("action", ""))
        if m is None:
            return
        if "ref" in self.w.table.columns:
            parent = row.recommendation_ref or row.ref
            if "recommendation" not in self.w.table.columns or not parent:
                return
            if not m.group("ref").startswith(f"{parent}."):
                return
        if "recommendation" in self.w.table.columns:
            row.recommendation_ref = row.recommendation_ref or row.ref
        row.ref = m.group("ref")
        row.cells["action"] = m.group("rest")

    def ref_cell(self, texts: list[str]) -> str:
        """The cell that opens a row: the ref column's, else the recommendation's, else the first."""
        cols = self.w.table.columns if self.w.table is not None else []
        k = (
            cols.index("ref")
            if "ref" in cols
            else cols.index("recommendation")
            if "recommendation" in cols
            else cols.index("recommendation_ref")
            if "recommendation_ref" in cols
            else 0
        )
        return texts[k] if k < len(texts) else ""

    def ref(self, texts: list[str], ln: Line) -> tuple[str | None, list[str]]:
        """The row's ref ("" for a row without a ref column, None for no new row) and its cells."""
        cols = self.w.table.columns
        vocab = self.w.vocab
        if "ref" in cols:
            cell = self.ref_cell(texts)
            return (vocab.cell_ref(cell) or lettered_ref(cell, self.w.p)), texts
        if "recommendation" in cols:
            if ln.hint == OPENS_ROW:
                return "", texts  # (a labelled block's opening label, with no number: a row)
            # the number printed inside the recommendation cell ("1. The partnership should ...")
            k = cols.index("recommendation")
            m = vocab.ref_in_cell.match(texts[k]) if k < len(texts) else None
            if m:
                ref = m.group("ref")
                ref = (
                    display_ref(ref) if ref.isalpha() else ref
                )  # ("Recommendation Three": a printed ref holds a digit)
                return ref, texts[:k] + [m.group("rest")] + texts[k + 1 :]
            # (the Home Office template prints each recommendation's full text with no number)
            cell = texts[k] if k < len(texts) else ""
            action = self._cell(texts, "action")
            if "action" not in cols and self.w.table.origin != "text":
                action = cell  # (rows of recommendations with no action column: each its own action)
            opens = unnumbered_opening(self.w.table, cell, action, asking_words(self.w.p))
            return ("" if opens else None), texts
        if "recommendation_ref" in cols:
            # a number column of the recommendation the rows answer: a number opens a row (its
            # own ref unprinted); a blank number cell is the merged cell of the row above
            return ("" if vocab.cell_ref(self.ref_cell(texts)) else None), texts
        # no ref column: any row with a first cell is a row, unless printed as its continuation
        # or as the text of a recommendation just opened ("Recommendation 2" / its paragraph)
        opening = self.w.statements.open is not None and not self.w.rows_since_rec
        if opening and not any(texts[1:]):
            return None, texts
        return ("" if texts[0] and ln.hint != CONTINUES else None), texts

    def _cell(self, texts: list[str], field: str) -> str:
        cols = self.w.table.columns
        k = cols.index(field) if field in cols else len(texts)
        return texts[k] if k < len(texts) else ""

    def _reads_as_ref(self, text: str) -> bool:
        """A ref cell holding a ref ("2.1", "(3)", "Rec 4", a lettered "B") or a mark standing for
        nothing ("-", "N/A")."""
        return (
            self.w.vocab.cell_ref(text) is not None
            or lettered_ref(text, self.w.p) is not None
            or self.w.vocab.stands_for_nothing(text)
        )

    def put(self, row: PlanRow, texts: list[str]) -> None:
        cols = self.w.table.columns
        for k, text in enumerate(texts):
            if not text:
                continue
            col = cols[k] if k < len(cols) else f"extra:column {k + 1}"
            if col == "ref":
                # (the cell the row's ref was read from, by `ref`: the ref alone or with its label,
                # "IMR 1"; words there no ref reads as, a line carried on in the ref column, are
                # told with the row rather than dropped)
                if not self._reads_as_ref(text):
                    row.warnings.append(f"words in the ref column not read: {text[:80]!r}")
                continue
            if col == "recommendation_ref":
                number = self.w.vocab.cell_ref(text)
                if number is None:
                    # words in the number column (a line printed below the table, "Summary of
                    # progress"): kept with the row, never taken for its recommendation's number
                    row.add("recommendation_ref_text", text, extra=True)
                elif self.w.vocab.ref_only.match(text):
                    row.recommendation_ref = text.strip().rstrip(".")
                else:
                    row.recommendation_ref = number  # ("Three": the report's "Recommendation Three")
                continue
            if col.startswith("extra:"):
                row.add(col[6:], text, extra=True)
            else:
                row.add(col, text)
