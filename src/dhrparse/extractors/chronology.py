"""Chronology events: one per paragraph of a chronology / key-events section.

Sections are found by their headings (patterns/chronology.toml) and run to the next
section of the same or a higher level. A heading that says "chronology" or "timeline" is
enough; the wider vocabulary ("Summary of agency contact", "Key events", "The facts") also
heads analysis chapters, so there the content must be dated entries too (a dated table, or
most paragraphs dated near their start). A numbered heading the segmenter took for a short
paragraph is found the same way. Running footers a text export left in the flow are dropped
and a PDF export's run-together lines are cut back into entries at year lines and date-led
lines. Two kinds:
- a chronology proper ("Chronology", "Key Episodes", "Timeline", "Summary of
  events"): every paragraph is an entry except the method introduction at its head;
  bullets and page-break continuations stay in the paragraph they belong to; a
  table with a date column gives one entry per row;
- a summary of key episodes whose content is findings ("Summary and Findings of
  the Key Episodes"): only a list of periods ("August to October 2010.") gives
  entries.
Each entry is dated by its own leading date expression, else the first date it
gives, else from the entry before it (or the date of death) with `relative: true`.
Dates in quoted speech do not count; footnotes are already out of the text.
"""
from __future__ import annotations

from itertools import pairwise

import regex

from dhrparse.vocab.agencies import Gazetteer, gazetteer_for
from dhrparse.vocab.dates import find_dates
from dhrparse.document import Block, Line, Section, SourceDocument
from dhrparse.models import ChronologyEvent, DateValue
from dhrparse.patterns import Patterns
from dhrparse.plan.layouts import SideBySide
from dhrparse.vocab.relative import apply as apply_relative, find_relative
from dhrparse.extractors import Context, location_of

FULL, PERIODS = "chronology", "episode_summary"
# a day-first numeric date ("12.03.17", "3.4.2018") that segmentation took for a paragraph number
_NUMERIC_DATE = regex.compile(r"(?:0[1-9]|[12]\d|3[01]|[1-9])\.(?:0[1-9]|1[0-2]|[1-9])\.(?:(?:19|20)\d{2}|\d{2})")
# a clock time after a date cell ("11/02/2019 14:30")
_CELL_TIME = regex.compile(r"(?<!\s)\s+(?:at\s+)?[0-2]?\d[:.][0-5]\d\s*(?:hrs|hours|am|pm)?$", regex.I)
_QUOTED = regex.compile(r"\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”|‘[^’\n]{1,400}’|(?<!\w)'[^'\n]{1,300}'(?!\w)")


def extract(doc: SourceDocument, ctx: Context) -> list[ChronologyEvent]:
    p = ctx.patterns
    gaz = _Agencies(gazetteer_for(doc, p), p)
    events: list[ChronologyEvent] = []
    furniture = _Furniture(doc, p)
    for section, mode, scope in chronology_sections(doc, p, furniture):
        builder = _Builder(doc, ctx, gaz, section, events, furniture)
        if scope:
            ctx.claim("chronology", section.line_start, max(b.line_end for b in scope), section.heading)
        if mode == PERIODS:
            builder.periods(scope)
        else:
            builder.full(scope)
        builder.flush_skipped()
    for i, ev in enumerate(events, 1):
        ev.id = f"chron-{i}"
    return events


class _Columns:
    """The chronology's column names, read the way the plan layouts read a plan's header: a
    side-by-side header ("Date   Agency   Event") is one when it names a date column and one other."""

    NAMES = ("date", "event", "agency", "ref")

    def __init__(self, p: Patterns):
        self.p = p

    def field_of(self, cell: str) -> str | None:
        text = " ".join(cell.split()).strip(" :")
        if not text or len(text.split()) > 4:
            return None
        return next((n for n in self.NAMES if self.p.any_match(f"chronology.columns.{n}", text)), None)

    def header_columns(self, cells: list[str]) -> list[str] | None:
        fields = [self.field_of(c) for c in cells]
        if "date" not in fields or len({f for f in fields if f}) < 2 or None in fields:
            return None
        return fields

    def is_header_words(self, text: str) -> bool:
        words = text.split()
        return bool(words) and all(self.field_of(w) for w in words)


class _Agencies:
    """The gazetteer, keeping only names of organisations: a report's glossary also
    defines tools, orders and processes ("DASH", "DVPO"), which are not agencies."""

    def __init__(self, gaz: Gazetteer, p: Patterns):
        self.gaz = gaz
        self.known = {a.canonical for a in gaz.agencies}
        words = p.list("chronology.agencies.organisation_words")
        self.org = regex.compile(rf"\b(?:{'|'.join(regex.escape(w) for w in words) or '(?!x)x'})\b", regex.I)
        self.max_words = int(p.get("chronology.agencies.max_words", 9))

    def _ok(self, name: str) -> bool:
        if name in self.known:
            return True
        return "," not in name and len(name.split()) <= self.max_words and bool(self.org.search(name))

    def find(self, text: str) -> list[str]:
        return [n for n in self.gaz.find(text) if self._ok(n)]

    def canonical(self, name: str) -> str | None:
        return self.gaz.canonical(name)


