"""A partnership's or board's tracker sheet in text taken out a printed line at a time (every
printed line followed by a blank line, the cells of a table line joined by single spaces):
"Ref | Recommendation | Action | Lead | Target date | Progress | RAG", a row per action, often
over several reviews, its cells wrapping over many printed lines.

Where the cells' later lines cannot be told apart, each row's first printed line still can:
every cell opens there, at its column's left edge, with a capital or a digit (the first cell
after the ref may carry a merged recommendation on, in lower case), and the long cells fill
that line to their column's width. The reader:

1. finds the rows: a printed line opening with a row ref ("1", "2.1", "1a", "R3");
2. cuts every row's first line into its cells where the cuts agree across the rows (each
   column as wide as its widest first line, the narrowest table holding them all: the words
   measured in the typeface the report is set in, vocab.type_widths) and where the cells read
   as their columns do (a date in the date column, a status word or RAG colour in the status
   column);
3. keeps the table only when nearly every row's date and status cells read so, and the action
   (or, with no action column, the recommendation) opens each row. A column no field is for printed
   before the action ("Learning identified") may be merged over the actions answering it: a
   row leaving it empty opens with its action, so the cut does not give that column the
   action's imperative ("Add a") nor leave the action's cell empty. A response column there
   ("Trust response": "Accepted in part: the Trust will ...", empty on a later action) opens
   with its verdict, and the action opens where the line proves it: at the verdict's end
   ("Accepted." | "Rewrite ...") or at the verb after the response's prose, never inside it.

Each row goes on as one cell row holding its cells' first lines (a cell's opening words: what
an action or a recommendation is found by, and the whole of a short ref, lead, date or status
cell); the other printed lines stay as empty rows, so every printed line keeps its own Line.
A table read so is marked with a warning for the walk (the cells' later lines are not read);
a table the cuts do not read clearly is left as printed.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.agency_bands import is_band
from dhrparse.plan.joined_reader import JoinedReader
from dhrparse.plan.numbered_actions import NumberedActions
from dhrparse.plan.printed_twice import running_texts
from dhrparse.plan.tracker_bands import TrackerBands
from dhrparse.plan.tracker_carries import TrackerCarries
from dhrparse.plan.tracker_first_lines import FirstLine, action_astray, cut_first_line, cut_first_lines
from dhrparse.plan.tracker_header import TrackerHeaders
from dhrparse.plan.tracker_merges import TrackerMerges
from dhrparse.plan.tracker_refs import TrackerRefs
from dhrparse.plan.tracker_shapes import (
    FIRST_LINES,
    TrackerShapes,
    banded_rows,
    extra_role,
    joined_ref,
)
from dhrparse.plan.tracker_table import TrackerTable
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.plan.wrapped_columns import NamedColumns
from dhrparse.vocab.alternation import literal_alternation

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.plan_lines import PlanLines

# (read by the other plan readers and the tests under their first names)
__all__ = [
    "FIRST_LINES",
    "TrackerRows",
    "TrackerShapes",
    "action_astray",
    "banded_rows",
    "cut_first_line",
    "extra_role",
    "FirstLine",
    "joined_ref",
    "cut_first_lines",
]


class TrackerRows(
    TrackerTable, TrackerRefs, TrackerMerges, NumberedActions, TrackerCarries, TrackerBands, JoinedReader
):
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        super().__init__(lines, p, heading_lines, line_spaced)
        self.ref = PlanVocabulary.of(p).ref_word_whole
        # a recommendation's number in words ("One"), a row's ref only in a table whose rows open so
        self.word_ref = regex.compile(rf"^(?:{p.get('actions.plan.ref_word', '(?!x)x')})$")
        self.worded = False
        # the word before a recommendation's number in its cell ("Recommendation 2")
        self.label = regex.compile(rf"^(?i:{p.get('actions.plan.ref_label')})$")
        self._shapes: TrackerShapes | None = None
        # the first lines of rows answering a recommendation not accepted, left out of the cut
        # of a table read (plan.refused_rows): told by the plan reader, never dropped in silence
        self.refused: list[Line] = []
        self.headers = TrackerHeaders(lines.cm, p)
        self.named = NamedColumns(lines.cm, p)
        who = literal_alternation(p.list("actions.who_headers"), longest_first=True)
        kinds = literal_alternation(p.list("actions.tracker.review_kinds"))
        self.review_kind = regex.compile(rf"^(?:{kinds})$", regex.I)
        self.who = regex.compile(rf"(?<![\w-])(?:{who})(?![\w-])", regex.I)
        self.outcome_names = [
            set(regex.findall(r"[\w/]+", n.lower())) for n in p.list("actions.tracker.outcome_names")
        ]
        self.modals = {w.lower() for w in p.list("actions.tracker.recommendation_modals")}
        # an action's number printed after its recommendation's at the head of the action's
        # cell ("R1 A1"): the two together are the action's ref
        self.action_head = regex.compile(p.get("actions.tracker.action_number", "(?!x)x"))
        # the name of a column numbering the recommendations beside the row's ref ("Rec no.", "SAR rec")
        self.rec_number_header = regex.compile(
            p.get("actions.recommendation_number_header", "(?!x)x"), regex.I
        )
        self.sections: dict[int, int] = {}  # agencies' headings in a table: {heading: its header}
        self._wraps: set[str] = set()  # the texts of the lines the table's header wraps onto
        # the RAG colours a status column prints ("Amber"), patterns' `status.rag`
        self.rag_words = {w.lower() for w in (p.get("actions.status.rag") or {})}

    @cached_property
    def _status_opening(self) -> regex.Pattern:
        """A status phrase opening a line ("Not started", "Complete")."""
        return TrackerShapes(self.p).status_rx

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if not self.on:
            return lines
        # (a header dating a column or naming one no field is for is read here only)
        lines = self.pl.lines = self.headers.strip(lines)
        return self.headers.restore(self.pl.rewrite_at_headers(lines, self._table))

    def _body(
        self, lines: list[Line], cols: list[str], nxt: int, bands: bool = False
    ) -> tuple[list[int], int]:
        """The table's printed lines (the header printed again on a later page left out), and
        the index after the table: it runs to the report's next heading. A header printed again
        under an agency's heading opens that agency's part of the plan (`self.sections`: the
        heading's index, kept as printed, and the header's)."""
        body: list[int] = []
        j = nxt
        running = None  # (texts printed more than once: a running head or foot)
        banded = False  # (a band across the table opened it)
        while j < len(lines) and lines[j].cells is None:
            # (a band naming the rows' agency, kept: plan.agency_bands; only in a table a band opens,
            # where a lead's last line, "Northvale Police", is not taken for one)
            if (banded or not body) and is_band(self.pl, lines, j, self._opens_row, self.ref):
                banded = True
                self.sections[j] = j
                j += 1
                continue
            if lines[j].number in self.heading_lines:
                if not (bands and self._band_over_rows(lines, j)):
                    break
                j += 1  # (a band across the table naming its rows' kind: no row's line)
                continue
            again = self.pl.header_at(j) if self.pl.cm.is_header_words(lines[j].text) else None
            if again is not None and again[0] == cols:
                if running is None:
                    running = running_texts(self.pl, lines)  # (plan.printed_twice)
                h = len(body) - 1
                while h > 0 and body[h] == j - len(body) + h and lines[body[h]].text.strip() in running:
                    h -= 1  # (the page's running foot or head, printed between the heading and the header)
                if (
                    h >= 0
                    and body[h] == j - len(body) + h
                    and self._opens_row(lines, again[2])  # (else a row the page broke goes on)
                    and self.pl.is_agency_heading(
                        body[h], self.pl.flat(lines[body[h]].text), over_header=True
                    )
                ):
                    self.sections[body.pop(h)] = j
                j = again[2]
                # (the header's long names wrapped under it again, "recommen" / "dation i.e.")
                while (
                    j < len(lines) and lines[j].cells is None and self.pl.flat(lines[j].text) in self._wraps
                ):
                    j += 1
                continue
            body.append(j)
            j += 1
        return body, j

    def _band_over_rows(self, lines: list[Line], j: int) -> bool:
        """Heading line j is a band across a RAG-rated table ("Single agency recommendations"):
        the next line opens a row with its number and a RAG colour."""
        if j + 1 >= len(lines) or lines[j + 1].cells is not None:
            return False
        words = self.pl.flat(lines[j + 1].text).split()
        return len(words) > 2 and self._ref_at(words, False) == 0 and self._rag_word(words[1])

    def _columns(self, cols: list[str], printed: str, first: str) -> list[str]:
        """The header's columns, a column of who acts counted as the lead ("No. | Recommendation
        | Agency | Action ..."): the header names no lead column otherwise. A header's wrapped
        line completes the names above it ("Rec" / "No.", "RAG" / "status"), adding no column."""
        above = self.pl.cm.scan(first)
        if len(above) < len(cols) and set(above) == set(cols):
            cols = above
        if "lead" in cols:
            return cols
        found = [m for m in self.who.finditer(printed)]
        if len(found) != 1:
            return cols
        before = self.pl.cm.scan(printed[: found[0].start()])
        after = self.pl.cm.scan(printed[found[0].end() :])
        if not before or (after and after[0] == before[-1]) or before + after != cols:
            return cols
        return [*before, "lead", *after]
