"""List numbers that a text export printed as a column of their own.

Word draws an auto-numbered list's numbers in the margin. Plain `pdftotext` sometimes reads
that margin as a block: the page's numbers one under another ("4.1", "4.2", "4.3"), then the
paragraphs they number, run together without blank lines. The numbers go back in front of
their paragraphs when the run splits into exactly as many paragraphs as there are numbers
(a paragraph ends with a sentence and the next opens like one), and the numbers follow each
other ("4.1, 4.2, 4.3", "1., 2.", "a), b)"). Anything less certain is left as printed.

The column can also come apart around its paragraphs: the first number alone on its line, the
paragraphs, then the other numbers counting on from it ("1.", six items, "2." to "6."). The
numbers pair up with the paragraphs in order when both counts agree; when they do not, the
numbers stay as printed and the caller is told (a warning, not a guess).
"""

from __future__ import annotations

import re

from dhrparse.document import BLANK, TEXT, Line
from dhrparse.sentence_ends import CLAUSE_LINE_END as _SENTENCE_END

_SENTENCE_START = re.compile(r"^[\"'“‘(]?[A-Z0-9]")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_PARTS = re.compile(r"^\(?(?P<stem>(?:\d{1,3}\.)*|[A-Z]{1,3}\s?)(?P<last>\d{1,3}|[a-zA-Z]{1,5})[.):]?$")
MIN_COLUMN = 2
# a paragraph's last line is clearly shorter than a full line: at most this share of it
SHORT_LINE = 0.8


def rejoin_number_columns(lines: list[Line], label: re.Pattern) -> list[int]:
    """Number the paragraphs of each column; returns the lines of split columns whose numbers
    and paragraphs did not pair up (left as printed)."""
    unpaired: list[int] = []
    i = 0
    while i < len(lines):
        if not _is_number(lines[i], label):
            i += 1  # (most lines: no column starts there)
            continue
        column = _number_column(lines, i, label)
        if _in_code_block(lines, column, label):
            i = column[-1] + 1  # (a table's column of codes: its numbers stay as printed)
            continue
        first = _next_content(lines, column[-1]) if column else None
        if len(column) == 1 and first is not None:
            column = column + _numbers_after_run(lines, column[0], first, label)
            if len(column) >= MIN_COLUMN and not _number_paragraphs(lines, column, first):
                unpaired.append(column[0])
        elif len(column) >= MIN_COLUMN and first is not None:
            _number_past_preamble(lines, column, first)
        i = column[-1] + 1 if len(column) >= MIN_COLUMN else i + 1
    return unpaired


def _in_code_block(lines: list[Line], column: list[int], label: re.Pattern) -> bool:
    """The column's numbers are part of one printed block with numbers that do not follow them
    ("1.1", "1.2", "2.1", "3.1", "3.2", "4.1"): a table's column of action codes, each row's
    own, that plain pdftotext printed whole. A list's margin counts on without a break, so a
    run that counts on and stops at a number straight above or under it is no list's: its
    numbers belong to the table's rows (plan.column_blocks pairs them), not to the paragraphs
    that follow."""
    if not column:
        return False
    before, after = column[0] - 1, column[-1] + 1
    return (before >= 0 and _is_number(lines[before], label)) or (
        after < len(lines) and _is_number(lines[after], label)
    )


def _numbers_after_run(lines: list[Line], number_at: int, first: int, label: re.Pattern) -> list[int]:
    """The rest of a column printed after the paragraphs its first number stands before: the
    numbers straight after the run (across one blank line), counting on from that first one."""
    k = _run_end(lines, first)
    if k < len(lines) and lines[k].kind == BLANK:
        k += 1
    if k >= len(lines) or not _is_number(lines[k], label):
        return []
    if not follows(lines[number_at].text, lines[k].text):
        return []
    rest = _number_column(lines, k, label)
    if _has_own_paragraph(lines, rest[-1]) or not _sentence_breaks(_texts(lines, first)):
        return []  # numbered paragraphs one after another ("7.1", its text, "7.2", its text)
    return rest


HEADER_CELL_WORDS = 3
MAX_HEADER_CELLS = 3
LEAD_IN_LINES = 3


def _number_past_preamble(lines: list[Line], column: list[int], first: int) -> bool:
    """Number the paragraphs after the column, or after the short lead-in printed between the
    column and the texts ("The panel makes the following recommendations."), the texts being
    the first run that splits into exactly as many paragraphs as there are numbers."""
    for _ in range(MAX_HEADER_CELLS):
        first = _past_header_cells(lines, first)
        if _number_paragraphs(lines, column, first):
            return True
        end = _run_end(lines, first)
        if end - first > LEAD_IN_LINES:
            return False
        nxt = _next_content(lines, end - 1)
        if nxt is None:
            return False
        first = nxt
    return False