# -- finding the sections ---------------------------------------------------------------

def section_kind(title: str, p: Patterns) -> str | None:
    title = " ".join(title.split()).strip(" :.")
    if p.any_match("chronology.episode_summary", title):
        return PERIODS
    if p.any_match("chronology.not_headings", title):
        return None
    if p.any_match("chronology.headings", title) or p.any_match("chronology.content_headings", title):
        return FULL
    return None


def _named_outright(title: str, p: Patterns) -> bool:
    """A heading that says "chronology" or "timeline" is one whatever its content; the rest of
    the vocabulary ("Key events", "Agency involvement", "The facts") also heads analysis
    chapters, so their content must show dated entries too."""
    return p.any_match("chronology.named_outright", " ".join(title.split()).strip(" :."))


def chronology_sections(doc: SourceDocument, p: Patterns, furniture: _Furniture | None = None
                        ) -> list[tuple[Section, str, list[Block]]]:
    """(section, kind, blocks in scope) for every chronology section, outermost only."""
    found: list[tuple[Section, str, list[Block]]] = []
    taken: set[int] = set()
    furniture = furniture or _Furniture(doc, p)
    ordered = [s for s in doc.sections() if s.level > 0]
    for section in doc.sections():
        if section.level <= 0 or id(section) in taken:
            continue
        kind = section_kind(section.title, p)
        if kind is None:
            continue
        scope = [section]
        if section.level >= 4 and section.parent is not None:
            # an unnumbered title: its sub-headings look like siblings, so run on to the
            # next heading that is itself a known kind of section
            sibs = section.parent.children
            for sib in sibs[sibs.index(section) + 1:]:
                if sib.level < min(section.level, 4) or section_kind(sib.title, p) is not None \
                        or p.any_match("chronology.not_headings", sib.title):
                    break
                scope.append(sib)
        scope += _misread_date_headings(doc, ordered, scope, p)
        blocks = []
        for s in scope:
            blocks.extend(s.all_blocks())
        if kind == FULL:
            blocks = furniture.split_entries(blocks)
            if not _named_outright(section.title, p) and not reads_as_chronology(blocks, p):
                continue
        for s in scope:
            for sub in s.walk():
                taken.add(id(sub))
        found.append((section, kind, blocks))
    found += _paragraph_headed(doc, p, furniture, found)
    found += _line_headed_tables(doc, p, found)
    return found


def _line_headed_tables(doc: SourceDocument, p: Patterns,
                        found: list[tuple[Section, str, list[Block]]]) -> list[tuple[Section, str, list[Block]]]:
    """A side-by-side chronology table ("Date   Agency   Event") under a line that names a
    chronology ("Appendix B: Combined Chronology") which the segmenter ran into the paragraph
    above it: the title line and the table's columns together make it a chronology. It runs
    to the table's last row."""
    held = {b.line_start for _, _, blocks in found for b in blocks} | {s.line_start for s, _, _ in found}
    columns = SideBySide(_Columns(p), set())
    more: list[tuple[Section, str, list[Block]]] = []
    lines = doc.lines
    title: Line | None = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        text = " ".join(ln.text.split()).strip(" :")
        if 0 < len(text.split()) <= 10 and not text.endswith(".") and _named_outright(text, p):
            title = ln
        elif title is not None and ln.number not in held and columns.header(ln) is not None:
            table = [x for x in columns.rewrite(lines[i:]) if x.cells is not None]
            last = table[-1].number
            scope = [b for b in doc.blocks if title.number < b.line_start <= last and b.kind != "toc"]
            if scope:
                section = Section(title=_text_of(title), number=None, level=1, line_start=title.number,
                                  line_end=last, page=title.page)
                more.append((section, FULL, scope))
            title = None
            while i < len(lines) and lines[i].number <= last:
                i += 1
            continue
        i += 1
    return more


def _text_of(line: Line) -> str:
    return " ".join(line.text.split()).rstrip(" :")


def _paragraph_headed(doc: SourceDocument, p: Patterns, furniture: _Furniture,
                      found: list[tuple[Section, str, list[Block]]]) -> list[tuple[Section, str, list[Block]]]:
    """Chronologies under a numbered heading the segmenter read as a short numbered paragraph
    ("6. Summary of agency contact" where the heading numbering seemed to jump): the heading
    vocabulary and the dated content together make it a chronology. It runs to the next
    numbered heading or paragraph of another number."""
    held = {b.line_start for _, _, blocks in found for b in blocks}
    held |= {s.line_start for s, _, _ in found}
    blocks = doc.blocks
    more: list[tuple[Section, str, list[Block]]] = []
    k = 0
    while k < len(blocks):
        head = blocks[k]
        k += 1
        if not _heading_shaped(head) or head.line_start in held or section_kind(head.text, p) != FULL:
            continue
        scope: list[Block] = []
        while k < len(blocks) and not _ends_numbered_scope(blocks[k], head.number):
            scope.append(blocks[k])
            k += 1
        scope = furniture.split_entries(scope)
        if not scope or not reads_as_chronology(scope, p):
            continue
        section = Section(title=" ".join(head.text.split()).rstrip(" :"), number=head.number, level=1,
                          line_start=head.line_start, line_end=max(b.line_end for b in scope), page=head.page)
        more.append((section, FULL, scope))
    return more


