"""A chronology told as the subject's story: a part of the report under a heading no vocabulary
names ("Part Two: Niamh's story", "What happened"), set out under year titles ("2019: the first
disclosures", "2020 - isolation"), each event an unnumbered paragraph opening with its date or a
date counted from the event before ("Three weeks later", "The following month"). Between the
events the author often sets the panel's or the family's commentary, undated: those paragraphs
are no events, so the story may be found with a lower share of dated paragraphs than an unnamed
chronology needs, and its undated paragraphs are read as commentary (the builder asks
`told_as_story`). A text export may run a year title into the paragraph under it; furniture cuts
it back out (`year_title`).

Vocabulary: patterns/chronology.toml [story]."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from dhrparse.document import Block, Section, SourceDocument
from dhrparse.extractors.chronology.dating import mask_quotes
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.kinds import FULL
from dhrparse.extractors.chronology.missed_headings import Found
from dhrparse.extractors.chronology.unnamed import Opening, not_events
from dhrparse.extractors.chronology.vocabulary import YEAR_LINE
from dhrparse.extractors.chronology.year_titles import story_vocab as _vocab
from dhrparse.extractors.chronology.year_titles import year_title
from dhrparse.patterns import Patterns
from dhrparse.vocab.date_search import YEAR
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative_grammar import find_relative

# a year that could open a year title in a block, at its start or after a sentence a text export
# ran it onto (asked before any cutting)
_YEAR_LED = regex.compile(rf"(?:^[ \t]*|[.!?'’\"”]\s+){YEAR}\s*(?:[:–—-]|$)", regex.M)
_YEAR = regex.compile(YEAR)
_STORY_WORDS = 6  # the fewest words of an event told in a sentence
_FIRST_SENTENCE = regex.compile(r"(?<=[a-z)\]'’])[.!?]\s+(?=[A-Z])")


def story_sections(doc: SourceDocument, p: Patterns, furniture: Furniture, found: Found) -> Found:
    """(section, kind, blocks from the first year title on) for every story told under year
    titles, outside the chronologies already found; the innermost section holding it."""
    more: Found = []
    spans = [(s.line_start, max([b.line_end for b in bl] or [s.line_end])) for s, _, bl in found]
    for part in Part(doc.root).walk() if doc.root is not None else ():
        section = part.section
        if section.level == 0 or any(a <= section.line_start <= b for a, b in spans):
            continue
        run = _story_run(part, p, furniture)
        if run is None:
            continue
        section, run = _innermost(part, run, p, furniture)
        if any(a <= run[0].line_start <= b for a, b in spans):
            continue  # (an outer title's story narrowed to a chronology already read under its own heading)
        more.append((section, FULL, run))
        spans.append((section.line_start, max(b.line_end for b in run)))
    return more


class Part:
    """A section with the year-led lines of all its blocks counted once: a chapter holds its
    sub-sections' paragraphs, so counting each level afresh would read a nested story's text
    once per enclosing heading."""

    __slots__ = ("section", "children", "year_led")

    def __init__(self, section: Section):
        self.section = section
        self.children = [Part(child) for child in section.children]
        own = sum(_year_led(b.text) for b in section.blocks)
        self.year_led = own + sum(child.year_led for child in self.children)

    def walk(self) -> Iterator[Part]:
        """This part and its sub-parts, in the order Section.walk gives their sections."""
        yield self
        for child in self.children:
            yield from child.walk()


def _year_led(text: str) -> int:
    """How many year titles may start in the text: none where no year's first digits are
    printed (every match holds "19" or "20"), which most paragraphs are not searched for."""
    return len(_YEAR_LED.findall(text)) if "19" in text or "20" in text else 0


def _innermost(part: Part, run: list[Block], p: Patterns, furniture: Furniture):
    for child in part.children:
        inner = _story_run(child, p, furniture)
        if inner is not None and inner[0].line_start == run[0].line_start:
            return _innermost(child, inner, p, furniture)
    return part.section, run


def _story_run(part: Part, p: Patterns, furniture: Furniture) -> list[Block] | None:
    """The section's blocks from its first year title to the first other heading after them,
    when they tell a story (see the module's note); else None."""
    if part.year_led < _vocab(p).min_titles:
        return None  # (cutting a section's paragraphs is dear: only where year titles may be)
    blocks = _from_first_title(_entries(part.section, furniture), p)
    if blocks is None or not _dated_enough(blocks, p) or not_events(blocks, p):
        return None
    return blocks


def _entries(section: Section, furniture: Furniture) -> Iterator[Block]:
    """The section's entries, its paragraphs cut apart one at a time as they are asked for: the
    story needs them only to the end of its first run of year titles, not to the section's end
    (the cutting is block by block, so this is furniture.split_entries of all the blocks)."""
    for block in section.all_blocks():
        yield from furniture.split_entries([block])


def _from_first_title(entries: Iterable[Block], p: Patterns) -> list[Block] | None:
    """From the first year title to a heading that is none (the next chapter), when there are
    enough year titles and their years do not run back. (Read no further than that heading:
    the titles after it are no part of the story.)"""
    entries = iter(entries)
    first = next((b for b in entries if _is_title(b, p)), None)
    if first is None:
        return None
    run = [first]
    for b in entries:
        if b.kind == "heading" and not _is_title(b, p):
            break
        run.append(b)
    years = [int(_YEAR.search(b.text)[0]) for b in run if _is_title(b, p)]
    if len(years) < _vocab(p).min_titles or any(b < a for a, b in zip(years, years[1:], strict=False)):
        return None
    return run


def _is_title(block: Block, p: Patterns) -> bool:
    text = " ".join(block.text.split())
    if block.kind == "heading":
        return year_title(text, p) or bool(YEAR_LINE.match(text))
    return block.kind == "paragraph" and block.line_start == block.line_end and year_title(text, p)


def _dated_enough(blocks: list[Block], p: Patterns) -> bool:
    opening = Opening(p)
    paragraphs = [b for b in blocks if b.kind == "paragraph" and not _is_title(b, p)]
    dated = sum(1 for b in paragraphs if opening.of(b) is not None)
    return dated >= opening.vocab.min_entries and dated >= _vocab(p).min_share * len(paragraphs)


def told_as_story(blocks: list[Block], p: Patterns) -> bool:
    """The chronology's events are unnumbered paragraphs, enough of them sentences opening with a
    date and none numbered: an undated paragraph among them is the author's commentary, not an event
    (numbered chronologies give every paragraph its own number and entry)."""
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    if not paragraphs or any(b.number for b in paragraphs):
        return False
    opening = Opening(p)
    # (a year title is neither event nor commentary, so it is no part of the share)
    told = [b for b in paragraphs if not _is_title(b, p)]
    # (a story's events are sentences: a date printed alone over its entry is a log's date line)
    dated = sum(1 for b in told if len(b.text.split()) >= _STORY_WORDS and opening.of(b) is not None)
    return dated >= opening.vocab.min_entries and 2 * dated >= len(told)


def commentary(text: str, p: Patterns) -> bool:
    """In a story, a paragraph whose first sentence names no time is the author's commentary
    ("The panel spent some time on this point ..."), even where a later sentence looks back to
    a year in passing; an event tells its date in its first sentence."""
    first = mask_quotes(_FIRST_SENTENCE.split(text, maxsplit=1)[0][:300])
    return not find_dates(first, p) and not find_relative(first, p)
