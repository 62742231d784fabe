"""A plan set as one two-column box per recommendation (a narrow label column, "Actions to be
taken" / "Person responsible" / "Target completion date", beside its values) in text taken out a
printed line at a time, each line's cells joined by one space (corpus text): a label's first
words open the line its value's first line follows ("Actions to be 1. Add a prompt ..."), the
label's later words, wrapped in its narrow column, open the lines under it ("taken 2. Review
...") or stand alone ("date").

Nothing printed parts a label from its value but the labels' own words, so a line opens a label
only where its first words, with the lower-case words opening the one or two lines under it,
make a label the plan's vocabulary names exactly ("Target completion date", not "Target
completion"; the longest such); each box names each field once. The box's number line above it
("Recommendation 3") opens it, the next such line or a line read into cells ends it, and under a
value of numbered items ("1. ...", "2. ...") a line opening with a capital after an item's full
stop is the report's text after the box, as is the report's next heading. Where the number's cell
stands beside the recommendation's words, the number line holds both ("Recommendation 2 Adult
Social Care should ..."): it opens the box as the recommendation's row. A label's dating aside
may wrap its year onto the line under ("Update, January" / "2026 (b) ..."), and a lettered item's
mark ("(a)") always opens the value. A label column too narrow for its labels breaks the number
line's word ("Recommendat" / "ion 1", the recommendation's words beside both pieces): the two
pieces open the box where together they name the recommendation exactly and the first alone names
nothing; its dating aside may wrap a word a line ("Update," / "January" / "2026"), read as one
label only where it ends in its year. A box is read only where at least MIN_FIELDS labels
name a plan's fields, one the action, each with a value; each label becomes a two-cell row, as
plan.gutter_labels gives the same box printed with a gutter, for plan.labelled_blocks to read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from dhrparse.plan.key_values import without_aside
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.table_rewrites import rewrite_tables

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

MIN_FIELDS = 3  # labels naming a plan's field in a box at least
# a box opened by its number line joined to the recommendation's words names who acts or by when
_WHO_OR_WHEN = frozenset({"lead", "target_date", "status", "progress"})
LABEL_WORDS = 5  # the most words of a label's first line
WRAPPED = 3  # the most words of a label's wrapped line
_NUMBERED = regex.compile(r"^\p{Lu}\p{Ll}+ \d{1,2}(?:\.\d{1,2})?[a-z]?\.?$")  # "Recommendation 2"
_ITEM = regex.compile(r"^\d{1,2}[.)]\s")
# "Recommendat The Board should ..." / "ion 1 tenancy is ...": a label's word broken by its narrow
# column, its rest and the box's number on the line under, the recommendation's words beside them
_BROKEN_HEAD = regex.compile(r"^(?P<head>\p{Lu}\p{Ll}+)(?: (?P<value>\p{Lu}\S*(?: \S+){2,}))?$")
_BROKEN_TAIL = regex.compile(
    r"^(?P<tail>\p{Ll}+) (?P<number>\d{1,2}(?:\.\d{1,2})?[a-z]?)\.?(?: (?P<value>\S.*))?$"
)
_ITEM_MARK = regex.compile(r"^\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)$")  # "(a)", "(ii)", "(3)"
_YEAR = regex.compile(r"^(?:19|20)\d\d$")
# "Recommendation 2 Adult Social Care should ...": the number's cell and the words' joined
_JOINED_NUMBER = regex.compile(
    r"^(?P<number>(?P<label>\p{Lu}\p{Ll}+) \d{1,2}(?:\.\d{1,2})?[a-z]?)\.? (?P<value>\p{Lu}\S*(?: \S+){2,}.*)$"
)


@dataclass
class _Label:
    line: Line
    name: str
    field: str
    value: list[str] = field(default_factory=list)


class JoinedLabels:
    """Two-column label boxes printed with joined cells (corpus text) to two-cell rows."""

    def __init__(self, cm: ColumnMap, p: Patterns, on: bool, headings: frozenset[int]):
        self.cm, self.on = cm, on
        self.headings = headings  # (the report's headings: no box runs past one)
        self.box_words = set(p.list("actions.plan.box_recommendation_labels"))
        self.months = frozenset(k.lower() for k in p.get("dates.months") or {})  # (a dating aside's)

    def field_of(self, name: str) -> str | None:
        """The field a label names exactly ("Target completion date"; "Issue identified" the
        recommendation's words), or None."""
        if name.lower() in self.box_words:
            return "recommendation"
        # (a label's aside dating it, "Update, January 2026", names no other field)
        name = without_aside(name)
        return self.cm.field_of(name) if self.cm.names_exactly(name) else None

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if not self.on:
            return lines
        return rewrite_tables(lines, self._box_at)

    def _box_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        """A recommendation's box of labels opening at line i, as label / value rows."""
        opening = self._opening(lines, i)
        box = self._box(lines, opening[2], opening[0]) if opening else None
        if box is None:
            return None
        first, number, _ = opening
        labels, end = box
        # (the number line keeps a row of its own where it holds no label's words)
        rows = [cells_line(lines[i], [number, ""])] if first is None else []
        rows += [cells_line(x.line, [x.name, " ".join(x.value)]) for x in labels]
        return end, rows

    def _opening(self, lines: list[Line], i: int) -> tuple[_Label | None, str, int] | None:
        """(the number line as a label of its own where it holds the recommendation's words, the
        number's name, where the box's labels start) of a box opening at line i, or None."""
        broken = self._broken_opener(lines, i)
        if broken is not None:
            return broken
        first = self._joined_opener(lines[i])
        if first is None and not _opener(lines[i]):
            return None
        return first, lines[i].text.strip(), i + 1

    def _opens_box(self, lines: list[Line], j: int) -> bool:
        """Line j is a box's number line: alone, joined to its recommendation's words, or broken
        inside its label's word."""
        ln = lines[j]
        return _opener(ln) or self._joined_opener(ln) is not None or self._broken_opener(lines, j) is not None

    def _broken_opener(self, lines: list[Line], i: int) -> tuple[_Label | None, str, int] | None:
        """A number line whose label a narrow column broke inside its word, the number printed
        with the word's rest on the line under ("Recommendat" / "ion 1"), each line maybe going
        on with the recommendation's words beside it: as `_opening` gives it. The two pieces
        must make a label naming the recommendation exactly, the first piece naming nothing."""
        if i + 1 >= len(lines) or lines[i].cells is not None or lines[i + 1].cells is not None:
            return None
        head = _BROKEN_HEAD.match(lines[i].text.strip())
        tail = _BROKEN_TAIL.match(lines[i + 1].text.strip())
        if head is None or tail is None:
            return None
        label = head.group("head") + tail.group("tail")
        if self.field_of(head.group("head")) is not None or self.field_of(label) != "recommendation":
            return None
        number = f"{label} {tail.group('number')}"
        value = [v for v in (head.group("value"), tail.group("value")) if v]
        first = _Label(lines[i], number, "recommendation", value) if head.group("value") else None
        return first, number, i + 2

    def _joined_opener(self, ln: Line) -> _Label | None:
        """The box's number line joined to the recommendation's first words beside it, as a
        label of its own ("Recommendation 2 Adult Social Care should ..."): the number's label
        names the recommendation exactly and the words open as a sentence does."""
        m = _JOINED_NUMBER.match(ln.text.strip()) if ln.cells is None else None
        if m is None or self.field_of(m.group("label")) != "recommendation":
            return None
        return _Label(ln, m.group("number"), "recommendation", [m.group("value")])

    def _box(self, lines: list[Line], i: int, first: _Label | None = None) -> tuple[list[_Label], int] | None:
        """The labels of the box whose first label opens line i (or is `first`, the box's number
        line), and the index after it."""
        labels: list[_Label] = [first] if first else []
        taken: dict[int, int] = {}  # (a later line's words a wrapped label took)
        j = i
        while j < len(lines) and lines[j].cells is None and not self._opens_box(lines, j):
            if lines[j].number in self.headings:
                break
            words = lines[j].text.split()[taken.get(j, 0) :]
            if not words:
                j += 1  # (a line a wrapped label's words fill, "date")
                continue
            got = None if j in taken else self._label(lines, j)
            if (
                first is not None
                and got is not None
                and got[1] == "action"
                and _ACTION_NUMBER.match(" ".join(words[got[2] :]))
            ):
                # (a numbered "Action 1.2" label: a box of numbered actions, read as rows elsewhere)
                return None
            if got is not None and got[1] not in {x.field for x in labels}:
                name, f, k, wraps = got
                labels.append(_Label(lines[j], name, f, [" ".join(words[k:])] if words[k:] else []))
                taken.update(wraps)
            elif not labels:
                return None
            elif self._after_box(labels[-1], words):
                break
            else:
                labels[-1].value.append(" ".join(words))
            j += 1
        fields = [x.field for x in labels]
        if any(not x.value for x in labels) or "action" not in fields or len(labels) < MIN_FIELDS:
            return None
        if first is not None and not _WHO_OR_WHEN.intersection(fields):
            return None  # (a list's "Rec 5 ..." over a tracker's title and header: no box names who or when)
        return labels, j

    def _label(self, lines: list[Line], j: int) -> tuple[str, str, int, dict[int, int]] | None:
        """(label, field, its words on line j, the words it takes of the lines under) of the
        longest label opening line j, or None."""
        words = lines[j].text.split()
        if not words[0][:1].isupper():
            return None
        # (a lettered item's mark opens the value, never ends the label: "Actions (a) Publish ...")
        words = words[: next((n for n, w in enumerate(words) if _ITEM_MARK.match(w)), len(words)) + 1]
        below = [
            _lower_run(lines[n].text.split(), self.months) if n < len(lines) else [] for n in (j + 1, j + 2)
        ]
        best = None
        for k in range(1, min(LABEL_WORDS, len(words) - 1) + 1):
            for m1 in range(len(below[0]) + 1):
                for m2 in range(len(below[1]) + 1 if m1 else 1):
                    name = " ".join([*words[:k], *below[0][:m1], *below[1][:m2]])
                    f = self.field_of(name)
                    if f is not None and (best is None or k + m1 + m2 > best[0]):
                        wraps = {n: m for n, m in ((j + 1, m1), (j + 2, m2)) if m}
                        best = (k + m1 + m2, (name, f, k, wraps))
        return best[1] if best else None

    @staticmethod
    def _after_box(label: _Label, words: list[str]) -> bool:
        """A line opening with a capital after a numbered item's full stop, under a value of
        numbered items: the report's text after the box."""
        return (
            bool(label.value)
            and bool(_ITEM.match(label.value[0]))
            and label.value[-1].endswith(".")
            and words[0][:1].isupper()
            and not _ITEM.match(" ".join(words))
        )


# an action's own number after its label ("Action 1.2 Run ..."): the box numbers its actions
_ACTION_NUMBER = regex.compile(r"\d{1,2}[.]\d{1,2}\b")


def _opener(ln: Line) -> bool:
    """The box's number line ("Recommendation 3")."""
    return ln.cells is None and bool(_NUMBERED.match(ln.text.strip()))


def _lower_run(words: list[str], months: frozenset[str]) -> list[str]:
    """The lower-case words opening a line (a wrapped label's later words), at most WRAPPED, or
    the month or year a label's dating aside wrapped onto it ("Update, January" / "2026", or a
    word a line, "Update," / "January" / "2026"; `field_of` takes them only as such an aside's,
    ending in its year)."""
    if words and (_YEAR.match(words[0]) or words[0].lower() in months):
        return words[:1]
    out: list[str] = []
    for w in words[:WRAPPED]:
        if not w[:1].islower():
            break
        out.append(w)
    return out
