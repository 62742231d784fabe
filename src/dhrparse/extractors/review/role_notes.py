"""A note in brackets after a role on a cover, and what it does to the role: "Independent chair
(author of the review) | Jo Roe" makes the chair the author; "Independent Chair and Author (from
February 2023): Jo Roe", a note dating who held the role, is passed over and the role stands."""

from __future__ import annotations

import re

_NOTE = re.compile(r"^\s*\((?P<note>[^()]{1,60})\)")


def noted(line: str, end: int, rank: int, roles) -> tuple[int, int]:
    """A chair's role with a note in brackets after it, the name after the note: "Independent chair
    (author of the review) | Jo Roe" (the note naming the author makes the chair the author). A
    note after an author's role ("Lead Reviewer (chair of the panel): Jo Roe") says they chaired
    and is left as printed: the name is the chair's, not read as the author's. A note dating the
    role ("Independent Chair and Author (from February 2023): Jo Roe") is passed over, the rank kept."""
    note = _NOTE.match(line[end:])
    if note is not None and roles.tenure.match(note.group("note").strip()):
        return end + note.end(), rank
    if note is None or rank != 1:
        return end, rank
    return end + note.end(), 0 if roles.author.search(note.group("note")) else rank
