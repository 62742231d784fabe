"""Recommendations that share one table cell, each its own paragraph in Word.

An agency's cell in an "Agency | Recommendation" table often holds two or three of its
recommendations, one paragraph each. Plain `pdftotext` prints them with no blank line between
them, so they read as one paragraph. Where a line ends a sentence and the next line opens a
sentence that asks again, naming who is to act ("The force should ensure ..."), a new
recommendation starts; a sentence that goes on about the one before ("This should include
...") stays with it, as does a sentence that starts mid-line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dhrparse.document import Block
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.sentence_ends import SENTENCE_STOPS, line_end

_SENTENCE_END = line_end(SENTENCE_STOPS)
# a sentence that carries on the one before it: its subject points back
_CARRIES_ON = re.compile(r"^(?:this|these|that|those|it|they|such|which|also|in\s+addition)\b", re.I)
MIN_LINES = 3  # a paragraph of two lines holding two recommendations is a row the reader splits


def split_asks(r: Reading, b: Block) -> list[Block]:
    """The recommendations of one cell's paragraph, each a block of its own lines."""
    numbers = [n for n in b.lines if n in r.lines]
    if b.kind != "paragraph" or len(numbers) < MIN_LINES or len(numbers) != len(b.lines):
        return [b]
    groups: list[list[int]] = [[numbers[0]]]
    for n in numbers[1:]:
        prev, line = r.lines[groups[-1][-1]].text.strip(), r.lines[n].text.strip()
        if (
            _SENTENCE_END.search(prev)
            and line[:1].isupper()
            and not _CARRIES_ON.match(line)
            and _asks(r, line)
            and _asks(r, " ".join(r.lines[k].text for k in groups[-1]))
        ):
            groups.append([n])
        else:
            groups[-1].append(n)
    if len(groups) == 1:
        return [b]
    return [
        replace(
            b,
            text=" ".join(r.lines[n].text.strip() for n in g),
            line_start=g[0],
            line_end=g[-1],
            lines=g,
            number=b.number if k == 0 else None,
        )
        for k, g in enumerate(groups)
    ]


def _asks(r: Reading, text: str) -> bool:
    # (the first clause asks: "should" within the sentence's opening words)
    words = text.split()
    return bool(r.vocab.asking.search(" ".join(words[:12])))
