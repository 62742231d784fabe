"""A plan row's words as the cell programme (`cell_segments.RowCells`) reads them: each word
with where it stands in its printed line, the places a cell may start, and what runs of words
say about the cells holding them (a name, a role or body, a digit), counted once per row."""

from __future__ import annotations

from functools import cache
from itertools import accumulate
from typing import NamedTuple

import regex

from dhrparse.plan.interleaved import SMALL, PrintedLine
from dhrparse.plan.wrapping import JOINING_WORDS

MID_WORDS = 12  # cells share a printed line near its start ("June 2022 Completed", "training Lead GP 01/03/2013 Given")
OPENS = regex.compile(r"^[\p{Lu}\d(•\-–*▪●◦\"'‘“■□]")  # (■□: a progress bar, plan.progress_bars)
_QUOTES = "(\"'‘“"
ASCII_DIGITS = frozenset("0123456789")
# characters no Unicode table takes for a digit: ASCII but 0-9, the Latin-1 signs and letters
# but the superscripts and fractions (¹²³¼½¾), the general punctuation (• ’ “ – …)
NO_DIGIT = frozenset(
    chr(c)
    for c in (*range(0x80), *range(0xA0, 0x100), *range(0x2010, 0x205F))
    if chr(c) not in ASCII_DIGITS and chr(c) not in "\u00b2\u00b3\u00b9\u00bc\u00bd\u00be"
)


class Word(NamedTuple):
    text: str
    line_start: bool  # the first word of a printed line
    after_cell_end: bool  # the line before was printed without a trailing space (a cell's end)


_new_word = tuple.__new__  # (a _Word built without NamedTuple's Python constructor)


class RowWords:
    """One row's words, the places a cell may start, and what each word says about the cells
    holding it. The programme asks about the same runs of words for every column, so a run's
    text and whether it reads as a name (`interleaved._name_like`) are worked out once, the
    latter from its words: a run is a name when each word could be part of one."""

    def __init__(self, words: list[Word], cuts: list[int], lead_words: set[str]):
        self.words = words
        self.points = [0] + cuts + [len(words)]
        self._texts: dict[tuple[int, int], str] = {}
        self.text_costs: dict[tuple[int, int], float] = {}  # a free-text cell's fit, by its span
        # per end point, the near starts of a free-text cell and their fits (see RowCells._text_starts)
        self.text_starts: dict[int, list[tuple[int, float]]] | None = None
        # (start, end of its first four words at most) -> the cell opens with a status word
        self.status_opens: dict[tuple[int, int], bool] = {}
        self._plain = plain = [w.text for w in words]
        lowered = [t.lower() for t in plain]
        roles = [lw.strip(",.()") in lead_words for lw in lowered]
        # running counts: words that cannot be part of a name, words naming a role or body
        self.not_name = [0, *accumulate(_not_name_words(plain, lowered, roles))]
        self.role = [0, *accumulate(roles)]
        # by a cell's past-last word: what its end costs a free-text cell (`_end_cost`)
        self.text_end = [0.0, *(1.5 if lw in JOINING_WORDS else 0.0 for lw in lowered)]
        # running count of words that may hold a digit: every date form holds one (vocab.date_search)
        self.digits = [0, *accumulate(map(may_hold_digit, plain))]

    def text(self, a: int, b: int) -> str:
        text = self._texts.get((a, b))
        if text is None:
            text = self._texts[a, b] = " ".join(self._plain[a:b])
        return text

    def name_like(self, a: int, b: int) -> bool:
        """`interleaved._name_like` of words[a:b]: opens with a capital or digit, each word
        could be part of a name, and the run does not end a sentence."""
        if a >= b or self._plain[b - 1].endswith("."):
            return False
        first = self._plain[a].lstrip(_QUOTES)[:1]
        return (first.isupper() or first.isdigit()) and self.not_name[b] == self.not_name[a]

    def name_opens(self) -> list[bool]:
        """Per place a cell may start: its first word opens a name (`name_like`'s first test)."""
        return [(f := self._plain[a].lstrip(_QUOTES)[:1]).isupper() or f.isdigit() for a in self.points[:-1]]

    def sentence_ends(self) -> list[bool]:
        """Per place a cell may end: the word before it ends a sentence (no name ends there)."""
        return [False] + [self._plain[b - 1].endswith(".") for b in self.points[1:]]

    def holds_digit(self, a: int, b: int) -> bool:
        """A word of words[a:b] holds a digit: without one the run names no date."""
        return self.digits[b] > self.digits[a]

    def holds_role(self, a: int, b: int) -> bool:
        """A word of words[a:b] names a role or body ("Lead GP", "Trust")."""
        return self.role[b] > self.role[a]


def may_hold_digit(text: str) -> bool:
    """Whether `text` may hold what the date search takes for a digit: an ASCII text is asked
    about 0-9; a text holding any character beyond ASCII but the Latin-1 letters and signs and
    the general punctuation of plan rows (bullets, curly quotes, dashes: no digit in any Unicode
    table) is counted in (the engines' Unicode digit tables may differ)."""
    if text.isascii() and text.isalpha():
        return False  # (most words: ASCII letters alone)
    return not ASCII_DIGITS.isdisjoint(text) or not NO_DIGIT.issuperset(text)


def _not_name_words(plain: list[str], lowered: list[str], roles: list[bool]) -> list[bool]:
    """Per word, whether it cannot stand in a name or role line (the test `interleaved._name_like`
    puts to each word): it is none of capitalised, a number, punctuation, a small joining word or
    a role word. One pass over the row, the role test shared with `RowWords.role`."""
    out: list[bool] = []
    for text, lw, role in zip(plain, lowered, roles):
        c = text.lstrip(_QUOTES)[:1] if text[:1] in _QUOTES else text[:1]
        out.append(not (c.isupper() or c.isdigit() or not c.isalpha() or role or lw in SMALL))
    return out


def printed_words(lines: list[PrintedLine], cell_ends: bool) -> list[Word]:
    out: list[Word] = []
    ended = False
    for ln in lines:
        texts = ln.text.split()
        if texts:  # (built as tuples: a long plan has tens of thousands of words)
            out.append(_new_word(Word, (texts[0], True, ended)))
            out += [_new_word(Word, (w, False, False)) for w in texts[1:]]
        ended = cell_ends and ln.ends_cell
    return out


def candidate_cuts(words: list[Word]) -> list[int]:
    """Word positions where a cell may start: every printed line's start, and a word inside a
    line that opens with a capital or a digit (two cells printed on one line)."""
    out: list[int] = []
    k = 0  # the word's place in its printed line
    for i, w in enumerate(words):
        k = 0 if w.line_start else k + 1
        if i and (w.line_start or k <= MID_WORDS and opens_cell(w.text)):
            out.append(i)
    return out


def opens_cell(text: str) -> bool:
    """`_OPENS` matches the text: it reads the first character alone, so it is asked once per
    character (a row's words open with a few dozen)."""
    return _opens_with(text[:1])


@cache
def _opens_with(first: str) -> bool:
    return OPENS.match(first) is not None