def _heading_shaped(block: Block) -> bool:
    """A numbered paragraph that is only a title: a few words, capitalised, no full stop."""
    text = " ".join(block.text.split())
    return block.kind == "paragraph" and bool(block.number) and not _NUMERIC_DATE.fullmatch(block.number) \
        and 0 < len(text.split()) <= 10 and text[:1].isupper() and not text.endswith((".", ",", ";"))


def _ends_numbered_scope(block: Block, number: str) -> bool:
    if block.kind == "toc":
        return True
    if block.kind == "heading":
        return bool(block.number) or block.level <= 3
    if block.number and not _NUMERIC_DATE.fullmatch(block.number):
        return not block.number.startswith(number + ".")    # "6.2" is still section 6's; "7.1" is not
    return False


def reads_as_chronology(blocks: list[Block], p: Patterns) -> bool:
    """Content evidence that a section is a chronology: a table with a date column and dated
    rows, or most paragraphs carrying their own (or a relative) date near their start."""
    lead = int(p.get("chronology.entries.lead_chars", 70))
    min_entries = int(p.get("chronology.evidence.min_dated_entries", 3))
    share = float(p.get("chronology.evidence.min_dated_share", 0.5))
    dated = total = cells = 0
    starts: list[str] = []
    for block in blocks:
        if block.kind in ("paragraph", "heading") and _whole_date(block, p):
            cells += 1      # a date cell of a table printed one cell after another
            if cells >= min_entries:
                return True
            continue
        if block.kind == "table" and block.table is not None:
            # rows with a date cell (the date column need not be the first)
            rows = [[" ".join(t.split()) for t in r.texts[:3]] for r in block.table.rows]
            if sum(1 for cells in rows if any(_is_date_text(t, p) for t in cells)) >= 2:
                return True
            continue
        text = " ".join(block.text.split())
        if block.kind == "heading":
            if find_dates(text[:60], p):
                dated += 1      # a dated sub-heading ("Key Episode 2 – May 2019") heads entries
                total += 1
            continue
        if block.kind not in ("paragraph", "bullet") or not text or text[:1].islower():
            continue
        if block.number and _NUMERIC_DATE.fullmatch(block.number):
            text = f"{block.number} {text}"
        total += 1
        masked = _mask_quotes(text[:lead + 30])
        absolute = [d for d in find_dates(masked, p) if d.start <= lead]
        if absolute:
            starts.append(absolute[0].value.start or "")
        if absolute or any(r.start <= lead for r in find_relative(masked, p)):
            dated += 1
    return dated >= min_entries and dated >= share * total and _rough_order(starts, p)


def _rough_order(starts: list[str], p: Patterns) -> bool:
    """Entries run forward in time, give or take a look back: findings about the same events
    jump about."""
    starts = [s for s in starts if s]
    if len(starts) < 3:
        return True
    forward = sum(1 for a, b in pairwise(starts) if not _before(b, a))
    return forward >= float(p.get("chronology.evidence.min_forward_share", 0.6)) * (len(starts) - 1)


def _whole_date(block: Block, p: Patterns) -> bool:
    return _is_date_text(" ".join(f"{block.number or ''} {block.text}".split()), p)


def _is_date_text(text: str, p: Patterns) -> bool:
    """The whole text is one date ("11/02/2019", "3 March 2020"), as a table's date cell is."""
    text = _CELL_TIME.sub("", text.strip(" .:;,–-"))
    if not text or len(text) > 25 or _YEAR_LINE.match(text):
        return False
    found = find_dates(text, p)
    return bool(found) and found[0].start == 0 and found[-1].end >= len(text) - 1


_YEAR_LINE = regex.compile(r"^\s*(?:19|20)\d{2}(?:\s*(?:-|–|to)\s*(?:19|20)?\d{2})?\s*:?\s*$")
_SENTENCE_END = regex.compile(r"[.!?]['’”\"]?\s*$")


