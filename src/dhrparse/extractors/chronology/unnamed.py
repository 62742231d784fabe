"""Chronologies under a heading no vocabulary names ("Case summary", "Background and summary
of events", "How services came to know her"): published reviews title this section so many ways
that the section's content decides. It is a chronology when, after an introduction, it is a run
of paragraphs most of which open with a date or a relative date ("Two weeks later"), telling
past events, with bare year headings over them or their dates running forward.

Other sections whose paragraphs open with dates are not: a list of the panel's meetings or the
review's terms (they name the review's own process), plans and target dates (they look
forward: "By March 2025 the Board will ..."), recommendations (they do not open with dates).
Their vocabulary is in patterns/chronology.toml [unnamed]."""

from __future__ import annotations

import regex

from dhrparse.document import Block, Section, SourceDocument
from dhrparse.extractors.chronology.closing_dates import closing_date
from dhrparse.extractors.chronology.date_run import date_cells_run
from dhrparse.extractors.chronology.dating import in_time_order, mask_quotes
from dhrparse.extractors.chronology.day_timeline import is_day_timeline
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.kinds import FULL
from dhrparse.extractors.chronology.missed_headings import Found
from dhrparse.extractors.chronology.vocabulary import NUMERIC_DATE, YEAR_LINE, chronology_vocab
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative_grammar import find_relative

DIGIT = regex.compile(r"\d")

# the blocks of a chronology from its first dated entry on, and how many entries are dated
Run = tuple[list[Block], int]


class UnnamedVocab:
    """What patterns/chronology.toml [unnamed] says, read once per Patterns."""

    def __init__(self, p: Patterns):
        self.min_entries = int(p.get("chronology.unnamed.min_entries", 5))
        self.min_share = float(p.get("chronology.unnamed.min_share", 0.7))
        self.min_forward = float(p.get("chronology.unnamed.min_forward_share", 0.8))
        entries = chronology_vocab(p)  # the entry and evidence settings every chronology shares
        self.min_opened, self.opening = entries.min_dated_entries, entries.opening
        self.max_intro = int(p.get("chronology.unnamed.max_intro_paragraphs", 2))
        self.not_headings = p.joined("chronology.unnamed.not_headings")
        self.process = p.joined("chronology.unnamed.process")
        self.forward_looking = p.joined("chronology.unnamed.forward_looking")


class Opening:
    """How a paragraph opens: with a date (its start, "" for a relative date) or not (None).
    Read once per paragraph: nested sections share their paragraphs."""

    def __init__(self, p: Patterns):
        self.p, self.vocab = p, p.derived("chronology.unnamed", UnnamedVocab)
        self.known: dict[tuple[int, int, str], str | None] = {}

    def of(self, block: Block) -> str | None:
        key = (block.line_start, block.line_end, block.text[:40])
        if key not in self.known:
            self.known[key] = self._read(_entry_text(block))
            if self.known[key] is None and (closing := closing_date(mask_quotes(block.text), self.p)):
                self.known[key] = closing.start or ""  # (a key event dated at its close)
        return self.known[key]

    def _read(self, text: str) -> str | None:
        head = mask_quotes(text[: self.vocab.opening + 40])
        # every absolute date form names its year in digits: a head without one needs no search
        found = find_dates(head, self.p) if DIGIT.search(head) else []
        absolute = [d for d in found if d.start <= self.vocab.opening]
        if absolute:
            return absolute[0].value.start or ""
        return "" if any(r.start <= self.vocab.opening for r in find_relative(head, self.p)) else None


def unnamed_sections(doc: SourceDocument, p: Patterns, furniture: Furniture, found: Found) -> Found:
    """(section, kind, blocks from the first dated entry on) for every section whose content is a
    chronology, outermost first, outside the chronologies already found."""
    opening = Opening(p)
    v = opening.vocab
    more: Found = []
    spans = _spans(found)
    for section in doc.sections():
        if section.level == 0 or _inside(spans, section) or v.not_headings.search(section.title):
            continue
        run = _section_run(section, opening, furniture)
        if run is None:
            continue
        tightest = _tightest(section, run, opening, furniture)
        # (an outer title's run may narrow to a section already read under its own heading)
        if not _inside(spans, tightest[0]):
            more.append(tightest)
            spans += _spans(more[-1:])
    return more


def _section_run(section: Section, opening: Opening, furniture: Furniture) -> Run | None:
    blocks = list(section.all_blocks())
    if _dated_run(blocks, opening) is None:
        return None  # checked on the blocks as segmented first: cutting them is dearer
    return _dated_run(furniture.split_entries(blocks), opening)


def _tightest(section: Section, run: Run, opening: Opening, furniture: Furniture):
    """The innermost section holding (nearly) all the run's dated entries: a title read as a
    heading over the whole report holds the chronology and the recommendations after it."""
    for child in section.children:
        inner = _section_run(child, opening, furniture)
        if inner is not None and inner[1] >= opening.vocab.min_share * run[1]:
            return _tightest(child, inner, opening, furniture)
    return section, FULL, run[0]


def _spans(found: Found) -> list[tuple[int, int]]:
    """Each chronology's first and last line (its heading to its last block)."""
    return [(s.line_start, max([b.line_end for b in blocks] or [s.line_end])) for s, _, blocks in found]


def _inside(spans: list[tuple[int, int]], section: Section) -> bool:
    return any(a <= section.line_start <= b for a, b in spans)


