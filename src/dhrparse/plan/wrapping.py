"""How a plan cell's text wraps from one printed line to the next: shared by the readers that
place printed lines into cells (cell_segments for wide rows, round_fit for line rounds)."""

from __future__ import annotations

import regex

from dhrparse.plan.layout_words import LayoutWords
from dhrparse.sentence_ends import CLAUSE_STOPS, line_end

# a printed line ending a sentence or a clause: the cell's text is not carried on over the break
SENTENCE_END = line_end(CLAUSE_STOPS, closer_run=False, spaces=False)
# a wrapped sentence breaks after these words; a cell does not end on them (patterns/layout.toml)
JOINING_WORDS = LayoutWords("wrap_joining_words")
# how a cell's first word opens: a capital, a figure, a bracket or a quotation mark, no bullet (a wrapped
# line's next word, opening in lower case, goes on with the cell before)
WORD_OPENS_CELL = regex.compile(r"^[\p{Lu}\d(\"'‘“]")
