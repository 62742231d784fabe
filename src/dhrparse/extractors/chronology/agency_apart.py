"""A chronology told agency by agency, each agency's own small table under its sub-heading
("A3.2 Calverleigh Police" / Date | Time | Incident), as a plain text export of a Word report prints
it: each table column after column ("Date", every row's date, "Time", the times, "Incident", the
event texts). The segmenter sees no table and no heading there, so the tables are found by their
structure: a short title line, then (after at most a line of introduction) a date column's name
alone on a line, and another column's name further on with the column's cells between them. Two
or more such tables, one title at least naming an organisation, make the chronology; each table is then read
as a table printed apart (apart_rows), its rows paired only where the evidence settles it."""

from __future__ import annotations

import regex

from dhrparse.document import Block, Line, SourceDocument
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.kinds import FULL
from dhrparse.extractors.chronology.missed_headings import Found, line_section
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END, chronology_vocab
from dhrparse.extractors.chronology.wrapped_cells import opens_cell
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import opening_date

_TITLE_WORDS = 8  # the most words an agency's sub-heading has
_WRAPPED_TITLE_WORDS = 14  # ... and a numbered one wrapped over two lines this many
_TITLE_REACH = 3  # the title stands this many printed lines or fewer above the date column's name
_HEADER_REACH = 12  # another column's name follows the date's within this many printed lines
_NAME_WORDS = 3  # a column's name printed alone is this short
# a line opening with a paragraph or section number and a capitalised word ("D5. What ...", "A3.2 Police")
_NUMBERED = regex.compile(r"^\s*[A-Z]{0,2}\d{1,3}(?:\.\d{1,3}){0,4}\.?\s+\p{Lu}")


def agency_tables_apart(doc: SourceDocument, p: Patterns) -> Found:
    """(the agency's title as a section, FULL, the table's blocks) for each agency's table printed
    column after column: two or more of them, one at least titled by an organisation (a housing
    provider's own name, "Fellbridge Homes", need not say what it is)."""
    lines = [ln for ln in doc.lines if ln.is_content and ln.text.strip()]
    names = Columns(p)
    tables = [t for t in (_titled(lines, k, names, p) for k in _date_names(lines, names)) if t is not None]
    organisation = chronology_vocab(p).organisation
    if len(tables) < 2 or not any(organisation.search(title.text) for _, title in tables):
        return []
    found: Found = []
    for k, (start, title) in enumerate(tables):
        end = tables[k + 1][1].number - 1 if k + 1 < len(tables) else _last_line(lines, start, names, p)
        if k + 1 == len(tables) and all(_NUMBERED.match(t.text) for _, t in tables):
            end = min(end, _next_numbered(lines, start, p))
        blocks = [_clipped(doc, b, end) for b in doc.blocks if title.number <= b.line_start <= end]
        if not blocks or blocks[0].line_start != title.number:
            # (the segmenter filed the title as a section's heading: the table is read from it on)
            blocks.insert(0, Block.of_lines("heading", " ".join(title.text.split()), [title]))
        if len(blocks) > 1:
            found.append((line_section(" ".join(title.text.split()), title, end), FULL, blocks))
    return found


def carve(found: Found, tables: Found) -> Found:
    """A chronology found by its heading ("Appendix C: Agency chronologies") that holds two or more
    agency tables printed apart keeps the blocks before the first of them (its introduction) and
    after the last; each table it holds is read as a section of its own."""
    carved: Found = []
    for section, kind, blocks in found:
        inside = [t for t in tables if kind == FULL and blocks and _within(t, blocks)]
        if len(inside) < 2:
            carved.append((section, kind, blocks))
            continue
        first, last = inside[0][0].line_start, inside[-1][0].line_end
        own = [b for b in blocks if b.line_end < first or b.line_start > last]
        carved += [(section, kind, own)] if own else []
        carved += inside
    return carved


def unheld(tables: Found, found: Found) -> Found:
    """The tables outside the chronologies found already."""
    held = [(s.line_start, max([b.line_end for b in blocks] or [s.line_end])) for s, _, blocks in found]
    return [
        t
        for t in tables
        if not any(a <= t[0].line_start <= b or a <= t[0].line_end <= b for a, b in held)
        and not any(t is f for f in found)
    ]


