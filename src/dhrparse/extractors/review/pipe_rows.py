"""A cover's summary table drawn with pipes and dashes, as a plain-text or Markdown export
prints a table ("| Author | Jo Roe |", "+------+------+"): a row of a label and its value is read
as "Label: value", a row of more cells as its cells apart by tabs (as a table's row reads
across), and a rule line is nothing."""

from __future__ import annotations

import re

_RULE = re.compile(r"^[+|]?(?:\s*[-=:]{3,}\s*[+|])+\s*[-=:]*\s*$|^\+[-=+]+\+?$")
# (the run of colons and spaces is tried from its first character only: a long run of spaces
# inside a line is passed once, not once a character)
_LABEL_END = re.compile(r"(?<![:\s])[:\s]+$")


def as_cells(line: str) -> str:
    """The line as the cover's readers read a table's row; any other line as printed."""
    if not line.startswith("|") and not line.startswith("+"):
        return line
    if _RULE.match(line):
        return ""
    if not (line.startswith("|") and line.endswith("|")) or line.count("|") < 3:
        return line
    cells = [c.strip() for c in line[1:-1].split("|")]
    if len(cells) == 2 and all(cells):
        return f"{_LABEL_END.sub('', cells[0])}: {cells[1]}"
    return "\t".join(cells)