class _Furniture:
    """Running heads and footers a text export left in the flow ("<report name> 14",
    "<title><TAB>Page 12 of 31"): a line that recurs, page number aside, and ends in one.
    Knowing them, a chronology's paragraphs can be cut back into its entries."""

    def __init__(self, doc: SourceDocument, p: Patterns):
        self.doc, self.p = doc, p
        self.page_cell = p.joined("chronology.furniture.page_cell")
        counts: dict[str, int] = {}
        by_number: dict[int, list] = {}
        for ln in doc.lines:
            by_number.setdefault(ln.number, []).append(ln)
            if ln.is_content and _ENDS_IN_NUMBER.search(ln.text):
                key = _DIGITS.sub("#", " ".join(ln.text.lower().split()))
                counts[key] = counts.get(key, 0) + 1
        self.lines = by_number
        # a reader that saw paragraph spacing has already cut the paragraphs
        self.para_hints = any(ln.hint == "para" for ln in doc.lines)
        # a label that repeats with its number ("Key Episode 2") is not a footer: a footer
        # names the report in several words before its page number
        self.repeated = {k for k, n in counts.items()
                         if n >= 2 and len(k) <= 120 and (len(_WORDS.findall(k)) >= 4 or "page" in k)}

    def is_furniture(self, text: str) -> bool:
        t = " ".join(text.split())
        if not t:
            return False
        if self.page_cell.search(t):
            return True
        return _DIGITS.sub("#", t.lower()) in self.repeated

    def row_is_furniture(self, texts: list[str]) -> bool:
        filled = [t for t in texts if t.strip()]
        return bool(filled) and (self.is_furniture("\t".join(texts).replace("\t", " "))
                                 or any(self.page_cell.search(" ".join(t.split())) for t in filled))

    def split_entries(self, blocks: list[Block]) -> list[Block]:
        """Paragraphs cut at the lines a text export ran together: a page footer is dropped, a
        bare year line is a heading, and a line opening with a date after a line that ended a
        sentence starts a new entry ("... the next morning. / On 19 March police ...")."""
        out: list[Block] = []
        for block in blocks:
            if block.kind != "paragraph" or len(block.lines) < 2 \
                    or any(len(self.lines.get(n, ())) != 1 for n in block.lines):
                if block.kind == "heading" and self.is_furniture(block.text):
                    continue
                out.append(block)
                continue
            out.extend(self._cut(block))
        return out

    def _cut(self, block: Block) -> list[Block]:
        pieces: list[Block] = []
        cur: Block | None = None
        prev_text = ""
        # a plain-text paragraph run over contiguous lines shows its own end with a blank line;
        # only where every line stands apart (a PDF-to-text export), or a PDF reader saw no
        # paragraph spacing, is a date-led line after a full stop the start of the next entry
        loose = any(b - a > 1 for a, b in pairwise(block.lines)) or (
            self.doc.format not in ("text", "html") and not self.para_hints)
        for n in block.lines:
            text = self.lines[n][0].text.strip()
            if self.is_furniture(text):
                continue
            if _YEAR_LINE.match(text) and (cur is None or _SENTENCE_END.search(prev_text)):
                pieces.append(Block(kind="heading", text=text.rstrip(" :"), line_start=n, line_end=n,
                                    page=self.lines[n][0].page, level=4, lines=[n]))
                cur, prev_text = None, ""
                continue
            opens = cur is None or (loose and _SENTENCE_END.search(prev_text) and self._opens_with_date(text))
            if opens:
                first = not pieces and cur is None
                cur = Block(kind="paragraph", text=text, line_start=n, line_end=n,
                            page=self.lines[n][0].page, lines=[n], section=block.section,
                            number=block.number if first else None)
                if first and block.number and text.startswith(block.number):
                    cur.text = text[len(block.number):].strip(" .)\t")
                pieces.append(cur)
            else:
                cur.text = cur.text[:-1] + text if cur.text.endswith("-") and text[:1].islower() \
                    else f"{cur.text} {text}"
                cur.line_end = n
                cur.lines.append(n)
            prev_text = text
        return pieces

    def _opens_with_date(self, text: str) -> bool:
        head = text[:60]
        return any(d.start <= 3 for d in find_dates(head, self.p)) or \
            any(r.start <= 3 for r in find_relative(head, self.p))


_ENDS_IN_NUMBER = regex.compile(r"\d{1,4}\s*$")
_WORDS = regex.compile(r"[^\W\d_]{2,}")
_DIGITS = regex.compile(r"\d+")


def _misread_date_headings(doc: SourceDocument, ordered: list[Section], scope: list[Section],
                           p: Patterns) -> list[Section]:
    """Sections right after a chronology whose heading is a date line a numbering rule took for
    the next heading ("3 Jan 2015" printed after "2. Chronology"): they are the chronology's."""
    last = max(ordered.index(sub) for s in scope for sub in s.walk() if sub in ordered) if scope else -1
    more: list[Section] = []
    k = last + 1
    while k < len(ordered) and _is_date_line_heading(doc, ordered[k], p):
        more.append(ordered[k])
        k += len(list(ordered[k].walk()))
    return more