def _past_header_cells(lines: list[Line], first: int) -> int:
    """A table's number column printed whole is followed by the other columns' header cells
    ("Recommendation", "For"), each alone or atop the texts: the texts start after them."""
    for _ in range(MAX_HEADER_CELLS):
        text = lines[first].text.strip()
        if len(text.split()) > HEADER_CELL_WORDS or _SENTENCE_END.search(text) or not text[:1].isupper():
            break
        nxt = first + 1 if first + 1 < _run_end(lines, first) else _next_content(lines, first)
        if nxt is None:
            break
        first = nxt
    return first


def _has_own_paragraph(lines: list[Line], number_at: int) -> bool:
    """A number with prose under it (lines running on, or a sentence) labels that prose."""
    k = _next_content(lines, number_at)
    if k is None:
        return False
    return _run_end(lines, k) - k >= 2 or bool(_SENTENCE_END.search(lines[k].text))


def _texts(lines: list[Line], first: int) -> list[str]:
    return [ln.text for ln in lines[first : _run_end(lines, first)]]


def _run_end(lines: list[Line], first: int) -> int:
    end = first
    while end < len(lines) and lines[end].kind == TEXT and lines[end].cells is None:
        end += 1
    return end


def _is_number(line: Line, label: re.Pattern) -> bool:
    return line.kind == TEXT and line.cells is None and line.hint is None and bool(label.match(line.text))


def _number_column(lines: list[Line], start: int, label: re.Pattern) -> list[int]:
    """Indices of the numbers printed one under another from `start` (at most one blank
    line between two), when they follow each other."""
    if not _is_number(lines[start], label):
        return []
    column = [start]
    k = start + 1
    while k < len(lines):
        if lines[k].kind == BLANK and k + 1 < len(lines) and lines[k + 1].kind != BLANK:
            k += 1
            continue
        if not _is_number(lines[k], label) or not follows(lines[column[-1]].text, lines[k].text):
            break
        column.append(k)
        k += 1
    return column


def _number_paragraphs(lines: list[Line], column: list[int], first: int) -> bool:
    starts = _paragraph_starts(_texts(lines, first), len(column))
    if starts is None:
        return False
    for number_at, start in zip(column, starts, strict=True):
        paragraph = lines[first + start]
        paragraph.text = f"{lines[number_at].text.strip()} {paragraph.text.lstrip()}"
        lines[number_at].text = ""
        lines[number_at].kind = BLANK
    return True


def _next_content(lines: list[Line], index: int) -> int | None:
    k = index + 1
    if k < len(lines) and lines[k].kind == BLANK:
        k += 1
    return k if k < len(lines) and lines[k].kind == TEXT and lines[k].cells is None else None


def _paragraph_starts(texts: list[str], count: int) -> list[int] | None:
    """Where the run's `count` paragraphs start: after lines that end a sentence with the next
    opening one. Where there are more such lines than paragraph breaks, the breaks are the
    short ones (a paragraph's last line stops short; a sentence ending inside a paragraph
    wraps at the full width), when the short and the full lines differ clearly."""
    ends = _sentence_breaks(texts)
    if len(ends) < count - 1:
        return None
    by_length = sorted(ends, key=lambda k: len(texts[k]))
    breaks, inner = by_length[: count - 1], by_length[count - 1 :]
    if breaks and inner and len(texts[breaks[-1]]) > SHORT_LINE * len(texts[inner[0]]):
        return None
    return [0] + sorted(k + 1 for k in breaks)


def _sentence_breaks(texts: list[str]) -> list[int]:
    """Lines that end a sentence with the next line opening one: where a paragraph may end."""
    return [
        k
        for k in range(len(texts) - 1)
        if _SENTENCE_END.search(texts[k]) and _SENTENCE_START.match(texts[k + 1].lstrip())
    ]


def follows(before: str, after: str) -> bool:
    """Is `after` the list number next to `before` ("4.1" -> "4.2", "b)" -> "c)", "(iv)" -> "(v)")?"""
    a, b = _PARTS.match(before.strip()), _PARTS.match(after.strip())
    if not a or not b or a.group("stem") != b.group("stem"):
        return False
    return any(y == x + 1 for x in _values(a.group("last")) for y in _values(b.group("last")))


def _values(last: str) -> list[int]:
    """The ordinal a list number's last part can stand for ("i" is a letter or a roman one)."""
    if last.isdigit():
        return [int(last)]
    out = [_ROMAN[last.lower()]] if last.lower() in _ROMAN else []
    if len(last) == 1:
        out.append(ord(last.lower()) - ord("a") + 1)
    return out