def _within(table, blocks) -> bool:
    return blocks[0].line_start <= table[0].line_start and table[0].line_end <= max(
        b.line_end for b in blocks
    )


def _date_names(lines: list[Line], names: Columns) -> list[int]:
    """Where a date column's name stands alone with another column's name further on and the
    column's cells between (a header printed one cell per line has its names on consecutive
    lines)."""
    at = []
    for k, ln in enumerate(lines):
        if _lone_name(ln.text, names) != "date":
            continue
        for j in range(k + 2, min(k + _HEADER_REACH, len(lines))):
            field = _lone_name(lines[j].text, names)
            if field == "date":
                break
            if field is not None:
                at.append(k)
                break
    return at


def _lone_name(text: str, names: Columns) -> str | None:
    # (every printed line is asked: a line of prose is told from its first words, only a short
    # line is tidied; split(None, n) gives more than n words exactly when the whole split does)
    if not 0 < len(text.split(None, _NAME_WORDS)) <= _NAME_WORDS:
        return None
    text = " ".join(text.split())
    if not text[:1].isupper() or SENTENCE_END.search(text):
        return None
    return names.field_of(text)


def _titled(lines: list[Line], k: int, names: Columns, p: Patterns) -> tuple[int, Line] | None:
    """(the date name's index, the table's title line) when a short title stands just above it.
    A line on the page before is no title: the date name opening its page is a table's header
    repeated there, and the short line above it the last line of a cell broken over the page
    ("The service closed the case as its")."""
    for j in range(k - 1, max(k - 1 - _TITLE_REACH, -1), -1):
        if lines[j].page != lines[k].page:
            return None
        if _is_title(lines[j].text, names, p):
            return k, lines[j]
        if j > 0 and _wrapped_title(lines[j - 1].text, lines[j].text, names, p):
            return k, lines[j - 1]
    return None


def _wrapped_title(first: str, second: str, names: Columns, p: Patterns) -> bool:
    """A numbered agency title wrapped over two lines ("5.5 Ashvale and District Mental Health
    Trust – Memory" / "Service"): its second line may be a column's name on its own."""
    return (
        _NUMBERED.match(first) is not None
        and len(second.split()) <= _TITLE_WORDS // 2
        and _is_title(f"{first} {second}", names, p, _WRAPPED_TITLE_WORDS)
    )


def _is_title(text: str, names: Columns, p: Patterns, most: int = _TITLE_WORDS) -> bool:
    """A few capitalised words ending no sentence, neither a column's name nor a date."""
    text = " ".join(text.split())
    words = text.split()
    return (
        0 < len(words) <= most
        and any(w[:1].isupper() for w in words)
        and not SENTENCE_END.search(text)
        and not text.endswith(":")
        and names.field_of(text) is None
        and not is_date_cell(text, p)
    )


def _last_line(lines: list[Line], start: int, names: Columns, p: Patterns) -> int:
    """The last table's end: its page's last printed line, unless the next page goes on with the
    table (a date cell, a column's name, or a line that opens no sentence: an event's text run
    on over the page), or the document's end."""
    for k in range(start + 1, len(lines)):
        if lines[k].page == lines[k - 1].page:
            continue
        text = " ".join(lines[k].text.split())
        if not opens_cell(text) or not SENTENCE_END.search(lines[k - 1].text):
            continue
        if _lone_name(text, names) is not None or is_date_cell(text, p):
            continue
        return lines[k - 1].number
    return lines[-1].number


def _next_numbered(lines: list[Line], start: int, p: Patterns) -> int:
    """Under numbered agency titles, the last table ends before the next numbered line that is no
    date ("D5. What the chronologies show"): the report's next part."""
    for ln in lines[start + 1 :]:
        if _NUMBERED.match(ln.text) and opening_date(ln.text[:40], p) is None:
            return ln.number - 1
    return lines[-1].number


def _clipped(doc: SourceDocument, block: Block, end: int) -> Block:
    """The block, or its lines up to the table's end when it runs into the next agency's title."""
    if block.line_end <= end:
        return block
    lines = [ln for ln in doc.lines_between(block.line_start, end) if ln.text.strip()]
    return Block.of_lines("paragraph", " ".join(" ".join(ln.text.split()) for ln in lines), lines)
