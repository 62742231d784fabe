"""A cover's label/value table as a text export prints it: plain pdftotext reads a two-column
table column by column, so the labels come first ("Name of Board:" / "Review Author:" / "Date
of Death:") and their values after ("Lanford Safeguarding Adults Board" / "Jo Roe" /
"19/03/2021"); a table of one row per label prints each label over its value. The cover's
lines are read as "Label: value" once each value is paired with its label (a row read across,
"Reference<tab>ABSAB 2022/07", likewise).

A run of N label lines is paired with the N lines after it (or, a long value wrapped in its cell,
with up to N + 2 lines, joined the one way that fits) only when every value fits its
label (a date under a date label, a name under a person's, a digit in a reference, a body's
name under "Commissioned by"); otherwise the lines stay as printed. A name printed above its
role ("Jo Roe" / "Independent Author") is the role's, so a role with a fitting value above it
is not paired with the line below.
"""

from __future__ import annotations

import re
from itertools import combinations

from dhrparse.extractors.review.printing import compiled
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

KINDS = ("person", "date", "reference", "body", "other")
_VALUE_WORDS = 15  # a value longer than this is prose, not a cell
_NAME = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev|Revd|Sir|Dame)\.?\s+)?"
    r"(?:[A-Z][\w’'-]*\.?\s+){1,3}(?:[A-Z][\w’'-]+)(?:$|[\s,(])"
)
_DIGIT = re.compile(r"\d")
_CODE = re.compile(r"[A-Za-z/-]")
_WORD = re.compile(r"\b[A-Za-z][a-z]{4,}\b")  # a word of prose, which no reference holds


class _Labels:
    """Each kind of label, its expression read against a whole line."""

    def __init__(self, p: Patterns):
        self.kinds = [
            (kind, compiled(rf"^(?:{p.get(f'review.cover_table.{kind}')})$"))
            for kind in KINDS
            if p.get(f"review.cover_table.{kind}")
        ]
        self.body = compiled(p.get("review.area.hint", r"(?!x)x"))
        self.nhs_body = compiled(p.get("review.area.nhs_body", r"(?!x)x"), 0)  # ("... NHS Foundation Trust")
        self.date_words = {w.lower() for w in p.list("review.cover_table.date_words")}
        # (words never a person's name: a column's header "Member Name" under a role is no value of it)
        self.not_person_words = {w.lower() for w in p.list("review.author.not_name_words")}
        self.p = p

    def kind(self, line: str) -> str | None:
        """The kind of label the line is, or None for a line that is not a label alone. A label in
        two languages ("Adolygydd / Reviewer") is read by its last part."""
        text = line.strip().rstrip(":").strip()
        if not text or len(text.split()) > 8:
            return None
        for part in (text, text.rsplit("/", 1)[-1].strip()):
            kind = next((k for k, rx in self.kinds if rx.match(part)), None)
            if kind:
                return kind
        return None

    def fits(self, kind: str, value: str) -> bool:
        """Whether the value's content is what a label of this kind holds."""
        value = value.strip()
        if not value or value.endswith(":") or len(value.split()) > _VALUE_WORDS:
            return False
        if kind == "person":
            name = _NAME.match(value)
            words = name.group(0).lower().split() if name else []
            return bool(name) and not _DIGIT.search(value) and not self.not_person_words.intersection(words)
        if kind == "date":
            return self._only_a_date(value)
        if kind == "reference":
            # a code, not a numbered heading ("1. Introduction") or a sentence
            # (and holds a letter or a slash or dash: "1.1" under "Ref" numbers a row or a paragraph)
            return (
                bool(_DIGIT.search(value) and _CODE.search(value))
                and len(value.split()) <= 5
                and not _WORD.search(value)
            )
        if kind == "body":
            named = self.body.search(value) or self.nhs_body.search(value)
            return value[0].isupper() and bool(named) and not find_dates(value, self.p)
        return True

    def _only_a_date(self, value: str) -> bool:
        dates = find_dates(value, self.p)
        if not dates:
            return False
        rest = value[: dates[0].start] + " " + value[dates[0].end :]
        return all(w.lower().strip(".,") in self.date_words for w in re.findall(r"[A-Za-z.]+", rest))


def cover_labels(p: Patterns) -> _Labels:
    """The cover table's labels, each kind's expression and what fits under it."""
    return p.derived("review.cover_table", _Labels)


