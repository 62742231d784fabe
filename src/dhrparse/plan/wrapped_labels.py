"""Label boxes whose label column wraps its labels, in text taken out a printed line at a time
(pdfplumber's lines, the two cells of a box's printed line joined by a single space).

A plan set as one two-column box per recommendation (a narrow label column, "Actions to be
taken" / "Person responsible" / "Target completion date", beside its values) prints a label too
long for its column over two or three lines, each line's label words joined to that line's value
words:

    Actions to be 1. Add a prompt for a private conversation to the health visiting record.
    taken 2. Review twenty records each quarter to see whether the question was asked.
    Target 1. 31 May 2024
    completion 2. 31 March 2025
    date

The label's later words open the lines below in lower case. Where a line's opening words and the
next printed lines' opening lower-case words make one of the plan's column names exactly, the
name is put back whole at the head of its first line and its pieces taken off the lines below (a
line left empty is dropped), so plan.labelled_blocks reads "Actions to be taken 1. Add ..." as a
labelled field as it reads an unwrapped one. A report holding fewer than MIN_WRAPPED such labels
is left alone: one sentence's words may chance to make a name with the next line's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dhrparse.document import BLANK

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.plan.tables import ColumnMap

MIN_WRAPPED = 3  # wrapped labels in a report at least (a box prints several)
HEAD_WORDS = 4  # the most words of a label on its first line
PIECE_WORDS = 2  # ... and on each line below
LINES = 3  # the most printed lines a label runs over


class WrappedLabels:
    def __init__(self, cm: ColumnMap):
        self.cm = cm

    def rewrite(self, lines: list[Line]) -> list[Line]:
        printed = [
            i for i, ln in enumerate(lines) if ln.kind != BLANK and ln.text.strip() and ln.cells is None
        ]
        new: dict[int, str] = {}
        for n, i in enumerate(printed):
            if i in new:
                continue
            got = self._label(lines, printed[n : n + LINES])
            if got is not None:
                new.update(got)
        if sum(1 for text in new.values() if text is not None and text.strip()) < MIN_WRAPPED:
            return lines
        out = []
        for i, ln in enumerate(lines):
            text = new.get(i, ln.text)
            if text.strip():
                out.append(ln if i not in new else replace(ln, text=text))
            elif i not in new:
                out.append(ln)
        return out

    def _label(self, lines: list[Line], run: list[int]) -> dict[int, str] | None:
        """The run's lines rewritten where its first line's opening words and the next lines'
        opening lower-case words make a column name exactly (the longest such name); None where
        they make none."""
        words = [lines[i].text.split() for i in run]
        best = None
        if len(words) < 2 or not words[0][0][:1].isupper():
            return None
        for k in range(1, min(HEAD_WORDS, len(words[0])) + 1):
            if not self._known(words[0][:k]):
                break
            best = self._completed(words, k) or best
        if best is None:
            return None
        k, takes = best
        name = " ".join(words[0][:k] + [w for n, m in enumerate(takes, 1) for w in words[n][:m]])
        out = {run[0]: " ".join([name, *words[0][k:]])}
        for n, m in enumerate(takes, 1):
            out[run[n]] = " ".join(words[n][m:])
        return out

    def _known(self, words: list[str]) -> bool:
        """Every word a column name's word ("Actions", "to", "be")."""
        return all(w.lower() in self.cm.vocabulary for w in words)

    def _completed(self, words: list[list[str]], k: int) -> tuple[int, list[int]] | None:
        """(k, the words taken from each line below) where the first line's k words and the
        lower-case words opening the lines below make a column name exactly."""
        found = None
        head = words[0][:k]
        takes: list[int] = []
        for n in range(1, len(words)):
            pieces = words[n]
            hit = None
            for m in range(1, min(PIECE_WORDS, len(pieces)) + 1):
                if not (pieces[m - 1].isalpha() and pieces[m - 1].islower() and self._known(pieces[:m])):
                    break
                hit = m
                if self.cm.names_exactly(" ".join(head + pieces[:m])):
                    found = (k, [*takes, m])
            if hit is None:
                break
            head = head + pieces[:hit]
            takes.append(hit)
        return found
