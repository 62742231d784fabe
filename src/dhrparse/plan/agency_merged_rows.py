"""A narrower plan table whose first column names the agency asked to act, merged down over
that agency's rows, the recommendation's number beside it and no Lead column ("Agency | Rec |
Action | Target | Status"), in text taken out a printed line at a time (the cells of a table
line joined by single spaces): a thematic review's plan whose recommendations are numbered on
through the agencies' headings.

Each row's first printed line holds its number, its action's first words, its date and its
status ("Oakhurst and Fenbury 1 Appoint a GP lead ... Jun-25 Complete"); the agency's name opens
the first line of its first row and wraps onto the lines under it, beside the action's later
words ("Integrated Care Board network"). Where the name ends on such a line is told by the
names the report prints whole (its agencies' headings over their recommendations): the words
that complete a printed name are the agency's, the rest the action's. A name no printed line
completes, a line whose words could still be the name's, or a first line without its date and
status leaves the table to the other readers (a wrong action is worse than a missing one).

The rows are handed on as cells under the printed header's names (the agency's column read as
the lead's, as in a table printed with its cells), the agency on every row of its merged cell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.plan.joined_reader import JoinedReader
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.narrow_rows import whole_sentence
from dhrparse.plan.narrow_sections import NarrowLayout
from dhrparse.plan.tables import JOINING_WORDS, header_form
from dhrparse.plan.tracker_shapes import TrackerShapes
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.vocab.dates import find_dates

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.patterns import Patterns
    from dhrparse.plan.plan_lines import PlanLines

MIN_ROWS = 3  # fewer rows are too few to tell a merged agency column from a stray line
NAME_WORDS = 12  # the most words of an agency's printed name
AFTER = ("target_date", "status")  # the short cells after the action, each on the row's first line
_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2})?$")


class AgencyMergedRows(NarrowLayout, JoinedReader):
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        super().__init__(lines, p, heading_lines, line_spaced)
        self.headings = set(heading_lines)
        self.ref = PlanVocabulary.of(p).ref_word_whole  # (what NarrowLayout's body asks of a ref)
        self.who = {w.lower() for w in p.list("actions.who_headers")}
        status = TrackerShapes(p).status_rx.pattern.removeprefix("^")
        self.status_end = regex.compile(rf"(?:^|\s){status}\s*$", regex.I)

    def _band_over_row(self, lines: list[Line], j: int) -> bool:
        """No band names the agency of the rows under it: the agency's own column does (its
        wrapped words, "Integrated Care Board network", open no section)."""
        return False

    def _columns_of(self, text: str, cols: list[str]) -> list[str] | None:
        """The header's columns, a who word ("Agency") first before the recommendation's
        number column, then the action and only short dated or status columns after it; None
        for any other header."""
        form = header_form(self.pl.flat(text))
        first = next(self.pl.cm.name_search.finditer(form), None)
        if first is None or form[: first.start()].strip(" .:") not in self.who:
            return None
        if "lead" in cols or cols[:2] not in (["recommendation", "action"], ["ref", "action"]):
            return None
        if not cols[2:] or any(c not in AFTER for c in cols[2:]) or len(set(cols)) != len(cols):
            return None
        return ["lead", *cols]

    def _table(self, lines: list[Line], i: int, header) -> tuple[list[Line], int] | None:
        cols = self._columns_of(lines[i].text, header[0])
        if cols is None:
            return None
        # (a row's first line, "2 Write the guide ... Sep-25 On track", taken for a numbered
        # heading by the report's segmentation ends no table)
        rows_like = {
            ln.number
            for ln in lines[header[2] :]
            if ln.number in self.headings and self._first_line(self.pl.flat(ln.text), cols) is not None
        }
        self.heading_lines = self.headings - rows_like
        body, j, sections = self._body(lines, i, header[0], header[2])
        if sections or len(body) < MIN_ROWS:
            return None
        texts = [self.pl.flat(lines[k].text) for k in body]
        firsts = [self._first_line(t, cols) for t in texts]
        last = max((n for n, f in enumerate(firsts) if f is not None), default=0)
        # (the report's paragraph after the table, a sentence of its own under the last row: the
        # table ends before it, its lines left as printed)
        end = next((n for n in range(last + 1, len(texts)) if whole_sentence(texts[n])), len(texts))
        if end < len(texts):
            body, texts, firsts, j = body[:end], texts[:end], firsts[:end], body[end]
        if firsts[0] is None or sum(f is not None for f in firsts) < MIN_ROWS:
            return None
        numbers = [float(f[1]) for f in firsts if f is not None]
        if numbers != sorted(numbers):
            return None
        names = self._printed_names(lines, i, j)
        rows = _AgencyCells(firsts, texts, names).rows()
        if rows is None:
            return None
        names_out = self._header_names(lines[i].text, cols)
        if names_out is None:
            return None
        out = [cells_line(lines[i], names_out)]
        blank = [""] * len(cols)
        for k in range(i + 1, j):
            at = body.index(k) if k in body else None
            cells = rows.get(at) if at is not None else None
            out.append(cells_line(lines[k], cells if cells is not None else blank))
        return out, j

    def _header_names(self, text: str, cols: list[str]) -> list[str] | None:
        """The header's printed names, one a column (the who word first)."""
        form = self.pl.flat(text)
        found = list(self.pl.cm.name_search.finditer(header_form(form)))
        if len(found) != len(cols) - 1:
            return None
        words = form.split()
        return [words[0], *(m.group(0).strip().capitalize() for m in found)]

    def _first_line(self, text: str, cols: list[str]) -> tuple[str, str, str, list[str]] | None:
        """(agency words, number, action words, the short cells) of a row's first line: the
        number after a name's capitalised words (or none), the action opening with a capital,
        the line ending in a date and a status word as the columns after the action ask."""
        words = text.split()
        at = next((n for n, w in enumerate(words) if _NUMBER.match(w)), None)
        if at is None or at + 1 >= len(words) or not words[at + 1][:1].isupper():
            return None
        if not _name_words(words[:at]):
            return None
        rest = " ".join(words[at + 1 :])
        tail: list[str] = []
        for col in reversed(cols[3:]):
            cut = self._cut_end(rest, col)
            if cut is None:
                return None
            rest, cell = cut
            tail.insert(0, cell)
        if not rest:
            return None
        return " ".join(words[:at]), words[at], rest, tail

    def _cut_end(self, text: str, col: str) -> tuple[str, str] | None:
        """`text` without the cell of `col` its end prints, and that cell."""
        if col == "status":
            m = self.status_end.search(text)
            return (text[: m.start()].strip(), m.group(0).strip()) if m else None
        dates = find_dates(text, self.p)
        if not dates or text[dates[-1].end :].strip():
            return None
        return text[: dates[-1].start].strip(), text[dates[-1].start :].strip()

    def _printed_names(self, lines: list[Line], i: int, j: int) -> set[str]:
        """The short lines the report prints outside the table (its agencies' headings)."""
        out = set()
        for n, ln in enumerate(lines):
            if i <= n < j or ln.cells is not None:
                continue
            text = " ".join(self.pl.flat(ln.text).split())
            if 0 < len(text.split()) <= NAME_WORDS:
                out.add(text.lower())
        return out


