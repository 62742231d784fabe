"""A title page's fact strip (headed cells side by side: "Review reference | Commissioned by |
Date of death | Independent chair and author" over one row of values) as a text layer joins it:
each printed line runs across the cells with only spaces between them, so the heads print as one
line ("Review reference Commissioned by Date of death Independent chair and"), a head's wrapped
last word on a line of its own ("author"), then the values as one line ("BXP/DHR/2022/07 Braxby
Safer Communities 04/11/2022 Morag Ellery"), a body's name's wrapped last word under it
("Partnership").

Read as "Label: value" lines, one a cell, as header_rows reads a strip whose cells are set apart,
only where the heads' words part into three or more labels the cover's table knows and the
values' words part into as many values each fitting its label, one way alone; a wrapped word
joins the one head, or the one value, it fits. Any doubt leaves the lines as printed."""

from __future__ import annotations

from dhrparse.extractors.review.cover_table import cover_labels
from dhrparse.patterns import Patterns

_LABEL_WORDS = 6  # the most words one head holds
_HEADS = 3  # heads a strip has, at least
_WRAPPED_WORDS = 2  # a wrapped head's or value's line holds no more words than this
_LINE_WORDS = 24  # a line of heads longer than this is prose


def strips(lines: list[str], p: Patterns, limit: int) -> list[str]:
    """The first `limit` lines with each joined fact strip read as "Label: value" lines."""
    labels = cover_labels(p)
    out: list[str] = []
    i, end = 0, min(limit, len(lines))
    while i < end:
        read = _strip_at(lines, i, end, labels)
        if read is None:
            out.append(lines[i])
            i += 1
            continue
        pairs, used = read
        out += [f"{label}: {value}" for label, value in pairs]
        i += used
    return out + lines[end:]


def _strip_at(lines: list[str], i: int, end: int, labels) -> tuple[list[tuple[str, str]], int] | None:
    """The strip whose heads open at line i: its (label, value) pairs and the lines it spans."""
    if not _maybe_heads(lines[i], labels):
        return None
    readings = []
    for heads, k in _head_readings(lines, i, end, labels):
        for values, used in _value_readings(lines, k, end, heads, labels):
            readings.append((list(zip(heads, values, strict=True)), used - i))
    # a wrapped value's word under the values is read into the one value it fits
    most = max((used for _, used in readings), default=0)
    readings = [(r, used) for r, used in readings if used == most]
    if len({tuple(r) for r, _ in readings}) != 1:
        return None  # (no strip, or more than one way to read it)
    return readings[0]


def _maybe_heads(line: str, labels) -> bool:
    """A cheap first look: the line opens with a label and holds no digit (heads are words)."""
    words = line.split()
    return (
        _HEADS <= len(words) <= _LINE_WORDS
        and not any(c.isdigit() for c in line)
        and _opens_label(words, labels)
    )


def _opens_label(words: list[str], labels) -> bool:
    return any(labels.kind(" ".join(words[:n])) for n in range(1, min(_LABEL_WORDS, len(words)) + 1))


def _head_readings(lines: list[str], i: int, end: int, labels):
    """The ways line i (with a wrapped head word on the line after it, or without) parts into
    labels: (the labels, the line the values open on)."""
    wrapped = i + 1 < end and _wrapped(lines[i + 1]) and lines[i + 1].strip()[:1].islower()
    spans = [(lines[i], i + 1)] + ([(f"{lines[i]} {lines[i + 1]}", i + 2)] if wrapped else [])
    for text, k in spans:
        for heads in _parts(text.split(), lambda part: _head(part, labels), _LABEL_WORDS):
            if len(heads) >= _HEADS:
                yield heads, k


def _head(part: str, labels) -> bool:
    """A strip's head: a label the cover's table knows, opening with a capital as every head does
    (a wrapped head's lower-case word is its head's end, never a head)."""
    return part[:1].isupper() and labels.kind(part) is not None


def _value_readings(lines: list[str], k: int, end: int, heads: list[str], labels):
    """The ways the line at k (with a wrapped value word on the line after it, or without) parts
    into one value a head, each fitting its head's kind: (the values, the line after them)."""
    if k >= end:
        return
    kinds = [labels.kind(h) for h in heads]
    cuts = _cuts(lines[k].split(), kinds, labels)
    for values in cuts:
        yield values, k + 1
    if k + 1 < end and _wrapped(lines[k + 1]) and lines[k + 1].strip()[:1].isupper():
        tail = lines[k + 1].strip()
        for values in cuts:
            for n, (kind, value) in enumerate(zip(kinds, values, strict=True)):
                if labels.fits(kind, f"{value} {tail}"):
                    yield values[:n] + [f"{value} {tail}"] + values[n + 1 :], k + 2


def _cuts(words: list[str], kinds: list[str], labels) -> list[list[str]]:
    """Every parting of the words into len(kinds) values in order, each fitting its kind."""
    if not kinds:
        return [[]] if not words else []
    out = []
    for n in range(1, len(words) - len(kinds) + 2):
        value = " ".join(words[:n])
        if labels.fits(kinds[0], value):
            out += [[value, *rest] for rest in _cuts(words[n:], kinds[1:], labels)]
    return out


def _parts(words: list[str], good, longest: int) -> list[list[str]]:
    """Every parting of the words into runs of up to `longest` words, each run `good`."""
    if not words:
        return [[]]
    out = []
    for n in range(1, min(longest, len(words)) + 1):
        part = " ".join(words[:n])
        if good(part):
            out += [[part, *rest] for rest in _parts(words[n:], good, longest)]
    return out


def _wrapped(line: str) -> bool:
    return 0 < len(line.split()) <= _WRAPPED_WORDS
