"""Lines a message or a transcript marks before their words: an email reply's quoted lines ("> On 2
Feb 2024, Jo Roe wrote:", "> Jo Roe, Lead Reviewer"), a Markdown quotation likewise, and a meeting
transcript's time stamp before its speaker ("[10:02] Jo Roe (independent reviewer): Good morning").
The marks say who said the words and when, not what they are: the cover's readers read the words
as printed without them."""

from __future__ import annotations

import re

# a quotation's marks, one a level of quoting ("> > ..."), with or without a space after each
_QUOTED = re.compile(r"^\s*(?:>[ \t]?)+(?=\S)")
# a transcript's time stamp in brackets, to the minute or the second, before the speaker
_TIME_STAMP = re.compile(r"^\s*[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s+(?=\S)")


def unmarked(line: str) -> str:
    """The line's words without a quotation's marks or a transcript's time stamp before them."""
    if line[:1] in ">[(" or line.lstrip()[:1] in ">[(":
        return _TIME_STAMP.sub("", _QUOTED.sub("", line, count=1), count=1)
    return line
