"""Segmentation: blocks (headings, paragraphs, bullets, tables, contents lines) and
the section tree.

Two text layouts are handled (see `layout`): "long-line" text where each paragraph is
one line and "wrapped" text hard-wrapped at a page width, often with a blank line between
every printed line. A paragraph broken by a page break or footnote is rejoined when its
next piece starts in lower case or the paragraph had not ended.
"""

from __future__ import annotations

import re
from collections import Counter

from dhrparse.document import (
    NEW_SHEET,
    SHEET_ROW,
    TEXT,
    Block,
    Cell,
    Line,
    Row,
    SourceDocument,
    Table,
    TableBlock,
)
from dhrparse.patterns import Patterns
from dhrparse.prepare.block_cues import block_cues
from dhrparse.prepare.headings import Headings
from dhrparse.prepare.layout import SENTENCE_END, Layout
from dhrparse.prepare.numbering import Numbering
from dhrparse.prepare.paragraphs import Paragraphs
from dhrparse.prepare.sections import build_sections

_LIST_MARKER = re.compile(
    r"^(?:\(?(?:[a-h]|[ivx]{1,4}|[A-H]|[IVX]{1,4})\)|(?:[a-h]|[ivx]{1,4}|[A-H]|[IVX]{1,4})\.|[•●▪◦‣⁃∙■➢]|\d{1,2}[.)])$"
)


def _ends_sentence_in_lower_case(text: str) -> bool:
    return text[:1].islower() and text.rstrip().endswith(".")


def segment(doc: SourceDocument, patterns: Patterns) -> SourceDocument:
    doc.blocks = _Segmenter(doc, patterns).run()
    _settle_line_lists(doc.blocks)
    doc.root = build_sections(doc.blocks, doc.lines)
    return doc


def _settle_line_lists(blocks: list[Block]) -> None:
    """Each block's line numbers, grown a line at a time with room for more, held as a tuple
    once the block is closed (no line joins a block after segmentation): a long report has
    tens of thousands of blocks, most of a single line, and a tuple of one number is 48 bytes
    where a list of it is 80 (issue 17)."""
    for block in blocks:
        block.lines = tuple(block.lines)  # type: ignore[assignment]


# a list item's last line stops short of the page's width by more than a name's first word
# where the name is no wrapped part of it (a wrapped item's lines fill the width)
_ITEM_ROOM = 0.9
_NAME_JOINS = frozenset(("and", "of", "for", "the", "&", "-", "–"))


_REPEATED_TITLE_WORDS = 14


def _names_a_body(text: str) -> bool:
    """A line naming a body in capitals, unpunctuated ("To the Department of Health and Social
    Care"): a sub-heading saying whom the recommendations under it are made to. (A sentence
    wrapped before a code would end on a lower-case word: "... set out in recommendation".)"""
    words = text.split()
    return (
        bool(words) and words[-1][:1].isupper() and words[-1][-1:].isalpha() and not SENTENCE_END.search(text)
    )


def _repeated_titles(content: list[Line]) -> frozenset[str]:
    """Short lines printed word for word two or more times that end no sentence: a running head
    or a table header printed on each page, never one line of a paragraph wrapped at the width."""
    counts = Counter(" ".join(ln.text.split()) for ln in content)
    return frozenset(
        t
        for t, n in counts.items()
        if n >= 2
        and t[:1].isupper()
        and len(t.split()) <= _REPEATED_TITLE_WORDS
        and not SENTENCE_END.search(t)
    )


