"""Running an expression written for `regex` with the standard library's `re` where it finds
what `regex` finds.

Theme cues and the relative-date grammar are written for the `regex` module, whose compiler
parses an expression in Python at several times the cost of `re`'s; a document's
recommendations try some 240 cues, and compiling them was most of the cost of theme coding.
For most expressions and most texts the two engines find the same matches, and then `re` is
used (an `Expression` compiles with `regex` only when a text needs it):

- the expression is one `re` compiles without complaint (no variable-width look-behind, no
  `\\p{..}`) and holds none of the `regex` module's syntax that `re` would read as literal
  text (fuzzy matching "{e<=1}", POSIX classes "[[:alpha:]]", sets inside sets), and no
  character outside ASCII that the engines might see differently (an expression matched with
  case, and setting no flag of its own, matches such a character by its code point in both:
  a name's "[a-zà-ÿ]");
- the text holds only characters the two engines classify alike: ASCII letters, digits,
  punctuation and ordinary white space, and characters beyond ASCII (curly quotes, dashes,
  bullets) that have no case and are word or space characters to both or to neither. The
  engines' Unicode tables differ at the edges ("¹" is a word character to `re`, not to
  `regex`; "\\x1c" is space to `re` only), so a text holding such a character goes to `regex`.

tests/test_kept_searches.py checks the two engines against each other (theme cues, relative
dates).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from functools import cached_property

import regex

# syntax the regex module reads and `re` would read as literal text, or as another set
_REGEX_ONLY = re.compile(r"(?<!\\)\{(?!\d*,?\d*\})|\[:|\\[QE]|\[(?:\\.|[^\]\\])*\[|--|&&|~~|\|\|")
# escapes naming a character beyond ASCII ("\u00e9", "\N{...}", "\xe9", "\351")
_WIDE_ESCAPE = re.compile(r"\\(?:[uUN]|x[89a-fA-F]|[0-3][0-7]{2})")
# a flag set inside the expression ("(?i)", "(?i:...)"): it may make a character's case count
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]+[:)]")
# the ASCII characters both engines treat alike (the other control characters differ as space)
_ASCII_ALIKE = frozenset(chr(c) for c in range(0x20, 0x7F)) | frozenset("\t\n\v\f\r")
# the character classes whose Unicode tables the engines each keep
_CLASSES = (r"\w", r"\s", r"\d")
_STD_CLASSES = [re.compile(c) for c in _CLASSES]
_REGEX_CLASSES = [regex.compile(c) for c in _CLASSES]


def read_alike(c: str) -> bool:
    """Whether both engines see the character the same way, whatever the expression."""
    if c in _ASCII_ALIKE:
        return True
    if c.isascii():
        return False
    uncased = c.lower() == c == c.upper() and c.casefold() == c
    return uncased and all(bool(a.match(c)) == bool(b.match(c)) for a, b in zip(_STD_CLASSES, _REGEX_CLASSES))


def std_compile(source: str, flags: int = re.IGNORECASE) -> re.Pattern | None:
    """The expression compiled by `re`, or None where only `regex` reads it as written."""
    if flags & ~re.IGNORECASE or _REGEX_ONLY.search(source) or _WIDE_ESCAPE.search(source):
        return None
    if not _wide_read_alike(source, flags):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "possible nested set": `regex` may read it otherwise
        try:
            return re.compile(source, flags)
        except (re.error, FutureWarning, DeprecationWarning, ValueError, OverflowError, RecursionError):
            return None


def _wide_read_alike(source: str, flags: int) -> bool:
    """Whether both engines read the expression's characters beyond ASCII alike: each one is,
    or the expression matches with case and so compares them by code point."""
    wide = [c for c in set(source) if not c.isascii()]
    if not wide or (not flags and not _INLINE_FLAGS.search(source)):
        return True
    return all(read_alike(c) for c in wide)


# the longest text whose verdict is kept (a sentence, a line, a cell; not a report's whole text)
_REMEMBERED = 4096


class PlainTexts:
    """Which texts hold only characters the engines read alike (the verdict per character is
    kept: reports use few characters beyond ASCII, so most texts are told by a set comparison).
    The last text's verdict is kept too: a vocabulary's expressions are tried on one text after
    another, and a sentence with a curly quote would be read character by character for each."""

    def __init__(self) -> None:
        self._alike: set[str] = set(_ASCII_ALIKE)
        self._unlike: set[str] = set()
        self._last: tuple[str, bool] = ("", True)

    def plain(self, text: str) -> bool:
        if text is self._last[0]:
            return self._last[1]
        if text.isascii() and text.isprintable():  # most texts: " " to "~" only, told without a set
            return True
        verdict = self._told(text)
        if len(text) <= _REMEMBERED:
            self._last = (text, verdict)
        return verdict

    def _told(self, text: str) -> bool:
        chars = set(text)
        if chars <= self._alike:
            return True
        for c in chars - self._alike:
            if c in self._unlike:
                return False
            (self._alike if read_alike(c) else self._unlike).add(c)
        return chars <= self._alike


class Expression:
    """One expression written for `regex`, run by `re` on the texts both engines
    read alike; `regex` compiles it only if `re` cannot, or when a text needs it. Nothing is
    compiled until a text is searched: a vocabulary holds expressions most reports never reach."""

    def __init__(self, source: str, flags: int = regex.IGNORECASE):
        self.source, self.flags = source, flags
        self._rx: regex.Pattern | None = None

    @cached_property
    def std(self) -> re.Pattern | None:
        """The expression compiled by `re`, or None where only `regex` reads it as written."""
        same = {regex.IGNORECASE: re.IGNORECASE, 0: 0}  # the flags both engines read alike
        return std_compile(self.source, same[self.flags]) if self.flags in same else None

    def rx(self) -> regex.Pattern:
        if self._rx is None:
            self._rx = regex.compile(self.source, self.flags)
        return self._rx

    def engine(self, plain: bool) -> re.Pattern | regex.Pattern:
        """The compiled expression to run over a text (`plain`: the text is one `PlainTexts` passes)."""
        return self.std if plain and self.std is not None else self.rx()

    def search(self, text: str, plain: bool) -> re.Match | regex.Match | None:
        return self.engine(plain).search(text)

    def finditer(self, text: str, plain: bool) -> Iterator[re.Match | regex.Match]:
        """The matches in `text`; `plain`: the text is one `PlainTexts` passes."""
        return self.engine(plain).finditer(text)


# one verdict per character for every `TextPattern`: the characters are the same in every text
_PLAIN_TEXTS = PlainTexts()


class TextPattern:
    """A stand-in for a compiled `regex` pattern, for vocabularies built whole but asked of few
    texts (the title page's review fields). A single search, match or fullmatch over a whole text
    both engines read alike is `re`'s; `regex` compiles the expression only when a text, or any
    other use (finditer, sub, split, a start position), needs it, since those can differ at
    empty matches."""

    def __init__(self, source: str, flags: int = regex.IGNORECASE):
        self._expression = expression = Expression(source, flags)
        self.source, self.flags, self.rx = source, flags, expression.rx

    @cached_property
    def std(self) -> re.Pattern | None:
        return self._expression.std

    @property
    def pattern(self) -> str:
        return self.source

    def _engine(self, text: str) -> re.Pattern | regex.Pattern:
        return self._expression.engine(self.std is not None and _PLAIN_TEXTS.plain(text))

    def search(self, text: str, *at: int) -> re.Match | regex.Match | None:
        return (self.rx() if at else self._engine(text)).search(text, *at)

    def match(self, text: str, *at: int) -> re.Match | regex.Match | None:
        return (self.rx() if at else self._engine(text)).match(text, *at)

    def fullmatch(self, text: str, *at: int) -> re.Match | regex.Match | None:
        return (self.rx() if at else self._engine(text)).fullmatch(text, *at)

    def lines_found(self, lines: Iterable[str]) -> Iterator[str]:
        """The lines `search` finds the expression in, in order: each by the engine `search`
        would choose, without its calls per line (a report's whole text is read line by line)."""
        std, plain = self.std, _PLAIN_TEXTS.plain
        for line in lines:
            if (std.search(line) if std is not None and plain(line) else self.rx().search(line)) is not None:
                yield line

    def __getattr__(self, name: str):
        """Every other use of the pattern is `regex`'s."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.rx(), name)


# The three characters beyond ASCII that `regex`, matching without case, takes for ASCII
# letters ("ſept" is found as a month, "İ" as "i", the Kelvin sign as "k"); `str.lower`
# leaves the first two as they are, so a word found that way would miss its vocabulary entry.
_ASCII_LOOKALIKES = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})


def vocabulary_key(word: str) -> str:
    """The lower-case key of a word an expression matched without case, as vocabulary
    tables (months, seasons, units, number words, RAG letters) are keyed."""
    return word.translate(_ASCII_LOOKALIKES).lower()
