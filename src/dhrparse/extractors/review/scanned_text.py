"""A title page scanned from print, its text read by OCR with letters and figures taken for each
other: "Date of death: 1O/O6/2O21", "Thorneyford C0mmunity Safety Partnership", "DOMESTIC
H0MICIDE REVIEW". Each is read back only where the token says what it is: the letters in a token
that is otherwise a date (its figures and the mistaken letters, a date once read as figures), the
figure inside a word (between or before its letters, the word's other characters all letters).
The pairs live in patterns/review.toml [scanned]."""

from __future__ import annotations

import re

from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

_FIGURE = re.compile(r"\d")  # a date token holds a figure, and a word's mistaken letter is one
_WORD_LETTERS = 3  # the letters a word must have around the figure for it to be read as a letter


class _Pairs:
    def __init__(self, p: Patterns):
        self.to_figure = dict(p.get("review.scanned.letter_for_figure") or {})
        self.to_letter = dict(p.get("review.scanned.figure_for_letter") or {})
        letters = re.escape("".join(self.to_figure)) or "^\\s\\S"
        figures = re.escape("".join(self.to_letter)) or "^\\s\\S"
        # a token of figures and mistaken letters, with a date's separators, holding both
        self.date_token = re.compile(
            rf"(?<![\w/.-])(?=[\d{letters}/.-]*\d)(?=[\d/.-]*[{letters}])[\d{letters}]{{1,4}}"
            rf"(?:[/.-][\d{letters}]{{1,4}}){{0,2}}(?![\w/]|[.-]\w)"
        )
        # a word of letters and mistaken figures, each figure before a letter
        self.word = re.compile(rf"(?<!\w)(?=\w*[{figures}][A-Za-z])[A-Za-z{figures}]+(?!\w)")
        # what either needs somewhere in the line: a mistaken letter beside a figure (or one
        # separator from it), or a mistaken figure before a letter
        self.may_hold = re.compile(rf"[{letters}][/.-]?\d|\d[/.-]?[{letters}]|[{figures}][A-Za-z]")


def read_back(line: str, p: Patterns) -> str:
    """The line with the letters a date's figures were read as, and the figures a word's letters
    were read as, put back."""
    if not _FIGURE.search(line):
        return line  # (both readings turn on a figure: most lines hold none)
    pairs = p.derived("review.scanned", _Pairs)
    if not pairs.to_figure and not pairs.to_letter or not pairs.may_hold.search(line):
        return line
    line = pairs.word.sub(lambda m: _word(m.group(0), pairs), line)
    return pairs.date_token.sub(lambda m: _date(m.group(0), pairs, p), line)


def _word(word: str, pairs: _Pairs) -> str:
    if sum(c.isalpha() for c in word) < _WORD_LETTERS or word[-1] in pairs.to_letter:
        return word  # (a reference's figure at its end, "DHR0", or too few letters to be a word)
    upper = sum(c.isupper() for c in word) > sum(c.islower() for c in word)
    return "".join(_letter(c, pairs, upper) for c in word)


def _letter(c: str, pairs: _Pairs, upper: bool) -> str:
    letter = pairs.to_letter.get(c)
    if letter is None:
        return c
    return letter.upper() if upper else letter.lower()


def _date(token: str, pairs: _Pairs, p: Patterns) -> str:
    read = "".join(pairs.to_figure.get(c, c) for c in token)
    found = find_dates(read, p)
    return read if found and found[0].start == 0 and found[0].end == len(read) else token