class _Segmenter:
    """Reads the content lines in order into blocks; `cur` is the paragraph or list item
    still open for the next line to carry on."""

    def __init__(self, doc: SourceDocument, patterns: Patterns):
        self.doc = doc
        self.content = [ln for ln in doc.lines if ln.kind == TEXT]
        self.cues = block_cues(patterns)
        layout = self.layout = Layout(self.content, doc.line_spaced())
        self.repeated = _repeated_titles(self.content) if layout.spaced else frozenset()
        numbering = Numbering()
        self.headings = Headings(self.cues, layout, numbering)
        self.paragraphs = Paragraphs(self.cues, layout, numbering)
        self.blocks: list[Block] = []
        self.cur: Block | None = None
        self.cur_last: Line | None = None
        self.before: Line | None = None  # the content line printed before the one being read

    def run(self) -> list[Block]:
        content = self.content
        for i, ln in enumerate(content):
            if self.blocks and self.blocks[-1].kind == "heading" and ln.number in self.blocks[-1].lines[1:]:
                continue  # the end of a heading's title wrapped onto this line: read with it
            self.before = content[i - 1] if i else None
            self._read(ln, ln.text.strip(), content[i + 1] if i + 1 < len(content) else None)
        return self.blocks

    def _read(self, ln: Line, text: str, nxt: Line | None) -> None:
        if self.cues.is_toc(ln.text) and len(ln.cells or ()) <= 2:
            self._close(Block.of_lines("toc", text.replace("\t", " "), [ln]))
            self.headings.note_contents_line(text)
        elif ln.cells and len(ln.cells) >= 2 and not self._list_item_row(ln.cells, nxt):
            self.cur = None
            self._add_table_row(ln)
        else:
            apart = self._block_apart(ln, text, nxt)
            if apart is not None:
                self._close(apart)
            else:
                self._read_running(ln, text, nxt)

    def _block_apart(self, ln: Line, text: str, nxt: Line | None) -> Block | None:
        """A line that is a block of its own whatever came before: a heading the reader
        styled, a numbered heading, a label alone on its line, a bold subheading."""
        if ln.hint and ln.hint.startswith("heading:"):
            return self.headings.styled(ln, text, nxt)
        if ln.hint == NEW_SHEET:  # (a spreadsheet's next sheet printed as lines: a part of its own)
            return Block.of_lines("heading", text, [ln], level=1)
        numbered = self.headings.numbered(ln, text, nxt) if ln.hint != SHEET_ROW else None
        if numbered is not None:
            return numbered
        if (
            self.cur is not None
            and self.cues.bare_label.match(text)
            and not _ends_sentence_in_lower_case(text)
        ):
            # "Recommendation 2", "Learning Point 3:": a label even where the paragraph before seems
            # unfinished; in lower case with a full stop it is that paragraph's last word ("... to the
            # national" / "recommendations.")
            return Block.of_lines("heading", text, [ln], level=5)
        if ln.hint == "bold":
            return self.headings.bold(ln, text, nxt)
        return None

    def _read_running(self, ln: Line, text: str, nxt: Line | None) -> None:
        """A line of running text: it carries on the open paragraph, is a heading, or opens
        a new paragraph or list item."""
        if (
            self._breaks_before(ln, text)
            or self._title_after_sentence(text, nxt)
            or self._name_after_item(text, nxt)
            or self._after_repeated_title(text)
            or self._code_under_addressee(text)
        ):
            self.cur = None
        cur, last = self.cur, self.cur_last
        if cur is not None and self.paragraphs.continues(cur, last, text):
            self.paragraphs.append(cur, ln, text)
            self.cur_last = ln
            return
        prev_open = cur is not None and last is not None and not self.paragraphs.ended(last)
        heading = self.headings.plain(ln, text, nxt, prev_open, self.before)
        if heading is not None:
            self._close(heading)
            return
        self.cur = self.paragraphs.start(ln, text)
        self.cur_last = ln
        self.blocks.append(self.cur)

    def _breaks_before(self, ln: Line, text: str) -> bool:
        """Does the reader's spacing, or a page turn after a finished sentence, end the open paragraph?"""
        last = self.cur_last
        if ln.hint == "para" and last is not None and last.page == ln.page:
            return True  # the reader saw paragraph spacing above this line (not a page top)
        if ln.hint == "title":
            return True  # the reader saw a title wrapped over two lines, set apart from the text
        return (
            self.cur is not None
            and last is not None
            and last.page != ln.page
            and bool(SENTENCE_END.search(last.text))
            and text[:1].isupper()
        )  # a sentence ending at the foot of a page ends its paragraph

    def _title_after_sentence(self, text: str, nxt: Line | None) -> bool:
        """A short line standing apart after a paragraph's last sentence, or after a line that left
        room for its first word: a title, though the sentence filled its line or the line before
        was of middling length (a table's row printed with its cells run together). (A
        paragraph's lines run to the page's width, bar its last, which ends a sentence: a short
        unpunctuated line cannot carry on a paragraph already ended.)"""
        last = self.cur_last
        return (
            self.cur is not None
            and self.cur.kind == "paragraph"
            and last is not None
            and self.layout.wrapped
            and (bool(SENTENCE_END.search(last.text)) or self.paragraphs.left_room(last, text))
            and len(text) < 0.6 * self.layout.width
            and self.headings.stands_apart(text, nxt)
        )

    def _code_under_addressee(self, text: str) -> bool:
        """A recommendation's code alone on its line ("N3") under a line naming a body ("To the
        Department of Health and Social Care"): the sub-heading saying whom the recommendations
        are made to has ended, and the code opens the next item, as it does under a shorter
        sub-heading the reader saw end by its length."""
        last = self.cur_last
        return (
            self.cur is not None
            and self.cur.kind == "paragraph"
            and last is not None
            and self.cues.code_alone(text)
            and _names_a_body(last.text)
        )

    def _after_repeated_title(self, text: str) -> bool:
        """The line after a short title the document prints word for word on other pages too
        (a running head cleaning did not learn, with no page number to tell the pages by, or a
        table's header printed again): that title carries no paragraph on to this line."""
        last = self.cur_last
        return (
            self.cur is not None
            and last is not None
            and text[:1].isupper()
            and " ".join(last.text.split()) in self.repeated
        )

    def _name_after_item(self, text: str, nxt: Line | None) -> bool:
        """A name standing apart after a list item, every word capitalised, over the next list's
        first item: the next agency's heading in a list of single-agency recommendations ("...
        when they report abuse" / "Quarrendon Probation Service" / "• Training"), though the item
        before asked for no full stop and its line ran near the page's width. (Text with a blank
        line after every line tells no paragraph's end by its blank lines.)"""
        last = self.cur_last
        if self.cur is None or self.cur.kind != "bullet" or last is None or not self.layout.spaced:
            return False
        words = text.split()
        return (
            nxt is not None
            and bool(self.cues.bullet.match(nxt.text.strip()))
            and (bool(SENTENCE_END.search(last.text)) or self.paragraphs.left_room(last, text, _ITEM_ROOM))
            and all(w[:1].isupper() or w in _NAME_JOINS for w in words)
            and self.headings.stands_apart(text, nxt)
        )

    def _close(self, block: Block) -> None:
        """A block that stands alone: nothing after it carries it on."""
        self.blocks.append(block)
        self.cur = None

    def _list_item_row(self, cells: list[str], nxt: Line | None) -> bool:
        """A list item set with a hanging indent ("a)" or "Recommendation 3" then a tab and
        its text), which a reader sees as two cells: the item, not a table row. A recommendation's
        label in a row between two full rows of one table, as many cells as they with its later
        ones empty ("Rec 1" beside its text merged across the row, its first action's row under
        it), is that table's band, not an item."""
        filled = [c.strip() for c in cells if c.strip()]
        if len(filled) != 2 or filled[0] != cells[0].strip():
            return False
        first = filled[0]
        label = self.cues.label_start.match(first)
        if _LIST_MARKER.match(first):
            return True
        return bool(label and len(first) <= label.end() + 2) and not self._band_of_table(cells, nxt)

    def _band_of_table(self, cells: list[str], nxt: Line | None) -> bool:
        last = self.blocks[-1] if self.blocks else None
        below = nxt.cells if nxt is not None else None
        return (
            len(cells) > 2
            and last is not None
            and last.kind == "table"
            and last.table is not None
            and len(last.table.rows[-1].cells) == len(cells)
            and below is not None
            and len(below) == len(cells)
            and sum(1 for c in below if c.strip()) > 2
        )

    def _add_table_row(self, ln: Line) -> None:
        breaks = ln.breaks or ()
        cells = [
            Cell(c.strip(), ln.number, ln.number, breaks[i] if i < len(breaks) else ())
            for i, c in enumerate(ln.cells or [])
        ]
        row = Row(cells=cells, line_start=ln.number, line_end=ln.number, page=ln.page)
        last = self.blocks[-1] if self.blocks else None
        if last is not None and last.kind == "table" and last.table is not None and ln.hint != NEW_SHEET:
            last.table.rows.append(row)
            last.line_end = ln.number
            last.lines.append(ln.number)  # (its text is read from its rows: see TableBlock)
            last.table.line_end = ln.number
            return
        table = Table(
            rows=[row],
            line_start=ln.number,
            line_end=ln.number,
            page=ln.page,
            origin="text" if self.doc.format in ("text", "html") else self.doc.format,
        )
        self.doc.tables.append(table)
        self.blocks.append(TableBlock.of_lines("table", None, [ln], table=table))
