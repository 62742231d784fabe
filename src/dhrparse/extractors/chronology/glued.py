"""Date-led entries a document holds as one paragraph ("14 February 2019 Police attended ...
graded standard. 2 May 2019 Maya attended ..."): a word processor's paragraph joined them, or a
PDF reader saw no spacing between them. A paragraph that itself opens with its date is an
entry; a later sentence that opens with a day or a month and goes straight on into its
capitalised subject is the next one."""

from __future__ import annotations

from dataclasses import replace

import regex

from dhrparse.document import Block
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import opening_date

# where a sentence ends and the next begins
SENTENCE_GAP = regex.compile(r"(?<=[.!?]['’”\"]?)\s+(?=\S)")
# between an entry's date and its subject: a mark, a time in brackets ("(about 21:40)"), the
# full stop that closes a date printed as the entry's heading ("Tuesday 4th May 2021. Police ...")
_AFTER_DATE = regex.compile(r"^[\s,–-]*(?:\([^()]{1,30}\)\s*)?[.:,–-]?\s*")


def split_glued(block: Block, lines: dict[int, list], p: Patterns) -> list[Block]:
    """The block cut before every later sentence that opens like an entry; itself otherwise."""
    if block.kind != "paragraph" or not _entry_start(block.text, p):
        return [block]
    cuts = [m.end() for m in SENTENCE_GAP.finditer(block.text) if _entry_start(block.text[m.end() :], p)]
    if not cuts:
        return [block]
    bounds = [0, *cuts, len(block.text)]
    pieces = []
    for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
        text = block.text[a:b].strip()
        first = _line_of(block, text, lines, pieces[-1].line_start) if k else block.line_start
        pieces.append(replace(block, text=text, line_start=first, number=block.number if k == 0 else None))
    for piece, nxt in zip(pieces, pieces[1:]):
        piece.line_end = max(piece.line_start, nxt.line_start)
        piece.lines = [n for n in block.lines if piece.line_start <= n <= piece.line_end]
    pieces[-1].line_end = block.line_end
    pieces[-1].lines = [n for n in block.lines if n >= pieces[-1].line_start]
    return pieces


def _entry_start(text: str, p: Patterns) -> bool:
    """The text opens with a day or a month, perhaps its weekday before it, and its capitalised
    subject ("2 May 2019 Maya", "Tuesday 4th May 2021. Police")."""
    weekday = p.joined("dates.cells.weekday").match(text)
    head = text[weekday.end() if weekday else 0 :][:60]
    found = opening_date(head, p)
    if found is None or found.value.precision not in ("day", "month"):
        return False
    rest = head[found.end :]
    return rest[_AFTER_DATE.match(rest).end() :][:1].isupper()


def _line_of(block: Block, text: str, lines: dict[int, list], after: int) -> int:
    """The line the piece's opening words are printed on (its date may break over a line:
    "... No 11 / August 2020 Maya"), at or after the piece before it."""
    words = text.split()
    head, first = " ".join(words[:3]), words[0]
    later = [n for n in block.lines if n >= after]
    printed = {n: [" ".join(ln.text.split()) for ln in lines.get(n, ())] for n in later}
    for n in later:
        if any(head in t for t in printed[n]):
            return n
    for n in later:
        if any(t.startswith(first) or t.endswith(" " + first) for t in printed[n]):
            return n
    return after
