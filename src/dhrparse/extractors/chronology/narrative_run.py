"""A numbered narrative told beside a chronology table: an executive summary's "Summary of the
case" often tells the earlier years in numbered paragraphs, each dated in its opening words
("5.2 In May 2017 ...", "5.4 During 2019 ...", "5.1 ... met in 2016 ..."), and sets the final
year out in a table. Those paragraphs are entries even though the table's rows are the rest; a
numbered paragraph outside such a run (analysis, the table's introduction) stays commentary."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors.chronology.dating import dated_near_start, mask_quotes
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.patterns import Patterns


def narrative_run(blocks: list[Block], entries: Entries, p: Patterns) -> set[int]:
    """Where the paragraphs of each run of consecutive numbered paragraphs dated near their start
    begin, for runs as long as a chronology's fewest entries (one dated paragraph among analysis
    is not a narrative)."""
    fewest = entries.vocab.min_dated_entries
    found: set[int] = set()
    run: list[int] = []
    for block in blocks:
        if block.kind != "paragraph":
            continue
        ref, text = entries.own_text(block)
        if ref and _dated(text, entries, p):
            run.append(block.line_start)
            continue
        if ref:
            found.update(run if len(run) >= fewest else ())
            run = []
    found.update(run if len(run) >= fewest else ())
    return found


def _dated(text: str, entries: Entries, p: Patterns) -> bool:
    if p.any_match("chronology.method_cues", text):
        return False
    return dated_near_start(mask_quotes(text), p, entries.vocab.lead)
