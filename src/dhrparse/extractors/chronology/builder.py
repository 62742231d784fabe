"""Walking a chronology proper's blocks into entries: every paragraph is an entry except the
method introduction at its head; bullets and page-break continuations stay in the paragraph
they belong to; a table with a date column gives one entry per row, the prose around it being
commentary."""

from __future__ import annotations

from dhrparse.document import Block
from dhrparse.extractors.chronology.apart_rows import pair_columns_apart
from dhrparse.extractors.chronology.broken_cells import is_column_name
from dhrparse.extractors.chronology.columns import Columns, column_positions
from dhrparse.extractors.chronology.columns_apart import first_column_apart, warn_columns_apart
from dhrparse.extractors.chronology.dating import dated_near_start, is_date_cell, mask_quotes, opens_with_date
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.joined_rows import joined_rows
from dhrparse.extractors.chronology.lead_dates import date_labelled_entries
from dhrparse.extractors.chronology.narrative_run import narrative_run
from dhrparse.extractors.chronology.periods import period_only
from dhrparse.extractors.chronology.stacked import stacked_header, stacked_rows
from dhrparse.extractors.chronology.stacked_lines import stacked_lines
from dhrparse.extractors.chronology.story import commentary as story_commentary
from dhrparse.extractors.chronology.story import told_as_story
from dhrparse.extractors.chronology.tables import aligned_table, read_table
from dhrparse.extractors.chronology.unread import UnreadRuns
from dhrparse.extractors.chronology.year_titles import year_title
from dhrparse.ledger import Ledger
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative_grammar import find_relative

_NUMBERED_ENTRIES = 3  # numbered dated paragraphs enough to show the entries are numbered


