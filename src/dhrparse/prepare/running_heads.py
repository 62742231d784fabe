"""Running heads and footers that carry the page number.

A report prints the same head or footer on every page with only its page number changing
("Northtown DHR – Overview Report   Page 12 of 31", "Page 3 of 20 | Final version"). A
text export does not keep pages apart: the head lands between paragraphs, between the
rows of a table, or glued to the line before or after it ("…counted nationally. Northtown
DHR Page 3 Action plan"). Such a head is learnt from the report itself — the text either
side of the page number that its printings share — and is furniture wherever it appears;
when it is glued to content, only the head is taken off and the content keeps its line
number (a line holding content on both sides becomes two Lines sharing that number).
A line that merely mentions a page ("set out on page 4 of the guidance") is never a head:
a head repeats with its page number rising through the report at page-sized intervals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from dhrparse.document import FURNITURE, TEXT, Line
from dhrparse.patterns import Patterns
from dhrparse.vocab.cue_words import folded, required_words

_DIGITS = re.compile(r"\d+")
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z]")
_NEIGHBOURS = 3  # printings of one head are compared with the next few of the same form
_MAX_HEAD_CHARS = 120
_MIN_LINES_PER_PAGE = 3


@dataclass(frozen=True)
class _Printing:
    """One page number printed on a line, with the text either side (spaces collapsed)."""

    index: int  # position of the line in the document's lines
    start: int  # span of the page number in the line's text
    end: int
    page: int
    total: int | None
    form: str  # "page # of #", "page #", "# of #"
    before: str
    after: str


@dataclass(frozen=True)
class _Head:
    before: str  # text the head prints before the page number
    form: str
    total: int | None
    after: str  # and after it

    def holds(self, p: _Printing) -> bool:
        return (
            (p.form, p.total) == (self.form, self.total)
            and _ends_with_words(p.before, self.before)
            and _starts_with_words(p.after, self.after)
        )

    def whole(self, p: _Printing) -> bool:
        return p.before == self.before and p.after == self.after

    @property
    def words(self) -> list[str]:
        return self.before.split() + self.after.split()


def split_running_heads(lines: list[Line], patterns: Patterns) -> list[Line]:
    """Mark paged running heads as furniture and take glued ones off their content line."""
    printings = _printings(lines, patterns)
    if len(printings) < 2:
        return lines
    assigned = _assign_heads(lines, printings, _reference_words(patterns))
    if not assigned:
        return lines
    extra: dict[int, Line] = {}
    for p, head in assigned:
        follow = _take_off(lines[p.index], p, head)
        if follow is not None:
            extra[p.index] = follow
    if not extra:
        return lines
    out: list[Line] = []
    for i, ln in enumerate(lines):
        out.append(ln)
        if i in extra:
            out.append(extra[i])
    return out


def _reference_words(patterns: Patterns) -> frozenset[str]:
    return patterns.derived(
        "cleaning.page_reference_words#set",
        lambda p: frozenset(w.lower() for w in p.list("cleaning.page_reference_words")),
    )


def _printings(lines: list[Line], patterns: Patterns) -> list[_Printing]:
    forms = patterns.joined("cleaning.page_number_forms")
    holds_form = _form_test(patterns)
    found: list[_Printing] = []
    for i, ln in enumerate(lines):
        text = ln.text
        # a printing reads the page's number from its digits: most lines of prose hold none
        if ln.kind != TEXT or not has_digit(text) or not holds_form(text):
            continue
        for m in forms.finditer(text):
            numbers = [int(n) for n in _DIGITS.findall(m.group(0))]
            found.append(
                _Printing(
                    index=i,
                    start=m.start(),
                    end=m.end(),
                    page=numbers[0],
                    total=numbers[1] if len(numbers) > 1 else None,
                    form=_DIGITS.sub("#", " ".join(m.group(0).lower().split())),
                    before=" ".join(text[: m.start()].split()),
                    after=" ".join(text[m.end() :].split()),
                )
            )
    return found


def _form_test(patterns: Patterns) -> Callable[[str], bool]:
    """Whether a line holds a page number form: each form searched for on its own, which costs
    less than their alternation (whose every position tries them all), and finds a match in
    the same lines. Forms setting flags inline, which an alternation applies to all, are
    searched for as one."""
    sources = patterns.list("cleaning.page_number_forms")
    if any(_INLINE_FLAGS.search(s) for s in sources):
        joined = patterns.joined("cleaning.page_number_forms")
        return lambda text: joined.search(text) is not None
    # (and each only on a line holding a word it cannot match without: "page", "of")
    forms = list(zip(map(required_words, sources), patterns.regexes("cleaning.page_number_forms")))

    def holds_form(text: str) -> bool:
        lower = None
        for words, form in forms:
            if words is not None:
                lower = folded(text) if lower is None else lower
                if not any(w in lower for w in words):
                    continue
            if form.search(text):
                return True
        return False

    return holds_form


def has_digit(text: str) -> bool:
    """Whether the text holds a digit (`\\d`): in ASCII text, one of the ten, each looked for
    by a plain substring test, at a fraction of a regular expression's cost per line."""
    if text.isascii():  # (spelt out: a loop over the digits costs more than the tests)
        return (
            "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
        )  # fmt: skip
    return _DIGITS.search(text) is not None


