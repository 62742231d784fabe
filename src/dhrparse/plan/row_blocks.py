"""A plan table that plain pdftotext (no -layout) printed a whole cell at a time, row after row,
turned into cell rows the plan reader reads like any other.

A ruled table whose rows start their cells on one line prints, in plain pdftotext, each cell as
a block of its own (a blank line between): the header's names each a block, then every row's
cells in column order: its number (merged down over a recommendation's actions, so printed on
its first row only), its action, lead, target date, evidence, status. An empty cell prints
nothing, so a row is told by what its blocks hold (plan.block_cells): a number or an action
opens a row, and each other block goes to the first column after the row's last one that takes
what it holds (a date to the target date's column, a status word to the status column, a name
to the lead's, a sentence to a column of text).

The short cells at the top right of some rows (a date closed, "Closed") can print after the
page's last row instead, column by column: a run of such values that no one row could hold.
They go back, in order, to the rows lacking that status, and only when there are as many of
them as such rows.

Only a table whose every block finds its place is rewritten, each row's cells on its first
printed line and its other lines empty rows; a table that does not read so is left as printed
for the other readers (column blocks, the walk's account of unread text).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.block_cells import EITHER, BlockCells
from dhrparse.plan.dated_names import quarter_name
from dhrparse.plan.late_recommendations import LateRecommendations, late_recommendations
from dhrparse.plan.layouts import _cells_line
from dhrparse.plan.review_names import ReviewNames
from dhrparse.plan.table_rewrites import rewrite_tables
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.date_search import YEAR

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines

MIN_NAMES = 4  # header names printed as blocks of their own
MIN_KNOWN = 3  # ... of them naming a field the reader knows (action among them)
MAX_NAME_WORDS = 4
# rows left unread: a recommendation's number and cell printed after its actions
UNTOLD = (
    "a recommendation's number and cell print after actions' rows, so whose each of those rows is "
    "could not be told; no action is made of them"
)
LEFT_AFTER_REVIEWS = 2  # blocks a tracker over several reviews may leave after its rows (a note, a foot)
ABBREVIATED_WORDS = 2  # a name closing on an abbreviation's stop is two words ("Rec no.")
# the Home Office template's long names, wrapped in their narrow columns ("Scope of" / "recommend" /
# "ation"; "Key milestones achieved in" / "enacting recommendation"): known names only
MAX_KNOWN_NAME_WORDS = 8
MAX_NAME_LINES = 5
MIN_ROWS = 2
TEXT_FIELDS = (None, "progress", "desired_outcome", "recommendation", "evidence", "comments")
VALUES = ("target_date", "status", EITHER)  # short cells that may print after the page's rows
LEAD_LINE = 30  # a lead's printed lines are short (a narrow column)
# the columns left of the action a later action's row leaves empty (merged, or written once)
LEFT_OF_LATER_ACTIONS = frozenset({"ref", "recommendation", "scope"})
_NUMBERED = regex.compile(r"^(?P<ref>\d{1,2})[.)]?\s+(?P<rest>\p{Lu}.*)$")  # "2 Revise the ..."
_NEVER = "(?!)"
ACTOR_CHARS = 80  # the body a recommendation names before its modal ("Oxford Community Safety Partnership")
_YEAR = regex.compile(rf"^{YEAR}$")  # a date's year printed apart from it
_NO_YEAR = regex.compile(r"^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?$")  # "31 Dec": a date cut before its year
_REC_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}[.)]?\s+\p{Lu}")  # "4.1 Thornbury Police ..."


def printed_blocks(
    lines: list[Line], start: int, most: int | None = None, longest: int | None = None
) -> list[tuple[int, int]]:
    """(first, end) indexes of the runs of plain lines from start on (at most `most` of them),
    parted where a blank line (a gap in the numbers) falls; the runs stop at the first line
    holding cells. With `longest`, they stop too at the first run longer than that, given cut
    at `longest` + 1 lines: a header's names are short runs, and a PDF page's text, printed
    without blank lines, is one run as long as the page (read to its end for every line asked
    about, it was most of the plan stage's time on a long PDF)."""
    out: list[tuple[int, int]] = []
    k = start
    while k < len(lines) and lines[k].cells is None:
        if out and lines[k].number == lines[k - 1].number + 1:
            if longest is not None and k - out[-1][0] > longest:
                break
            out[-1] = (out[-1][0], k + 1)
        elif most is not None and len(out) == most:
            break
        else:
            out.append((k, k + 1))
        k += 1
    return out


def joined_lines(lines: Iterable[Line], text: str = "") -> str:
    """A cell's printed lines as its text, carried on from `text`: a word wrapped at its hyphen
    ("multi-" / "agency") is one word again."""
    for ln in lines:
        part = flatten(ln.text).strip()
        text = f"{text}{part}" if text.endswith("-") and part[:1].islower() else f"{text} {part}".strip()
    return text


def _texts(lines: list[Line], a: int, b: int) -> list[str]:
    return [flatten(ln.text).strip() for ln in lines[a:b]]


def name_shaped(text: str, most_words: int) -> bool:
    """Printed as a column's name is: a few words opening with a capital, no figures."""
    words = text.split()
    return 0 < len(words) <= most_words and text[:1].isupper() and not any(ch.isdigit() for ch in text)


@dataclass
class _Row:
    cells: dict[int, tuple[int, int]] = field(default_factory=dict)  # column -> block
    last: int = -1  # the last column filled
    texts: dict[int, str] = field(default_factory=dict)  # column -> its first line, where split
    tails: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # column -> its later blocks

    def put(self, col: int, block: tuple[int, int]) -> None:
        self.cells[col] = block
        self.last = col


class RowBlocks:
    def __init__(self, lines: PlanLines, heading_lines: set[int], numbers: list[Line], printed: list[Line]):
        """`numbers`: lines holding a number alone that cleaning set aside as page numbers; in a
        table printed a cell at a time they may be its number column's cells."""
        self.numbers = numbers
        self.cm, self.vocab, self.roles = lines.cm, lines.vocab, lines.roles
        self.flat = lines.flat  # (each line's flattened text, worked out once for every layout)
        self.heading_lines = heading_lines
        self.cells = BlockCells(lines, printed)
        self.page_word = regex.compile(lines.vocab.p.get("actions.plan.page_word", _NEVER), regex.I)
        self.asking = regex.compile(lines.vocab.p.get("recommendations.asking", _NEVER), regex.I)
        quarter = lines.vocab.p.get("actions.tracker.quarter_label")
        self.quarter = regex.compile(quarter, regex.I) if quarter else None
        self.p = lines.vocab.p
        self.review_names = ReviewNames(self.p)
        self.warnings: list[tuple[str, Line]] = []  # (the tables' rows left unread, for the walk)
        self._reviews = False  # the table read is a tracker over several reviews
        self._late_recs: LateRecommendations | None = None  # its recommendations printed late
        self._quarters: set[int] = set()  # the table's columns an update a quarter fills
        modals = (
            "|".join(regex.escape(w) for w in self.p.list("actions.tracker.recommendation_modals")) or _NEVER
        )
        # (a cell that opens by asking someone to act: "The Trust should ...", "Officers must ...")
        self.asks = regex.compile(rf"^\p{{Lu}}[^.;:]{{0,{ACTOR_CHARS}}}?\b(?:{modals})\b", regex.I)

    def rewrite(self, lines: list[Line]) -> list[Line]:
        return rewrite_tables(lines, self._table_at)

    def _table_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        """The table whose header's first name is printed at line i, read."""
        # (the header's first name may print straight under a line above the table: a key)
        if lines[i].cells is not None or not self._name(self.flat(lines[i].text).strip()):
            return None
        return self._table(lines, i)

    # ---- the header ------------------------------------------------------------------------
    def _name(self, text: str) -> bool:
        """A column's name printed as a block: short words, no figures, no sentence."""
        return (
            name_shaped(text, MAX_NAME_WORDS)
            and (not SENTENCE_END.search(text) or self._abbreviated(text))
            and (self.cm.is_header_words(text) or not self.roles.opens_status(text))
        )

    def _abbreviated(self, text: str) -> bool:
        """A two-word name the plan knows closing on an abbreviation's stop ("Rec no."); a
        lone "No." is as likely a cell's sentence's end as a name."""
        return (
            len(text.split()) == ABBREVIATED_WORDS
            and text.endswith(".")
            and self.cm.field_of(text) is not None
        )

    def _quarter(self, text: str) -> str | None:
        """The name of a column an update a quarter fills ("update" of "Q2 update (Jul–Sep 2024)")."""
        return quarter_name(text, self.p, self.cm.names_exactly, self.quarter)

    def _long_name(self, text: str) -> bool:
        """A long column name the plan's words know, wrapped over a few lines in its column."""
        return name_shaped(text, MAX_KNOWN_NAME_WORDS) and self.cm.field_of(text) is not None

    def _header(
        self, lines: list[Line], blocks: list[tuple[int, int]]
    ) -> tuple[list[str], list[str | None]] | None:
        names: list[str] = []
        fields: list[str | None] = []
        long = False  # a long name wrapped in its column (the Home Office template's)
        quarters: list[int] = []  # the columns an update a quarter fills ("Q2 update (Jul–Sep 2024)")
        for a, b in blocks:
            if b - a > MAX_NAME_LINES:
                break
            text = " ".join(flatten(ln.text).strip() for ln in lines[a:b])
            short = b - a <= 2 and self._name(text)
            dated = None if short or b - a > 2 else self._quarter(text)
            if not (short or dated or self._long_name(text)):
                break
            long = long or not (short or dated)
            if dated:
                quarters.append(len(names))
            names.append(text)
            fields.append(self.cm.field_of(dated or text))
        for c in quarters[:-1]:
            # (the earlier quarters' updates are notes of the row's past: the latest says where it stands)
            fields[c] = None
        if long and fields[:1] != ["recommendation"]:
            # (only the whole template, its first column the recommendation's: the later names
            # alone, the recommendations and their scopes printed apart, are column blocks)
            return None
        if len(fields) > 1 and fields[-1] is None and self.vocab.scope_cell.match(names[-1]):
            fields.pop()  # (the first row's scope cell, "Local", printed straight after the names)
            names.pop()
        known = [f for f in fields if f is not None]
        if (
            len(names) < MIN_NAMES
            or "action" not in fields
            or len(known) < MIN_KNOWN
            or len(set(known)) != len(known)
            or not {"lead", "target_date", "status"} & set(known)
        ):
            return None
        return names, fields

    # ---- the rows --------------------------------------------------------------------------
    def _kind(self, lines: list[Line], block: tuple[int, int]) -> str | None:
        """What a block holds: "ref", "action", a value's kind, "other"; None when the block holds
        more than one cell (or a column's name)."""
        cells = [c for c in self.cells.cells(lines[block[0] : block[1]]) if c.kind != "name"]
        if len(cells) != 1 or cells[0].lines[0] is not lines[block[0]]:
            return None
        kind = cells[0].kind
        if kind == "target_date" and self.roles.opens_status(flatten(lines[block[0]].text).strip()):
            return (
                EITHER  # ("Completed 12.06.2024.": a completion date under the outcome's name, or a due date)
            )
        return "ref" if kind == "code" else kind

    def _after_name(self, lines: list[Line], i: int) -> bool:
        """The block before line i is a column's name opening a header that reads as one: line i
        is inside a header whose table did not read (its later names alone would take the first
        columns' cells for theirs)."""
        a = self._opening_name(lines, i)
        if a is None:
            return False
        while (before := self._opening_name(lines, a)) is not None:
            a = before  # (back to the header's first name)
        return self._header(lines, printed_blocks(lines, a, 12, MAX_NAME_LINES)) is not None

    def _opening_name(self, lines: list[Line], i: int) -> int | None:
        """Where the block of a known column name just before line i opens, when there is one."""
        a = i - 1
        if a < 0 or lines[a].cells is not None or lines[i].number - lines[a].number != 2:
            return None
        while a > 0 and lines[a - 1].cells is None and lines[a - 1].number == lines[a].number - 1:
            a -= 1
        text = " ".join(flatten(ln.text).strip() for ln in lines[a:i])
        if i - a > MAX_NAME_LINES or not (i - a <= 2 and self._name(text) or self._long_name(text)):
            return None
        # (a column's name the plan knows: a title printed above the header is none)
        return a if self.cm.field_of(text) is not None else None

    def _table(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        if self._after_name(lines, i):
            return None
        header = self._header(lines, printed_blocks(lines, i, 12, MAX_NAME_LINES))
        if header is None:
            return None
        names, fields = header
        reviews = fields[0] == "review" and fields[1] in ("ref", "recommendation")
        j = i
        while j < len(lines) and lines[j].cells is None:
            j += 1
        # the number column's cells cleaning set aside as page numbers go back among the lines
        first, last = lines[i].number, lines[j - 1].number
        numbers = [ln for ln in self.numbers if first < ln.number < last]
        seg = sorted([*lines[i:j], *numbers], key=lambda ln: ln.number)
        blocks = printed_blocks(seg, 0)
        body = blocks[len(names) :]
        if reviews:
            # (a tracker over several reviews: their names print apart from their rows, and the
            # rows are read without them, plan.review_names)
            names, fields = names[1:], fields[1:]
            named = [(a, b) for a, b in body if self.review_names.is_name(_texts(seg, a, b))]
            body = [block for block in body if block not in named]
        self._quarters = {c for c, n in enumerate(names) if self._quarter(n)}
        self._reviews, self._late_recs = reviews, None
        rows, used = self._rows(seg, body, names, fields)
        if rows is None or len(rows) < MIN_ROWS:
            return None
        if reviews and len(body) - used > LEFT_AFTER_REVIEWS:
            return None  # (a tracker over several reviews read only in part: its rows are not these)
        end = body[used - 1][1] if used else blocks[len(names) - 1][1]
        if reviews:  # (the names printed among the rows read are the table's)
            after = body[used][0] if used < len(body) else len(seg)
            end = max([end, *(b for a, b in named if b <= after)])
        statements: dict[int, Line] = {}
        if self._late_recs is not None:
            statements = self._late_recs.statements(seg)
            untold = self._late_recs.untold_text(seg)
            if untold:
                where = seg[self._late_recs.untold_first()]
                self.warnings.append((f"plan rows {untold[:60]!r}: {UNTOLD}: {untold[:400]!r}", where))
        kept = {id(ln) for ln in numbers}
        rewritten = self._rewritten(seg, 0, end, names, rows, statements)
        return i + sum(1 for ln in seg[:end] if id(ln) not in kept), rewritten

    def _col(self, fields: list[str | None], kind: str, row: _Row, lines: list[Line], block) -> int | None:
        """The first column after the row's last one that takes a block of this kind."""
        later = range(row.last + 1, len(fields))
        # a plan with no status column whose progress column holds the state words ("On track",
        # "Complete"): that column says each row's status
        state = ("status",) if "status" in fields else ("progress",)
        wanted = {
            "target_date": ("target_date",),
            "status": state,
            EITHER: ("target_date", *state),
            "lead": ("lead",),
        }.get(kind, ())
        for f in wanted:
            for c in later:
                if fields[c] == f:
                    return c
        if kind == "status":
            return None
        # a lead the names do not know, printed straight after the action: short lines, no sentence
        text = [flatten(ln.text).strip() for ln in lines[block[0] : block[1]]]
        if (
            kind == "other"
            and row.last + 1 < len(fields)
            and fields[row.last + 1] == "lead"
            and all(len(t) <= LEAD_LINE for t in text)
            and not SENTENCE_END.search(text[-1])
        ):
            return row.last + 1
        for c in later:
            if fields[c] in TEXT_FIELDS:
                return c
        return None

    def _rows(self, lines, body, names, fields):
        """The rows the body's blocks make and how many blocks they took; (None, 0) when the
        blocks make no rows."""
        first = 0 if fields[0] in ("ref", "recommendation") else None
        action = fields.index("action")
        rows: list[_Row] = []
        k = 0
        while k < len(body):
            block = body[k]
            row = rows[-1] if rows else None
            opens = (  # (a recommendation's numbered cell segmentation may take for a heading)
                fields[0] == "recommendation"
                and (row is None or row.last >= action)
                and self._recommendation(lines, body, k, fields)
            )
            if lines[block[0]].number in self.heading_lines and not opens:
                break
            first_text = flatten(lines[block[0]].text).strip()
            if block[1] - block[0] == 1 and self.page_word.match(first_text):
                # a running foot among the cells: its page word, then its number
                k += 1
                if k < len(body) and body[k][1] - body[k][0] == 1 and self._kind(lines, body[k]) == "ref":
                    k += 1
                continue
            kind = self._kind(lines, block)
            if self._merged_step(lines, body, k, fields, rows, kind):
                k += 1
                continue
            numbered = _NUMBERED.match(first_text) if first is not None and kind == "other" else None
            if numbered and self._opens_action(lines, block, numbered.group("rest")):
                # a row's number joined to its action's first line ("2 Revise the ...")
                rows.append(_Row())
                rows[-1].put(first, (block[0], block[0]))
                rows[-1].texts[first] = numbered.group("ref")
                rows[-1].put(action, block)
                rows[-1].texts[action] = numbered.group("rest")
                k += 1
                continue
            if kind is None:
                break
            row = rows[-1] if rows else None
            if kind == "ref" and first is not None:
                if row is not None and row.last < first:
                    break
                rows.append(_Row())
                rows[-1].put(first, block)
                k += 1
                continue
            if opens:
                # (the Home Office template: a row opens with its recommendation's cell, merged
                # down over its later actions, whose rows open with their action's)
                rows.append(_Row())
                rows[-1].put(0, block)
                k += 1
                continue
            if kind == "action":
                text_col = self._col(fields, "other", row, lines, block) if row else None
                has_text = row is not None and any(fields[c] in TEXT_FIELDS and c > action for c in row.cells)
                later_quarter = (
                    row is not None and row.last in self._quarters and row.last + 1 in self._quarters
                )
                if row is not None and row.last < action:
                    row.put(action, block)
                elif row is not None and text_col is not None and not has_text and row.last >= action:
                    row.put(text_col, block)  # (a progress note that opens like an action)
                elif later_quarter:
                    # (the next quarter's update after this one's, "Audit of 40 records ...": the
                    # row's progress goes on, its status not yet printed)
                    row.put(row.last + 1, block)
                else:
                    rows.append(_Row())
                    rows[-1].put(action, block)
                k += 1
                continue
            if row is None:
                break
            if kind in VALUES:
                run = self._run(lines, body, k)
                if not self._fits(fields, row, run):
                    # the row's own values, then those printed after the table's last row
                    # (which close it)
                    if not self._late(fields, rows, run):
                        return None, 0
                    k += len(run)
                    break
            if kind == "other" and self._later_action(lines, body, k, fields, row):
                rows.append(_Row())
                rows[-1].put(action, block)
                k += 1
                continue
            col = self._col(fields, kind, row, lines, block)
            if (
                kind in ("other", "lead")
                and fields[row.last] == "recommendation"
                and fields[row.last + 1 : row.last + 2] == ["action"]
            ):
                # (the cell printed after a row's recommendation is its action's, whatever it opens
                # with: "Letter from the chair ...", "Quarterly audit of ..."; a row without its
                # action reads as no row at all)
                col = row.last + 1
            if (
                kind == "other"
                and "scope" in fields[row.last + 1 :]
                and self.vocab.scope_cell.match(first_text)
            ):
                col = fields.index("scope", row.last + 1)  # ("Local": the scope of the recommendation)
            if col is None:
                # a block no column takes ends the table only after a whole row (the
                # paragraph under it); inside a row, the rows are not what was printed
                if row.last != len(fields) - 1:
                    return None, 0
                break
            row.put(col, block)
            k += 1
        if any(action not in r.cells for r in rows):
            late = late_recommendations(rows, action, first, fields) if self._reviews else None
            if late is None:
                return None, 0
            rows, self._late_recs = late
        if any(not any(fields[c] in ("lead", "target_date", "status") for c in r.cells) for r in rows):
            return None, 0
        return rows, k

    def _merged_step(self, lines: list[Line], body, k: int, fields, rows: list[_Row], kind) -> bool:
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
            and self.asks.match(joined_lines(lines[a + 1 : b], rest))
        ):
            rows.append(_Row())
            rows[-1].put(0, (a, a))
            rows[-1].texts[0] = ref
            rows[-1].put(1, body[k])
            rows[-1].texts[1] = rest
            return True
        if row is not None and row.last == 0 and kind != "ref" and self.asks.match(text):
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
        if kind != "ref" and self.asks.match(text) and k + 1 < len(body):
            rows.append(_Row())
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
        if (
            kind == "other"
            and lead == action + 1
            and text[:1].isupper()
            and k + 2 < len(body)
            and fields[lead + 1 : lead + 2] == ["target_date"]
            and self._kind(lines, body[k + 1]) == "lead"
            and self._kind(lines, body[k + 2]) in ("target_date", EITHER)
        ):
            # (a recommendation's later action, its ref and recommendation merged down: the row
            # opens with the action, its lead's and its target date's cells printed next)
            rows.append(_Row())
            rows[-1].put(action, body[k])
            return True
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

    def _text(self, lines: list[Line], row: _Row, col: int) -> str:
        a, b = row.cells[col]
        return joined_lines(lines[a + (col in row.texts) : b], row.texts.get(col, ""))

    def _later_action(self, lines: list[Line], body, k: int, fields, row: _Row) -> bool:
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

    def _opens_action(self, lines: list[Line], block: tuple[int, int], rest: str) -> bool:
        """The block, its first line's number taken off, is an action cell."""
        trimmed = [replace(lines[block[0]], text=rest), *lines[block[0] + 1 : block[1]]]
        cells = [c for c in self.cells.cells(trimmed) if c.kind != "name"]
        return len(cells) == 1 and cells[0].kind == "action"

    def _late(self, fields, rows: list[_Row], run) -> bool:
        """Place the run: its first values in the last row, as far as they fit, the others given
        back to the rows lacking them (`_late_values`); False when no such reading is whole."""
        for p in range(len(run)):
            if not self._fits(fields, rows[-1], run[:p]):
                return False
            trial = [_Row(dict(r.cells), r.last, dict(r.texts)) for r in rows]
            for block, kind in run[:p]:
                trial[-1].put(self._col(fields, kind, trial[-1], [], block), block)
            if _late_values(trial, run[p:], fields):
                rows[:] = trial
                return True
        return False

    def _run(self, lines, body, k):
        run = []
        while (
            k < len(body)
            and self._kind(lines, body[k]) in VALUES
            and not self._update_sentence(lines, body[k])
        ):
            run.append((body[k], self._kind(lines, body[k])))
            k += 1
        return run

    def _fits(self, fields, row: _Row, run) -> bool:
        """The values of a run can all go, in order, to one row's later columns."""
        probe = _Row(dict(row.cells), row.last)
        for block, kind in run:
            col = self._col(fields, kind, probe, [], block) if kind != "other" else None
            if col is None:
                return False
            probe.put(col, block)
        return True

    def _rewritten(self, lines, start, end, names, rows, statements=None) -> list[Line]:
        row_of: dict[int, list[str]] = {}
        taken: set[int] = set()
        for row in rows:
            opening = min(a for a, _ in row.cells.values())
            cells = [""] * len(names)
            for col, (a, b) in row.cells.items():
                cells[col] = joined_lines(lines[a + (col in row.texts) : b], row.texts.get(col, ""))
                taken.update(range(a, max(a + 1, b)))
                for ta, tb in row.tails.get(col, ()):
                    cells[col] = joined_lines(lines[ta:tb], cells[col])
                    taken.update(range(ta, tb))
            row_of[opening] = cells
        blank = [""] * len(names)
        out = [_cells_line(lines[start], names)]
        for k in range(start + 1, end):
            if k in row_of:
                out.append(_cells_line(lines[k], row_of[k]))
            elif statements and k in statements:
                out.append(statements[k])
            else:
                out.append(_cells_line(lines[k], blank))
        return out


def _late_values(rows: list[_Row], run: list, fields: list[str | None]) -> bool:
    """Give values printed after the table's last row, column by column (dates, then statuses),
    back in order to the rows lacking a status; False (rows untouched) when their numbers or
    their order disagree."""
    kinds = [kind for _, kind in run]
    values = [block for block, kind in run if kind == "status"]
    dates = [block for block, kind in run if kind != "status"]
    if "status" not in fields or not values or kinds != sorted(kinds, key=lambda k: k == "status"):
        return False
    status = fields.index("status")
    lacking = [r for r in rows if status not in r.cells]
    if len(lacking) != len(values) or dates and len(dates) != len(values):
        return False
    if dates:
        # the date column every row lacking a status lacks too, the last before the status
        cols = [
            c
            for c in range(status)
            if fields[c] in ("target_date", *TEXT_FIELDS) and all(c not in r.cells for r in lacking)
        ]
        if not cols:
            return False
        for r, d in zip(lacking, dates):
            r.cells[cols[-1]] = d
    for r, v in zip(lacking, values):
        r.cells[status] = v
    return True
