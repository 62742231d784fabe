"""A chronology section's entries as they are read: a paragraph or a table row becomes a dated
event (its date, the agencies it names, its text), and its date is what the next entry's
relative date ("Two days later") counts from."""

from __future__ import annotations

from datetime import date

from dhrparse.document import Block, Section, SourceDocument
from dhrparse.extractors.chronology.agencies import Agencies
from dhrparse.extractors.chronology.cell_costs import NOTHING_MARK
from dhrparse.extractors.chronology.column_roles import OTHER, carry_on, kept_cells
from dhrparse.extractors.chronology.dating import (
    dated_near_start,
    ended,
    event_date,
    is_date_text,
    mask_quotes,
    opens_with_date,
    refined,
)
from dhrparse.extractors.chronology.episode_headings import Episode, episode_heading, episode_text
from dhrparse.extractors.chronology.life_days import count_date, day_one, is_count_cell
from dhrparse.extractors.chronology.printed_refs import printed_ref
from dhrparse.extractors.chronology.vocabulary import (
    LEAD_MARKS,
    NUMERIC_DATE,
    chronology_vocab,
    number_then_word,
)
from dhrparse.extractors.chronology.year_band_rows import band_year, month_in_band
from dhrparse.ledger import location_of
from dhrparse.models import ChronologyEvent, DateValue, Location
from dhrparse.patterns import Patterns
from dhrparse.vocab.date_cells import cell_date
from dhrparse.vocab.dates import find_dates


