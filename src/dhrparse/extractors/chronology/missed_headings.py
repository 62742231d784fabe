"""Chronologies whose heading the segmenter did not make a section: a numbered heading read as
a short numbered paragraph, and a title line run into the paragraph above a side-by-side table.
The heading vocabulary and the content together make them chronologies. A table whose header
names only a chronology's columns (Date | Agency | Event) and whose rows are dated is one
whatever heads it ("Appendix 2")."""

from __future__ import annotations

from dhrparse.document import Block, Line, Section, SourceDocument
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.evidence import reads_as_chronology
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.kinds import FULL, named_outright, section_kind
from dhrparse.extractors.chronology.vocabulary import NUMERIC_DATE
from dhrparse.patterns import Patterns
from dhrparse.plan.layouts import SideBySide

# (section, kind, blocks in scope) of each chronology
Found = list[tuple[Section, str, list[Block]]]


def _held(found: Found) -> set[int]:
    """First lines of the sections and blocks already read as a chronology."""
    return {b.line_start for _, _, blocks in found for b in blocks} | {s.line_start for s, _, _ in found}


def _spans(found: Found) -> list[tuple[int, int]]:
    """Each chronology found, from its heading to its last block (else its section's end)."""
    return [(s.line_start, max([b.line_end for b in blocks] or [s.line_end])) for s, _, blocks in found]


def _inside(spans: list[tuple[int, int]], line: int) -> bool:
    """The line lies within a chronology already found."""
    return any(start <= line <= end for start, end in spans)


def paragraph_headed(doc: SourceDocument, p: Patterns, furniture: Furniture, found: Found) -> Found:
    """Chronologies under a numbered heading the segmenter read as a short numbered paragraph
    ("6. Summary of agency contact" where the heading numbering seemed to jump). It runs to the
    next numbered heading or paragraph of another number."""
    held = _held(found)
    blocks = doc.blocks
    more: Found = []
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
        section = Section(
            title=" ".join(head.text.split()).rstrip(" :"),
            number=head.number,
            level=1,
            line_start=head.line_start,
            line_end=max(b.line_end for b in scope),
            page=head.page,
        )
        more.append((section, FULL, scope))
    return more


def _heading_shaped(block: Block) -> bool:
    """A numbered paragraph that is only a title: a few words, capitalised, no full stop."""
    if block.kind != "paragraph" or not block.number or NUMERIC_DATE.fullmatch(block.number):
        return False  # (told before the text is tidied: most blocks are long unnumbered paragraphs)
    # (the words counted only up to one past the most a title has: a paragraph may run long; the
    # text's first and last characters are its first and last words', as when tidied)
    text = block.text.strip()
    return (
        0 < len(text.split(None, _TITLE_WORDS)) <= _TITLE_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ",", ";"))
    )


_TITLE_WORDS = 10  # the most words a numbered paragraph that is only a title has


def _plain_heading_shaped(block: Block) -> bool:
    """_heading_shaped as first written, the whole text tidied and counted (for the tests)."""
    if block.kind != "paragraph" or not block.number or NUMERIC_DATE.fullmatch(block.number):
        return False
    text = " ".join(block.text.split())
    return 0 < len(text.split()) <= 10 and text[:1].isupper() and not text.endswith((".", ",", ";"))


def _ends_numbered_scope(block: Block, number: str) -> bool:
    if block.kind == "toc":
        return True
    if block.kind == "heading":
        return bool(block.number) or block.level <= 3
    if block.number and not NUMERIC_DATE.fullmatch(block.number):
        return not block.number.startswith(number + ".")  # "6.2" is still section 6's; "7.1" is not
    return False


