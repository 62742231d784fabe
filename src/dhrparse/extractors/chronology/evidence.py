"""Content evidence that a section is a chronology: a table with a date column and dated
rows, or most paragraphs carrying their own (or a relative) date near their start, running
forward in time."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors.chronology.closing_dates import closing_date
from dhrparse.extractors.chronology.date_run import date_cells_run
from dhrparse.extractors.chronology.dating import in_time_order, is_date_text, mask_quotes
from dhrparse.extractors.chronology.day_timeline import is_day_timeline
from dhrparse.extractors.chronology.episode_headings import episode_heading
from dhrparse.extractors.chronology.vocabulary import NUMERIC_DATE, SENTENCE_END, chronology_vocab
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative_grammar import find_relative

_CELL_WORDS = 4  # an agency's or source's cell printed after a row's date is this short


def reads_as_chronology(blocks: list[Block], p: Patterns) -> bool:
    """Whether the blocks read as a chronology's entries (see the module's note)."""
    if is_day_timeline(blocks, p):
        return True  # (timed paragraphs under day labels: dated by their labels)
    v = chronology_vocab(p)
    dated = total = cells = 0
    starts: list[str] = []
    episode = None  # the key practice episode heading just above: it dates the paragraph under it
    for block in blocks:
        if block.kind in ("paragraph", "heading") and (_whole_date(block, p) or _date_then_cell(block, p)):
            cells += 1  # a date cell of a table printed one cell after another
            if cells >= v.min_dated_entries:
                return True
            continue
        if block.kind == "paragraph" and (run := date_cells_run(block.text, p)):
            cells += run  # a table's date column printed as one run of lines (columns apart)
            if cells >= v.min_dated_entries:
                return True
            continue
        if block.kind == "table" and block.table is not None:
            if _dated_table(block, p):
                return True
            continue
        text = " ".join(block.text.split())
        if block.kind == "heading":
            episode = episode_heading(text, p)
            if find_dates(text[:60], p):
                dated += 1  # a dated sub-heading ("Key Episode 2 – May 2019") heads entries
                total += 1
            continue
        if block.kind not in ("paragraph", "bullet") or not text or text[:1].islower():
            continue
        if block.number and NUMERIC_DATE.fullmatch(block.number):
            text = f"{block.number} {text}"
        total += 1
        if episode is not None:
            starts.append(episode.date.start or "")
            dated, episode = dated + 1, None
            continue
        dated += _dated_entry(text, p, v.lead, starts) or _dated_at_close(text, p, starts)
    return (
        dated >= v.min_dated_entries
        and dated >= v.min_dated_share * total
        and _rough_order(starts, p)
        and _some_precise(starts)
    )


def _dated_table(block: Block, p: Patterns) -> bool:
    """Rows with a date cell (the date column need not be the first)."""
    rows = [[" ".join(t.split()) for t in r.texts[:3]] for r in block.table.rows]
    return sum(1 for cells in rows if any(is_date_text(t, p) for t in cells)) >= 2


def _dated_entry(text: str, p: Patterns, lead: int, starts: list[str]) -> bool:
    """The paragraph has its own or a relative date near its start; its own date's start
    joins `starts`, to check the order of the entries."""
    masked = mask_quotes(text[: lead + 30])
    absolute = [d for d in find_dates(masked, p) if d.start <= lead]
    if absolute:
        starts.append(absolute[0].value.start or "")
    return bool(absolute or any(r.start <= lead for r in find_relative(masked, p)))


def _dated_at_close(text: str, p: Patterns, starts: list[str]) -> bool:
    """The paragraph closes by citing its source and date ("... (GP, 12.04.21)."): a key event
    dated at its end; its date joins `starts`."""
    value = closing_date(mask_quotes(text), p)
    if value is not None:
        starts.append(value.start or "")
    return value is not None


def _some_precise(starts: list[str]) -> bool:
    """Some entry is dated to its month or day: a narrative summary that only says which year
    things happened in ("In 2020 Alys left ...") tells a story, it does not log contacts."""
    years = [s for s in starts if s]
    return not years or any(len(s) > 4 for s in years)


def _rough_order(starts: list[str], p: Patterns) -> bool:
    """Entries run forward in time, give or take a look back, or newest first: findings about the
    same events jump about."""
    starts = [s for s in starts if s]
    if len(starts) < 3:
        return True
    return in_time_order(starts, chronology_vocab(p).min_forward_share)


def _date_then_cell(block: Block, p: Patterns) -> bool:
    """A date cell and the short cell printed after it ("12/12/2022 Health visiting", the
    agency or source of a row a text export printed cell after cell, its event further on)."""
    text = " ".join(block.text.split())
    found = find_dates(text[:40], p)
    if not found or found[0].start != 0 or not is_date_text(text[: found[0].end], p):
        return False
    rest = text[found[0].end :].strip()
    return 0 < len(rest.split()) <= _CELL_WORDS and rest[:1].isupper() and not SENTENCE_END.search(rest)


def _whole_date(block: Block, p: Patterns) -> bool:
    return is_date_text(" ".join(f"{block.number or ''} {block.text}".split()), p)
