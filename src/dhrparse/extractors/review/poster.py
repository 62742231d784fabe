"""The author of a page that is not the report but speaks of it: a post in the author's own name
(a social-media post or a blog, the poster's name alone on one of its first lines and its body
saying the review is theirs: "the Domestic Homicide Review I wrote"), an episode's notes
introducing the author as its guest ("Mel talks to Jo Roe, the independent author of ..."), or a
corrigendum giving the author's name as it should have been printed ("the author's name was
misspelt ... The correct spelling is Jo Roe"). Read only where no role on the page names anyone."""

from __future__ import annotations

import re
from collections.abc import Callable

from dhrparse.extractors.review.printing import compiled
from dhrparse.patterns import Patterns

_POSTER_LINES = 5  # the lines above a post's body that carry the poster's name
# what a post's header prints after the poster's name: the connection's degree, pronouns, a headline
# (each run of spaces is tried from its first space only, so a long run is scanned once)
_DECORATION = re.compile(r"(?<!\s)\s+[•·|(\[–—-]\s*|(?<!\s)\s*,\s+")
_POST_LINES = 30  # the post's body read for the poster's word that the review is theirs


def poster_author(lines: list[str], p: Patterns, name_alone: Callable[[str], str | None]) -> str | None:
    """The name alone on one of a post's first lines, where the post calls the review its own."""
    own = compiled(p.get("review.author.own_post", r"(?!x)x"))
    if not own.search(" ".join(lines[:_POST_LINES])):
        return None
    shown = [line for line in lines[:_POST_LINES] if line.strip()][:_POSTER_LINES]
    # (the name as a post's header prints it: "Jo Roe • 2nd", "Jo Roe (she/her) | Safeguarding consultant")
    return next((name for line in shown if (name := name_alone(_DECORATION.split(line.strip())[0]))), None)


def guest_author(lines: list[str], p: Patterns, name: str, ok: Callable[[str], str | None]) -> str | None:
    """The guest an episode's notes introduce as the review's author, else as its chair. `name`: a
    person's name expression holding a `name` group; `ok` the author reader's check of a name."""
    intro = compiled(p.get("review.author.guest_intro", r"(?!x)x") + name, 0)
    roles = [compiled(p.get(f"review.author.guest_{role}", r"(?!x)x")) for role in ("author", "chair")]
    text = " ".join(line.strip() for line in lines[:_POST_LINES])
    found = [
        (rank, m)
        for m in intro.finditer(text)
        for rank, role in enumerate(roles)
        if role.match(text[m.end() :])
    ]
    return next((named for _, m in sorted(found, key=lambda f: f[0]) if (named := ok(m.group("name")))), None)


def corrected_author(lines: list[str], p: Patterns, name: str, ok: Callable[[str], str | None]) -> str | None:
    """The author's name as a corrigendum gives it, after saying the name was wrongly printed."""
    text = " ".join(line.strip() for line in lines[:_POST_LINES])
    misspelt = compiled(p.get("review.author.misspelt_author", r"(?!x)x")).search(text)
    if misspelt is None:
        return None
    corrected = compiled(p.get("review.author.corrected_name", r"(?!x)x") + name, 0)
    return next(
        (named for m in corrected.finditer(text, misspelt.end()) if (named := ok(m.group("name")))), None
    )
