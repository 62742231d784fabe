"""A plan set as one two-column label table per recommendation ("Recommendation 1 | <text>", "Lead
agency", "Lead officer", "Actions", "Target dates", "Update, January 2026"), as plain pdftotext
prints it: each page's label column as one stack of labels, every table's on the page one after
another, then the value column's cells in the same order.

Nothing printed parts one value from the next but what each holds, so the stacks give the labels'
order and each value is read by its kind: the recommendation's words run to the first line that
ends a sentence; a value whose first line opens a lettered item ("(a) ...") runs over its items
and the lines wrapped under them (opening in lower case) until the letters start again or a line
opens with a capital; any other value is one line, or two where the next label's value is
lettered in the tables before and its first item opens the line after next (a long lead wrapped).
A page break may part a table's labels over two stacks: the labels are read as one series and the
values as one series, so a table's rest on the next page reads on. The tables are read only where every label takes a value, each table prints each
label once (a numbered "Action 1.2" among them opens a table of one action a row, read elsewhere) and
holds lettered cells, all of one count, and at least MIN_TABLES tables so read; each label and its value
then become a two-cell row, as a PDF's table gives it, for plan.labelled_blocks to read. A line
printed among the values that the document prints elsewhere too (a running foot) is no value and
is kept after the rows, as printed.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import regex

from dhrparse.plan.key_values import without_aside
from dhrparse.plan.layouts import cells_line

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.plan.tables import ColumnMap

MIN_TABLES = 2  # one table says nothing by its order
MIN_LABELS = 3  # a table's labels at least, the recommendation's among them
MAX_SENTENCE_LINES = 8  # a recommendation's words printed over so many lines at most
_NUMBERED = regex.compile(r"^(?P<label>\p{Lu}\p{Ll}+) \d{1,2}(?:\.\d{1,2})?[a-z]?$")  # "Recommendation 2"
_LETTER = regex.compile(r"^\((?P<letter>[a-z])\)\s")  # a lettered item's mark: "(a) "
WRAPPED_LINES = 3  # the most lines a label wraps over
WRAPPED_VALUE = 2  # the most lines a one-line value wraps over before a lettered value
LABEL_LINE_WORDS = 3  # the most words of one line of a label


class LabelStacks:
    """Label tables printed as stacks of labels, then their values, to two-cell rows."""

    def __init__(self, cm: ColumnMap, on: bool):
        self.cm, self.on = cm, on

    def field_of(self, text: str) -> str | None:
        """The field a label line names exactly, its dating aside aside; "Recommendation 2" the
        recommendation's."""
        text = text.strip()
        m = _NUMBERED.match(text)
        # (a label broken at its aside's comma, "Update," over the page break, names its field)
        name = m.group("label") if m else without_aside(text).rstrip(" ,")
        return self.cm.field_of(name) if self.cm.names_exactly(name) else None

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if not self.on:
            return lines
        repeated = Counter(ln.text.strip() for ln in lines if ln.cells is None)
        i = 0
        while i < len(lines):
            opens = self._opens_stack(lines, i)
            read = self._tables(lines, i, repeated) if opens else None
            if read is None and opens:
                # (a stack refused is refused whole: its next table's number line opens no stack of
                # its own, which would give that table the first table's values)
                i = max(i + 1, self._split(lines, i, repeated)[3])
                continue
            if read is None:
                i += 1
                continue
            end, rows = read
            lines = [*lines[:i], *rows, *lines[end:]]
            i += len(rows)
        return lines

    def _opens_stack(self, lines: list[Line], i: int) -> bool:
        """A table's number line ("Recommendation 1", maybe wrapped) with a label under it: a stack
        of labels opens at i. (Every plan line is asked: one that could open no field's name is
        passed over first.)"""
        ln = lines[i]
        if ln.cells is not None or not self.cm.may_open_with_field(ln.text):
            return False
        first = self._label_at(lines, i)
        return (
            first is not None
            and bool(_NUMBERED.match(first[0]))
            and self.field_of(first[0]) == "recommendation"
            and self._label_at(lines, i + first[1]) is not None
        )

    def _label_at(self, lines: list[Line], k: int) -> tuple[str, int] | None:
        """(the label, the lines it takes) of a label at line k: a narrow label column wraps a label
        over up to WRAPPED_LINES lines ("Target" / "dates", "Update," / "January" / "2026"), or
        breaks a long word ("Recommendat" / "ion 1"); the most lines that make a label are taken."""
        parts: list[str] = []
        for n in range(k, min(k + WRAPPED_LINES, len(lines))):
            ln = lines[n]
            if ln.cells is not None or n > k and ln.number != lines[n - 1].number + 1:
                break
            if len(ln.text.split()) > LABEL_LINE_WORDS:
                break
            parts.append(ln.text.strip())
        for n in range(len(parts), 0, -1):
            label = next((t for t in _joins(parts[:n]) if self.field_of(t)), None)
            if label is not None and (n == 1 or not self.field_of(parts[n - 1])):
                return label, n
        return None

    def _label_rest(self, lines: list[Line], k: int, last: str) -> int:
        """How many lines from k are the rest of the last label, wrapped onto the next page and
        printed there alone ("Update," / ... / "January" / "2026"): a short block standing apart
        that the label with it names as the same field; 0 otherwise."""
        parts: list[Line] = []
        for n in range(k, min(k + WRAPPED_LINES, len(lines))):
            if lines[n].cells is not None or len(lines[n].text.split()) > LABEL_LINE_WORDS:
                break
            parts.append(lines[n])
            if _apart(lines, k, len(parts)):
                joined = " ".join([last, *(ln.text.strip() for ln in parts)])
                return len(parts) if last and self.field_of(joined) == self.field_of(last) else 0
        return 0

    def _split(
        self, lines: list[Line], i: int, repeated: Counter
    ) -> tuple[list, list[Line], list[Line], int]:
        """(labels as (name, line), the value lines, the loose lines, the index after the region)
        from the first stack at i: stacks and values alternate until a line that is neither
        follows the values (the report's text after the tables)."""
        labels: list[tuple[str, Line]] = []
        values: list[Line] = []
        loose: list[Line] = []
        k, stacked = i, -1  # (the index after the last label taken: a stack's next label follows it)
        while k < len(lines) and lines[k].cells is None:
            got = self._label_at(lines, k)
            if got is not None and (
                k == stacked or self._stack_at(lines, k) or labels and not values or _apart(lines, k, got[1])
            ):
                labels.append((got[0], lines[k]))
                k = stacked = k + got[1]
            elif repeated[lines[k].text.strip()] > 1 and _apart(lines, k):
                loose.append(lines[k])
                k += 1
            elif rest := self._label_rest(lines, k, labels[-1][0] if labels else ""):
                loose.extend(lines[k : k + rest])  # (a label's rest the page break carried over)
                k += rest
            else:
                values.append(lines[k])
                k += 1
        return labels, values, loose, k

    def _stack_at(self, lines: list[Line], k: int) -> bool:
        """Line k opens a stack: it and the next line are labels."""
        first = self._label_at(lines, k)
        return first is not None and self._label_at(lines, k + first[1]) is not None

    def _tables(self, lines: list[Line], i: int, repeated: Counter) -> tuple[int, list[Line]] | None:
        labels, values, loose, _ = self._split(lines, i, repeated)
        boxes = _boxes(labels, self)
        if len(boxes) < MIN_TABLES or not all(_one_row_each(box) for box in boxes):
            return None
        read = _values(boxes, values)
        if read is None:
            return None
        rows, used = read
        # (the tables end at their last label or value, whichever prints later; the lines after
        # are the report's, and any line among them no table took is kept as printed)
        last = max(values[used - 1].number, boxes[-1][-1][1].number)
        end = next((k for k in range(i, len(lines)) if lines[k].number > last), len(lines))
        kept = [ln for ln in [*loose, *values[used:]] if ln.number < last]
        return end, [*rows, *kept]


