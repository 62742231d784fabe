"""A long header cell wrapped over several lines in a narrow column, as a layout-preserving
text export prints it: "Scope of" / "recommenda" / "tion (local," / "regional or" / "national)".
A line under the header holds a piece of that cell when its words are header words, once a
word the column cut in two is allowed at either end: its start closing the line above
("recommenda") and its end opening this one ("tion")."""

from __future__ import annotations

import regex

from dhrparse.plan.tables import ColumnMap

WORD = regex.compile(r"[a-z]+")
MIN_CUT = 5  # letters of a cut word's start that say which header word it is


def _last_word(text: str) -> str:
    words = WORD.findall(text.lower())
    return words[-1] if words else ""


def completes_field(cm, name: str, text: str) -> bool:
    """`text` ends the header word the line above cut, into a column's name ("Recommendatio" + "n")."""
    return " " not in text and not cm.field_of(name) and bool(cm.field_of(f"{name}{text}"))


def ends_cut_word(cm: ColumnMap, name: str, text: str) -> bool:
    """`text` opens with the end of the word `name` (the cell so far) was cut on ("tion")."""
    head, first = _last_word(name), WORD.match(text.lower())
    return bool(first) and head not in cm.vocabulary and f"{head}{first.group()}" in cm.vocabulary


def is_header_piece(cm: ColumnMap, name: str, text: str) -> bool:
    """Whether `text`, printed under a header cell reading `name` so far, carries that cell on."""
    if completes_field(cm, name, text):
        return True
    if not isinstance(cm, ColumnMap):  # (a chronology's column map: no words that only complete a header)
        return cm.is_header_words(text)
    if cm.is_wrapped_header_words(text):
        return True
    words = text.split()
    if ends_cut_word(cm, name, text):
        words = words[1:]
    if words:
        cut = _last_word(words[-1])
        if len(cut) >= MIN_CUT and cut not in cm.vocabulary and any(w.startswith(cut) for w in cm.vocabulary):
            words = words[:-1]  # a word the column cut, its end on the next line
    return not words or cm.is_wrapped_header_words(" ".join(words))


def joined(cm: ColumnMap, name: str, text: str) -> str:
    """The header cell with `text` added: a cut word joined again ("recommenda" + "tion")."""
    cut = completes_field(cm, name, text) or isinstance(cm, ColumnMap) and ends_cut_word(cm, name, text)
    return f"{name}{text}" if cut else f"{name} {text}"
