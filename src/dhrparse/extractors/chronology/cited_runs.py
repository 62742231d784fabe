"""Key events told in paragraphs that each close by citing their source and the record's date
("... graded standard (Police, 03.11.20)."), under whatever heading: a run of such paragraphs as
long as a chronology's fewest entries is a chronology of its own, though the section around it
holds analysis too and its heading is one no vocabulary names ("What agencies knew"). An
author-year citation names a year only and dates nothing (closing_dates)."""

from __future__ import annotations

from dhrparse.document import Block, Section, SourceDocument
from dhrparse.extractors.chronology.closing_dates import closing_date
from dhrparse.extractors.chronology.dating import mask_quotes
from dhrparse.extractors.chronology.kinds import FULL
from dhrparse.extractors.chronology.missed_headings import Found
from dhrparse.extractors.chronology.vocabulary import chronology_vocab
from dhrparse.patterns import Patterns


def cited_runs(doc: SourceDocument, p: Patterns, found: Found) -> Found:
    """(section, kind, the run's blocks) for each section whose own paragraphs hold such a run,
    outside the chronologies already found. A run that closes one section's paragraphs goes on
    in the next when that opens with it (a page's running head read as a heading between)."""
    spans = [(s.line_start, max([b.line_end for b in bl] or [s.line_end])) for s, _, bl in found]
    fewest = chronology_vocab(p).min_dated_entries
    runs: list[tuple[Section, list[Block]]] = []
    goes_on = False  # the last run closed its section's paragraphs
    for section in doc.sections():
        paragraphs = [b for b in section.blocks if b.kind == "paragraph"]
        if not paragraphs:
            continue
        run = _cited_run(paragraphs, p)
        if run and goes_on and run[0] is paragraphs[0]:
            runs[-1] = (runs[-1][0], runs[-1][1] + run)
        elif run:
            runs.append((section, run))
        goes_on = bool(run) and run[-1] is paragraphs[-1]
    return [
        (section, FULL, run)
        for section, run in runs
        if len(run) >= fewest and not any(a <= run[0].line_start <= b for a, b in spans)
    ]


def _cited_run(paragraphs: list[Block], p: Patterns) -> list[Block]:
    """The paragraphs from the first that closes with a cited date to the last, when most of
    them do, else none: those that cite, and the opening part of one a page break cut in two (its
    rest opens in lower case); a whole paragraph among them that cites nothing tells no event
    (a lesson, a comment)."""
    cited = [k for k, b in enumerate(paragraphs) if closing_date(mask_quotes(b.text), p) is not None]
    if not cited:
        return []
    run = paragraphs[cited[0] : cited[-1] + 1]
    if 2 * len(cited) <= len(run):
        return []
    held = {cited[0] + k for k, b in enumerate(run) if _runs_on(run, k)}
    return [paragraphs[k] for k in range(cited[0], cited[-1] + 1) if k in cited or k in held]


def _runs_on(run: list[Block], k: int) -> bool:
    """The paragraph is cut by a page break: it or the next opens in lower case."""
    here = run[k].text.lstrip()[:1]
    after = run[k + 1].text.lstrip()[:1] if k + 1 < len(run) else ""
    return here.islower() or after.islower()
