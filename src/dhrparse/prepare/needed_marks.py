"""The punctuation or spacing a line cannot match an expression without: a quick test that
skips a search on the many lines that could not match it.

A contents line ends with a tab or a run of dot leaders before its page number, and a
broken cross-reference prints "Error!"; nearly every line of a report holds none of these,
yet searching each line for them, position by position, was most of the cost of reading a
report into blocks. The mark is read from the expression once: a line that does not hold it
cannot match, and the expression is not tried. Only ASCII characters that are not letters
count as marks (case cannot change them, so a plain substring test is exact); an expression
whose marks cannot be read with certainty (syntax of the `regex` module, a choice of
branches) gets the empty mark, which every line holds, and is always tried.

tests/test_needed_marks.py checks the shortcut against the plain search.
"""

from __future__ import annotations

try:  # the standard library's parser reads the syntax these expressions are written in
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - a Python without it just tries every expression
    _sre = _sre_parse = None

from dhrparse.vocab.engines import std_compile

_REPEATS = () if _sre is None else (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def needed_mark(source: str, flags: int = 0) -> str:
    """A run of marks every match of `source` holds ("" when none is known for certain)."""
    if _sre_parse is None or std_compile(source, flags) is None:
        return ""  # only the `regex` module reads it as written
    runs = _runs(list(_sre_parse.parse(source, flags)))
    # the longest run, a run holding punctuation before one of spaces alone (most lines hold a space)
    return max(runs, key=lambda run: (len(run.replace(" ", "")), len(run)), default="")


def _is_mark(code: int) -> bool:
    c = chr(code)
    return c.isascii() and not c.isalpha()


def _runs(items: list) -> list[str]:
    """The runs of marks a sequence holds one after another, and those its parts need."""
    runs: list[str] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL and _is_mark(av):
            run.append(chr(av))
            continue
        if op in _REPEATS and _single_mark(av[2]) and av[0] >= 1:
            low, high, item = av
            run.append(chr(item[0][1]) * low)
            if high == low:
                continue  # an exact count: the marks after it follow on
        if run:
            runs.append("".join(run))
            run = []
        runs += _runs_in(op, av)
    if run:
        runs.append("".join(run))
    return runs


def _single_mark(item) -> bool:
    return len(item) == 1 and item[0][0] is _sre.LITERAL and _is_mark(item[0][1])


def _runs_in(op, av) -> list[str]:
    """What one element needs: a group or a lookaround that must be found its content, a
    repeat of at least one its item; anything else (a choice of branches, a negative
    lookaround, an optional part, a set of characters) nothing certain."""
    if op is _sre.SUBPATTERN:
        return _runs(list(av[-1]))
    if op is _sre.ATOMIC_GROUP:
        return _runs(list(av))
    if op is _sre.ASSERT:  # a lookahead or lookbehind that must be found is in the text
        return _runs(list(av[1]))
    if op in _REPEATS and av[0] >= 1:
        return _runs(list(av[2]))
    return []
