"""A large-print or easy-read version, set a few words a line so each line is short at its large
size: "Tollesby" / "Safeguarding" / "Children" / "Partnership", "This review" / "was written by" /
"Jo" / "Roe." Its sentences run on over the lines and its paragraphs stand apart by blank lines, so
each paragraph is read as one line, as the page would print it at the usual size.

Known only where nearly every opening line is that short and several open in lower case, run on
from a sentence above: a cover of short lines whose prose is printed in full lines is read line
by line as before."""

from __future__ import annotations

from collections.abc import Sequence

_OPENING = 40  # the lines read to know the setting
_FEWEST = 12  # lines, at least, before the setting is known
_WORDS, _CHARS = 4, 28  # a short line holds no more
_SHORT_SHARE = 0.9
_RUN_ON = 3  # lines opening in lower case, at least


def as_paragraphs(printed: Sequence[str], positions: Sequence[int]) -> list[str]:
    """The printed lines, each paragraph of a large-print setting joined into one line; any other
    setting's lines as they are. `positions` holds each line's place in the document, so a gap
    between two shows where a blank line stood."""
    if not _large_print(printed):
        return list(printed)
    joined: list[str] = []
    for k, line in enumerate(printed):
        if k and positions[k] == positions[k - 1] + 1 and joined and line.strip():
            joined[-1] = f"{joined[-1]} {line.strip()}"
        else:
            joined.append(line.strip())
    return joined


def _large_print(printed: Sequence[str]) -> bool:
    opening = [line.strip() for line in printed[:_OPENING] if line.strip()]
    if len(opening) < _FEWEST:
        return False
    short = sum(len(line.split()) <= _WORDS and len(line) <= _CHARS for line in opening)
    run_on = sum(line[:1].islower() for line in opening)
    return short >= _SHORT_SHARE * len(opening) and run_on >= _RUN_ON
