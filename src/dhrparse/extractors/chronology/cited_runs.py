"""Key events told in paragraphs that each close by citing their source and the record's date
("... graded standard (Police, 03.11.20)."), under whatever heading: a run of such paragraphs as
long as a chronology's fewest entries is a chronology of its own, though the section around it
holds analysis too and its heading is one no vocabulary names ("What agencies knew"). An
author-year citation names a year only and dates nothing (closing_dates)."""

from __future__ import annotations

from dhrparse.document import Block, SourceDocument
from dhrparse.extractors.chronology.closing_dates import closing_date
from dhrparse.extractors.chronology.dating import mask_quotes
from dhrparse.extractors.chronology.kinds import FULL
from dhrparse.extractors.chronology.missed_headings import Found
from dhrparse.extractors.chronology.vocabulary import chronology_vocab
from dhrparse.patterns import Patterns


def cited_runs(doc: SourceDocument, p: Patterns, found: Found) -> Found:
    """(section, kind, the run's blocks) for each section whose own paragraphs hold such a run,
    outside the chronologies already found."""
    spans = [(s.line_start, max([b.line_end for b in bl] or [s.line_end])) for s, _, bl in found]
    fewest = chronology_vocab(p).min_dated_entries
    more: Found = []
    for section in doc.sections():
        run = _cited_run(section.blocks, p)
        if len(run) < fewest or any(a <= run[0].line_start <= b for a, b in spans):
            continue
        more.append((section, FULL, run))
    return more


def _cited_run(blocks: list[Block], p: Patterns) -> list[Block]:
    """The paragraphs from the first that closes with a cited date to the last, when most of
    them do (a paragraph a page break cut in two closes with none), else none."""
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    cited = [k for k, b in enumerate(paragraphs) if closing_date(mask_quotes(b.text), p) is not None]
    if not cited:
        return []
    run = paragraphs[cited[0] : cited[-1] + 1]
    return run if 2 * len(cited) > len(run) else []
