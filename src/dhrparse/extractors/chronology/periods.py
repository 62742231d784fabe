"""Periods: a line that only names a period ("August to October 2010.", "Key Episode 2: May
2012"). In a summary of key episodes whose content is findings, only its list of periods gives
entries; in a chronology proper, a lone period line heads the entries below it."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.episode_headings import episode_heading
from dhrparse.extractors.chronology.unread import UnreadRuns
from dhrparse.extractors.chronology.vocabulary import chronology_vocab
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates


def read_periods(blocks: list[Block], entries: Entries, unread: UnreadRuns) -> None:
    """A key-episodes summary: one entry per period line, the findings around them unread."""
    told = False  # an episode heading just above: the paragraph under it tells the episode
    for block in blocks:
        if block.kind == "heading":
            unread.flush()
            told = episode_heading(block.text, entries.p) is not None
            if told:
                entries.set_heading(block)
            elif block.section is not entries.section:
                entries.heading = " ".join(block.text.split()).rstrip(" :")
            continue
        if told and block.kind == "paragraph" and block.text.strip():
            told = False
            entries.add(block, block.text.strip())
            continue
        if block.kind in ("paragraph", "bullet") and period_only(block.text, entries.p, loose=True):
            unread.flush()
            entries.add(block, block.text.strip())
        elif block.text.strip():
            unread.skip(block, "findings of a key-episodes summary")


def period_only(text: str, p: Patterns, loose: bool = False) -> bool:
    """A line that only names a period (loose: a few words of label after the date are allowed)."""
    text = " ".join(text.split())
    v = chronology_vocab(p)
    if not text or len(text.split()) > v.period_max_words:
        return False
    m = v.period_line.match(text)
    if not m:
        return False
    dates = find_dates(m.group("date"), p)
    if not dates or dates[0].start > 2:
        return False
    rest = (m.group("date")[: dates[0].start] + m.group("date")[dates[0].end :]).strip(" .;:,–-")
    return len(rest.split()) <= (4 if loose else 0)