def _dated_run(blocks: list[Block], opening: Opening) -> Run | None:
    """The blocks from the first dated entry on to a heading that names another kind of
    section, and how many are dated, when they read as a chronology (see the module's note);
    else None."""
    v = opening.vocab
    blocks = _up_to_other_heading(blocks, v)
    entries = [b for b in blocks if b.kind in ("paragraph", "bullet") and b.text.lstrip()[:1].isupper()]
    if len(entries) < v.min_entries:
        return None
    first = next((k for k, b in enumerate(entries[: v.max_intro + 1]) if opening.of(b) is not None), None)
    if first is None or first > v.max_intro:
        return None
    entries = entries[first:]
    dated = _enough_dated(entries, opening)
    if dated is None or not _tells_past_events(dated, v) or not _ordered(blocks, dated, opening):
        return None
    if _mostly_bare_dates(dated, opening.p):
        return None
    start = entries[0].line_start
    heads = [b for b in blocks if b.kind == "heading" and b.line_start < start and _year_line(b)]
    return [b for b in blocks if b.line_start >= start or any(b is h for h in heads[-1:])], len(dated)


def _enough_dated(entries: list[Block], opening: Opening) -> list[Block] | None:
    """The entries that open with a date, when there are enough of them (the minimum, and that
    share of the entries); None as soon as the undated ones leave too few possible, so that a
    chapter of prose is not read to its end."""
    v = opening.vocab
    need = max(v.min_entries, v.min_share * len(entries))
    dated: list[Block] = []
    for k, block in enumerate(entries, 1):
        if opening.of(block) is not None:
            dated.append(block)
        elif len(entries) - (k - len(dated)) < need:
            return None
    return dated if len(dated) >= need else None


def _up_to_other_heading(blocks: list[Block], v: UnnamedVocab) -> list[Block]:
    """The blocks before a sub-heading naming another kind of section ("Recommendations")."""
    for k, b in enumerate(blocks):
        if k and b.kind == "heading" and v.not_headings.search(b.text):
            return blocks[:k]
    return blocks


def not_events(blocks: list[Block], p: Patterns) -> bool:
    """Paragraphs under a heading the vocabulary shares with chronologies ("Key dates", "Summary
    of agency involvement") that are no log of events: too few open with a date (each agency's
    story told in a paragraph, its dates further on), or most of those that do name the review's
    own process or look forward (the panel's meetings, a plan). A table is read by its rows."""
    if any(b.kind == "table" for b in blocks) or is_day_timeline(blocks, p):
        return False  # (a day-by-day timeline's timed paragraphs are dated by their day labels)
    opening = Opening(p)
    if any(b.kind == "paragraph" and date_cells_run(b.text, p) >= opening.vocab.min_opened for b in blocks):
        return False  # (a table's date cells printed apart from its events: read by its rows)
    # (a dated sub-heading or a row's date cell printed as a heading heads an entry too)
    dated = [b for b in blocks if b.kind != "toc" and opening.of(b) is not None]
    few = len(dated) < opening.vocab.min_opened and not _most_open_dated(blocks, dated)
    return few or not _tells_past_events(dated, opening.vocab)


def _most_open_dated(blocks: list[Block], dated: list[Block]) -> bool:
    """Most of a short section's paragraphs open with their date ("4.2 In January 2022 Sofia
    applied ..."): a brief summary of events, the others dated a little further on."""
    paragraphs = [b for b in blocks if b.kind in ("paragraph", "bullet") and b.text.lstrip()[:1].isupper()]
    return len(dated) >= 2 and 2 * len(dated) > len(paragraphs)


def _mostly_bare_dates(dated: list[Block], p: Patterns) -> bool:
    """Most dated paragraphs are a date and nothing more ("March 2025" line after line): a column
    of a table's date cells printed apart from the rest (a plan's timescales, a chronology's date
    column), not entries telling what happened."""
    bare = 0
    for block in dated:
        text = _entry_text(block).rstrip(" .:;,")
        found = find_dates(text, p)
        bare += bool(found) and found[0].start == 0 and found[0].end >= len(text)
    return 2 * bare > len(dated)


def _tells_past_events(dated: list[Block], v: UnnamedVocab) -> bool:
    """The dated paragraphs are not the review's own process nor plans looking forward."""
    texts = [_entry_text(b)[:200] for b in dated]
    process = sum(1 for t in texts if v.process.search(t))
    ahead = sum(1 for t in texts if v.forward_looking.search(t))
    return process < 0.5 * len(texts) and ahead < 0.5 * len(texts)


def _ordered(blocks: list[Block], dated: list[Block], opening: Opening) -> bool:
    """Bare year headings over the entries, or their own dates running forward (or newest first); and some entry
    dated to its month or day (a story told by years is not a log of contacts)."""
    starts = [s for s in (opening.of(b) for b in dated) if s]
    if not any(len(s) > 4 for s in starts):
        return False
    if sum(1 for b in blocks if _year_line(b)) >= 2:
        return True
    if len(starts) < 3:
        return False
    return in_time_order(starts, opening.vocab.min_forward)


def _year_line(block: Block) -> bool:
    return block.kind in ("heading", "paragraph") and bool(YEAR_LINE.match(block.text))


def _entry_text(block: Block) -> str:
    """The paragraph's text, a day-first date a numbering rule took for its number put back."""
    text = " ".join(block.text[:300].split())  # the opening is all that is read
    if block.number and NUMERIC_DATE.fullmatch(block.number):
        return f"{block.number} {text}"
    return text