class Builder:
    """One chronology section's walk: its entries, the runs it leaves unread, and how the
    section gives its entries (table rows, or unnumbered dated paragraphs)."""

    def __init__(self, ctx: Ledger, entries: Entries, furniture: Furniture):
        self.ctx, self.p, self.entries, self.furniture = ctx, ctx.patterns, entries, furniture
        self.unread = UnreadRuns(ctx, entries)
        self.framing_numbers = False  # numbered paragraphs are the report's prose, not entries
        self.table_entries = False  # the entries are a table's rows
        self.columns = Columns(ctx.patterns)
        self.header_line: int | None = None  # where a table's header printed as text first stands
        self.row_date: Block | None = None  # a printed row's date cell, on a line of its own
        self.narrative: set[int] = set()  # numbered dated paragraphs told beside a table (narrative_run)
        self.bulleted = (
            False  # the entries open with date labels (a timeline): an undated paragraph is a note
        )
        self.story = False  # unnumbered story paragraphs: an undated one is commentary (story)
        self.numbered_entries = False  # the entries are numbered paragraphs: an unnumbered one is a note
        self.other_part = False  # under a sub-heading over a part beside the chronology (family, equality)
        self.titles: set[str] = set()  # the one-line titles read so far (a column's name among them)

    def full(self, blocks: list[Block], joined: bool = False) -> None:
        """`joined`: the section is a table found by its header and rows printed with each line's
        cells joined by single spaces (joined_rows)."""
        blocks = [b for b in blocks if b.kind != "toc"]
        rest = aligned_table(blocks, self.entries, self.ctx, self.furniture)
        if rest is None and (joined or self.furniture.doc.line_spaced()):
            # (text taken out a printed line at a time is the only text that joins a table's cells)
            rest = joined_rows(blocks, self.entries, self.ctx, self.furniture)
        if rest is not None:
            self.table_entries = True
            blocks = rest
        apart = first_column_apart(blocks, self.entries, self.furniture) if rest is None else None
        if apart is not None:
            blocks = self._rows_before(blocks, apart)
        paired = pair_columns_apart(blocks, apart, self.entries, self.ctx, self.furniture) if apart else None
        if paired is not None:
            blocks, self.header_line, self.table_entries = paired, apart, True
            self.entries.anchor = None  # (the blocks left stand before the table: its rows date none of them)
        elif apart is not None:
            blocks, self.header_line = warn_columns_apart(blocks, apart, self.entries, self.ctx), apart
        elif rest is None:
            rest = stacked_lines(blocks, self.entries, self.ctx, self.furniture)
            if rest is not None:
                self.table_entries, blocks = True, rest
        self._read_shape(blocks)
        i = 0
        while i < len(blocks):
            columns = stacked_header(blocks, i, self.entries)
            if columns:
                self.unread.flush()
                i = stacked_rows(blocks, i, columns, self.entries, self.ctx)
                continue
            self._block(blocks, i)
            i += 1

    def _rows_before(self, blocks: list[Block], apart: int) -> list[Block]:
        """The table's first pages read where they printed row by row, a later page printing
        the rest column after column (from its "Date" line, `apart`): the blocks left."""
        before = [b for b in blocks if b.line_start < apart]
        early = stacked_lines(before, self.entries, self.ctx, self.furniture, until=apart)
        return blocks if early is None else early + [b for b in blocks if b.line_end >= apart]

    def _read_shape(self, blocks: list[Block]) -> None:
        """How the section gives its entries: rows of a table with a date column (the prose
        around it is commentary), or dated paragraphs that carry no paragraph numbers (the
        numbered paragraphs among them are the report's introduction and pointers)."""
        for block in blocks:
            if self.header_line is None and self._printed_header(block):
                self.header_line, self.table_entries = block.line_start, True
            if (
                block.kind == "table"
                and block.table is not None
                and any(
                    column_positions([" ".join(t.split()) for t in r.texts], self.p)
                    for r in block.table.rows[:3]
                )
            ):
                self.table_entries = True
        self.framing_numbers = framing_numbers(blocks, self.entries, self.p)
        self.numbered_entries = numbered_entries(blocks, self.entries, self.p)
        self.bulleted = date_labelled_entries(blocks, self.p)
        self.story = not self.table_entries and told_as_story(blocks, self.p)
        if self.table_entries:
            self.narrative = narrative_run(blocks, self.entries, self.p)

    def _printed_header(self, block: Block) -> bool:
        return block.kind in ("heading", "paragraph") and self.columns.printed_header(block.text)

    def _block(self, blocks: list[Block], i: int) -> None:
        block = blocks[i]
        if self._printed_header(block):
            # the table's header printed as text, or repeated after a page break: not a row
            self.unread.flush()
            self.ctx.consumed(block.lines or [block.line_start], "table header")
            return
        if self._header_name_alone(blocks, i):
            # (a table's header printed a name a line, "Date" / "Contact": no title, no row)
            self.unread.flush()
            self.ctx.consumed(block.lines or [block.line_start], "table header")
            return
        if self._row_date_line(blocks, i):
            self.unread.flush()
            self.row_date = block
            return
        if block.kind == "heading" and block.section is not self.entries.section:
            self.unread.flush()
            # (after the entries, a sub-heading over what the family said or the equality duties)
            self.other_part = bool(self.entries.own) and self.p.any_match(
                "chronology.other_parts", block.text
            )
            if not self.other_part:
                self.entries.set_heading(block)
            return
        if self.other_part:
            self.unread.skip(block, "a part of the report beside the chronology (family, equality)")
            return
        if block.kind in ("heading", "table"):
            self.unread.flush()
            if block.kind == "table" and read_table(block, self.entries, self.ctx, self.furniture):
                self.other_part = True  # (the table ended in the report's next heading)
            return
        self._paragraph(blocks, i)

    def _paragraph(self, blocks: list[Block], i: int) -> None:
        """A paragraph of the chronology: a row going on, a sub-heading, no event (skipped,
        with why), or an entry of its own or more of the one before."""
        block = blocks[i]
        text = self.entries.own_text(block)[1].strip()
        if not text:
            return
        row_goes_on = self._row_goes_on(blocks, i, text)
        if not row_goes_on and self._title_line(blocks, i, text):
            self.unread.flush()
            self.entries.set_heading(block)
            self.ctx.consumed(block.lines or [block.line_start], "sub-heading")
            self.titles.add(text)
            return
        if not row_goes_on and self._title_again(block, text):
            # (a column's name printed again over its cells after a page break, no row of its own)
            self.unread.flush()
            self.ctx.consumed(block.lines or [block.line_start], "repeated header")
            return
        why = None if row_goes_on else self._not_an_event(block, text)
        if why:
            self.unread.skip(block, why)
            return
        self.unread.flush()
        if row_goes_on and self.row_date is not None and self.row_date is blocks[i - 1]:
            self._add_dated_row(block, text)
        elif self.entries.continues(block, text) or row_goes_on:
            self.entries.merge(block, text)
        elif self._lone_period(blocks, i, text):
            self.entries.set_heading(block)
            self.ctx.consumed(block.lines or [block.line_start], "period heading")
        else:
            self.entries.add(block, text)

    def _not_an_event(self, block: Block, text: str) -> str | None:
        """Why a paragraph is not an entry, if it is not."""
        if block.kind == "bullet":
            return self._bullet_not_an_event(text)
        if block.kind != "paragraph":
            return None
        if not self.entries.own and self.p.any_match("chronology.method_cues", text):
            return "the method or introduction"
        if self.p.any_match("chronology.pointer_cues", text) and _names_no_time(text, self.p):
            return "a pointer to another part of the report"
        if block.line_start in self.narrative:
            return None
        if (
            self.header_line is not None
            and block.line_start < self.header_line
            and not opens_with_date(text[:80], self.p)
        ):
            return "the introduction to the chronology table"
        if self.table_entries and not opens_with_date(text[:80], self.p):
            return "commentary around the chronology table"
        if (
            self.framing_numbers
            and self.entries.own_text(block)[0]
            and not dated_near_start(text, self.p, self.entries.vocab.lead)
        ):
            return "the report's numbered prose around the entries"
        if not self.entries.own and self.entries.heading is None and _names_no_time(text, self.p):
            return "background before the first dated entry"
        if (
            self.numbered_entries
            and self.entries.own
            and not self.entries.own_text(block)[0]
            and not self.entries.continues(block, text)
            and not dated_near_start(text, self.p, self.entries.vocab.lead)
        ):
            return "commentary between the numbered entries"
        if self.story and story_commentary(text, self.p):
            return "commentary between the story's dated paragraphs"
        if self.bulleted and not block.number and _names_no_time(text, self.p):
            return "a note beside the date-labelled entries"
        return None

    def _bullet_not_an_event(self, text: str) -> str | None:
        """A bulleted list around a chronology table (its key of the agencies) or before the
        first entry, naming no time: not events."""
        if self.table_entries and not opens_with_date(text[:80], self.p):
            return "a list around the chronology table"
        if not self.entries.own and self.entries.heading is None and _names_no_time(text, self.p):
            return "background before the first dated entry"
        return None

    def _row_date_line(self, blocks: list[Block], i: int) -> bool:
        """In a table printed as text, a line that is only a date with the row's undated text
        after it ("November 2020" / "Child R seen by ..."): the row's date cell."""
        if self.header_line is None or i + 1 >= len(blocks) or blocks[i].kind not in ("heading", "paragraph"):
            return False
        nxt = blocks[i + 1]
        return (
            is_date_cell(self.entries.cell(blocks[i]), self.p)
            and nxt.kind == "paragraph"
            and not opens_with_date(nxt.text[:80], self.p)
        )

    def _add_dated_row(self, block: Block, text: str) -> None:
        """The row whose date cell stood on the line before its text."""
        date_block, self.row_date = self.row_date, None
        self.entries.add(block, f"{self.entries.cell(date_block)} {text}")
        self.entries.own[-1].location.line_start = date_block.line_start
        self.ctx.consumed(date_block.lines or [date_block.line_start], "date cell")

    def _row_goes_on(self, blocks: list[Block], i: int, text: str) -> bool:
        """In a table printed as text, an undated paragraph right after a row (or after the row's
        date cell printed on its own line) is the rest of that row, unless it is a note under
        the table ("Source: ...")."""
        if self.header_line is None or i == 0 or blocks[i].kind != "paragraph":
            return False
        if blocks[i].line_start < self.header_line:
            return False  # (a paragraph before the table's header is no row's)
        own = self.entries.own
        after_row = bool(own) and own[-1].location.line_end == blocks[i - 1].line_end
        after = after_row or self.row_date is blocks[i - 1]
        return (
            after
            and not opens_with_date(text[:80], self.p)
            and not self.p.any_match("chronology.table_notes", text)
        )

    def _title_line(self, blocks: list[Block], i: int, text: str) -> bool:
        """A one-line title the segmenter left a paragraph ("Fallowden and Dale Police", "Events
        of 2 September 2021") over the entries below it: a few capitalised words, no date to
        open it and no sentence's end, a paragraph after it. A period's title ("2017 to 2019:
        the early relationship") may open with its dates when it alone goes unnumbered over
        numbered entries (a date-led line is otherwise a short entry)."""
        block, nxt = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
        words = text.split()
        if not (
            block.kind == "paragraph"
            and not block.number
            and block.line_start == block.line_end
            and 0 < len(words) <= 8
            and not text.rstrip().endswith((".", ",", ";", ":", "!", "?"))
            and nxt is not None
            and nxt.kind in ("paragraph", "bullet")
        ):
            return False
        if not opens_with_date(text, self.p):
            return text[:1].isupper() and not _cell_over_name(words, nxt)
        if year_title(text, self.p):
            return True  # a story's year title ("2021: the first call")
        return bool(nxt.number and self.entries.own_text(nxt)[0])

    def _header_name_alone(self, blocks: list[Block], i: int) -> bool:
        """The block is one column's name alone on its line, beside another such block: the
        table's header printed a name a line."""
        return self._name_line(blocks[i]) and any(
            0 <= k < len(blocks) and self._name_line(blocks[k]) for k in (i - 1, i + 1)
        )

    def _name_line(self, block: Block) -> bool:
        return (
            block.kind in ("heading", "paragraph")
            and block.line_start == block.line_end
            and self.columns.field_of(" ".join(block.text.split())) is not None
        )

    def _title_again(self, block: Block, text: str) -> bool:
        """A one-line paragraph repeating a title read above it word for word, no sentence: in a
        table printed column after column, a person's or agency's column name printed again at
        the head of the next page's column, where it heads no entries of its own."""
        return (
            block.kind == "paragraph"
            and block.line_start == block.line_end
            and text in self.titles
            and not text.rstrip().endswith((".", ";", ":", "!", "?"))
        )

    def _lone_period(self, blocks: list[Block], i: int, text: str) -> bool:
        """A lone period line heading the entries below it (not one of a list of periods)."""
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        last = self.entries.last_block
        return (
            period_only(text, self.p)
            and not (nxt is not None and period_only(nxt.text, self.p))
            and not (last is not None and period_only(last.text, self.p))
            and nxt is not None
            and nxt.kind in ("paragraph", "bullet")
        )


