"""Recommendation statements printed in a plan ("Recommendation 2: The partnership should ..."),
above the rows of actions that answer them, and the lines that continue them."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dhrparse.document import Line
from dhrparse.plan.tables import PlanTable
from dhrparse.sentence_ends import SENTENCE_CELL_END as _SENTENCE_END
from dhrparse.vocab.refs import display_ref

REC_LINE_MIN = 70  # a recommendation statement printed full width continues on lines this long
_DASH_ITEM = regex.compile(r"^\s*[-•]\s")


@dataclass
class Statement:
    ref: str
    lines: list[str]
    line_start: int
    line_end: int
    page: int | None
    table: PlanTable | None = None  # the table it was printed in
    section: str | None = None  # the agency section heading printed just above it
    confirmed: bool = False  # a table of actions follows it (a statement in prose is not the plan's)
    # the characters its label printed before its words on its first line ("Recommendation 2 — "):
    # the first line's printed length is the label's and the words' together
    label_chars: int = 0

    def add(self, text: str, ln: Line) -> None:
        self.lines.append(text)
        self.line_end = ln.number


class Statements:
    """Every statement read, the one still open, and the one waiting for its table's header."""

    def __init__(self, cell_ends: bool, width: int):
        self.cell_ends, self.width = cell_ends, width
        self.all: list[Statement] = []
        self.open: Statement | None = None
        self.pending: Statement | None = None  # a statement printed before its table's header
        self.last_len = 0  # printed length of the statement's last line
        self.ended = False  # the open statement's paragraph has ended (its closing line was read)
        self.label_alone = False  # the open statement's label printed alone on its line

    def start(self, m: regex.Match, ln: Line, table: PlanTable | None, section: str | None, confirmed: bool):
        self.open = Statement(
            ref=display_ref(m.group("ref")) or m.group("ref"),
            lines=[m.group("text").strip()],
            line_start=ln.number,
            line_end=ln.number,
            page=ln.page,
            table=table,
            section=section,
            confirmed=confirmed,
            label_chars=len(m.group(0).lstrip()) - len(m.group("text")) if m.group("text").strip() else 0,
        )
        self.all.append(self.open)
        self.last_len = len(ln.raw.strip())
        self.ended = False
        # (a label closing a sentence, "... asking it to consider" / "Recommendation 5.", cites
        # one: no words of a statement follow it)
        self.label_alone = not m.group("text").strip() and not ln.text.rstrip().endswith(".")

    def close(self) -> None:
        self.open = None

    def confirm_run_above(self, doc, header_line: int) -> list[Statement]:
        """The statements printed one after another straight above the plan's first table, at
        most a short title line ("Action tracker") between the last and the header, are the
        plan's own: a plan that lists its recommendations before one table of actions for them
        all. Returns the run (empty where none stands there)."""
        if not self.all or self.all[-1].line_end >= header_line:
            return []
        between = _printed_between(doc, self.all[-1].line_end, header_line)
        if len(between) > 1 or any(not _title_like(t) for t in between):
            return []
        run = [self.all[-1]]
        for before in reversed(self.all[:-1]):
            if _printed_between(doc, before.line_end, run[0].line_start):
                break
            run.insert(0, before)
        for statement in run:
            statement.confirmed = True
        return run

    def take_pending(self) -> Statement | None:
        """The statement a new table's header answers, now confirmed as the plan's."""
        rec, self.pending = self.pending, None
        if rec is not None:
            rec.confirmed = True
        return rec

    def continue_with(self, ln: Line, text: str) -> bool:
        """Read a plain line into the open statement, when it continues it."""
        if self.open is None:
            return False
        closing = self._closes(ln, text)
        if not closing and not self._continues(ln, text):
            return False
        self.last_len = len(ln.raw.strip())
        self.open.add(text, ln)
        self.ended = closing  # its paragraph ends on this line: only a dash item carries it on
        return True

    def _closes(self, ln: Line, text: str) -> bool:
        """The closing line of a statement wrapped at the page width, however short: it carries
        an unfinished sentence on in lower case and is printed without a trailing space (a
        line with one is wrapped cell text, not the statement's end)."""
        return (
            text[:1].islower()
            and self.last_len >= REC_LINE_MIN
            and not _SENTENCE_END.search(self.open.lines[-1].rstrip())
            and not ln.raw.endswith((" ", "\t"))
        )

    def _continues(self, ln: Line, text: str) -> bool:
        if _DASH_ITEM.match(text):
            return True
        if self.ended:
            return False
        prev = self.open.lines[-1].rstrip()
        if self.label_alone and not "".join(self.open.lines).strip() and text[:1].isupper():
            return True  # (its label printed alone on its line: "Recommendation 2" over its words)
        words = text.split()
        wrapped = self.last_len + 1 + len(words[0] if words else "") > 0.95 * self.width
        if self.cell_ends:  # the statement is printed full width; cell text is narrow
            # (a line of it cut short before a long word is still its own where the line above
            # could not take that word, its sentence unended)
            return len(ln.raw.rstrip()) >= REC_LINE_MIN or (wrapped and not _SENTENCE_END.search(prev))
        # PDF/Word: one paragraph per statement, or lines wrapped mid-sentence at the page width;
        # a statement that has ended is followed by cell text printed out of place
        if prev.endswith(":"):
            return True
        return wrapped and not _SENTENCE_END.search(prev)


TITLE_WORDS = 5  # a table's own title over its header is this short ("Action tracker")


def _printed_between(doc, after: int, before: int) -> list[str]:
    """The texts of the non-blank lines printed between two line numbers."""
    out = []
    for n in range(after + 1, before):
        ln = doc.line_numbered(n)
        if ln is not None and ln.text.strip():
            out.append(ln.text.strip())
    return out


def _title_like(text: str) -> bool:
    """A short line that ends no sentence: a table's title, not prose."""
    return len(text.split()) <= TITLE_WORDS and not _SENTENCE_END.search(text)
