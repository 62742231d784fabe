"""Running heads and footers a text export left in a chronology's flow, and the entries a
PDF export ran together, cut back apart."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Block, SourceDocument
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.glued import split_glued
from dhrparse.extractors.chronology.lead_dates import year_label
from dhrparse.extractors.chronology.opening_clause import dated_clause
from dhrparse.extractors.chronology.vocabulary import (
    DIGITS,
    SENTENCE_END,
    WORDS,
    YEAR_LINE,
    chronology_vocab,
    ends_in_number,
)
from dhrparse.extractors.chronology.year_titles import year_title
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import opening_date
from dhrparse.vocab.relative_grammar import find_relative

if TYPE_CHECKING:
    from dhrparse.extractors.chronology.joined_tables import Read

_RUN_ON_PAIRS = 4  # paragraphs printed straight after the one before: enough to show the export's habit
# a spaced dash after an entry's opening date: the date printed as the entry's label
_LABEL_DASH = regex.compile(r"\s[–—-]\s")


class Furniture:
    """Running heads and footers a text export left in the flow ("<report name> 14",
    "<title><TAB>Page 12 of 31"): a line that recurs, page number aside, and ends in one.
    Knowing them, a chronology's paragraphs can be cut back into its entries."""

    def __init__(self, doc: SourceDocument, p: Patterns):
        self.doc, self.p = doc, p
        self.page_cell = chronology_vocab(p).page_cell
        self.columns = Columns(p)
        counts: dict[str, int] = {}
        for ln in doc.lines:
            if ln.is_content and ends_in_number(ln.text):
                key = DIGITS.sub("#", " ".join(ln.text.lower().split()))
                counts[key] = counts.get(key, 0) + 1
        self.lines = doc.lines_by_number()
        # a reader that saw paragraph spacing has already cut the paragraphs
        self.para_hints = any(ln.hint == "para" for ln in doc.lines)
        # the tables joined_tables read, by their header's line: read once, their rows taken
        # from here by joined_rows
        self.joined: dict[int, Read] = {}
        self._run_on: dict[int, bool] = {}  # paragraphs_run_on, by the part's id (asked once a part)
        # a label that repeats with its number ("Key Episode 2") is not a footer: a footer
        # names the report in several words before its page number
        self.repeated = {
            k
            for k, n in counts.items()
            if n >= 2 and len(k) <= 120 and (len(WORDS.findall(k)) >= 4 or "page" in k)
        }

    def is_furniture(self, text: str) -> bool:
        t = " ".join(text.split())
        if not t:
            return False
        if self.page_cell.search(t):
            return True
        return DIGITS.sub("#", t.lower()) in self.repeated

    def row_is_furniture(self, texts: list[str]) -> bool:
        filled = [t for t in texts if t.strip()]
        return bool(filled) and (
            self.is_furniture("\t".join(texts).replace("\t", " "))
            or any(self.page_cell.search(" ".join(t.split())) for t in filled)
        )

    def split_entries(self, blocks: list[Block]) -> list[Block]:
        """Paragraphs cut at the lines a text export ran together: a page footer is dropped, a
        bare year line is a heading, and a line opening with a date after a line that ended a
        sentence starts a new entry ("... the next morning. / On 19 March police ..."); date-led
        entries held as one paragraph are cut apart (glued)."""
        out: list[Block] = []
        for block in blocks:
            if (
                block.kind != "paragraph"
                or len(block.lines) < 2
                or any(len(self.lines.get(n, ())) != 1 for n in block.lines)
            ):
                if block.kind == "heading" and self.is_furniture(block.text):
                    continue
                out.append(block)
                continue
            out.extend(self._cut(block))
        return [piece for block in out for piece in split_glued(block, self.lines, self.p)]

    def _cut(self, block: Block) -> list[Block]:
        pieces: list[Block] = []
        cur: Block | None = None
        prev_text = ""
        loose = self._lines_stand_apart(block) or self.paragraphs_run_on(block)
        for n in block.lines:
            text = self.lines[n][0].text.strip()
            if self.is_furniture(text):
                continue
            if self.columns.printed_header(text):
                # a table's header printed again after a page break, run into the row above
                pieces.append(self._piece(block, n, text, first=False))
                cur, prev_text = None, ""
                continue
            # (a story's year title, "2019: the first disclosures", heads its part as a bare year does)
            if (YEAR_LINE.match(text) or year_title(text, self.p)) and (
                cur is None or SENTENCE_END.search(prev_text)
            ):
                pieces.append(self._year_heading(n, text))
                cur, prev_text = None, ""
                continue
            if cur is None or (SENTENCE_END.search(prev_text) and self._starts_entry(text, loose)):
                cur = self._piece(block, n, text, first=not pieces and cur is None)
                pieces.append(cur)
            else:
                _run_on(cur, n, text)
            prev_text = text
        return pieces

    def _starts_entry(self, text: str, loose: bool) -> bool:
        """After a sentence's end, a line that is only a date, or opens with one, starts a row or
        an entry, even where the export keeps a paragraph's lines together; so does a note under
        a table ("Source: ..."). (Asked only after a sentence's end: the date searches are the
        dear part of cutting a paragraph.)"""
        apart = loose or is_date_cell(text, self.p) or self._opens_with_full_date(text)
        return apart and self._opens_with_date(text) or self.p.any_match("chronology.table_notes", text)

    def paragraphs_run_on(self, block: Block) -> bool:
        """The part of the report the block is in (its top-level section, sub-sections and all)
        prints no blank line between paragraphs (a report set with no space after them, read by
        plain pdftotext): most paragraphs the segmenter did tell apart (by a short last line)
        stand on the line straight after the one before. There a paragraph whose last line ran
        nearly to the margin hides its end as well, so a line opening with a date or a relative
        date ("On 18 May, ...", "A week later, ...") after a sentence's end starts the next
        entry; else the entry would count its relative date from the paragraph before."""
        part = block.section
        if part is None:
            return False
        for above in part.ancestors():
            if above.level > 0:
                part = above
        if id(part) not in self._run_on:
            blocks = list(part.all_blocks())
            pairs = [(a, b) for a, b in pairwise(blocks) if a.kind == b.kind == "paragraph"]
            touching = sum(1 for a, b in pairs if b.line_start == a.line_end + 1)
            self._run_on[id(part)] = touching >= _RUN_ON_PAIRS and 2 * touching > len(pairs)
        return self._run_on[id(part)]

    def _lines_stand_apart(self, block: Block) -> bool:
        """A plain-text paragraph run over contiguous lines shows its own end with a blank line;
        only where every line stands apart (a PDF-to-text export), or a PDF reader saw no
        paragraph spacing, is a date-led line after a full stop the start of the next entry."""
        return any(b - a > 1 for a, b in pairwise(block.lines)) or (
            self.doc.format not in ("text", "html") and not self.para_hints
        )

    def _year_heading(self, n: int, text: str) -> Block:
        page = self.lines[n][0].page
        return Block(
            kind="heading", text=text.rstrip(" :"), line_start=n, line_end=n, page=page, level=4, lines=[n]
        )

    def _piece(self, block: Block, n: int, text: str, first: bool) -> Block:
        """A new entry cut from `block` at line `n`; the first keeps the paragraph's number."""
        piece = Block(
            kind="paragraph",
            text=text,
            line_start=n,
            line_end=n,
            page=self.lines[n][0].page,
            lines=[n],
            section=block.section,
            number=block.number if first else None,
        )
        if first and block.number and text.startswith(block.number):
            piece.text = text[len(block.number) :].strip(" .)\t")
        return piece

    def _opens_with_full_date(self, text: str) -> bool:
        """The line's first words are a month or a day ("14 February 2019 Police attended"): a
        sentence of prose opens with a preposition ("On 14 February"), a logged entry with the
        date itself. A season or a rough date ("Summer 2017", "Early 2019") opens an entry only
        as a label, a spaced dash after it: a wrapped line of prose may open with one."""
        found = opening_date(text[:40], self.p)
        if found is None:
            return False
        value = found.value
        if value.precision in ("day", "month"):
            return True
        rough = value.precision == "season" or value.approximate
        return rough and _LABEL_DASH.match(text, found.end) is not None

    def _opens_with_date(self, text: str) -> bool:
        """A date, a relative date or a dated clause opens the line, or a label naming a time of
        one year ("Easter holidays 2021 – ...", chronology.lead_dates)."""
        head = text[:60]
        return (
            opening_date(head, self.p, within=3) is not None
            or year_label(head, self.p)
            or any(r.start <= 3 for r in find_relative(head, self.p))
            or dated_clause(head, self.p)
        )


def _run_on(piece: Block, n: int, text: str) -> None:
    """Line `n` continues the entry, a word hyphenated over the line break joined up."""
    piece.text = (
        piece.text[:-1] + text if piece.text.endswith("-") and text[:1].islower() else f"{piece.text} {text}"
    )
    piece.line_end = n
    piece.lines.append(n)