def _assign_heads(
    lines: list[Line], printings: list[_Printing], reference_words: frozenset[str]
) -> list[tuple[_Printing, _Head]]:
    """Each printing that belongs to a running head, with that head (the head holding most
    printings first, the longer of two holding the same number)."""
    candidates = _candidate_heads(printings)
    ranked = []
    for head in candidates:
        held = [p for p in printings if head.holds(p)]
        if _is_running_head(head, held, lines, reference_words):
            ranked.append((len(held), len(head.before) + len(head.after), head, held))
    ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
    taken: set[tuple[int, int]] = set()
    assigned = []
    for _, _, head, held in ranked:
        for p in held:
            if (p.index, p.start) not in taken:
                taken.add((p.index, p.start))
                assigned.append((p, head))
    return assigned


def _candidate_heads(printings: list[_Printing]) -> set[_Head]:
    """The text two printings of one form share either side of their page numbers."""
    by_form: dict[tuple[str, int | None], list[_Printing]] = {}
    for p in printings:
        by_form.setdefault((p.form, p.total), []).append(p)
    heads: set[_Head] = set()
    for (form, total), group in by_form.items():
        for i, p in enumerate(group):
            for q in group[i + 1 : i + 1 + _NEIGHBOURS]:
                heads.add(
                    _Head(_common_tail(p.before, q.before), form, total, _common_head(p.after, q.after))
                )
    return heads


def _is_running_head(
    head: _Head, held: list[_Printing], lines: list[Line], reference_words: frozenset[str]
) -> bool:
    words = head.words
    if len(held) < 2 or len(head.before) + len(head.after) > _MAX_HEAD_CHARS:
        return False
    alone = sum(1 for p in held if head.whole(p))
    if not words:
        # a bare "Page 3 of 20": learnt only from printings of it on lines of their own
        if head.total is None or alone < 2:
            return False
    elif not head.form[0].isalpha() and (len(words) < 2 or not alone):
        # "Recommendation 2 of 5" is a heading, "Action 1 of 3 for the Police" a line of a plan:
        # without the word "page" a head must also be printed on a line of its own
        return False
    if head.before and head.before.split()[-1].lower().strip(".,;:()") in reference_words:
        return False  # "see page 4", "set out on page 9": a cross-reference
    if not alone and head.before.endswith((",", ";", "(")):
        return False  # "…Guidance for Reviews, page 12": a clause citing a source
    if not alone and len(held) < 3 and not _glued_alike(head, held):
        return False
    return _pages_rise_at_page_intervals(held, lines)


