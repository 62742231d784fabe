"""A grading scale table that plain pdftotext (no -layout) printed as column blocks: the
letters one a line under their column's name ("Grade" / "A" / "B" / "C" / "D"), then, after a
blank line, the meanings' column, its name first and each meaning opening a line with a capital,
its wrapped words carried on in lower case ("Completed; impact on practice not yet" /
"demonstrated"). Read as plan.code_key reads such a table's rows, each letter with its meaning,
only when the meanings part into as many as there are letters (the column's name one more).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from dhrparse.document import Line
from dhrparse.prepare.markup import flatten

_LETTER = regex.compile(r"^\s*(?P<code>\p{Lu})\s*$")
MIN_LETTERS = 2
MAX_NAME_WORDS = 4  # the letters' column's name: "Grade", "Assurance grade"


def grade_block_key(lines: Sequence[Line], row_of: Callable[[str], tuple[str, str] | None]) -> dict[str, str]:
    """Letter -> status of the first grading table printed as column blocks in `lines`, each
    letter with its meaning read by `row_of` ("B Completed; ..." -> ("B", "complete")); {}
    without one."""
    texts = [flatten(ln.text).strip() for ln in lines]
    for k in range(1, len(texts)):
        letters = _letters_from(texts, k)
        if not letters or not _named(texts[k - 1]):
            continue
        rows = _rows(letters, _meanings(texts, k + len(letters)), row_of)
        if rows is None:
            # (a wrapped meaning's line opening with a capital, "NHS England": the meanings
            # part only where a line opens with a state's words)
            states = _meanings(texts, k + len(letters), lambda t: row_of(f"A {t}") is not None)
            rows = _rows(letters, states, row_of)
        if rows is not None:
            return rows
    return {}


def _rows(
    letters: list[str], meanings: list[str], row_of: Callable[[str], tuple[str, str] | None]
) -> dict[str, str] | None:
    """Each letter with its meaning's state, the meanings as many as the letters (their
    column's name one more, first); None where they are not, or a meaning names no state."""
    if len(meanings) == len(letters) + 1:
        meanings = meanings[1:]  # (the meanings' column's name heads them)
    if len(meanings) != len(letters):
        return None
    rows = [row_of(f"{letter} {meaning}") for letter, meaning in zip(letters, meanings)]
    return {code: value for code, value in rows} if all(rows) else None


def _letters_from(texts: list[str], k: int) -> list[str]:
    """The letters A, B, C ... one a line from line k, two or more; [] where none start."""
    letters: list[str] = []
    # (by index, not over texts[k:]: a copy of the rest of the document's lines for every
    # line asked, where the letters mostly end at the first)
    for j in range(k, len(texts)):
        m = _LETTER.match(texts[j])
        if m is None or m.group("code") != chr(ord("A") + len(letters)):
            break
        letters.append(m.group("code"))
    return letters if len(letters) >= MIN_LETTERS else []


def _named(text: str) -> bool:
    """The line over the letters is a column's short name, no sentence and no letter."""
    return 0 < len(text.split()) <= MAX_NAME_WORDS and text[:1].isupper() and not _LETTER.match(text)


def _meanings(texts: list[str], k: int, opens: Callable[[str], bool] = lambda _text: True) -> list[str]:
    """The block after the blank line(s) that end the letters, parted where a line opens with a
    capital (a wrapped meaning's words carry on in lower case) and `opens` a meaning."""
    while k < len(texts) and not texts[k]:
        k += 1
    parts: list[str] = []
    for text in texts[k:]:
        if not text:
            break
        if text[:1].isupper() and opens(text) or not parts:
            parts.append(text)
        else:
            parts[-1] += " " + text
    return parts
