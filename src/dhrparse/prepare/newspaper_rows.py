"""A page set in two newspaper columns whose text export printed it row by row.

A learning briefing often sets its body in two newspaper columns. A text export made without
layout (pdfplumber's lines, the bundled corpus texts) prints such a page by height: where a
line of each column stands level the two are joined on one line with a single space, where
they do not the two columns' lines alternate. Read in that order the recommendations and the
timeline run into the other column's sentences.

Nothing in such text says where one column's line ends and the other's begins: a joined line's
split point is uncertain by a word or two, and an alternating line's column has no evidence
but the sentence it may continue. So the page is not reordered (that would be a guess); the
caller is told. The evidence is a lettered recommendation series ("R1" to "R5") whose members
print out of order, at least one of them inside a line twice as wide as the report's ordinary
lines, i.e. after a line of the other column.
"""

from __future__ import annotations

import re

from dhrparse.document import TEXT, Line, SourceDocument

# a lettered item label ("R3") opening its item: at a line's start, or after another column's
# words on a joined line (then after a space, before a capitalised word)
_LABEL_AT_START = re.compile(r"^(?P<letters>[A-Z]{1,2})(?P<number>\d{1,2})\s+[A-Z]")
_LABEL_INSIDE = re.compile(r"(?<=\S )(?P<letters>[A-Z]{1,2})(?P<number>\d{1,2})\s+[A-Z]")
# what every such label holds, a capital against a digit: a line without one is not searched
_LETTER_DIGIT = re.compile(r"[A-Z]\d")
# a joined line holds two column lines: clearly wider than one
JOINED_WIDTH = 1.6
MIN_SERIES = 3
MIN_MEASURED_LINES = 20
CODE = "newspaper_columns_interleaved"
MESSAGE = (
    "this page's two newspaper columns are printed row by row (lines of both columns joined or "
    "alternating); recommendations and events there may be missing or run into the other column"
)


def warn_interleaved_columns(doc: SourceDocument) -> None:
    """Tell the caller when the text is a two-column page printed row by row."""
    at = interleaved_at(doc.lines)
    if at is not None:
        doc.reader_warnings.append((CODE, MESSAGE, doc.lines[at].number))


def interleaved_at(lines: list[Line]) -> int | None:
    """The index of the first joined line proving the columns interleaved, or None."""
    texts = [(i, ln.text) for i, ln in enumerate(lines) if ln.kind == TEXT and ln.text.strip()]
    # most reports: no lettered label inside a line at all (one cheap search a line)
    inside = [(i, m) for i, t in texts if _LETTER_DIGIT.search(t) for m in _LABEL_INSIDE.finditer(t)]
    if not inside or len(texts) < MIN_MEASURED_LINES:
        return None
    widths = sorted(len(t) for _, t in texts)
    measure = widths[len(widths) // 2]
    wide = {i for i, t in texts if len(t) >= JOINED_WIDTH * measure}
    for letters in {m["letters"] for _, m in inside}:
        found = _series(texts, inside, letters, wide)
        if found is not None:
            return found
    return None


def _series(texts, inside, letters: str, wide: set[int]) -> int | None:
    """The first joined line of the series, if its labels count 1..n (each once) out of order."""
    printed: list[tuple[int, int, bool]] = []  # (line, number, inside a joined line)
    for i, t in texts:
        m = _LABEL_AT_START.match(t)
        if m and m["letters"] == letters:
            printed.append((i, int(m["number"]), False))
    printed += [(i, int(m["number"]), i in wide) for i, m in inside if m["letters"] == letters]
    printed.sort()
    numbers = [n for _, n, _ in printed]
    if len(numbers) < MIN_SERIES or sorted(numbers) != list(range(1, len(numbers) + 1)):
        return None
    if numbers == sorted(numbers):
        return None  # the series reads in order: one column, or columns kept apart
    joined = [i for i, _, is_joined in printed if is_joined]
    return joined[0] if joined else None
