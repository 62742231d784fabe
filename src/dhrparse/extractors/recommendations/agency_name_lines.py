"""An agency's name that wrapped in its table cell, its second line printed inside the first
recommendation's paragraph.

In an "Agency | Recommendation" table, a long name ("Harrow Vale and District NHS Foundation
Trust") wraps over two lines of its narrow cell. Plain `pdftotext` prints the name's first line
as the row's first line, then the recommendation's first line, then the name's second line
alone between blank lines, then the rest of the recommendation. The paragraph reader joins
the three, since the recommendation's first line stops mid-sentence. A short line standing
alone between blank lines in the middle of a sentence (the line before it does not end one,
the line after it goes on in lower case) that names a body is the rest of the agency's name,
not words of the recommendation.
"""

from __future__ import annotations

from dataclasses import replace

from dhrparse.document import Block
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.sentence_ends import CLAUSE_LINE_END as _SENTENCE_END

NAME_WORDS = 6  # a name's line in a narrow cell holds a few words


def carried_name(r: Reading, b: Block, heading: str) -> tuple[str, Block] | None:
    """(the agency's whole name, the paragraph without its second line) when the paragraph
    under agency heading `heading` holds the rest of that heading's name; else None."""
    numbers = [n for n in b.lines if n in r.lines]
    if b.kind != "paragraph" or len(numbers) < 3:
        return None
    for k in range(1, len(numbers) - 1):
        before, at, after = numbers[k - 1], numbers[k], numbers[k + 1]
        if at - before < 2 or after - at < 2:
            continue  # (a line of the paragraph's own run, no blank line either side)
        line = r.lines[at].text.strip()
        words = line.split()
        if (
            not words
            or len(words) > NAME_WORDS
            or not line[:1].isupper()
            or _SENTENCE_END.search(line)
            or _SENTENCE_END.search(r.lines[before].text)
            or not r.lines[after].text.strip()[:1].islower()
            or not r.actors.is_body(line)
        ):
            continue
        kept = [n for n in numbers if n != at]
        text = " ".join(r.lines[n].text.strip() for n in kept)
        return f"{heading} {line}", replace(b, text=text, lines=kept)
    return None
