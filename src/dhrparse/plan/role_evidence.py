"""The cells under a plan table's header read as evidence of its columns' roles
(plan.column_roles): the rows of that table only, a side-by-side row's wrapped line carrying
its cells on in their columns. They also tell whether a Word or PDF table's first row that names
only some of its columns in plan words ("Rec | What will be done | Who | By | Progress") heads a
plan at all (`named_by_cells`)."""

from __future__ import annotations

import regex

from dhrparse.plan.coded_actions import coded_action_column
from dhrparse.plan.column_roles import ENOUGH, MIN_INSTRUCTION_WORDS
from dhrparse.plan.layouts import CONTINUES
from dhrparse.plan.tables import header_form, is_plan

ROLE_ROWS = 60  # rows below a header whose cells help decide its columns' roles
# a first cell opening with a number or code ("2", "2. Identify ...", "R3"): a row of its own
_NUMBERED = regex.compile(r"^\W{0,2}(?:\p{Lu}{1,4}\s?)?\d{1,3}(?:\.\d{1,2})*[a-z]?\b")
_CELL_ENDED = regex.compile(r"[.;:!?]['’\")]?$")
MIN_NAMED_BY_CELLS = (
    4  # columns of a header only partly named in plan words ("Rec | What will be done | Who | By | Progress")
)
MIN_NAMED_ROWS = 2  # rows under such a header that say what its columns hold
NAME_WORDS = 5  # a column's name is short: more words are a row's text


def _opens_table(table, number: int, width: int) -> bool:
    """The row opens a table: the reader's first row, or the first of as many cells as it after
    rows of another width (a report's label / value box set just above the plan, which a Word
    reader keeps in the same run of rows: "Plan | DHR ..." over "Code | Title | Status ...")."""
    above = [row for row in table.rows if row.line_start < number]
    return table.line_start == number or bool(above) and all(len(row.cells) != width for row in above)


def _goes_on(above: str, text: str) -> bool:
    """A wrapped fragment carries the cell above on: the cell has not ended its sentence, or
    the fragment opens in lower case."""
    return bool(above) and (not _CELL_ENDED.search(above.rstrip()) or text[:1].islower())


