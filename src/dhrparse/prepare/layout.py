"""The text's layout: "long-line" text where each paragraph is one line (Word/HTML
exports), or "wrapped" text hard-wrapped at a page width (PDF text layers)."""

from __future__ import annotations

import statistics

from dhrparse.document import TEXT, Line
from dhrparse.sentence_ends import QUOTES, SENTENCE_STOPS, line_end

SENTENCE_END = line_end(SENTENCE_STOPS + ":", QUOTES, closer_run=False)


class Layout:
    """`spaced`: the document has a blank line after every printed line (a PDF's text taken out
    line by line, `SourceDocument.line_spaced`): blank lines then tell nothing of where
    paragraphs end, and a line's length must tell it."""

    def __init__(self, lines: list[Line], spaced: bool):
        texts = [ln.text.strip() for ln in lines if ln.kind == TEXT and not ln.cells]
        lengths = [n for n in map(len, texts) if n >= 20] or [0]
        self.width = statistics.quantiles(lengths, n=10)[8] if len(lengths) >= 10 else max(lengths)
        # hard-wrapped text: lines stop at a page width, most long ones mid-sentence
        long_lines = [t for t in texts if len(t) >= 0.6 * self.width]
        open_ended = sum(1 for t in long_lines if not SENTENCE_END.search(t) and not t.endswith(";"))
        self.wrapped = 0 < self.width < 160 and (not long_lines or open_ended >= 0.3 * len(long_lines))
        self.spaced = spaced
