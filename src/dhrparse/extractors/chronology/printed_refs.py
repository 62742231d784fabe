"""An entry's paragraph number as printed: cleaning may take the last digit of "4.3" glued to
the text for a footnote's marker ("4.³"), leaving "4."; the line as read still holds "4.3"."""

from __future__ import annotations

import regex

from dhrparse.document import Block, SourceDocument

_LEADING_NUMBER = regex.compile(r"\s*(\d{1,3}(?:\.\d{1,3}){1,4})\.?\s")


def printed_ref(block: Block, ref: str | None, doc: SourceDocument) -> str | None:
    """The block's number, or the longer one its first line was printed with when that one
    extends it ("4" read, "4.3" printed)."""
    if not ref:
        return ref
    line = doc.line_numbered(block.line_start)
    found = _LEADING_NUMBER.match(line.raw) if line is not None else None
    if found is None:
        return ref
    printed = found.group(1)
    return printed if printed.startswith(f"{ref.rstrip('.')}.") else ref
