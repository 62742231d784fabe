"""An author's name printed surname first, as a list or a citation sets it: "Reviewer:
HALLORAN, Bridget" (the surname in capitals, a comma, the given name), a document record's field
"Author(s): Okonjo-Hale, Beatrix" (the surname alone before the comma, the given names alone after
it: nothing else in the field), or a cover's "Please cite
as: Lindqvist, T. (2024) Domestic Homicide Review ..." (the surname, a comma, the initials, the
year in brackets). The name is recorded given name first, as every other author is ("Bridget
Halloran", "T. Lindqvist")."""

from __future__ import annotations

import regex

_GIVEN = r"(?:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?|[A-Z]\.)"
# "HALLORAN, Bridget" / "O'NEILL-GRAY, Ann Marie": the surname in capitals, the line's end after the name
_CAPITALS_FIRST = regex.compile(
    rf"^\s*(?P<sur>[A-Z][A-Z’'-]{{1,}}(?:\s[A-Z][A-Z’'-]+)?),\s+(?P<given>{_GIVEN}(?:\s+{_GIVEN}){{0,2}})\s*(?:$|[(–—|;,])"
)
# "Okonjo-Hale, Beatrix" as a record's field holds it: one surname, a comma, the given names and the
# field's end (a full name before a comma is given name first: "Jo Roe, Independent Chair")
_FIELD_FIRST = regex.compile(
    r"^\s*(?P<sur>(?:Mc|Mac|O[’']|D[’'])?[A-Z][a-zà-ÿ]+(?:[-’'][A-Z][a-zà-ÿ]+)*),"
    rf"\s+(?P<given>{_GIVEN}(?:\s+{_GIVEN}){{0,2}})\s*$"
)
# "Lindqvist, T. (2024)" / "Okafor, S. and Lyle, P. (2023)": a citation's first author, initials
_CITED = regex.compile(
    r"^\s*(?P<sur>[A-Z][a-zà-ÿ’'-]+(?:-[A-Z][a-zà-ÿ]+)?),\s+(?P<given>(?:[A-Z]\.\s?){1,3})"
    r"(?:,?\s+(?:and|&)\s+[A-Z][\w’'-]+,\s+(?:[A-Z]\.\s?){1,3})?\s*\(\s*(?:19|20)\d\d\s*\)"
)


def surname_first(after_role: str) -> str | None:
    """The name a role's label prints surname first (in capitals, or alone in a record's field),
    given name first; else None."""
    m = _CAPITALS_FIRST.match(after_role)
    if m is not None:
        return f"{m.group('given')} {m.group('sur').title()}"
    m = _FIELD_FIRST.match(after_role)
    return f"{m.group('given')} {m.group('sur')}" if m is not None else None


def cited_author(lines: list[str], label: regex.Pattern) -> str | None:
    """The first author of the first citation a line suggests under its label."""
    for line in lines:
        m = label.match(line)
        if m is not None and (name := _cited(line[m.end() :])) is not None:
            return name
    return None


def _cited(after_label: str) -> str | None:
    """The first author of a suggested citation ("Lindqvist, T. (2024) ..."), initials first."""
    m = _CITED.match(after_label)
    if m is None:
        return None
    return f"{m.group('given').strip()} {m.group('sur')}"
