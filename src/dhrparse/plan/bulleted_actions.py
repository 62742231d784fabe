"""A tracker row's action cell written as a bullet list (the Home Office template often puts
all of a recommendation's actions in one cell, a bullet each, under the row's one lead, target
date and status), printed with its cells joined on each line: the row is read from its first
line (plan.tracker_rows), which prints the first bullet only; each later bullet opens a later
printed line's action cell, where its glyph prints.

A later bullet's cell shares its printed line with the cells beside it, and the action
column's width is known only roughly (its widest first line). The bullet is kept as its
opening words only, those certain to be its own: up to the end of its sentence, and no wider
than the column's width less a long word's (a full line ends where its next word would not
fit, so the line's own words reach at least that far, and the next cell's words print only
beyond its end). The row stays one action, its bullets in order (plan.action_bullets), as on
the other routes, where the whole cell is read."""

from __future__ import annotations

from dhrparse.vocab.type_widths import Face

BULLETS = frozenset("•●▪◦■\uf0b7\uf0a7")
LONG_WORD = 4.5  # ems: a long word's width, what a full line may end short of its column's
MIN_WORDS = 2  # a bullet's opening words fewer than these tell too little of its action
SENTENCE_ENDS = (".", ";", ":")


def bullet_openings(words: list[str], face: Face, room: float) -> str | None:
    """The opening words of the bullet a printed line's action cell opens with ("• Publish the
    list of"), where the line prints one bullet whose words read as an action's opening."""
    marks = [n for n, w in enumerate(words) if w in BULLETS]
    if len(marks) != 1 or marks[0] + 1 >= len(words) or not words[marks[0] + 1][:1].isupper():
        return None
    taken = [words[marks[0]]]
    for w in words[marks[0] + 1 :]:
        if face.words_width([*taken, w]) > room - LONG_WORD:
            break
        taken.append(w)
        if w.endswith(SENTENCE_ENDS):
            break
    return " ".join(taken) if len(taken) > MIN_WORDS else None


def add_bullets(
    firsts: dict[int, list[str]], later: dict[int, list[list[str]]], action: int, face: Face, room: float
):
    """Each row whose action cell opens with a bullet gets its later bullets' openings added to
    that cell in the order printed (`firsts`: {row's first line: [ref, *cells]}, `action` the
    action cell's place)."""
    for k, lines in later.items():
        cell = firsts[k][action]
        if cell[:1] not in BULLETS:
            continue
        found = [opening for words in lines if (opening := bullet_openings(words, face, room))]
        # (a list of one bullet is the cell's one action, its mark no part of it)
        firsts[k][action] = " ".join([cell, *found]) if found else cell[1:].lstrip()
