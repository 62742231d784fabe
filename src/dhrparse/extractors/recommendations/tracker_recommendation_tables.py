"""A standalone tracker that states the review's recommendations in a table of their own
before its action table: "Part A" a table `No. | Recommendation | Agency` (a row a
recommendation, no action column), "Part B" the actions (`Action ref | Action | Lead officer |
...`), answering them by number ("1.1", "1.2" under recommendation 1).

A whole action plan's recommendations are read from its plan's rows, but here the plan stage
reads only Part B: Part A's rows are the document's only statement of the recommendations. In
corpus text each row prints its cells joined on a line ("1 <the sentence>. <agency>"), a long
sentence wrapped onto the next lines. They are read only when nothing else states them: each
row numbered, above the plan's first row, under a header naming a recommendation column and
no action column, every row a sentence; the row ends at its sentence's
end (the agency cell, and any key or note printed under the table, are not its words).
"""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.plan.tables import column_map

_FEWEST = 2  # fewer rows are no table of the review's recommendations
_FEWEST_WORDS = 6  # a shorter row is a heading or a label, not a recommendation's sentence
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def part_a_items(r: Reading, items: list[Item]) -> list[Item]:
    """The rows of a recommendations table printed above the action plan, each cut at its
    sentence's end; none where the table is not such (see the module's note)."""
    plan = [c.line_start for c in r.ctx.claims if c.kind == "plan"]
    if not plan:
        return []
    first = min(plan)
    cm = column_map(r.ctx.patterns)
    rows = []
    for it in items:
        section = it.blocks[0].section
        if not it.ref or "." in it.ref or it.blocks[0].line_start >= first or section is None:
            continue
        names = cm.scan(section.title) if cm.is_header_words(section.title) else []
        if "recommendation" not in names or "action" in names:
            continue
        rows.append(_to_sentence_end(it))
    # (a tracker states them in its short form, "<Body> to <verb> ...", with no "should")
    if len(rows) < _FEWEST or not all(it and len(it.text.split()) >= _FEWEST_WORDS for it in rows):
        return []
    return rows


def _to_sentence_end(it: Item) -> Item | None:
    """The row's lines up to the one its sentence ends on, that line cut after the end."""
    lines = []
    for line in it.lines:
        m = _SENTENCE_END.search(line)
        if m is None:
            lines.append(line)
            continue
        lines.append(line[: m.start() + 1])
        return Item(blocks=it.blocks, lines=lines, ref=it.ref, level=it.level, source=it.source)
    return None