def _is_date_line_heading(doc: SourceDocument, section: Section, p: Patterns) -> bool:
    if not section.number or not section.number.isdigit() or len(section.title.split()) > 6:
        return False
    line = doc.line_numbered(section.line_start)
    first = line.text if line is not None else ""
    if not regex.match(rf"^\s*{section.number}\s+[A-Za-z]", first):
        return False        # "3. Analysis" is printed with its stop; "3 Jan 2015" without
    found = find_dates(f"{section.number} {section.title}", p)
    return bool(found) and found[0].start == 0 and found[0].value.precision == "day"


# -- building entries ---------------------------------------------------------------------

class _Builder:
    def __init__(self, doc: SourceDocument, ctx: Context, gaz: "_Agencies", section: Section,
                 events: list[ChronologyEvent], furniture: _Furniture):
        self.doc, self.ctx, self.p, self.gaz = doc, ctx, ctx.patterns, gaz
        self.furniture = furniture
        self.framing_numbers = False      # numbered paragraphs are the report's prose, not entries
        self.table_entries = False        # the entries are a table's rows
        self.section = section
        self.events = events
        self.death = ctx.review.date_of_death if ctx.review else None
        self.anchor: DateValue | None = None
        self.heading: str | None = None
        self.lead = int(self.p.get("chronology.entries.lead_chars", 70))
        self.opening = int(self.p.get("chronology.entries.opening_chars", 30))
        self.own: list[ChronologyEvent] = []      # this section's entries
        self.last_block: Block | None = None
        self.skipped: list[Block] = []            # a run of blocks read as not events
        self.skip_why = ""

    # text deliberately not read as events becomes one warning per contiguous run -------
    def _skip(self, block: Block, why: str) -> None:
        if self.skipped and why != self.skip_why:
            self.flush_skipped()
        self.skipped.append(block)
        self.skip_why = why

    def flush_skipped(self) -> None:
        if not self.skipped:
            return
        first, last = self.skipped[0], self.skipped[-1]
        text = " ".join(" ".join(b.text.split()) for b in self.skipped)
        n = len(self.skipped)
        self.ctx.warn("chronology_not_event",
                      f"{n} block{'s' if n > 1 else ''} in a chronology section read as {self.skip_why}, "
                      f"not events: {text[:160]!r}",
                      location_of(self.doc, first.line_start, last.line_end, section=self.section.heading,
                                  page=first.page))
        self.skipped = []

    # full chronology -----------------------------------------------------------------
    def full(self, blocks: list[Block]) -> None:
        blocks = [b for b in blocks if b.kind != "toc"]
        blocks = self._aligned_table(blocks)
        self._read_shape(blocks)
        i = 0
        while i < len(blocks):
            columns = self._stacked_header(blocks, i)
            if columns:
                # a table whose cells a text export printed one after another
                self.flush_skipped()
                i = self._stacked_rows(blocks, i, columns)
                continue
            self._full_block(blocks, i)
            i += 1

    def _aligned_table(self, blocks: list[Block]) -> list[Block]:
        """Rows of a table a layout-preserving text export printed as whitespace-aligned columns
        (the plan layouts' side-by-side reader gives their cells): one entry per row, a row
        opening at a date cell; the blocks outside the table are returned to be read as usual."""
        if not blocks:
            return blocks
        first, last = min(b.line_start for b in blocks), max(b.line_end for b in blocks)
        lines = [ln for ln in self.doc.lines if first <= ln.number <= last]
        if not any("  " in ln.raw.strip() for ln in lines):
            return blocks
        headings = {b.line_start for b in blocks if b.kind == "heading"}
        names = _Columns(self.p)
        rewritten = SideBySide(names, headings).rewrite(lines)
        rows: list[tuple[list[str], list[Line]]] = []
        cols: dict[str, int] | None = None
        covered: set[int] = set()
        for ln in rewritten:
            if ln.cells is None:
                continue
            covered.add(ln.number)
            texts = [" ".join(t.split()) for t in ln.cells]
            if self._columns(texts) is not None and all(names.field_of(t) for t in texts if t):
                cols = self._columns(texts)
                self.ctx.consumed([ln.number], "table header")
                continue
            if not any(texts) or self.furniture.row_is_furniture(texts) or cols is None:
                self.ctx.consumed([ln.number], "page furniture")
                continue
            if self._date_cell(texts[cols["date"]]) or not rows:
                rows.append((texts, [ln]))
                continue
            cells, printed = rows[-1]
            rows[-1] = ([f"{a} {b}".strip() for a, b in zip(cells, texts)], printed + [ln])
        if cols is None or not rows:
            return blocks
        self.table_entries = True
        self.flush_skipped()
        for texts, printed in rows:
            self._table_row(texts, cols, printed[0].number, printed[-1].number, printed[0].page)
        return [b for b in blocks if b.line_start not in covered]

    def _full_block(self, blocks: list[Block], i: int) -> None:
        block = blocks[i]
        if block.kind == "heading":
            self.flush_skipped()
            if block.section is not self.section:
                self._set_heading(block)
            return
        if block.kind == "table":
            self.flush_skipped()
            self._table(block)
            return
        text = self._own_text(block)[1].strip()
        if not text:
            return
        if not self.own and block.kind == "paragraph" and self.p.any_match("chronology.method_cues", text):
            self._skip(block, "the method or introduction")
            return
        if self.table_entries and block.kind == "paragraph" and not self._opens_with_absolute(text):
            self._skip(block, "commentary around the chronology table")
            return
        if self.framing_numbers and block.kind == "paragraph" and self._own_text(block)[0] \
                and not self._dated_near_start(text):
            self._skip(block, "the report's numbered prose around the entries")
            return
        self.flush_skipped()
        if self._continues(block, text):
            self._merge(block, text)
            return
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if self._period_only(text) and not (nxt is not None and self._period_only(nxt.text)) \
                and not (self.last_block is not None and self._period_only(self.last_block.text)) \
                and nxt is not None and nxt.kind in ("paragraph", "bullet"):
            self._set_heading(block)        # a lone period line heading the entries below it
            self.ctx.consumed(block.lines or [block.line_start], "period heading")
            return
        self._add(block, text)

    def _read_shape(self, blocks: list[Block]) -> None:
        """How the section gives its entries: rows of a table with a date column (the prose
        around it is commentary), or dated paragraphs that carry no paragraph numbers (the
        numbered paragraphs among them are the report's introduction and pointers)."""
        for block in blocks:
            if block.kind == "table" and block.table is not None and any(
                    self._columns([" ".join(t.split()) for t in row.texts]) for row in block.table.rows[:3]):
                self.table_entries = True
        dated = [b for b in blocks if b.kind == "paragraph" and self._dated_near_start(self._own_text(b)[1])]
        numbered = sum(1 for b in dated if self._own_text(b)[0])
        self.framing_numbers = len(dated) >= 2 and numbered < 0.5 * len(dated)

    def _opens_with_absolute(self, text: str) -> bool:
        return any(d.start <= 3 for d in find_dates(_mask_quotes(text[:80]), self.p))

    def _dated_near_start(self, text: str) -> bool:
        masked = _mask_quotes(text[:self.lead + 30])
        return any(d.start <= self.lead for d in find_dates(masked, self.p)) or \
            any(r.start <= self.lead for r in find_relative(masked, self.p))

    def _own_text(self, block: Block) -> tuple[str | None, str]:
        """(ref, text) of a block: a "paragraph number" that is a day-first date ("12.03.17 – Police
        attended") is the entry's date, not its number."""
        number = block.number
        if not number:
            return number, block.text
        if _NUMERIC_DATE.fullmatch(number) and find_dates(number, self.p):
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
        return bool(regex.match(rf"^[\s•·\-–*]*{number}\s+[A-Za-z]", first))

    # tables printed one cell after another ------------------------------------------------
    def _column_of(self, text: str) -> str | None:
        text = " ".join(text.split()).strip(" :")
        if not text or len(text.split()) > 4:
            return None
        for name in ("date", "event", "agency", "ref"):
            if self.p.any_match(f"chronology.columns.{name}", text):
                return name
        return None

    def _stacked_header(self, blocks: list[Block], i: int) -> list[str] | None:
        """Column names when blocks[i:] start with a header row printed one cell per line
        ("Date" / "Agency" / "Event"), the date column among them."""
        columns: list[str] = []
        for block in blocks[i:i + 6]:
            name = self._column_of(block.text) if block.kind in ("heading", "paragraph") else None
            if name is None or name in columns:
                break
            columns.append(name)
        if len(columns) >= 2 and "date" in columns and columns[0] in ("date", "ref"):
            nxt = blocks[i + len(columns)] if i + len(columns) < len(blocks) else None
            if nxt is not None and (self._date_cell(self._cell(nxt)) or columns[0] == "ref"):
                return columns
        return None

    def _date_cell(self, text: str) -> bool:
        """The whole text is a date (a table's date cell): "11/02/2019", "March to May 2020"."""
        t = _CELL_TIME.sub("", " ".join(text.split()).strip(" .:;,–-"))
        if not t or len(t) > 40:
            return False
        found = find_dates(t, self.p)
        return bool(found) and found[0].start == 0 and found[-1].end >= len(t) - 1

    def _stacked_rows(self, blocks: list[Block], i: int, columns: list[str]) -> int:
        header = [self._column_of(b.text) for b in blocks[i:i + len(columns)]]
        for b in blocks[i:i + len(columns)]:
            self.ctx.consumed(b.lines or range(b.line_start, b.line_end + 1), "table header")
        i += len(columns)
        date_at = columns.index("date")
        rows: list[list[Block]] = []
        while i < len(blocks):
            block = blocks[i]
            if block.kind == "table" or block.kind == "heading" and block.number \
                    and not self._date_cell(self._cell(block)):
                break           # the table has ended at a numbered heading or a real table
            if [self._column_of(b.text) for b in blocks[i:i + len(columns)]] == header:
                for b in blocks[i:i + len(columns)]:
                    self.ctx.consumed(b.lines or range(b.line_start, b.line_end + 1), "repeated table header")
                i += len(columns)
                continue        # the header repeated after a page break
            starts_row = self._date_cell(self._cell(block)) if date_at == 0 else \
                (len(block.text.split()) <= 2 and i + 1 < len(blocks) and self._date_cell(self._cell(blocks[i + 1])))
            if starts_row or not rows:
                rows.append([block])
            else:
                rows[-1].append(block)
            i += 1
        for cells in rows:
            texts = [self._cell(b) for b in cells[:len(columns) - 1]]
            texts.append(" ".join(self._cell(b) for b in cells[len(columns) - 1:]))
            cols = {name: k for k, name in enumerate(columns)}
            page = cells[0].page
            self._table_row(texts, cols, cells[0].line_start, max(b.line_end for b in cells), page)
        return i
    def _cell(self, block: Block) -> str:
        return " ".join(self._own_text(block)[1].split())

    def _continues(self, block: Block, text: str) -> bool:
        prev = self.own[-1] if self.own else None
        if prev is None:
            return False
        if block.kind == "bullet":
            return not self._leading_date(text)     # a list inside the paragraph before it
        if block.number is None and text[:1].islower():
            return True                              # a paragraph broken by a page break
        return False

    def _merge(self, block: Block, text: str) -> None:
        ev = self.own[-1]
        sep = "\n• " if block.kind == "bullet" else " "
        ev.text = f"{ev.text}{sep}{text}"
        ev.location.line_end = max(ev.location.line_end, block.line_end)
        for name in self.gaz.find(text):
            if name not in ev.agencies:
                ev.agencies.append(name)
        self.last_block = block

    def _set_heading(self, block: Block) -> None:
        text = self._own_text(block)[1]
        self.heading = " ".join(text.split()).rstrip(" :")
        dates = find_dates(_mask_quotes(text), self.p)
        if dates:
            self.anchor = dates[0].value
        self.last_block = block

    # key-episode summaries -------------------------------------------------------------
    def periods(self, blocks: list[Block]) -> None:
        for block in blocks:
            if block.kind == "heading":
                self.flush_skipped()
                if block.section is not self.section:
                    self.heading = " ".join(block.text.split()).rstrip(" :")
                continue
            if block.kind in ("paragraph", "bullet") and self._period_only(block.text, loose=True):
                self.flush_skipped()
                self._add(block, block.text.strip())
            elif block.text.strip():
                self._skip(block, "findings of a key-episodes summary")

    def _period_only(self, text: str, loose: bool = False) -> bool:
        """A line that only names a period: "August to October 2010.", "Key Episode 2:
        May 2012" (loose: a few words of label after the date are allowed)."""
        text = " ".join(text.split())
        max_words = int(self.p.get("chronology.entries.period_max_words", 12))
        if not text or len(text.split()) > max_words:
            return False
        m = self.p.joined("chronology.entries.period_line").match(text)     # (compiled once)
        if not m:
            return False
        dates = find_dates(m.group("date"), self.p)
        if not dates or dates[0].start > 2:
            return False
        rest = (m.group("date")[:dates[0].start] + m.group("date")[dates[0].end:]).strip(" .;:,–-")
        return len(rest.split()) <= (4 if loose else 0)

    # one entry ------------------------------------------------------------------------
    def _add(self, block: Block, text: str) -> None:
        date = self._date(text)
        if date is not None:
            self.anchor = self._refined(text, date)
        loc = location_of(self.doc, block.line_start, block.line_end, section=self.section.heading,
                          page=block.page)
        ev = ChronologyEvent(id="", ref=self._own_text(block)[0], heading=self.heading, date=date, text=text,
                             agencies=self.gaz.find(text), location=loc)
        self.own.append(ev)
        self.events.append(ev)
        self.last_block = block

    def _refined(self, text: str, date: DateValue) -> DateValue:
        """The anchor for the next entry: the entry's date, or a day inside the entry that makes
        it more precise ("In July ... visited on 28 July"): "Three weeks later" counts from that day."""
        if not date.start or date.precision == "day":
            return date
        masked = _mask_quotes(text)
        best = date
        values = [m.value for m in find_dates(masked, self.p)]
        values += [v for v in (apply_relative(r, date) for r in find_relative(masked, self.p)
                               if r.day is not None and not r.to_death) if v is not None]
        for v in values:
            if v.start and v.start.startswith(date.start) and len(v.start) > len(best.start):
                best = v.model_copy(update={"raw": date.raw})
        return best

    def _leading_date(self, text: str) -> bool:
        masked = _mask_quotes(text)
        return any(d.start <= 3 for d in find_dates(masked, self.p))

    def _date(self, text: str) -> DateValue | None:
        return event_date(text, self.anchor, self.death, self.p, self.lead, self.opening)

    # tables ------------------------------------------------------------------------------
    def _table(self, block: Block) -> None:
        table = block.table
        if table is None or not table.rows:
            return
        cols = None
        header_texts: list[str] = []
        for row in table.rows:
            texts = [" ".join(t.split()) for t in row.texts]
            if self.furniture.row_is_furniture(texts):
                # a running footer inside the table ("<title> | Page 12 of 31"): not a row
                self.ctx.consumed(range(row.line_start, row.line_end + 1), "page furniture")
                continue
            if cols is None or texts == header_texts:
                found = self._columns(texts)
                if found is not None:
                    cols, header_texts = found, texts
                    self.ctx.consumed(range(row.line_start, row.line_end + 1), "table header")
                continue
            self._table_row(texts, cols, row.line_start, row.line_end, row.page)
        if cols is None:
            self.ctx.warn("chronology_table_unread",
                          "a table in a chronology section has no date column; its rows were not read",
                          location_of(self.doc, block.line_start, block.line_end, section=self.section.heading,
                                      page=block.page))

    def _columns(self, texts: list[str]) -> dict[str, int] | None:
        cols: dict[str, int] = {}
        for i, t in enumerate(texts):
            for name in ("date", "event", "agency", "ref"):
                if name not in cols and self.p.any_match(f"chronology.columns.{name}", t.strip()):
                    cols[name] = i
                    break
        return cols if "date" in cols else None

    def _table_row(self, texts: list[str], cols: dict[str, int], line_start: int, line_end: int,
                   page: int | None) -> None:
        def cell(name: str) -> str:
            i = cols.get(name)
            return texts[i].strip() if i is not None and i < len(texts) else ""
        used = {cols[k] for k in cols}
        body = cell("event") or " ".join(t for i, t in enumerate(texts) if i not in used and t.strip())
        if not body.strip() and not cell("date"):
            return
        if not cell("date") and self.own and (body[:1].islower() or not cell("agency") and not cell("ref")):
            # a row whose leading cells are empty continues the entry above (a cell broken
            # over a page or a row)
            self.own[-1].text += " " + body
            self.own[-1].location.line_end = line_end
            return
        date_cell = cell("date")
        found = find_dates(date_cell, self.p) if date_cell else []
        if found:
            date = found[0].value
        else:
            date = event_date(date_cell + (" " if date_cell else "") + body, self.anchor, self.death, self.p,
                              self.lead, self.opening)
        if date is not None:
            self.anchor = date
        agencies = []
        if any(ch.isalpha() for ch in cell("agency")):      # "-": no agency
            agencies.append(self.gaz.canonical(cell("agency")))
        agencies += [a for a in self.gaz.find(body) if a not in agencies]
        loc = location_of(self.doc, line_start, line_end, section=self.section.heading, page=page)
        ev = ChronologyEvent(id="", ref=cell("ref") or None, heading=self.heading, date=date, text=body,
                             agencies=[a for a in agencies if a], location=loc)
        self.own.append(ev)
        self.events.append(ev)