def line_headed_tables(doc: SourceDocument, p: Patterns, found: Found) -> Found:
    """A side-by-side chronology table ("Date   Agency   Event") under a line that names a
    chronology ("Appendix B: Combined Chronology") which the segmenter ran into the paragraph
    above it. It runs to the table's last row. The title is the last line naming a chronology
    since the table before; only at a table's header are the lines above read for one (the
    header shape is rare, naming a chronology is costly to test on every short line)."""
    columns = SideBySide(Columns(p), set())
    spans = _spans(found)
    titles = _TitleLines(doc.lines, p)
    more: Found = []
    lines = doc.lines
    i = since = 0  # since: the first line after the table before
    while i < len(lines):
        ln = lines[i]
        if columns.header(ln) is not None and not _inside(spans, ln.number) and not titles.names(i):
            title = titles.last(since, i)
            if title is not None:
                last = [x for x in columns.rewrite(lines[i:]) if x.cells is not None][-1].number
                more += _table_under(doc, title, last)
                while i < len(lines) and lines[i].number <= last:
                    i += 1
                since = i
                continue
        i += 1
    return more


class _TitleLines:
    """Which lines are a title naming a chronology: a few words, no full stop, the vocabulary's
    words. Each line is tested at most once, and only as far back as a title is looked for."""

    def __init__(self, lines: list[Line], p: Patterns):
        self.lines, self.p = lines, p
        self.named: dict[int, bool] = {}
        # the lines read back to so far: from `start` up to `upto`, whose last title is `title`
        self.start = self.upto = 0
        self.title: Line | None = None

    def names(self, i: int) -> bool:
        named = self.named.get(i)
        if named is None:
            text = " ".join(self.lines[i].text.split()).strip(" :")
            named = 0 < len(text.split()) <= 10 and not text.endswith(".") and named_outright(text, self.p)
            self.named[i] = named
        return named

    def last(self, start: int, end: int) -> Line | None:
        """The last title line from `start` up to (not including) `end` (`start` never goes back)."""
        if start != self.start:
            self.start, self.upto, self.title = start, start, None
        for k in range(end - 1, max(self.upto, start) - 1, -1):
            if self.names(k):
                self.title = self.lines[k]
                break
        self.upto = max(self.upto, end)
        return self.title


def _table_under(doc: SourceDocument, title: Line, last: int) -> Found:
    """The chronology from the title line to the table's last row, if it holds any block."""
    scope = [b for b in doc.blocks if title.number < b.line_start <= last and b.kind != "toc"]
    if not scope:
        return []
    return [(line_section(" ".join(title.text.split()).rstrip(" :"), title, last), FULL, scope)]


def line_section(title: str, first: Line, last: int) -> Section:
    """A chronology section of its own found without a heading the reader knew: filed under
    `title`, from line `first` to line number `last`."""
    return Section(title=title, number=None, level=1, line_start=first.number, line_end=last, page=first.page)


def unheaded_tables(doc: SourceDocument, p: Patterns, found: Found) -> Found:
    """Tables the reader found whose header row names only a chronology's columns, an event
    column and the date column among them, with dated rows: a chronology under whatever
    heading (an action plan's header names actions, leads and target dates)."""
    names = Columns(p)
    more: Found = []
    for block in doc.blocks:
        if block.kind != "table" or block.table is None or _inside(_spans(found + more), block.line_start):
            continue
        rows = [[" ".join(t.split()) for t in r.texts] for r in block.table.rows]
        fields = names.header_columns(rows[0]) if rows else None
        if fields is None or "event" not in fields:
            continue
        at = fields.index("date")
        if sum(1 for r in rows[1:] if at < len(r) and is_date_cell(r[at], p)) < 2:
            continue
        title = block.section.heading if block.section is not None else "Chronology"
        more.append((table_section(title, block), FULL, [block]))
    return more


def table_section(title: str, block: Block) -> Section:
    """A chronology section of its own for one table found without a chronology heading over it
    (the whole table; the title it is filed under)."""
    return Section(
        title=title,
        number=None,
        level=1,
        line_start=block.line_start,
        line_end=block.line_end,
        page=block.page,
    )
