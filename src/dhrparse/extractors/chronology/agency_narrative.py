"""A chronology told agency by agency: under a heading that often (not always) heads a
chronology ("Summary of agency contact", "Agency involvement"), one sub-heading per agency and
under each the paragraphs that tell what it did, the date somewhere in each paragraph's first
sentence ("Police were first called to the house on 11 February 2018, when ..."). Each of those
paragraphs is an entry, its heading the agency. Dates start again at each agency, so they do
not run forward across the section; what makes it a chronology is the agency sub-headings with
most paragraphs under them dated in their first sentence. A section of analysis that mentions
dates has no agency sub-headings over dated paragraphs (and its heading is not the vocabulary's)."""

from __future__ import annotations

from dataclasses import replace

import regex

from dhrparse.document import Block, SourceDocument
from dhrparse.extractors.chronology.dating import mask_quotes
from dhrparse.extractors.chronology.unnamed import UnnamedVocab
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END, chronology_vocab
from dhrparse.models import ChronologyEvent
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative_grammar import find_relative

NARRATIVE = "agency_narrative"  # a section kind: a chronology proper whose dates restart at each agency

# where a sentence ends inside a paragraph: a stop, then a capital
_SENTENCE_BREAK = regex.compile(r"(?<=[a-z0-9)'’][.!?])\s+(?=[A-Z])")
# a paragraph number printed alone on its line ("3.3")
_PARA_NUMBER = regex.compile(r"\d{1,2}(?:\.\d{1,3}){1,2}")


class NarrativeVocab:
    def __init__(self, p: Patterns):
        self.min_agencies = int(p.get("chronology.agency_narrative.min_agencies", 2))
        self.min_dated = int(p.get("chronology.agency_narrative.min_dated", 3))
        self.min_share = float(p.get("chronology.agency_narrative.min_dated_share", 0.6))
        self.first_chars = int(p.get("chronology.agency_narrative.first_sentence_chars", 220))


def told_by_agency(blocks: list[Block], doc: SourceDocument, p: Patterns) -> list[Block] | None:
    """The blocks, each agency's title apart, when they are agency sub-headings over paragraphs
    dated in their first sentence; else None."""
    v = p.derived("chronology.agency_narrative", NarrativeVocab)
    blocks = _titles_apart(blocks, doc, p)
    groups = _by_agency(blocks, p)
    told = [paras for paras in groups if paras]
    if len(told) < v.min_agencies:
        return None
    paras = [b for group in told for b in group]
    dated = [b for b in paras if _dated_first_sentence(b.text, p, v.first_chars)]
    enough = len(dated) >= v.min_dated and len(dated) >= v.min_share * len(paras)
    return blocks if enough and _past_events(dated, p) else None


def _past_events(dated: list[Block], p: Patterns) -> bool:
    """The dated paragraphs tell what agencies did, not the review's own process (its panel
    and reports under a "Review panel" sub-heading) nor plans looking forward."""
    words = p.derived("chronology.unnamed", UnnamedVocab)
    firsts = [" ".join(b.text.split())[:200] for b in dated]
    process = sum(1 for t in firsts if words.process.search(t))
    ahead = sum(1 for t in firsts if words.forward_looking.search(t))
    return process < 0.5 * len(firsts) and ahead < 0.5 * len(firsts)


def _titles_apart(blocks: list[Block], doc: SourceDocument, p: Patterns) -> list[Block]:
    """An agency's title printed as the last line of the paragraph before it (a text export
    that ran the title into that paragraph): a paragraph of its own."""
    out: list[Block] = []
    for b in blocks:
        last = doc.line_numbered(b.lines[-1]) if b.kind == "paragraph" and len(b.lines) >= 2 else None
        above = doc.line_numbered(b.lines[-2]) if last is not None else None
        title = " ".join(last.text.split()) if last is not None else ""
        body = b.text.rstrip()
        if (
            above is None
            or not SENTENCE_END.search(above.text)
            or not body.endswith(title)
            or not _agency_heading(Block(kind="paragraph", text=title, line_start=0, line_end=0), p)
        ):
            out.append(b)
            continue
        out.append(replace(b, text=body[: -len(title)].rstrip(), line_end=above.number, lines=b.lines[:-1]))
        out.append(Block.of_lines("paragraph", title, [last], section=b.section))
    return out


def printed_numbers(events: list[ChronologyEvent], doc: SourceDocument) -> None:
    """Each entry's paragraph number as printed on a line of its own above it ("3.3", then the
    paragraph), where the export's reading of the number lost it or cut it short."""
    for ev in events:
        k = ev.location.line_start - 1
        while k > 0 and k >= ev.location.line_start - 3:
            line = doc.line_numbered(k)
            # (the raw line: cleaning may have moved a number printed alone onto the text below it)
            text = line.raw.strip() if line is not None else ""
            if text:
                if _PARA_NUMBER.fullmatch(text):
                    ev.ref = text
                break
            k -= 1


def _by_agency(blocks: list[Block], p: Patterns) -> list[list[Block]]:
    """The paragraphs under each agency sub-heading (paragraphs before the first are the
    section's introduction; under another kind of sub-heading they belong to no agency)."""
    groups: list[list[Block]] = []
    current: list[Block] | None = None
    for block in blocks:
        if _agency_heading(block, p):
            current = []
            groups.append(current)
        elif block.kind == "heading" or _title_shaped(block):
            current = None
        elif current is not None and block.kind == "paragraph" and block.text[:1].isupper():
            current.append(block)
    return groups


def _title_shaped(block: Block) -> bool:
    """A one-line paragraph that is a title: a few words, no number, no sentence's end."""
    text = " ".join(block.text.split())
    return (
        block.kind == "paragraph"
        and not block.number
        and block.line_start == block.line_end
        and 0 < len(text.split()) <= 9
        and text[:1].isupper()
        and not SENTENCE_END.search(text)
        and not text.endswith((",", ";", ":"))
    )


def _agency_heading(block: Block, p: Patterns) -> bool:
    """A sub-heading naming an organisation ("Hartsby Police", "Orchard Lane Surgery (GP)")."""
    if block.kind != "heading" and not _title_shaped(block):
        return False
    v = chronology_vocab(p)
    text = " ".join(block.text.split())
    return len(text.split()) <= v.agency_max_words and bool(v.organisation.search(text))


def _dated_first_sentence(text: str, p: Patterns, chars: int) -> bool:
    first = _SENTENCE_BREAK.split(" ".join(text.split())[:chars], maxsplit=1)[0]
    masked = mask_quotes(first)
    return bool(find_dates(masked, p) or find_relative(masked, p))
