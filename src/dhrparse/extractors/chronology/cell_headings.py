"""A chronology table a plain text export printed row by row runs on past an agency cell the
segmenter took for a capitals heading. A multi-agency body's initials ("MARAC", "MAPPA"), alone
on a line or the last line of a name wrapped in the narrow agency column ("Ashlowe" over
"MARAC"), read like a top-level heading ("CONCLUSIONS") and would end the chronology before the
table's later rows, dropping them unread. Such a heading is the table's when the chronology
above it holds the table's header printed a name a line, the heading is only an agency's name
(a word or three the gazetteer, or the report's own glossary, knows as an organisation), and
the table's rows go on under it: a date cell alone on a line in what it heads, or just above it
(the row's date printed before its agency)."""

from __future__ import annotations

from dhrparse.document import Section, SourceDocument
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.kinds import section_kind
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END, chronology_vocab
from dhrparse.patterns import Patterns
from dhrparse.vocab.agencies import Gazetteer, gazetteer_for

_CELL_WORDS = 3  # an agency cell's line: a name's last words, or its initials
_HEADER_NAMES = 2  # the table's header, a column name a line: the date's and one other at least
_DATE_ABOVE = 2  # the row's date printed this many lines above its agency cell at most


def agency_cell(title: str, gaz: Gazetteer, p: Patterns) -> bool:
    """A heading's title that is only an agency's name: a few words, no sentence or label in it,
    naming an organisation the gazetteer knows or holding an organisation's word."""
    text = " ".join(title.split())
    if not 0 < len(text.split()) <= _CELL_WORDS or ":" in text or SENTENCE_END.search(text):
        return False
    return bool(gaz.find(text)) or bool(chronology_vocab(p).organisation.search(text))


def sections_rows_run_on(
    doc: SourceDocument, ordered: list[Section], scope: list[Section], p: Patterns
) -> list[Section]:
    """The sections after `scope` that are agency cells of the table printed row by row that
    `scope` holds, with what they head (the table's later rows)."""
    at = {id(s): k for k, s in enumerate(ordered)}
    last = max((at.get(id(sub), -1) for s in scope for sub in s.walk()), default=-1)
    following = ordered[last + 1 :]
    if not following or not _cell_candidate(following[0], p) or not _prints_header(doc, scope, p):
        return []
    gaz = gazetteer_for(doc, p)  # (made only when a heading may be a cell: most tables have none)
    more: list[Section] = []
    for section in following:
        if any(section is sub for m in more for sub in m.walk()):
            continue
        if not (_cell_candidate(section, p) and agency_cell(section.title, gaz, p)):
            break
        if not _rows_go_on(doc, section, p):
            break
        more.append(section)
    return more


def _cell_candidate(section: Section, p: Patterns) -> bool:
    # (a numbered heading, or one that names a kind of section, is the report's own)
    return not section.number and section_kind(section.title, p) is None


def _prints_header(doc: SourceDocument, scope: list[Section], p: Patterns) -> bool:
    """The scope holds a table's header printed a name a line: the date's name, then another
    column's on a line of its own straight after it (read from the lines: the segmenter may
    have run the date's name into the introduction above it)."""
    names = Columns(p)
    first, last = scope[0].line_start, max(b.line_end for s in scope for b in s.all_blocks())
    texts = [" ".join(ln.text.split()) for ln in doc.lines_between(first, last) if ln.text.strip()]
    fields = [names.field_of(t) if len(t.split()) <= _CELL_WORDS else None for t in texts]
    for k, field in enumerate(fields):
        if field == "date" and len([f for f in fields[k : k + 3] if f is not None]) >= _HEADER_NAMES:
            return True
    return False


def _rows_go_on(doc: SourceDocument, section: Section, p: Patterns) -> bool:
    """A date cell alone on a line among the lines the heading heads, or just above it."""
    blocks = list(section.all_blocks())
    last = max((b.line_end for b in blocks), default=section.line_start)
    under = [ln for ln in doc.lines_between(section.line_start + 1, last) if ln.text.strip()]
    above = [
        ln
        for ln in doc.lines_between(max(1, section.line_start - 4), section.line_start - 1)
        if ln.text.strip()
    ]
    return any(is_date_cell(" ".join(ln.text.split()), p) for ln in under + above[-_DATE_ABOVE:])