def _cell_over_name(words: list[str], nxt: Block) -> bool:
    """A line of a sentence's words straight over a column's name on a line of its own ("Maya
    called the helpline from work" over "Tomas"): in a table printed column after column, the
    last cell of one column before the next column's name, not a title over entries."""
    return (
        not is_column_name(" ".join(words))
        and nxt.line_start == nxt.line_end
        and is_column_name(" ".join(nxt.text.split()))
    )


def framing_numbers(blocks: list[Block], entries: Entries, p: Patterns) -> bool:
    """Two or more paragraphs dated near their start, fewer than half of them numbered: the
    numbered dated ones are counted, then the unnumbered only until they are the more."""
    own, lead = entries.own_text, entries.vocab.lead
    paragraphs = [own(b) for b in blocks if b.kind == "paragraph"]
    numbered = sum(1 for ref, text in paragraphs if ref and dated_near_start(text, p, lead))
    unnumbered = 0
    for ref, text in paragraphs:
        if not ref and dated_near_start(text, p, lead):
            unnumbered += 1
            if unnumbered > numbered and numbered + unnumbered >= 2:
                return True
    return False


def numbered_entries(blocks: list[Block], entries: Entries, p: Patterns) -> bool:
    """Three or more numbered paragraphs dated near their start, more than the unnumbered ones so
    dated: the entries are the numbered paragraphs, and an undated unnumbered paragraph among them
    is the panel's note ("The review has had access to all the records it asked for ...")."""
    own, lead = entries.own_text, entries.vocab.lead
    dated = [
        ref
        for ref, text in (own(b) for b in blocks if b.kind == "paragraph")
        if dated_near_start(text, p, lead)
    ]
    numbered = sum(1 for ref in dated if ref)
    return numbered >= _NUMBERED_ENTRIES and numbered > len(dated) - numbered


def _names_no_time(text: str, p: Patterns) -> bool:
    """A paragraph with no date and no relative date anywhere: before the first entry it is the
    chronology's background ("Priya was born in Kenya ..."), not an event."""
    masked = mask_quotes(text)
    return not find_dates(masked, p) and not find_relative(masked, p)
