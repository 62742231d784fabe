"""The author named as a letter's addressee: a commissioning letter bound in before the report
("Dear Ms Roe ... I am writing to confirm your appointment as Independent Chair and Author"). The
person appointed is the one the letter is written to, named in its address block above the
greeting; the letter's signatory (often the commissioning body's own chair, "Chair, X Community
Safety Partnership") only sent it."""

from __future__ import annotations

import re
from collections.abc import Callable

from dhrparse.extractors.review.printing import compiled
from dhrparse.patterns import Patterns

_LETTER_LINES = 30  # how far above the appointment the letter's greeting may stand
_ADDRESS_LINES = 8  # how far above the greeting its address block's name may stand
_ROLE_WORDS = re.compile(r"\b(?:author|reviewer|writer)\b", re.I)


def appointed_addressee(
    lines: list[str], i: int, p: Patterns, name_alone: Callable[[str], str | None]
) -> tuple[int, str] | None:
    """(rank, name) where line i tells the addressee of their appointment as author (rank 0) or
    chair (rank 1) and the letter's greeting above names them; else None. `name_alone` reads a
    line that is a person's name and nothing more (the author reader's own)."""
    told = compiled(p.get("review.author.your_appointment", r"(?!x)x")).search(
        " ".join(line.strip() for line in lines[i : i + 2])
    )
    if told is None or told.start() > len(lines[i].strip()):
        return None  # (told on the next line: read there)
    greeting = compiled(p.get("review.author.letter_greeting", r"(?!x)x"))
    for g in range(i, max(-1, i - _LETTER_LINES), -1):
        m = greeting.match(lines[g].strip())
        if m is None:
            continue
        name = _addressed(lines[max(0, g - _ADDRESS_LINES) : g], m.group("name"), name_alone)
        return (0 if _ROLE_WORDS.search(told.group("role")) else 1, name) if name else None
    return None


def _addressed(block: list[str], greeted: str, name_alone: Callable[[str], str | None]) -> str | None:
    """The name in the address block the greeting's surname ends ("Ms Jo Roe" over "Dear Ms Roe"),
    or the greeting's own when it gives the whole name."""
    surname = greeted.split()[-1]
    for line in reversed(block):
        name = name_alone(line)
        if name and name.split()[-1] == surname:
            return name
    return name_alone(greeted) if len(greeted.split()) > 1 else None