def _name_words(words: list[str]) -> bool:
    """Whether words read as (the opening of) a body's name: each capitalised or a small word."""
    return all(w[:1].isupper() or w.lower() in JOINING_WORDS for w in words) and (
        not words or words[0][:1].isupper()
    )


class _AgencyCells:
    """The rows' cells: each first line's, the lines under it given to the agency's name
    while they complete a name the report prints, the rest to the action."""

    def __init__(self, firsts, texts: list[str], names: set[str]):
        self.firsts, self.texts, self.names = firsts, texts, names
        self.wholes = names
        # (every printed name's first words: a name wrapped over lines is one of them till it ends)
        self.openings = {" ".join(n.split()[:k]) for n in names for k in range(1, len(n.split()))}

    def rows(self) -> dict[int, list[str]] | None:
        out: dict[int, list[str]] = {}
        agency, whole = "", True
        group: list[list[str]] = []  # (the rows under the agency's merged cell so far)
        for n, text in enumerate(self.texts):
            first = self.firsts[n]
            if first is not None:
                words, number, action, tail = first
                if words and (whole or not self._extends(agency, words)):
                    if not whole:
                        return None  # (the name before ended unfinished)
                    agency, group = words, []
                elif words:
                    agency = f"{agency} {words}"
                whole = self._whole(agency)
                out[n] = [agency, number, action, *tail]
                group.append(out[n])
            else:
                words = text.split()
                k = 0 if whole else self._taken(agency, words)
                if k is None:
                    return None
                if k:
                    agency = f"{agency} {' '.join(words[:k])}"
                    whole = self._whole(agency)
                if words[k:]:
                    group[-1][2] = f"{group[-1][2]} {' '.join(words[k:])}"
            for cells in group:
                cells[0] = agency
        return out if whole else None

    def _whole(self, name: str) -> bool:
        return name.lower() in self.wholes

    def _extends(self, agency: str, words: str) -> bool:
        joined = f"{agency} {words}".lower()
        return joined in self.wholes or joined in self.openings

    def _taken(self, agency: str, words: list[str]) -> int | None:
        """How many of a later line's first words go on the agency's unfinished name: the
        most that complete it, else the most that still open a printed name; None where none
        do and the line opens as a name's word could (no way to tell where the name ends)."""
        best = None
        for k in range(len(words), 0, -1):
            joined = f"{agency} {' '.join(words[:k])}".lower()
            if joined in self.wholes:
                return k
            if best is None and joined in self.openings:
                best = k
        if best is not None:
            return best
        return None
