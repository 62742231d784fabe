"""Footers and heads that print the page number with no word for it ("SAR Ruth 7",
"Selbridge DHR 2021/04 12", "OFFICIAL 3"), in text that keeps no page apart.

Such a line repeats through the report with only its last number changing, one page to the
next. A report's own numbered parts do that too ("Part 2", "Finding 3", "Recommendation 4"),
so the line must also show that it is no part of the text: a printing of it cuts a sentence
in two (the sentence goes on, in lower case, after it), or most printings sit beside other
page furniture (a page number, a protective marking, a running head repeated page after page),
or its last printing closes the text (the last page's foot). The report's labels and named
headings are never taken.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import pairwise

from dhrparse.document import FURNITURE, TEXT, Line
from dhrparse.patterns import Patterns
from dhrparse.prepare.layout import SENTENCE_END

_MAX_CHARS = 120
_MIN_LINES_APART = 8  # content lines between two pages' printings, as a rule
_MIN_PRINTINGS = 3


def mark_numbered_footers(lines: list[Line], patterns: Patterns) -> None:
    content = [i for i, ln in enumerate(lines) if ln.kind == TEXT]
    position = {i: k for k, i in enumerate(content)}
    groups: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    for i in content:
        ln = lines[i]
        text = ln.text.strip()
        if ln.cells or len(text) > _MAX_CHARS or not text[-1:].isdigit():
            continue
        words = text.split()
        number, head = words[-1], " ".join(words[:-1])
        # (the words before a number of one to four digits set apart: the footer's own text)
        if head and number.isdecimal() and len(number) <= 4 and not head.endswith((".", ",", ";", ":")):
            groups[head].append((i, int(number)))
    parts = (
        patterns.joined("headings.labels"),
        patterns.joined("headings.named"),
        patterns.joined("headings.known_sections"),
    )
    printed = Counter(" ".join(lines[i].text.split()) for i in content)
    for text, printings in groups.items():
        if any(p.search(text) for p in parts):
            continue
        if len(printings) == 2 and (
            _two_page_footer(lines, content, printings) or _set_apart_footer(text, content, printings)
        ):
            for i, _ in printings:
                lines[i].kind = FURNITURE
            continue
        if len(printings) < _MIN_PRINTINGS:
            continue
        if any(not 1 <= b - a <= 2 for (_, a), (_, b) in pairwise(printings)):
            continue  # a page number rises page by page (a page without the line skipped)
        gaps = sorted(position[j] - position[i] for (i, _), (j, _) in pairwise(printings))
        if gaps[0] < 2 or gaps[len(gaps) // 2] < _MIN_LINES_APART:
            continue  # (a page may hold little: the end of a table, a signature)
        cuts = any(_cuts_a_sentence(lines, content, position[i]) for i, _ in printings)
        beside = sum(_beside_furniture(lines, i, printed, len(printings) - 1) for i, _ in printings)
        if cuts or 2 * beside >= len(printings) or _closes_the_text(content, printings):
            for i, _ in printings:
                lines[i].kind = FURNITURE


def _two_page_footer(lines: list[Line], content: list[int], printings: list[tuple[int, int]]) -> bool:
    """A report of two pages prints its footer twice, too few to learn it from repeats: it
    is taken where it ends page 1 and page 2 (the last line of all) and the line after page
    1's printing is the report's first line printed again (the running head over page 2)."""
    (first, one), (last, two) = printings
    if (one, two) != (1, 2) or last != content[-1] or len(content) < 2 * _MIN_LINES_APART:
        return False
    after = next((j for j in content if j > first), None)
    same = lambda j: " ".join(lines[j].text.split())  # noqa: E731
    return after is not None and after != last and same(after) == same(content[0])


_SET_APART = ("–", "—", "-", "|", "·", "•")  # a separator a page number stands after, never a sentence's end


def _set_apart_footer(head: str, content: list[int], printings: list[tuple[int, int]]) -> bool:
    """A report of two pages whose footer sets its page number apart after a dash or a bar
    ("Executive Summary – ‘Ann’ – 1", "... | 2"): page 1's printing and page 2's, the last line
    of all. Prose ends no line on a dash before a number, so two printings are enough."""
    (_, one), (last, two) = printings
    return (one, two) == (1, 2) and last == content[-1] and head.endswith(_SET_APART)


def _closes_the_text(content: list[int], printings: list[tuple[int, int]]) -> bool:
    """The last page's footer is the report's last line: a line counting the pages from the
    first ("... | 1", "... | 2", ... ) whose last printing closes the text is the page's
    foot, not the report's words, even with no running head beside it and no sentence cut."""
    numbers = [n for _, n in printings]
    return printings[-1][0] == content[-1] and numbers[0] <= 2 and numbers == sorted(set(numbers))


def _cuts_a_sentence(lines: list[Line], content: list[int], k: int) -> bool:
    if k == 0 or k + 1 >= len(content):
        return False
    before, after = lines[content[k - 1]].text.strip(), lines[content[k + 1]].text.strip()
    return not SENTENCE_END.search(before) and after[:1].islower()


def _beside_furniture(lines: list[Line], i: int, printed: Counter[str], times: int) -> bool:
    """Is the line next to page furniture: a line marked so, or one printed word for word on
    half as many pages as the footer at least (the running head over the next page)?"""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].text.strip():
            j += step
        if 0 <= j < len(lines) and (
            lines[j].kind == FURNITURE
            or lines[j].kind == TEXT
            and printed[" ".join(lines[j].text.split())] >= max(_MIN_PRINTINGS, times // 2)
        ):
            return True
    return False
