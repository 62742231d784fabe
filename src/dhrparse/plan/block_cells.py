"""The cells one block of a column-block table holds (plan.column_blocks): what plain pdftotext
printed as a run of lines, told apart by the column name heading it and by what it holds.

- an action cell opens with an imperative ("Circulate ...", "Set up ...") or a body "to" act
  ("Chair of the Board to write ..."), or sits right under the action column's name; a run of
  them splits where a sentence ends and the next line opens another; a milestone reached
  ("Audit tool amended.") is no action;
- a target date is a date, a status a status word, a lead a short name of a body or role; a
  block of statuses splits where one ends and the next opens with a status word, a block of
  leads where a line opens with the block's first line again (the same body, another role);
- a merged Scope cell ("Local"), a column's name printed apart from its block and a running
  foot are none of these.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.block_cell import BlockCell as BlockCell  # (read from here by the column readers)
from dhrparse.plan.block_cell import CellRow as CellRow
from dhrparse.plan.block_words import CLOSING as _CLOSING
from dhrparse.plan.block_words import (
    ColumnBlockWords as ColumnBlockWords,  # (read from here by the column readers)
)
from dhrparse.plan.broken_names import broken_name
from dhrparse.plan.carried_cells import carried_lines, unstopped_runs
from dhrparse.plan.carried_cells import carries as _carries
from dhrparse.plan.checked_names import CheckedNames
from dhrparse.plan.closed_marks import closed_mark
from dhrparse.plan.dated_names import dated_under
from dhrparse.plan.flag_blocks import flag_name_lines
from dhrparse.plan.lead_wraps import begins_lead
from dhrparse.plan.percent_columns import percent_fit
from dhrparse.plan.progress_bars import bar_state
from dhrparse.plan.rag_key import colour_alone
from dhrparse.plan.status import status_words
from dhrparse.plan.symbol_key import lone_mark
from dhrparse.plan.unfielded_names import carries_name, unfielded_name
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.date_cells import DateCells
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.refs import is_number_word

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines

MAX_NAME_LINES = 5  # a header name wrapped in a narrow column ("Key milestones / achieved in ...")
MAX_NAME_CHARS = 40
FIELDS = ("lead", "target_date", "status")
EITHER = "date_or_status"
MIN_ACTION_WORDS = 4
MIN_LONE_ACTION_WORDS = 3  # an action cell that is a block of its own, opened by an imperative
LABEL_WORDS = 3  # a label opening a line ("Plan owner:") ends within its first words
MAX_TARGET_WORDS = 6  # a target date with words around it ("By the end of March 2025")
MAX_SHORT_LINES = 2  # an action cell written as a headline wraps at most once
MIN_HEADLINES = 3  # headline cells under the action column's name that show its cells are headlines
MIN_FOOT_WORDS = 5  # a running foot cleaning kept is a line this long printed on every page
# a day written with dots and its parts padded, "12.09.24", "31.03.2025"
DOTTED_DAY = regex.compile(r"\d\d\.\d\d\.(?:\d\d){1,2}")
MAX_STATE_WORDS = 2  # a state before its date ("Completed", "Fully completed", "Green")


def capitalised(text: str) -> bool:
    """Most words capitalised, as a body's or role's name is ("Board Business Manager"), no number word ("Three")."""
    words = [w for w in text.split() if w.isalpha() and len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) * 2 > len(words) and not is_number_word(text)


class BlockCells:
    def __init__(self, lines: PlanLines, printed: list[Line]):
        """`printed`: every line of the document, furniture too (a running foot cleaning kept
        once is no lead)."""
        self.cm, self.vocab, self.roles = lines.cm, lines.vocab, lines.roles
        self.words = ColumnBlockWords.of(lines.vocab.p)
        self.iso = DateCells(lines.vocab.p).iso
        self.document_lines = printed
        self._printed: Counter[str] | None = None  # each line's text, counted when a cell asks
        self.checked = CheckedNames(lines.roles, capitalised)  # ("What will be done", "Who": by their cells)

    def name(self, block: list[Line]) -> tuple[str | None, int]:
        """(field, lines) of the column name opening a block, (None, 0) when none does."""
        # ("Recommendatio" / "n": the name broken inside its word, no lead; read on from there)
        joined, start = broken_name(block, self.cm)
        parts: list[str] = [] if joined is None else [joined]
        best: tuple[str | None, int] = (None, 0) if joined is None else (self.cm.field_of(joined), start)
        for k, ln in enumerate(block[start:MAX_NAME_LINES], start):
            if ln.cells is not None or len(ln.text) > MAX_NAME_CHARS:
                break
            if best[0] is not None and dated_under(" ".join(parts), ln.text, self.vocab.p):
                return best[0], k + 1  # ("Status at" / "30/09/2025": the name's date wrapped under it)
            if not (self.cm.is_header_words(ln.text) or carries_name(parts, ln.text, self.vocab.p)):
                break
            text = flatten(ln.text).strip()
            if best[0] is not None and text[:1].isupper() and self.roles.is_status(text):
                break  # ("Status" / "In progress": the name, then the first row's status; a
                # name wrapped on ("Key milestones" / "achieved in ...") carries on in lower case)
            if best[0] == "lead" and begins_lead(text, block[k + 1 : k + 2], self.roles.ends_role):
                break  # ("Lead" / "Partnership" / "Coordinator": the first row's lead begun)
            if text == "?" and parts:
                parts[-1] += text  # (a question's mark wrapped alone: "Done" / "?")
            else:
                parts.append(text)
            found = self.cm.field_of(" ".join(parts)) or unfielded_name(" ".join(parts), self.vocab.p)
            if found is not None:
                best = (found, k + 1)
        return best if best[0] is not None else self.checked.name(block)

    def cells(self, block: list[Line]) -> list[BlockCell]:
        """A block's cells: under a column's name, that column's; else told by what they hold."""
        named, k = self.name(block)
        body = block[k:]
        if not body:
            return [BlockCell("name", block)]
        if named is None and (flags := flag_name_lines(block, self.vocab.p)):
            # (a completion flag column, "Completed?" / "(Y/N)" / "Y" / "N": no row's status cell)
            return [BlockCell("name", block[:flags]), *(BlockCell("other", [ln]) for ln in block[flags:])]
        head = [BlockCell("name", block[:k])] if k else []
        if (one_a_line := self._short_cells(named, body)) is not None:
            return head + one_a_line
        if named == "action" and self._all_refs(body):
            # (a title over the ref column's name, "Actions" / "Ref" / "A1" / "A2", or a narrow
            # column named "Action" holding only each row's ref, "1(a)", beside the column of
            # the actions' words: the codes are a ref column's, no action)
            return head + [BlockCell("code", [ln]) for ln in body]
        if named == "action" or (named is None and self._opens_action(body[0], body[1:2])):
            if named is None and self._reports_progress(body):
                return head + [BlockCell("other", body)]
            if named == "action" and (k := carried_lines(body, self._opens_action)):
                # (under the name printed again on a new page: the last row's action carried
                # over, then the next rows' actions, "him have moved on" / "Report to ...")
                return [*head, BlockCell("action", body[:k]), *self._split_actions(body[k:], under_name=True)]
            return head + self._split_actions(body, under_name=named == "action")
        if named == "ref" or self._all_refs(body):
            return head + [BlockCell("code", [ln]) for ln in body]
        if named is None and (k := carried_lines(body, self._opens_action)):
            return [*head, BlockCell("other", body[:k]), *self._split_actions(body[k:])]
        kind = named if named in FIELDS else "other" if named else self._kind(BlockCell("other", body).text)
        if named == "progress" and bar_state(BlockCell("other", body).text, self.vocab.p):
            kind = "status"  # (a Progress column printing bars states each row's state: plan.progress_bars)
        return head + self.split_values(kind, body)

    def _short_cells(self, named: str | None, body: list[Line]) -> list[BlockCell] | None:
        """A block of one-line cells of one column, one under the other: each line a status word
        or phrase ("Completed" / "Ongoing" / "Not yet started"), or each a date or a recurring
        time ("Dec 2013" / "June 2014", "Six-monthly" / "On publication"). Plain pdftotext
        prints a column's short cells of neighbouring rows as one block, so each line is a cell
        of its own, told by what it holds. A status block may stand under an outcome or progress
        column's name, whose cells are statuses when they hold nothing else; a date block only
        where no name heads it. "Ongoing" / "Complete" may be target dates or statuses: a block of
        nothing else is either, as the row's count says. None when the block is not such a column's."""
        texts = [flatten(ln.text).strip() for ln in body]
        if named in (None, "progress", "desired_outcome") and all(
            t[:1].isupper()
            and self.roles.is_status(t)
            and not self.roles.is_name(t)
            and not self.vocab.ref_only.match(t)  # ("A" / "B": a lettered ref column's codes)
            for t in texts
        ):
            if named is None and len(body) < 2:
                return None  # (a lone word: as its own kind says)
            # (a block of nothing but words a target date may hold, "Ongoing" / "Complete": either)
            kind = EITHER if all(self.roles.is_date(t) for t in texts) else "status"
            return [BlockCell(kind, [ln]) for ln in body]
        if named == "status" and len(body) >= 2 and all(lone_mark(t) for t in texts):
            # (a "Done?" column's marks, "✓" / "◐" / "✗": each a row's, read through the key)
            return [BlockCell("status", [ln]) for ln in body]
        if named is None and len(body) == 2 and self.dated_status(" ".join(texts)):
            # (a narrow status cell wraps its date under its word, "Completed" / "08/12/2023":
            # one cell, not two rows' targets, as the word alone names no day)
            return [BlockCell("status", body)]
        if (
            named is None
            and len(body) >= 2
            and all(self.whole_date(ln) or self.words.recurring.match(t) for ln, t in zip(body, texts))
        ):
            if all(self.words.recurring.match(t) for t in texts):
                return None  # (no date among them: a column of frequencies, not surely targets)
            return [BlockCell("target_date", [ln]) for ln in body]
        return None

    def split_values(self, kind: str, body: list[Line]) -> list[BlockCell]:
        """Cells of one column printed one under the other in a block: statuses part where a
        line opens with a capitalised status word ("Ongoing - ..."), leads where a line opens
        with the block's first line again ("Housing Options" / "Housing Options Team Leaders")."""
        if kind == "target_date" and len(body) >= 2 and all(self.whole_date(ln) for ln in body):
            return [BlockCell(kind, [ln]) for ln in body]  # dates one under the other: one a cell
        if kind not in ("status", "lead") or len(body) < 2:
            return [BlockCell(kind, body)]
        first = flatten(body[0].text).strip()
        cells = [BlockCell(kind, [body[0]])]
        for k, ln in enumerate(body[1:], 1):
            text = flatten(ln.text).strip()
            # (a status wrapped in a narrow column, "Not yet" / "started", opens after a whole one)
            after = f"{text} {flatten(body[k + 1].text).strip()}" if k + 1 < len(body) else text
            opens = (
                text[:1].isupper()
                and (
                    self.roles.opens_status(text)
                    or self.roles.is_status(cells[-1].text)
                    and self.roles.is_status(after)
                )
                if kind == "status"
                else len(first) > 3 and text.startswith(first)
            )
            if opens:
                cells.append(BlockCell(kind, [ln]))
            else:
                cells[-1].lines.append(ln)
        return cells

    def whole_date(self, ln: Line) -> bool:
        """The line is one date and nothing else ("March 2025", "On publication"), so it cannot
        be a wrapped part of a longer target ("By end of June" / "2023")."""
        text = flatten(ln.text).strip(" .")
        if self.roles.no_date.fullmatch(text) or self.iso.match(text):
            return True
        found = find_dates(text, self.roles.p)
        return len(found) == 1 and found[0].start == 0 and found[0].end >= len(text)

    def _kind(self, text: str) -> str:
        if (
            self.words.is_merged_label(text)
            or self.words.page_label.match(text)
            # (a column's name printed apart from its block; "In progress" is a status, not "Progress")
            or self.cm.is_header_words(text)
            and not (self.roles.is_status(text) or self.roles.opens_status(text))
            or len(text.split()) >= MIN_FOOT_WORDS
            and self.printed_again(text)
        ):
            return "other"
        # ("Ongoing" alone is a target date; "Complete - guide issued" a status)
        opens_status = self.roles.is_status(text) or self.roles.opens_status(text)
        if opens_status and self.dated_status(text):
            return "status"
        if percent_fit(text, self.vocab.p) or bar_state(text, self.vocab.p):
            return "status"  # (a share done, "75%", or a bar of it, "■■■□□": the row's state)
        if self.iso.match(text):
            return "target_date"  # ("2025-03-31": a spreadsheet's day)
        if self.roles.is_date(text) and not (opens_status and len(text.split()) > 2):
            # "Complete", "Ongoing": a target date's no-date word or a status, as the row's count says
            return EITHER if opens_status and not find_dates(text, self.roles.p) else "target_date"
        if opens_status:
            return "status"
        if find_dates(text, self.roles.p):
            # ("Quarterly from October 2024", "Within one month of June 2025"): a target, no body
            return "target_date" if len(text.split()) <= MAX_TARGET_WORDS else "other"
        if self.words.span.match(text):
            return "target_date"  # ("Within 6 months": a timescale from sign-off, no body's words)
        if self.words.month_alone.match(text) or self.roles.p.any_match("dates.quarters.year_end", text):
            return "target_date"  # (a month alone; "end of financial year": plan.reporting_year dates it)
        if self.roles.names_a_title(text):
            # (a running foot, "Lowmoor Trust – internal DHR plan", "Marlcombe DHR 04 – Action Plan",
            # printed once on a one-page plan)
            return "other"
        if self.roles.is_name(text) or self.roles.is_bare_name(text) and capitalised(text):
            return "lead"
        return "other"

    def dated_status(self, text: str) -> bool:
        """The cell is a state reached and the day it was reached: a completion word or a RAG
        rating, then a date ("Completed 08/12/2023", "Green 30/04/2024"). That is the status
        column's cell, whose date says when the rating was given, not a target date: a target
        cell's no-date words ("Complete", "Ongoing") stand alone. An open state followed by a
        date ("Ongoing - March 2025") may still be a revised target, and is left to its kind."""
        found = find_dates(text, self.roles.p)
        if not found or found[0].start == 0:
            return False
        state = text[: found[0].start].strip(" –—-:,")
        if not state or len(state.split()) > MAX_STATE_WORDS:
            return False
        return colour_alone(state) or status_words(state, self.roles.p) == "complete"

    def printed_again(self, text: str) -> bool:
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
        if not text[:1].isupper() or self.roles.opens_status(text) and not self.words.status_in_object(text):
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
            bare = word.rstrip(".,;:")
            participle = bare.endswith("ed") or bare in self.words.participles
            if participle and (word[-1] in ".,;:" or nxt in ("", *_CLOSING)):
                return False  # (a participle closing its clause; "Include refused visits" acts)
        return True

    def _reports_progress(self, body: list[Line]) -> bool:
        """A block whose later cell opens with a status word ("Delayed by staff absence; ...") is
        a column of progress updates, whatever its first words: pdftotext prints one column's
        cells in a block, and the action column holds no status."""
        for prev, ln in zip(body, body[1:]):
            text = flatten(ln.text).strip()
            ends = bool(SENTENCE_END.search(flatten(prev.text).strip()))
            if ends and text[:1].isupper() and self.roles.opens_status(text):
                return True
        return False

    def _opens_next_action(self, ln: Line, after: list[Line]) -> bool:
        """In a run of action cells, a line opening a sentence after one ended opens the next
        cell: the run is the action column's, so an action that opens without an imperative
        ("Quarterly audit of ...", "Reminder through ...") or with a participle after its object
        ("Audit referrals received from ...") is still one; a status word or a label opens none."""
        text = flatten(ln.text).strip()
        if self._opens_action(ln, after):
            return True
        words = text.split()
        labelled = any(
            w.endswith(":") for w in words[:LABEL_WORDS]
        )  # ("Plan owner: ...", a note under the table)
        return text[:1].isupper() and not self.roles.opens_status(text) and len(words) >= 2 and not labelled

    def _all_refs(self, body: list[Line]) -> bool:
        return all(
            self.vocab.ref_only.match(text) and not self._dotted_day(text)
            for text in (flatten(ln.text).strip() for ln in body)
        )

    def _dotted_day(self, text: str) -> bool:
        """A day written with dots, "12.09.24": a date column's cell, no ref (a ref's parts are not
        padded to two digits, and "12.09.24" reads as no day only where the month is no month)."""
        return bool(DOTTED_DAY.fullmatch(text)) and len(find_dates(text, self.roles.p)) == 1

    def _split_actions(self, body: list[Line], under_name: bool = False) -> list[BlockCell]:
        """`under_name`: the block opens under the action column's printed name."""
        if under_name and (short := self.headlines(body)) is not None:
            return short
        cells: list[BlockCell] = []
        for k, ln in enumerate(body):
            last = flatten(cells[-1].lines[-1].text).strip() if cells else ""
            # (a finished action's cell closes with its marker, "... course. (closed)", not a stop)
            ends = bool(SENTENCE_END.search(last) or closed_mark(last, self.vocab.p))
            coded = bool(self.vocab.action_ref.match(flatten(ln.text).strip()))  # ("1.2 Audit ...")
            if not cells or coded or ends and self._opens_next_action(ln, body[k + 1 : k + 2]):
                cells.append(BlockCell("action", [ln]))
            else:
                cells[-1].lines.append(ln)
        # (a block holding one cell opened by an imperative: a short action still, "Train
        # community midwives"; in a run, a short part is a wrapped line's)
        least = (
            MIN_LONE_ACTION_WORDS
            if len(cells) == 1 and self._opens_action(body[0], body[1:2])
            else MIN_ACTION_WORDS
        )
        return [c for c in cells if len(c.text.split()) >= least or self.vocab.action_ref.match(c.text)]

    def unstopped_parts(self, cell: BlockCell) -> list[BlockCell]:
        """An action cell whose lines carry no full stop, parted where an action opens a line
        (plan.carried_cells.unstopped_runs): action cells written without full stops, run
        together in one block ("Deliver refresher training for officers" / "Supervisors to ...")."""
        runs = unstopped_runs(cell.lines, self._opens_action)
        return [cell] if len(runs) == 1 else [BlockCell(cell.kind, run) for run in runs]

    def headlines(self, body: list[Line]) -> list[BlockCell] | None:
        """The block under the action column's name read as a list of headline cells, one a
        line unless wrapped, when it holds several (one action wrapped over two lines, "Issue a
        practice direction on repeat" / "DASH completion", is no list)."""
        cells = self.short_actions(body)
        return cells if cells is not None and len(cells) >= MIN_HEADLINES else None

    def short_actions(self, body: list[Line]) -> list[BlockCell] | None:
        """The action column's cells written as short headlines without a full stop ("Policy
        reissued; compliance audit" / "Bail conditions to be diarised and victims" / "informed"),
        one under the other under the column's name: each line opening with a capital after a
        line that did not break off on a joining word opens the next cell. None where any line
        ends a sentence (the cells are sentences: a sentence's end parts them) or a cell would
        not be short."""
        texts = [flatten(ln.text).strip() for ln in body]
        if not texts or any(SENTENCE_END.search(t) or self.vocab.ref_only.match(t) for t in texts):
            return None
        cells: list[BlockCell] = []
        for ln, text, prev in zip(body, texts, ["", *texts]):
            if not cells or text[:1].isupper() and not _carries(prev):
                cells.append(BlockCell("action", [ln]))
            else:
                cells[-1].lines.append(ln)
        if any(len(c.lines) > MAX_SHORT_LINES or self.roles.opens_status(c.text) for c in cells):
            return None
        return cells