class RoleEvidence:
    """PlanLines' reading of the rows below a header for its columns' roles."""

    def _reader_table_end(self, nxt: int) -> float:
        """The last line of the PDF or Word table whose header ends before index `nxt`: the rows
        that decide its column roles are that table's own, not the next table's. Else no end."""
        header = self.lines[nxt - 1].number if 0 < nxt <= len(self.lines) else None
        table = self.doc.table_at(header) if header is not None else None
        return table.line_end if table is not None and table.origin != "text" else float("inf")

    def _wrapped(self, texts: list[str]) -> bool:
        """A line a layout printed under a row may be its cells' wrapped words: not when it
        opens with a number or code, or holds one alone in a cell (a number column's next row)."""
        return (
            bool(texts)
            and not _NUMBERED.match(texts[0])
            and not any(self.roles.is_ref(t) for t in texts if t)
        )

    def decide_columns(self, printed: list[str], headers: list[str], nxt: int) -> list[str]:
        """Column fields of a table whose header row ends before line `nxt`: the header's
        evidence weighed with the cells of the rows below it (column_roles)."""
        fields = [None if c.startswith("extra:") else c for c in printed]
        if not any(self.roles.undecided(headers, fields)):
            # (two ref columns, one headed as the recommendation's number, "Ref | SAR rec": the
            # header alone tells which numbers the recommendations)
            return self.roles.header_numbered(printed, headers)
        columns = self._role_columns(len(printed), nxt)
        return coded_action_column(self.roles.decide(headers, fields, columns), columns, self.roles)

    def _role_columns(self, k: int, nxt: int) -> list[list[str]]:
        """The cells of each of the k columns in the rows below a header ending before `nxt`."""
        columns: list[list[str]] = [[] for _ in range(k)]
        end = self._reader_table_end(nxt)
        opened = False  # a row is open whose cells a wrapped line may go on
        for ln in self.lines[nxt : nxt + ROLE_ROWS]:
            if ln.number > end:
                break  # (a glossary or tally table printed after the plan)
            if ln.cells is None:
                continue
            texts = [self.flat(c) for c in ln.cells]
            if self.cm.header_columns(texts):
                break
            if ln.hint == CONTINUES and opened and self._wrapped(texts):
                # a side-by-side row's wrapped line: a cell's words go on in its column, and
                # the whole cell is what its column holds ("Toolkit revised with a chronology"
                # / "page and relaunched ...": prose, not a label). A cell above that ended its
                # sentence ends there: the words below open the next action's cell.
                for k, text in enumerate(texts[: len(columns)]):
                    if text and columns[k] and _goes_on(columns[k][-1], text):
                        columns[k][-1] = f"{columns[k][-1]} {text}"
                    elif text:
                        columns[k].append(text)
                continue
            if sum(1 for t in texts if t) < 2:
                opened = False
                continue  # a statement or an update printed across the table
            for k, text in enumerate(texts[: len(columns)]):
                columns[k].append(text)
            # (every column has its entry for the row: the wrapped lines land in their own)
            for k in range(len(texts), len(columns)):
                columns[k].append("")
            opened = True
        return columns

    def named_by_cells(self, i: int, texts: list[str]) -> list[str] | None:
        """The columns of a PDF or Word table's first row that names only some of them in plan
        words ("Rec" and "Progress" beside "What will be done | Who | By"): a plan's header when
        every cell is a short name and the cells below decide an action column (instructions,
        column_roles; or prose under a name too common as a label to be a column's name elsewhere,
        "What will be done") and a target date or status column, the header's evidence and the
        cells' together. A row of text, a labelled block's label or a form's label box is never
        such a header."""
        table = self.doc.table_at(self.lines[i].number)
        if (
            table is None
            or table.origin == "text"
            or not _opens_table(table, self.lines[i].number, len(texts))
        ):
            return None
        fields = [self.cm.field_of(t) for t in texts]
        if len(texts) < MIN_NAMED_BY_CELLS or len({f for f in fields if f}) < 2:
            return None
        # (a column's name asked as a question, "Done yet?", is a name all the same)
        if not all(
            t and len(t.split()) <= NAME_WORDS and (f or not _CELL_ENDED.search(t))
            for f, t in zip(fields, texts)
        ):
            return None
        printed = [f or f"extra:{' '.join(t.split())}" for f, t in zip(fields, texts)]
        printed = self._checked_action_name(printed, texts, i + 1)
        decided = self.decide_columns(printed, texts, i + 1)
        known = {f for f in decided if not f.startswith("extra:")}
        dated = bool({"target_date", "status"} & known)
        return printed if "action" in known and "action" not in fields and dated and is_plan(known) else None

    def _checked_action_name(self, printed: list[str], texts: list[str], nxt: int) -> list[str]:
        """The column a name too common as a label heads (`actions.cell_checked_action_names`,
        "What will be done"; in a table only, `actions.table_checked_action_names`, "Title") is
        the action where every cell below it opens with a capital, no date and no status word,
        and most are prose of some words (a performance system's user may title an item in two,
        "Referral pathway")."""
        p = self.roles.p
        listed = [*p.list("actions.cell_checked_action_names"), *p.list("actions.table_checked_action_names")]
        names = {header_form(n) for n in listed}
        columns = self._role_columns(len(printed), nxt)
        out = list(printed)
        for k, (text, cells) in enumerate(zip(texts, columns)):
            filled = [t for t in cells if t]
            if header_form(text).strip(" :") in names and len(filled) >= MIN_NAMED_ROWS:
                shape = self.roles.shape(filled)
                worded = sum(len(t.split()) >= MIN_INSTRUCTION_WORDS for t in filled)
                prose = all(t[:1].isupper() for t in filled) and worded >= ENOUGH * len(filled)
                if prose and not shape.dates and not shape.status and "action" not in out:
                    out[k] = "action"
        return out
