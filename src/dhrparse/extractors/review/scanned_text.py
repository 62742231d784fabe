"""A title page scanned from print, its text read by OCR with letters and figures taken for each
other: "Date of death: 1O/O6/2O21", "Thorneyford C0mmunity Safety Partnership", "DOMESTIC
H0MICIDE REVIEW", "Kirkwellan Cornrnunity Safety Partnership", "on l2 Novernber 2020". Each is read
back only where the token says what it is: the letters in a token that is otherwise a date (its
figures and the mistaken letters, a date once read as figures, or the day before a month's name),
the figure inside a word (between or before its letters, the word's other characters all letters),
letters taken for another letter in a word that is then one of the vocabulary's own words. The
pairs live in patterns/review.toml [scanned]."""

from __future__ import annotations

import re
from itertools import combinations

from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import literal_alternation
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


class _Misread:
    """The vocabulary's words as the OCR misreads them, each with the word it was."""

    def __init__(self, p: Patterns):
        self.word_for: dict[str, str] = {}
        self.pieces: set[str] = set()  # what a line must hold to hold a misread word
        for right, wrong in (p.get("review.scanned.letters_for_letter") or {}).items():
            for word in _known_words(p):
                for variant in _misread_forms(word, right, wrong):
                    self.word_for.setdefault(variant, word)
                    self.pieces.add(variant[:2] if right.isupper() else wrong)
        forms = sorted(self.word_for, key=len, reverse=True)
        self.any = re.compile(rf"\b(?:{literal_alternation(forms)})\b", re.I) if forms else None


def _known_words(p: Patterns) -> set[str]:
    words = {str(w).lower() for w in (p.get("months") or {})}
    for key in ("review.area.not_place_words", "review.author.not_name_words"):
        words.update(str(w).lower() for w in p.get(key) or [])
    return {w for w in words if len(w) >= _WORD_LETTERS + 1 and w.isalpha()}


def _misread_forms(word: str, right: str, wrong: str) -> list[str]:
    """Each form of the word with one or more of its `right` letters printed as `wrong`; a capital
    letter (a word's "I") only at the word's start."""
    if right.isupper():
        return [wrong.lower() + word[1:]] if word.startswith(right.lower()) else []
    at = [i for i, c in enumerate(word) if c == right]
    forms = []
    for n in range(1, min(len(at), 3) + 1):
        for chosen in combinations(at, n):
            forms.append("".join(wrong if i in chosen else c for i, c in enumerate(word)))
    return forms


def read_back_words(line: str, p: Patterns) -> str:
    """The line with the letters taken for another letter in a vocabulary word put back (read on
    the opening's lines only: the words the review's particulars are found by)."""
    misread = p.derived("review.scanned.misread", _Misread)
    low = line.lower()
    if not any(piece in low for piece in misread.pieces) or not misread.any.search(line):
        return line
    return misread.any.sub(lambda m: _as_printed(misread.word_for[m.group(0).lower()], m.group(0)), line)


def read_back(line: str, p: Patterns) -> str:
    """The line with the letters a date's figures were read as, and the figures a word's letters
    were read as, put back."""
    if not _FIGURE.search(line):
        return line  # (both readings turn on a figure: most lines hold none)
    pairs = p.derived("review.scanned", _Pairs)
    if not pairs.to_figure and not pairs.to_letter or not pairs.may_hold.search(line):
        return line
    line = pairs.word.sub(lambda m: _word(m.group(0), pairs), line)
    return pairs.date_token.sub(lambda m: _date(m.group(0), m.string[m.end() :], pairs, p), line)


def _as_printed(word: str, printed: str) -> str:
    if printed.isupper() and len(printed) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if printed[:1].isupper() or printed[:1] == "l" else word


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


def _date(token: str, rest: str, pairs: _Pairs, p: Patterns) -> str:
    """The token read as figures where that makes it a date, or the day of one whose month and
    year follow it ("l2 November 2020")."""
    read = "".join(pairs.to_figure.get(c, c) for c in token)
    found = find_dates(read, p)
    if found and found[0].start == 0 and found[0].end == len(read):
        return read
    found = find_dates(read + rest[:24], p)
    return read if found and found[0].start == 0 and found[0].end > len(read) else token