def _glued_alike(head: _Head, held: list[_Printing]) -> bool:
    """A short report's two heads, both glued to content at the same edge of their lines."""
    at_start = all(p.before == head.before for p in held) and not head.after
    at_end = all(p.after == head.after for p in held) and not head.before
    return (
        (at_start or at_end)
        and len(head.words) >= 3
        and head.form[0].isalpha()
        and not head.before.endswith((",", ";", ":", "("))
    )


def _pages_rise_at_page_intervals(held: list[_Printing], lines: list[Line]) -> bool:
    ordered = sorted(held, key=lambda p: (lines[p.index].number, p.start))
    steps: list[float] = []
    for a, b in pairwise(ordered):
        if b.page < a.page:
            return False
        if b.page > a.page:
            steps.append((lines[b.index].number - lines[a.index].number) / (b.page - a.page))
    if not steps or min(steps) < _MIN_LINES_PER_PAGE:
        return False
    middle = median(steps)
    # a page may be short (a chapter's last lines before a landscape appendix starts a new
    # page), now and then; a page number mentioned in the text falls at no such intervals
    short = sum(s < middle / 8 for s in steps)
    return len(steps) < 3 or all(s <= middle * 8 for s in steps) and short <= len(steps) // 4


def _take_off(ln: Line, p: _Printing, head: _Head) -> Line | None:
    """Remove the head from its line; return the content after it when content lies on both sides."""
    text = ln.text
    start = _span_back(text, p.start, head.before)
    end = _span_forward(text, p.end, head.after)
    before, after = text[:start].rstrip(), text[end:].strip()
    if not before.strip() and not after:
        ln.kind = FURNITURE
        return None
    if before.strip() and after:
        ln.text = before
        _recut(ln)
        follow = Line(ln.number, after, page=ln.page, raw=ln.raw, cells=[] if ln.cells is not None else None)
        _recut(follow)
        return follow
    ln.text = before if before.strip() else after
    _recut(ln)
    return None


def _recut(ln: Line) -> None:
    """A table row keeps the cells its remaining text holds."""
    if ln.cells is not None:
        ln.cells = [c.strip() for c in ln.text.split("\t")] if "\t" in ln.text else None


def _span_back(text: str, end: int, words: str) -> int:
    """Where `words` (spaces collapsed) start when they end, spaces aside, at `end`."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    for ch in reversed(words):
        if ch == " ":
            while i > 0 and text[i - 1].isspace():
                i -= 1
        else:
            i -= 1
    return max(i, 0)


def _span_forward(text: str, start: int, words: str) -> int:
    i = start
    while i < len(text) and text[i].isspace():
        i += 1
    for ch in words:
        if ch == " ":
            while i < len(text) and text[i].isspace():
                i += 1
        else:
            i += 1
    return min(i, len(text))


def _common_tail(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    tail = a[len(a) - n :]
    # a shared word ending ("…times. Eastmere", "…crimes. Eastmere") is not part of the head
    if n < len(a) and n < len(b) and tail[:1].isalnum() and a[-n - 1].isalnum() and b[-n - 1].isalnum():
        tail = tail.split(" ", 1)[1] if " " in tail else ""
    return tail.strip()


def _common_head(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    head = a[:n]
    if n < len(a) and n < len(b) and head[-1:].isalnum() and a[n].isalnum() and b[n].isalnum():
        head = head.rsplit(" ", 1)[0] if " " in head else ""
    return head.strip()


def _ends_with_words(text: str, tail: str) -> bool:
    if not tail:
        return True
    if not text.endswith(tail):
        return False
    cut = len(text) - len(tail)
    return cut == 0 or not (text[cut - 1].isalnum() and tail[0].isalnum())


def _starts_with_words(text: str, head: str) -> bool:
    if not head:
        return True
    if not text.startswith(head):
        return False
    return len(head) == len(text) or not (text[len(head)].isalnum() and head[-1].isalnum())
