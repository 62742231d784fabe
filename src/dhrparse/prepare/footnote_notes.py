"""Footnotes an author set by hand, or a text export printed in the running text: a note's
number against the last word of a sentence ("...scored it as high risk.1", "...at home.²",
"...at home. 4" where a layout export sets the raised number apart), and further down the
note itself on a line of its own opening with that number and a capital ("1 Multi-Agency Risk
Assessment Conference: ..."), typed in small print under the paragraphs or printed at the
page's foot. Such a line opens as a numbered paragraph does; it is a note, not the report's
text (a note under a chronology is no event).

A line is taken for a note only where its number was printed against a sentence's last word
above it, within a page or two, and the notes' numbers rise; the raised number is then taken
out of the sentence it annotates.
"""

from __future__ import annotations

import re

from dhrparse.lines import FOOTNOTE, TEXT, Line
from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import literal_alternation

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPER = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
WINDOW = 160  # lines: a note prints on the page of its mark, or the next
# a raised number against a sentence's last word, past its stop ("risk.1", "home.²"; never a
# number glued to a word, "v4", "DASH1", which may be a version's or a form's name), or set apart
# by one space after a sentence's end, last on its line ("at home. 4")
_MARK = re.compile(
    rf"(?:(?<=[a-z]{{2}}[.;:])(?P<ascii>\d{{1,2}})(?=\s|$)"
    rf"|(?<=\S)(?P<raised>[{SUPERSCRIPT_DIGITS}]{{1,2}})"
    rf"|(?<=[a-z)’'”\"][.;:]) (?P<apart>\d{{1,2}})\s*$)"
)
_COLUMN_GAP = re.compile(r"\S {3,}\S")
# what every mark holds (a stop before a digit, maybe one space apart, or a raised digit): a
# line without it is passed over without trying the mark's three forms at each character
_MAY_MARK = re.compile(rf"[.;:] ?\d|[{SUPERSCRIPT_DIGITS}]")
_ENDS = (".", "?", "!", ")", "”", '"')


def note_line(patterns: Patterns) -> re.Pattern:
    """A line opening as a note does: a number, then a capital. A day opening a dated line,
    "14 March 2021 Police ...", is no note's number; the month is a whole word of the date
    vocabulary (patterns/dates.toml [months]), so a note opening "Decisions ..." or "Marsh ..."
    is still a note."""

    def build(p: Patterns) -> re.Pattern:
        months = literal_alternation(p.get("dates.months", {}), longest_first=True)
        return re.compile(rf"^\s*(?P<number>\d{{1,2}})\s+(?!(?i:{months})\.?\b)[A-Z‘“'\"]")

    return patterns.derived("footnote_notes.note_line", build)


def mark_numbered_notes(lines: list[Line], patterns: Patterns) -> None:
    """Mark each hand-set note as a footnote and take its number out of the sentence above."""
    note = note_line(patterns)
    marks: dict[int, list[tuple[int, re.Match]]] = {}  # note number -> (line index, its mark)
    last = 0
    for i, ln in enumerate(lines):
        if ln.kind != TEXT or ln.cells is not None:
            continue
        # (a table's row printed in columns, "4   Fernbridge Council   Local ...", is no note)
        m = note.match(ln.text)
        if m and _COLUMN_GAP.search(ln.raw):
            m = None
        number = int(m.group("number")) if m else 0
        seen = [(k, mark) for k, mark in marks.get(number, ()) if i - k <= WINDOW] if m else []
        if seen and number > last:
            last = number
            _take_mark(lines, *seen[-1])
            _mark_note(lines, i, note)
            continue
        if ("." in ln.text or not ln.text.isascii() or ln.text[-1:].isdigit()) and _MAY_MARK.search(ln.text):
            for mark in _MARK.finditer(ln.text):
                digits = (mark.group("ascii") or mark.group("apart") or mark.group("raised")).translate(
                    _FROM_SUPER
                )
                marks.setdefault(int(digits), []).append((i, mark))


def _take_mark(lines: list[Line], k: int, mark: re.Match) -> None:
    ln = lines[k]
    group = next(g for g in ("ascii", "raised", "apart") if mark.group(g))
    start, end = mark.span(group)
    if ln.text[start:end] == mark.group(group):  # (the line as it was when the mark was seen)
        ln.text = (
            (ln.text[:start] + ln.text[end:]).rstrip()
            if group == "apart"
            else ln.text[:start] + ln.text[end:]
        )


def _mark_note(lines: list[Line], i: int, note: re.Pattern) -> None:
    """The note's line, and the lines its words wrap onto (no blank line, the sentence unfinished)."""
    lines[i].kind = FOOTNOTE
    while not lines[i].text.rstrip().endswith(_ENDS) and i + 1 < len(lines):
        nxt = lines[i + 1]
        if nxt.kind != TEXT or nxt.cells is not None or note.match(nxt.text) or not nxt.text.strip():
            return
        i += 1
        nxt.kind = FOOTNOTE
