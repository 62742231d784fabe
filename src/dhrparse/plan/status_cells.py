"""The status cell of an action-plan row printed as column-interleaved text (plan.interleaved):
the status phrase closing the row, wrapped over its last lines ("Action" / "completed"), or
printed first."""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.cell_runs import PrintedLine
from dhrparse.plan.row_vocabulary import RowVocabulary

_ACTION_WORD = regex.compile(r"(?i)action\b")


def status_rx(p: Patterns) -> regex.Pattern:
    """A status phrase ending a printed line."""
    return RowVocabulary.of(p).status


def _take_status(lines: list[PrintedLine], p: Patterns) -> str | None:
    """Remove and return the status phrase ending the row."""
    if not lines:
        return None
    rx = status_rx(p)
    last = lines[-1].text
    if len(lines) >= 2:
        two = f"{lines[-2].text} {last}"
        m = rx.search(two)
        if m and m.start("st") < len(lines[-2].text) and _wrapped_status(m.group("st"), last):
            lines.pop()
            return _cut_status(lines, two, m)
    m = rx.search(last)
    if m and (m.start("st") == 0 or m.group("st")[0].isupper()):
        return _cut_status(lines, last, m)
    return None


def _wrapped_status(status: str, last: str) -> bool:
    """A status phrase the status cell wrapped over the row's last two lines: "Action" /
    "completed", or a phrase opening with a capital whose last words fill the last line
    ("Post" / "publication", "Not" / "started"); not a lower-case phrase closing a sentence."""
    if _ACTION_WORD.match(status):
        return True
    return status[:1].isupper() and len(last.split()) < len(status.split())


def _opening_status(lines: list[PrintedLine], p: Patterns) -> str | None:
    """No status closes the row: a status phrase, capitalised, opening one of its later lines
    with a sentence straight after it is the status cell printed before the next cell (the
    phrase is taken off that line)."""
    rx = RowVocabulary.of(p).opening_status
    for k in range(len(lines) - 1, 1, -1):
        m = rx.match(lines[k].text)
        if m and m.group("st")[:1].isupper():
            lines[k].text = lines[k].text[m.end() :]
            return " ".join(m.group("st").split())
    return None


def _cut_status(lines: list[PrintedLine], text: str, m) -> str:
    """The status phrase matched at the end of `text` (the last printed line, or the last
    two joined): what precedes it stays as the last line and ends its cell; the phrase is
    returned."""
    before = text[: m.start("st")].strip()
    if before:
        lines[-1].text = before
        lines[-1].ends_cell = True
    else:
        lines.pop()
    return " ".join(m.group("st").split())


def take_closing_status(
    lines: list[PrintedLine], columns: list[str], p: Patterns, closing_status: bool, cells: dict[str, str]
) -> None:
    """The status phrase ending the row, taken off its last lines."""
    if "status" in columns:
        status = _take_status(lines, p) or _opening_status(lines, p)
        if status:
            cells["status"] = status
    elif closing_status and lines:
        # a last line that is a status phrase and nothing else ("Complete") under "Outcome"
        m = status_rx(p).match(lines[-1].text)
        if m and m.start("st") == 0:
            cells["status"] = " ".join(lines.pop().text.split())
