"""A cover's facts set out as a list with dotted leaders, as a contents page sets its lines:
"Lead reviewer ............ Jo Roe", "Review reference ....... MCSP 2019-03". Read as the label
and value they are ("Lead reviewer: Jo Roe"); a contents line, whose value is its page number
("2. Terms of Reference ....... 5"), is left as printed."""

from __future__ import annotations

import re

_LEADER = re.compile(r"^(?P<label>[A-Za-z][A-Za-z’'()/ -]{1,40}?)\s*(?:\.\s?){4,}\s*(?P<value>.*[A-Za-z].*)$")


def as_label(line: str) -> str:
    """The line with its dotted leader read as a label's colon, where a label and a worded value
    stand either side of it."""
    if "...." not in line and ". . . ." not in line:
        return line
    m = _LEADER.match(line)
    return f"{m.group('label').strip()}: {m.group('value').strip()}" if m else line
