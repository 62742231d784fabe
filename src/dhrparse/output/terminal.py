"""Text shown on a terminal with its control characters escaped.

File names and document text are other people's data: a name holding an escape
sequence could retitle or recolour the user's terminal, or hide the rest of a message.
Before such text is printed, control characters (C0, DEL, C1) become visible escapes.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # one-line messages: newlines too


def _escape(m: re.Match) -> str:
    return f"\\x{ord(m.group(0)):02x}"


def printable(text: object, *, one_line: bool = True) -> str:
    """`text` with control characters written as \\xNN escapes (tabs and, unless
    `one_line`, newlines kept)."""
    text = str(text)
    if one_line:
        return _CONTROL_LINE.sub(lambda m: "\t" if m.group(0) == "\t" else _escape(m), text)
    return _CONTROL.sub(_escape, text)