def _joins(parts: list[str]) -> list[str]:
    """The texts a label wrapped over these lines may read as: each break a space, or, where the
    line under opens in lower case, a word broken in two."""
    texts = [parts[0]]
    for part in parts[1:]:
        glued = part[:1].islower() and texts[0][-1:].isalpha()
        texts = [f"{t} {part}" for t in texts] + ([f"{t}{part}" for t in texts] if glued else [])
    return texts


def _apart(lines: list[Line], k: int, taken: int = 1) -> bool:
    """The `taken` lines from k stand apart, a blank line before and after them: a running foot
    among the values, or a label the page printed alone (a table's last labels after a page break,
    the next table's number line before its values)."""
    last = k + taken - 1
    before = k == 0 or lines[k].number > lines[k - 1].number + 1
    return before and (last + 1 >= len(lines) or lines[last + 1].number > lines[last].number + 1)


def _one_row_each(box: list[tuple[str, Line]]) -> bool:
    """A table of one recommendation: at least MIN_LABELS labels, each printed once, none numbered
    but its first ("Action 1.2" opens a table of one action a row, another reader's)."""
    names = [" ".join(name.lower().split()) for name, _ in box]
    numbered = [name for name, _ in box[1:] if _NUMBERED.match(name)]
    return len(box) >= MIN_LABELS and len(set(names)) == len(names) and not numbered