class Entries:
    """One section's entries, the sub-heading over them and the date the next one counts from."""

    def __init__(
        self,
        doc: SourceDocument,
        p: Patterns,
        gaz: Agencies,
        section: Section,
        events: list[ChronologyEvent],
        death: DateValue | None,
        by_agency: bool = False,
    ):
        """`by_agency`: the section tells its entries agency by agency, each sub-heading's dates
        starting again (a relative date never counts from the agency before)."""
        self.doc, self.p, self.gaz, self.section = doc, p, gaz, section
        self.by_agency = by_agency
        self.vocab = chronology_vocab(p)
        self.events = events  # every section's entries, in reading order
        self.death = death
        self.own: list[ChronologyEvent] = []  # this section's entries
        self.anchor: DateValue | None = None
        self.heading: str | None = None
        self.last_block: Block | None = None
        self.restart = False  # the next entry is the first under an agency's sub-heading
        self.day_line: DateValue | None = None  # a day's date alone on the line above the next entry
        self._day_one: tuple[date | None] | None = None  # the Day 1 a count of days is dated from
        # the sub-headings since the last entry that are only a date: two or more in a row are a
        # date column printed apart from its events, not headings over them
        self.date_heads: list[tuple[Block, DateValue]] = []
        self.episode: Episode | None = None  # a key practice episode's heading over the next entry

    def location(self, line_start: int, line_end: int, page: int | None) -> Location:
        return location_of(self.doc, line_start, line_end, section=self.section.heading, page=page)

    # what a block says ----------------------------------------------------------------------
    def own_text(self, block: Block) -> tuple[str | None, str]:
        """(ref, text) of a block: a "paragraph number" that is a day-first date ("12.03.17 – Police
        attended") is the entry's date, not its number."""
        number = block.number
        if not number:
            return number, block.text
        # (not when its text opens with a date of its own: "14.2.10" / "In July 2019 ..." is the
        # paragraph's number, run on from 14.2.9)
        if (
            NUMERIC_DATE.fullmatch(number)
            and find_dates(number, self.p)
            and not opens_with_date(block.text.strip()[:80], self.p)
        ):
            return None, f"{number} {block.text.strip()}"
        if number.isdigit() and len(number) <= 2 and self._printed_bare(block, number):
            # "1 Jan 2015: ..." read as paragraph 1: the number printed with no stop after it
            # and a month after it is the day of a date
            joined = f"{number} {block.text.strip()}"
            found = find_dates(joined[:40], self.p)
            if found and found[0].start == 0 and found[0].value.precision == "day":
                return None, joined
        return number, block.text

    def _printed_bare(self, block: Block, number: str) -> bool:
        line = self.doc.line_numbered(block.line_start)
        first = line.text if line is not None else ""
        return number_then_word(first, number, LEAD_MARKS)

    def cell(self, block: Block) -> str:
        """A block's text as one table cell."""
        return " ".join(self.own_text(block)[1].split())

    # paragraphs -----------------------------------------------------------------------------
    def continues(self, block: Block, text: str) -> bool:
        """The block belongs to the entry before it: a list inside that paragraph, or the
        paragraph's tail after a page break."""
        if not self.own:
            return False
        if block.kind == "bullet":
            return not opens_with_date(text, self.p)
        # ("w/c 11 April 2022 ..." opens in lower case and is an entry of its own)
        return block.number is None and text[:1].islower() and not opens_with_date(text, self.p)

    def merge(self, block: Block, text: str) -> None:
        ev = self.own[-1]
        sep = "\n• " if block.kind == "bullet" else " "
        ev.text = f"{ev.text}{sep}{text}"
        ev.location.line_end = max(ev.location.line_end, block.line_end)
        for name in self.gaz.find(text):
            if name not in ev.agencies:
                ev.agencies.append(name)
        self.last_block = block

    def set_heading(self, block: Block) -> None:
        """A sub-heading or period line over the entries below it; its date anchors them."""
        text = self.own_text(block)[1]
        self.heading = " ".join(text.split()).rstrip(" :")
        self.episode = episode_heading(text, self.p) if block.kind == "heading" else None
        dates = find_dates(mask_quotes(text), self.p)
        # a line that is only a day's date ("14.01.2022" printed apart from its paragraph) dates the
        # paragraph under it, whatever later days that paragraph goes on to mention
        self.day_line = (
            dates[0].value
            if dates and dates[0].value.precision == "day" and is_date_text(text, self.p)
            else None
        )
        if dates and is_date_text(text, self.p):
            self.date_heads.append((block, dates[0].value))
        if dates:
            self.anchor = dates[0].value
        elif self.by_agency:
            self.anchor = None
        # under an agency's name its own story starts again: its first entry's date is no look back
        self.restart = not dates and self._names_an_agency(block, text)
        self.last_block = block

    def _own_lead_date(self, text: str) -> DateValue | None:
        """The first date the entry gives near its start, earlier than the entry above or not."""
        found = find_dates(mask_quotes(text), self.p)
        return found[0].value if found and found[0].start <= self.vocab.lead else None

    def _names_an_agency(self, block: Block, text: str) -> bool:
        """A sub-heading naming an organisation ("Westfield Homes (housing provider)")."""
        words = text.split()
        return (
            block.kind == "heading"
            and len(words) <= self.vocab.agency_max_words
            and self.vocab.organisation.search(text) is not None
        )

    def add(self, block: Block, text: str) -> None:
        date = event_date(text, self.anchor, self.death, self.p, self.vocab.lead, self.vocab.opening)
        if self.day_line is not None and not dated_near_start(text, self.p, self.vocab.opening):
            date = self.day_line
        self.day_line = None
        if self.episode is not None and not dated_near_start(text, self.p, self.vocab.opening):
            # (the episode's heading is its date cell: its whole span, and its title opens the text)
            date, text = self.episode.date, episode_text(self.episode, text)
        self.episode = None
        if self.restart:
            self.restart = False
            date = self._own_lead_date(text) or date
        if date is not None:
            self.anchor = refined(text, date, self.p)
        self._append(
            ChronologyEvent(
                id="",
                ref=printed_ref(block, self.own_text(block)[0], self.doc),
                heading=self.heading,
                date=date,
                text=text,
                agencies=self.gaz.find(text),
                location=self.location(block.line_start, block.line_end, block.page),
            )
        )
        self.last_block = block

    # table rows -----------------------------------------------------------------------------
    def add_row(
        self, texts: list[str], cols: dict[str, int], line_start: int, line_end: int, page: int | None
    ) -> None:
        def cell(name: str) -> str:
            i = cols.get(name)
            return texts[i].strip() if i is not None and i < len(texts) else ""

        used = {i for name, i in cols.items() if not name.startswith(OTHER)}
        body = cell("event") or " ".join(t for i, t in enumerate(texts) if i not in used and t.strip())
        kept = kept_cells(cols, texts, body_has_others=not cell("event"))
        if not body.strip() and not cell("date"):
            return
        band = band_year(cell("date"), body)
        if band is not None:  # (a year band over the rows below: no event)
            self.anchor = DateValue(raw=band, start=band, end=band, precision="year")
            return
        year = cell("year")
        if year and not (self.anchor and (self.anchor.start or "").startswith(year)):
            # (a Year column's cell, merged down over its rows: their dates' year from here on)
            self.anchor = DateValue(raw=year, start=year, end=year, precision="year")
        lower = body[:1].islower() and not opens_with_date(body, self.p)
        if not cell("date") and self.own and (lower or not cell("agency") and not cell("ref")):
            # a row whose leading cells are empty continues the entry above (a cell broken
            # over a page or a row)
            self.own[-1].text += " " + body
            self.own[-1].location.line_end = line_end
            carry_on(self.own[-1].extra, kept)
            return
        date = self._row_date(cell("date"), body)
        if cell("end") not in NOTHING_MARK | {""} and ended(date, cell("end"), self.p) is date:
            kept["end"] = cell("end")  # (a "To" column whose cell is no later date: kept, not read)
        date = ended(date, cell("end"), self.p)
        if date is not None:
            self.anchor = date
        agencies = []
        if any(ch.isalpha() for ch in cell("agency")):  # "-": no agency
            agencies.append(self.gaz.canonical(cell("agency")))
        agencies += [a for a in self.gaz.find(body) if a not in agencies]
        self._append(
            ChronologyEvent(
                id="",
                ref=cell("ref") or None,
                heading=self.heading,
                date=date,
                text=body,
                agencies=[a for a in agencies if a],
                extra=kept,
                location=self.location(line_start, line_end, page),
            )
        )

    def _row_date(self, date_cell: str, body: str) -> DateValue | None:
        """The date cell's date, else the row dated as an entry; a record system's mark for an
        unrecorded date dates the row with nothing (never the row above's date)."""
        if self.vocab.placeholder_date_cell.match(date_cell):
            return DateValue(raw=date_cell)
        if date_cell and is_count_cell(date_cell, self.p):
            return count_date(date_cell, self.day_one(), self.p)
        found = find_dates(date_cell, self.p) if date_cell else []
        if found and found[0].start == 0:
            return found[0].value
        if self.anchor and self.anchor.precision == "day" and self.vocab.same_day_cell.match(date_cell):
            return self.anchor.model_copy(update={"raw": date_cell, "relative": True})
        printed = cell_date(date_cell, self.p) if date_cell else None
        printed = printed or month_in_band(date_cell, self.anchor, self.p)
        if printed is not None:
            return printed
        if found:
            return found[0].value
        text = date_cell + (" " if date_cell else "") + body
        return event_date(text, self.anchor, self.death, self.p, self.vocab.lead, self.vocab.opening)

    def day_one(self) -> date | None:
        """The day the document states as Day 1 of its count of days (looked up once)."""
        if self._day_one is None:
            self._day_one = (day_one(self.doc, self.p),)
        return self._day_one[0]

    def _append(self, ev: ChronologyEvent) -> None:
        heads, self.date_heads = self.date_heads, []
        alone = ev.date is not None and " ".join(ev.text.split()) == " ".join((ev.date.raw or "").split())
        starts = _starts(heads + ([(None, ev.date)] if alone else []))
        if len(starts) >= 2 and not all(b.startswith(a) for a, b in zip(starts, starts[1:])):
            # (dates printed one after another with nothing between, not narrowing one another:
            # a date column printed apart, each date cell told as what it is, a date with no event
            # beside it, so the entries after the run do not take its last date as their own)
            for block, value in heads:
                date_cell = ChronologyEvent(
                    id="",
                    heading=None,
                    date=value,
                    text=value.raw,
                    location=self.location(block.line_start, block.line_end, block.page),
                )
                self.events.append(date_cell)
        self.own.append(ev)
        self.events.append(ev)


def _starts(heads: list[tuple[Block | None, DateValue]]) -> list[str]:
    return [value.start or "" for _, value in heads]
