"""A two-language side-by-side report whose text joins the two columns on each printed line, as a
PDF's text layer read across the page gives it ("The Board should make sure that every 1. Dylai’r
Bwrdd sicrhau bod pob asiantaeth yn"): each line is one column's line and then the other's.
readers/side_by_side.py says why the English column is the body.

A line's split is proved where its words tell one language up to a point and the other after it,
with nothing untold between, or with the list number opening the second column's paragraph ("1.")
among the untold words between, or a name both twins print twice in a row there.
Where many lines prove a split, all in one order, the report is read so: each line keeps its
English part, a line wholly Welsh (a Welsh cell running on below a shorter English one) reads as
blank, and a line whose split is not proved keeps its English words and the words telling neither
language next to them (leaving out the words telling Welsh), named in a `bilingual_line_unsplit`
warning; a line mixing the two languages in no order is kept as printed, named alike.
"""

from __future__ import annotations

import re
from collections import Counter

from dhrparse.document import SourceDocument
from dhrparse.lines import BlankLine, Line
from dhrparse.patterns import Patterns
from dhrparse.readers.languages import ENGLISH, WELSH, both_words, welsh_lines, words_of
from dhrparse.readers.side_by_side import english_half

CODE = "bilingual_line_unsplit"
MESSAGE = (
    "the report prints English and Welsh side by side and this line joins the two columns where "
    "the words do not prove where the English ends: the words telling Welsh left out, the words "
    "telling neither language kept with the English, which they may not be"
)
# lines proving a split, all in one order, before the text is read as two columns joined; and
# the share of the report's lines they must be (a Welsh name closing an English line now and
# then proves nothing)
MIN_SPLIT_LINES = 6
MIN_SPLIT_SHARE = 0.25
# rounds of learning the report's own words' languages from the lines already split (a word
# printed only in the English halves is English: "winter", "Board"; only in the Welsh, Welsh)
LEARNING_ROUNDS = 3
# the list number opening a paragraph of the second column ("1.", "2)", "(a)")
_LIST_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]$")

Split = tuple[str, int]  # (the order, "english" first or "welsh" first; the word the second half opens at)


def english_halves(doc: SourceDocument, patterns: Patterns) -> SourceDocument:
    """The document with each joined line's English half, where its lines prove two columns
    joined; unchanged otherwise."""
    lines = [(k, ln) for k, ln in enumerate(doc.lines) if ln.is_content and ln.cells is None]
    if not welsh_lines(patterns, (ln.text for _, ln in lines), MIN_SPLIT_LINES):
        return doc
    words = {k: words_of(patterns, ln.text) for k, ln in lines}
    splits = {k: _split(words[k]) for k, _ in lines}
    for _ in range(LEARNING_ROUNDS):
        learned = _learned(words, splits, both_words(patterns))
        words = {k: [(w, lang or learned.get(_key(w))) for w, lang in ws] for k, ws in words.items()}
        splits = {k: _split(ws) for k, ws in words.items()}
    order = _order([s for s in splits.values() if s is not None], len(lines))
    if order is None:
        return doc
    for k, ln in lines:
        text, proved = _english_part(ln.text, words[k], splits[k], order, patterns)
        if not proved:
            doc.reader_warnings.append((CODE, MESSAGE, ln.number))
        if not text:
            doc.lines[k] = BlankLine(ln.number, ln.page)
        elif text != ln.text:
            doc.lines[k] = Line(ln.number, text, page=ln.page, raw=ln.raw, kind=ln.kind)
    return doc


def _split(words: list[tuple[str, str | None]]) -> Split | None:
    """Where the line's second language opens, where its words prove it."""
    for first in (ENGLISH, WELSH):
        bounds = _bounds(words, first)
        if bounds is None:
            continue
        gap = range(bounds[0] + 1, bounds[1])
        if not gap:
            return first, bounds[1]
        numbers = [i for i in gap if _LIST_NUMBER.match(words[i][0])]
        if len(numbers) == 1:
            return first, numbers[0]
        # a name both twins print closes the one column's line and opens the other's
        # ("Bwrdd Diogelu Plant Pontardu Pontardu Safeguarding Children Board")
        repeats = [i for i in range(gap.start, bounds[1] + 1) if _same(words[i - 1][0], words[i][0])]
        if len(repeats) == 1:
            return first, repeats[0]
    return None


def _same(a: str, b: str) -> bool:
    return a.lower() == b.lower() and any(ch.isalpha() for ch in a)


def _bounds(words: list[tuple[str, str | None]], first: str) -> tuple[int, int] | None:
    """The last word telling `first` and the first telling the other language, where every word
    telling `first` comes before every word telling the other."""
    second = WELSH if first == ENGLISH else ENGLISH
    firsts = [i for i, (_, lang) in enumerate(words) if lang == first]
    seconds = [i for i, (_, lang) in enumerate(words) if lang == second]
    if not firsts or not seconds or firsts[-1] > seconds[0]:
        return None
    return firsts[-1], seconds[0]


def _key(token: str) -> str:
    return "".join(ch for ch in token.lower() if ch.isalpha() or ch in "’'")


def _learned(
    words: dict[int, list[tuple[str, str | None]]],
    splits: dict[int, Split | None],
    both: frozenset[str],
) -> dict[str, str]:
    """The language of each word the split lines print in one language's halves only."""
    seen: dict[str, set[str]] = {}
    for k, split in splits.items():
        if split is None:
            continue
        first, cut = split
        second = WELSH if first == ENGLISH else ENGLISH
        for i, (w, _) in enumerate(words[k]):
            key = _key(w)
            if key and key not in both:
                seen.setdefault(key, set()).add(first if i < cut else second)
    return {w: langs.pop() for w, langs in seen.items() if len(langs) == 1}


def _order(splits: list[Split], line_count: int) -> str | None:
    """The language printed first on the joined lines, where enough lines agree on it."""
    orders = Counter(first for first, _ in splits)
    if len(orders) != 1 or not line_count:
        return None
    order, count = orders.most_common(1)[0]
    if count < MIN_SPLIT_LINES or count < MIN_SPLIT_SHARE * line_count:
        return None
    return order


def _english_part(
    text: str,
    words: list[tuple[str, str | None]],
    split: Split | None,
    order: str,
    patterns: Patterns,
) -> tuple[str, bool]:
    """The line's English words ("" for a line wholly Welsh), and whether its split is proved.
    Unproved, the words no language tells between the two halves stay with the English (the
    words telling Welsh are the twin's whichever way they fall); a line mixing the languages in
    no order is kept whole."""
    across = english_half(text, patterns)
    if across != text:
        return (
            across,
            True,
        )  # (a heading printed across both columns, "Welsh / English")
    langs = {lang for _, lang in words} - {None}
    if not langs or langs == {ENGLISH}:
        return text, True
    if langs == {WELSH}:
        return "", True
    tokens = [w for w, _ in words]
    if split is not None and split[0] == order:
        cut = split[1]
        return " ".join(tokens[:cut] if order == ENGLISH else tokens[cut:]), True
    bounds = _bounds(words, order)
    if bounds is None:
        return text, False
    return " ".join(tokens[: bounds[1]] if order == ENGLISH else tokens[bounds[0] + 1 :]), False