def _boxes(labels: list[tuple[str, Line]], stacks: LabelStacks) -> list[list[tuple[str, Line]]]:
    """The labels parted into tables, each opening on its "Recommendation N"."""
    boxes: list[list[tuple[str, Line]]] = []
    for name, ln in labels:
        if _NUMBERED.match(name) and stacks.field_of(name) == "recommendation":  # (a table opens)
            boxes.append([])
        if boxes:
            boxes[-1].append((name, ln))
    return boxes


def _values(boxes, values: list[Line]) -> tuple[list[Line], int] | None:
    """(the two-cell rows, how many value lines they took), or None where a label takes no value or
    a table's lettered cells count unlike."""
    rows: list[Line] = []
    k = 0
    kinds: dict[str, bool] = {}  # (each label's value lettered or not, alike in every table)
    for box in boxes:
        counts = set()
        for n, (name, label_line) in enumerate(box):
            after = box[n + 1][0] if n + 1 < len(box) else None
            taken = _value(values, k, first=n == 0, before_letters=kinds.get(after, False))
            if not taken:
                return None
            lettered = [ln for ln in values[k : k + taken] if _LETTER.match(ln.text.strip())]
            if kinds.setdefault(name, bool(lettered)) != bool(lettered):
                return None
            if lettered:
                counts.add(len(lettered))
            text = " ".join(ln.text.strip() for ln in values[k : k + taken])
            # (the row where its label is printed: the tables' lines open at their first stack)
            rows.append(cells_line(label_line, [name.rstrip(" ,"), text]))
            k += taken
        # (the lettered cells are what part one action from the next: a table without them, or
        # with them counting unlike, says nothing of where its values end)
        if len(counts) != 1:
            return None
    return rows, k


def _value(values: list[Line], k: int, first: bool, before_letters: bool = False) -> int:
    """How many value lines from k the next label's value takes (0: none left). `before_letters`:
    the next label's value is lettered in the tables read before, so a one-line value may wrap
    (a long lead, "<agency> (Community Safety" / "Manager)") up to its first lettered item."""
    if k >= len(values):
        return 0
    if first:  # the recommendation's words: to the line that ends a sentence
        for n in range(k, min(k + MAX_SENTENCE_LINES, len(values))):
            if values[n].text.rstrip().endswith((".", ".”", '."')):
                return n - k + 1
        return 0
    if not _LETTER.match(values[k].text.strip()):
        if before_letters:
            wrapped = range(k + 1, min(k + WRAPPED_VALUE + 1, len(values)))
            return next((n - k for n in wrapped if _LETTER.match(values[n].text.strip())), 1)
        return 1
    n = k + 1
    while n < len(values):
        text = values[n].text.strip()
        m = _LETTER.match(text)
        if m and m.group("letter") == "a" or not m and not text[:1].islower():
            break
        n += 1
    return n - k
