"""A name printed with the name its bearer goes by in quotes and brackets inside it: 'Margaret
("Peggy") Adeyemi-Stone'. The name the report records is the given name and surname without it,
so the nickname is taken out before the author's name is read."""

from __future__ import annotations

import re

# a given name, then a quoted capitalised word in brackets, then the surname's capital
_NICKNAME = re.compile(r"(?<![\w’'-])([A-Z][a-zà-ÿ]+)\s+\(\s*[\"“'‘]([A-Z][a-zà-ÿ]+)[\"”'’]\s*\)(?=\s+[A-Z])")


def without_nicknames(line: str) -> str:
    """The line with each bracketed, quoted nickname inside a name taken out."""
    return _NICKNAME.sub(r"\1", line) if "(" in line else line