def paired(lines: list[str], p: Patterns, limit: int) -> list[str]:
    """The first `limit` lines with each run of labels paired with the values printed after it
    ("Review Author:" ... "Jo Roe" read as "Review Author: Jo Roe"); the rest as they are."""
    labels = cover_labels(p)
    out: list[str] = []
    i, end = 0, min(limit, len(lines))
    while i < end:
        run = _label_run(lines, i, end, labels)
        values, used = _values(lines, i, run, labels)
        if values is not None:
            out += [f"{lines[i + k].strip().rstrip(':').strip()}: {v.strip()}" for k, v in enumerate(values)]
            i += len(run) + used
            continue
        out.append(_row(lines[i], labels))
        i += 1
    return out + lines[end:]


# a label word standing alone is read as a wrapped value's end only under a run of at least this
# many labels (a box or strip): a lone "Partnership" is more often a body's name wrapped above it
BOX_LABELS = 2
WRAPPED_LINES = 2  # the most lines a column-wise box's values may have wrapped onto, all told


def _values(lines: list[str], i: int, run: list[str], labels: _Labels) -> tuple[list[str] | None, int]:
    """The values of the labels from line i on, and how many lines they take: one line each, else
    (a long value wrapped in its cell: "Tiverbury Community and Mental Health" / "NHS Foundation
    Trust") the one way of joining some lines with the line above them that makes every value fit
    its label. Several ways that fit are no reading: the box is left as printed."""
    if not run:
        return None, 0
    printed, above = lines[i : i + len(run)], lines[i - 1] if i else ""
    start = i + len(run)
    # (wrapped values are joined only under a whole run of labels: a run's later labels, tried
    # when the whole run found no values, are paired a line each or not at all)
    wraps = 0 if above and labels.kind(above) else WRAPPED_LINES
    for extra in range(wraps + 1):
        below = lines[start : start + len(run) + extra]
        worded = _label_words(below, labels)
        if len(below) < len(run) + extra or worded is None or (worded and len(run) < BOX_LABELS):
            return None, 0
        fitting = [
            joined
            for joins in combinations(range(1, len(below)), extra)
            if worded <= set(joins) and _pairs(printed, run, joined := _joined(below, joins), above, labels)
        ]
        if fitting:
            return (fitting[0], len(below)) if len(fitting) == 1 else (None, 0)
    return None, 0


def _label_words(below: list[str], labels: _Labels) -> set[int] | None:
    """The lines below a run of labels that read as a label themselves, each a single word a
    narrow cell wrapped off its value ("Braxby Safer Communities" / "Partnership"): such a line
    is only ever joined to the line above it. None where a longer label follows: the next run of
    labels, not a value."""
    worded = {k for k, v in enumerate(below) if labels.kind(v)}
    if any(len(below[k].split()) > 1 or below[k].rstrip().endswith(":") or k == 0 for k in worded):
        return None
    return worded


def _joined(below: list[str], joins: tuple[int, ...]) -> list[str]:
    """The lines with each line whose index is in `joins` run on to the line above it."""
    values: list[str] = []
    for k, line in enumerate(below):
        if k in joins:
            values[-1] = f"{values[-1].rstrip()} {line.strip()}"
        else:
            values.append(line)
    return values


def _row(line: str, labels: _Labels) -> str:
    """A table row read across ("Reference<tab>ABSAB 2022/07"): the label's cell with its value."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    if len(cells) != 2:
        return line
    kind = labels.kind(cells[0])
    return f"{cells[0].rstrip(':').strip()}: {cells[1]}" if kind and labels.fits(kind, cells[1]) else line


def _label_run(lines: list[str], i: int, end: int, labels: _Labels) -> list[str]:
    """The kinds of the label lines from line i on (empty when line i is not a label)."""
    run: list[str] = []
    while i + len(run) < end:
        kind = labels.kind(lines[i + len(run)])
        if kind is None:
            break
        run.append(kind)
    return run


def _pairs(printed: list[str], run: list[str], values: list[str], above: str, labels: _Labels) -> bool:
    """Every value fits its label and none is itself a label; a label without a colon whose fitting
    value is printed above it ("Jo Roe" / "Author") is not paired with the line below."""
    if any(labels.kind(v) for v in values):
        return False
    if not all(labels.fits(k, v) for k, v in zip(run, values)):
        return False
    alone = len(run) == 1 and not printed[0].rstrip().endswith(":")
    return not (alone and above and labels.fits(run[0], above))