# -- dating one entry -----------------------------------------------------------------------

def _mask_quotes(text: str) -> str:
    """Quoted speech blanked out (same length), so its dates do not date the entry."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def _before(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def _looks_back(m, anchor: DateValue | None) -> bool:
    """A date inside an entry that is earlier than the entry before it refers back."""
    return bool(anchor is not None and anchor.start and m.value.start and _before(m.value.start, anchor.start))


def event_date(text: str, anchor: DateValue | None, death: DateValue | None, p: Patterns,
               lead: int = 70, opening: int = 30) -> DateValue | None:
    """The date of an entry: a date it opens with; else a relative expression it opens
    with; else its first date or relative expression (a date earlier than the entry
    before is a look back, not the entry's date); else the entry before's date."""
    masked = _mask_quotes(text)
    absolute = find_dates(masked, p)
    relative = find_relative(masked, p)
    if absolute and absolute[0].start <= lead and (absolute[0].start <= opening or not _looks_back(absolute[0], anchor)):
        return absolute[0].value
    for rel in relative:
        if rel.start > lead:
            break
        value = apply_relative(rel, death if rel.to_death else anchor)
        if value is not None:
            return value
    candidates: list[tuple[int, DateValue]] = []
    for m in absolute:
        if _looks_back(m, anchor):
            continue
        candidates.append((m.start, m.value))
        break
    for rel in relative:
        value = apply_relative(rel, death if rel.to_death else anchor)
        if value is not None:
            candidates.append((rel.start, value))
            break
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    if anchor is not None and anchor.start:
        # no date of its own: the entry carries the date of the one before it
        return anchor.model_copy(update={"raw": "", "relative": True})
    return None


__all__ = ["extract", "event_date", "chronology_sections", "section_kind"]
