"""How a plan cell's text wraps from one printed line to the next: shared by the readers that
place printed lines into cells (cell_segments for wide rows, round_fit for line rounds)."""

from __future__ import annotations

import regex

# a printed line ending a sentence or a clause: the cell's text is not carried on over the break
SENTENCE_END = regex.compile(r"[.;!?:]['’\"”)]?$")
# a wrapped sentence breaks after these words; a cell does not end on them
JOINING_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)
