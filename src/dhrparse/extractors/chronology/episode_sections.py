"""Key practice episodes under any heading ("Analysis", "The practice episodes", or a summary of
the episodes): a run of two or more episode headings ("KPE 2: September 2021 – January 2022 –
Missed letters") each over the paragraph that tells it is a chronology wherever it stands, as
safeguarding adults reviews set out their analysis by episode (episode_headings)."""

from __future__ import annotations

from dhrparse.document import Block, SourceDocument
from dhrparse.extractors.chronology.episode_headings import episode_heading
from dhrparse.extractors.chronology.kinds import FULL
from dhrparse.extractors.chronology.missed_headings import Found
from dhrparse.patterns import Patterns

MIN_EPISODES = 2  # episode headings that make a run of entries under any heading


def episode_sections(doc: SourceDocument, p: Patterns, found: Found) -> Found:
    """(section, kind, blocks) for each run of two or more episode headings outside the
    chronologies already found, under whatever heading ("Analysis", "The practice episodes"):
    the section the run opens in and its blocks from the first episode to the paragraph under
    the last."""
    spans = [(s.line_start, max([b.line_end for b in bl] or [s.line_end])) for s, _, bl in found]
    blocks = [b for s in doc.sections() for b in s.blocks if b.kind != "toc"]
    heads = [
        k
        for k, b in enumerate(blocks)
        if b.kind in ("heading", "paragraph")
        and episode_heading(_first_line(doc, b), p) is not None
        and not any(a <= b.line_start <= z for a, z in spans)
    ]
    if len(heads) < MIN_EPISODES:
        return []
    first, last = blocks[heads[0]].line_start, blocks[min(heads[-1] + 1, len(blocks) - 1)].line_end
    section = doc.section_at(first) or doc.root
    while section.parent is not None and section.line_start >= first:
        section = section.parent  # (past the episode headings' own sections)
    scope = [b for b in section.all_blocks() if b.kind != "toc" and first <= b.line_start <= last]
    return [(section, FULL, scope)]


def _first_line(doc: SourceDocument, block: Block) -> str:
    line = doc.line_numbered(block.line_start)
    return line.text if line is not None else block.text
