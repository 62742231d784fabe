"""A form filled in comb boxes, one character a box, as a case summary sheet or a notification form
asks ("Please complete in BLOCK CAPITALS, one character per box"): "Date of death |1|9|/|0|8|/|2|0|2|2|",
"Reviewer |J|O| |R|O|E|". A text export prints each box between pipes; the boxes read together are
the value, an empty box the space between words, and the words before them its label. Read only
where four boxes or more in a row each hold one character: a table's cells hold words."""

from __future__ import annotations

import re

# four boxes or more of one character each (a space in an empty one), between pipes
_BOXES = re.compile(r"\|[^|](?:\|[^|]){3,}\|")


def filled_boxes(line: str) -> str:
    """The line with its comb boxes read as "Label: value"; any other line as printed."""
    if line.count("|") < 5:
        return line
    m = _BOXES.search(line)
    if m is None:
        return line
    value = " ".join("".join(m.group(0)[1:-1].split("|")).split())
    label = line[: m.start()].strip()
    if not value:
        return line
    label = f"{label}:" if label and not label.endswith(":") else label
    return f"{label} {value} {line[m.end() :].strip()}".strip()
