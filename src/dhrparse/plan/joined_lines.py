"""A plan table's printed lines with their cells joined (pdfplumber's text of a wide table),
as the joined-line readers hold them: each line's words with their widths in a typeface, the
cuts made into cells' lines, and the rows those cuts give (plan.joined_cells reads them)."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from dhrparse.vocab.type_widths import Face

NEVER = float("inf")
REF = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-Za-z]\d?[.)])$")
# a word that may open a cell: a capital, a number, a bracket, a bullet or a quote mark, or a
# progress bar's square ("■■■□□": plan.progress_bars)
CELL_OPENS = regex.compile(r"^[\p{Lu}\d(•\-–*\"'‘“■□]")
# a bullet printed as a word of its own ("• Write to ..."): its item's words follow it in its
# cell, so no cell's line ends on it (the PDF tools' private-use bullets are "•" once cleaned)
BULLET = "•"
MIN_ROWS = 2  # a table of fewer numbered rows gives too few first lines to measure its columns
MIN_COLUMNS = 6  # fewer columns are not the wide template (other readers take them)
OVER = 1.02  # a printed line may run this much past its column (kerning, rounding)
OVER_COST = 4.0  # a cell's line wider than its column, in the cuts' costs
SENTENCE_ENDS = (".", ";", ":", "!", "?")
MAX_FIRST_WORDS = 10  # the most words a cell's first printed line holds


@dataclass
class CellCut:
    column: int
    start: int
    end: int
    opens: bool  # a new cell opens here (not its cell carried on)


@dataclass
class JoinedRow:
    first: int  # the index of its first printed line
    parts: list[list[list[str]]] = field(default_factory=list)  # action rows, each a list of cells' words
    firsts: list[int] = field(default_factory=list)  # the first printed line of each action row
    # per action row and column, each of its cell's printed lines as (its width, its first word's)
    lines: list[list[list[tuple[float, float]]]] = field(default_factory=list)


class LineWords:
    """One printed line's words and their widths in a typeface."""

    def __init__(self, text: str, face: Face, opening: int | None = None):
        self.words = text.split()
        self.opening = opening  # where a row's Scope cell opens, on a row's first line no number opens
        self.widths = [face.width(w) for w in self.words]
        self.space = face.space
        self.sums = [0.0]
        for w in self.widths:
            self.sums.append(self.sums[-1] + w)

    def width(self, a: int, b: int) -> float:
        return self.sums[b] - self.sums[a] + (b - a - 1) * self.space
