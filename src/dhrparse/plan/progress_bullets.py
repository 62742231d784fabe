"""A review's progress reported as bullets under each recommendation, with no table: an annual
report's chapter prints, under a line naming the recommendation alone ("Recommendation 2"), one
bullet per action, "<action> (<lead>; due <Month yyyy>) – <status>[; <note>]". Each bullet is an
action of that recommendation: the bracket's first part its lead, the date after the due word
its target, the words after the dash its status (a note after a semicolon its progress). It
carries no ref of its own.

A bullet is read only whole: its action's words, a bracket holding a lead and a due date, a dash,
and a status the status vocabulary reads; a bullet opens a printed line (its mark, where
printed, taken off) and may wrap over the lines under it, a wrapped note's line opening in lower
case. A run is a recommendation's line and the bullets straight under it; a line that is neither
ends it. The words are in patterns/actions.toml [plan.progress_bullets].
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from dhrparse.document import FURNITURE, Line, SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.plan.status import status_words
from dhrparse.plan.tables import PlanRow, PlanTable

COLUMNS = ["action", "lead", "target_date", "status", "progress"]
MAX_WRAPS = 3  # a bullet's lines beyond its first


@dataclass
class _Vocabulary:
    heading: regex.Pattern
    bullet: regex.Pattern
    mark: regex.Pattern


def _vocabulary(p: Patterns) -> _Vocabulary:
    words = p.get("actions.plan.progress_bullets", {}) or {}
    due = (
        "|".join(regex.escape(w) for w in sorted(words.get("due_words", []), key=len, reverse=True))
        or r"(?!x)x"
    )
    dashes = "".join(words.get("dashes", [])) or "–"
    return _Vocabulary(
        heading=regex.compile(words.get("heading", r"(?!x)x"), regex.I),
        bullet=regex.compile(
            rf"^(?P<action>\p{{Lu}}[^()]{{8,}}?)\s*\(\s*(?P<lead>[^();]{{2,80}}?)\s*;\s*(?:{due})\s+"
            rf"(?P<due>[^()]{{3,30}}?)\s*\)\s*[{dashes}]\s*(?P<status>[^;]+?)\s*(?:;\s*(?P<note>.*?))?\s*$",
            regex.I,
        ),
        mark=regex.compile(words.get("marks", r"(?!x)x")),
    )


@dataclass
class _Run:
    number: str
    heading: Line  # the recommendation's line
    rows: list[PlanRow] = field(default_factory=list)


def read_progress_bullets(doc: SourceDocument, p: Patterns) -> list[PlanTable]:
    """One table per run of a recommendation's line and its progress bullets."""
    vocab: _Vocabulary = p.derived("plan.progress_bullets", _vocabulary)
    lines = [ln for ln in doc.lines if ln.kind != FURNITURE and ln.cells is None and _text(ln, vocab)]
    tables: list[PlanTable] = []
    i = 0
    while i < len(lines):
        m = vocab.heading.match(lines[i].text.strip())
        if m is None:
            i += 1
            continue
        run, i = _run(lines, i + 1, _Run(m.group("number"), lines[i]), vocab, p)
        if run.rows:
            tables.append(_table(run))
    return tables


def _text(ln: Line, vocab: _Vocabulary) -> str:
    """The line's words, a bullet's mark taken off (a mark printed alone: none)."""
    return vocab.mark.sub("", ln.text, count=1).strip()


def _run(lines: list[Line], i: int, run: _Run, vocab: _Vocabulary, p: Patterns) -> tuple[_Run, int]:
    """The bullets from line i on under the recommendation's line; the index past them."""
    while i < len(lines) and not vocab.heading.match(lines[i].text.strip()):
        got = _bullet(lines, i, vocab, p)
        if got is None:
            break
        row, i = got
        row.recommendation_ref = run.number
        run.rows.append(row)
    return run, i


def _bullet(lines: list[Line], i: int, vocab: _Vocabulary, p: Patterns) -> tuple[PlanRow, int] | None:
    """The bullet opening at line i, read whole over its wrapped lines, and the index past it."""
    text = _text(lines[i], vocab)
    for k in range(i, min(i + 1 + MAX_WRAPS, len(lines))):
        if k > i and vocab.heading.match(lines[k].text.strip()):
            return None  # (the next recommendation's line: no bullet's words)
        if k > i:
            text = f"{text} {_text(lines[k], vocab)}"
        m = vocab.bullet.match(text)
        if m is None or status_words(m.group("status"), p) is None:
            continue
        end = k + 1
        while end < len(lines) and _text(lines[end], vocab)[:1].islower() and end - i <= MAX_WRAPS:
            text = f"{text} {_text(lines[end], vocab)}"  # (the note's wrapped words)
            end += 1
        m = vocab.bullet.match(text)
        return _row(m, lines[i], lines[end - 1]), end
    return None


def _row(m: regex.Match, first: Line, last: Line) -> PlanRow:
    cells = {name: " ".join((m.group(name) or "").split()) for name in ("action", "lead", "status")}
    cells["target_date"] = " ".join(m.group("due").split())
    if m.group("note"):
        cells["progress"] = " ".join(m.group("note").split())
    return PlanRow(cells=cells, line_start=first.number, line_end=last.number, page=first.page)


def _table(run: _Run) -> PlanTable:
    return PlanTable(
        columns=list(COLUMNS),
        headers=list(COLUMNS),
        rows=run.rows,
        line_start=run.heading.number,
        printed=list(COLUMNS),
    )
