"""A chronology table printed column after column runs on past headings the segmenter made of
its cells: a short agency cell ("NHS FT (ED)") or the event column's own name ("Event") printed
alone on a line reads like an unnumbered heading and would end the chronology section before the
table's event text. While the table's event column has not been printed yet, the unnumbered
sections that follow are the table's, up to and including the one its event column's name heads."""

from __future__ import annotations

from dhrparse.document import Section, SourceDocument
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.kinds import section_kind
from dhrparse.extractors.chronology.life_days import count_column_name
from dhrparse.patterns import Patterns

_LOOKAHEAD = 12  # a table's cells made this many headings at most before its event column's name


def sections_table_runs_on(
    doc: SourceDocument, ordered: list[Section], scope: list[Section], p: Patterns
) -> list[Section]:
    """The sections after `scope` that belong to a table printed apart that `scope` opens."""
    names = Columns(p)
    texts = [t for s in scope for t in _printed_lines(doc, s)]
    if not _opens_table_apart(texts, names, p):
        return []
    at = {id(s): k for k, s in enumerate(ordered)}
    last = _last_of(at, scope)
    more: list[Section] = []
    for section in ordered[last + 1 : last + 1 + _LOOKAHEAD]:
        if any(section is sub for m in more for sub in m.walk()):
            continue
        if not section.number and _lone_field(section.title, names) == "event":
            # (the event column's own name, though it would head a chronology of its own: "What
            # happened")
            return [*more, section]
        if section.number or section_kind(section.title, p) is not None:
            return []  # the report's next section came first: the table ended in the scope
        more.append(section)
        if any(names.field_of(sub.title) == "event" for sub in section.walk()):
            return more
    return []


def _opens_table_apart(texts: list[str], names: Columns, p: Patterns) -> bool:
    """The date column's name printed alone, a date cell after it, and no event column's name
    anywhere after it (the table's event text is still to come)."""
    fields = [_lone_field(t, names) for t in texts]
    # (a child's age over its count cells names the date column too: life_days)
    fields = ["date" if count_column_name(texts, k, p) else f for k, f in enumerate(fields)]
    if "date" not in fields:
        return False
    start = fields.index("date")
    after = texts[start + 1 : start + 3]
    dated = any(_date_line(t, p) for t in after)
    return dated and not any(f == "event" for f in fields[start:])


def sections_table_goes_on(
    doc: SourceDocument, ordered: list[Section], scope: list[Section], p: Patterns
) -> list[Section]:
    """The sections after `scope` that hold the next pages of a table printed apart that `scope`
    holds: a page's foot, its later column's name ("Analysis") or a comment cell the segmenter
    made a heading, up to the page where the table's header is printed again (its date column's
    name, another of its column names and a date cell after it) and that page's event column's
    name. The names must be the table's own: another table's header ("Date completed") is not."""
    names = Columns(p)
    printed = [t for s in scope for t in _printed_lines(doc, s)]
    if not _holds_table_apart(printed, names, p):
        return []
    own = {t for t in printed if _lone_field(t, names) is not None}
    at = {id(s): k for k, s in enumerate(ordered)}
    last = _last_of(at, scope)
    more: list[Section] = []
    while True:
        page = _next_page(doc, ordered[last + 1 : last + 1 + _LOOKAHEAD], own, names, p)
        if not page:
            return more
        more += page
        last = _last_of(at, page)


def _next_page(
    doc: SourceDocument, following: list[Section], own: set[str], names: Columns, p: Patterns
) -> list[Section]:
    """The sections up to the next page's event column's name, when the table's header is printed
    again before the report's next numbered or known section."""
    taken: list[Section] = []
    header = False
    for section in following:
        if any(section is sub for t in taken for sub in t.walk()):
            continue
        if section.number or section_kind(section.title, p) is not None:
            return []
        taken.append(section)
        lines = _printed_lines(doc, section)
        start = 0 if header else _header_at(lines, own, names, p)
        header = start is not None
        if header and any(t in own and _lone_field(t, names) == "event" for t in lines[start:]):
            return taken
    return []


def _holds_table_apart(texts: list[str], names: Columns, p: Patterns) -> bool:
    """The date column's name printed alone with a date cell after it, and the event column's
    name alone after that."""
    fields = [_lone_field(t, names) for t in texts]
    if "date" not in fields:
        return False
    start = fields.index("date")
    dated = any(_date_line(t, p) for t in texts[start + 1 : start + 4])
    return dated and "event" in fields[start:]


def _header_at(texts: list[str], own: set[str], names: Columns, p: Patterns) -> int | None:
    """Where the table's header is printed again: the date column's name alone, another column's
    name alone right after it (perhaps after a cell run on from the page before, "02:10"), and a
    date cell soon after."""
    for k, text in enumerate(texts):
        if text not in own or _lone_field(text, names) != "date":
            continue
        named = any(t in own and _lone_field(t, names) != "date" for t in texts[k + 1 : k + 3])
        if named and any(_date_line(t, p) for t in texts[k + 1 : k + 6]):
            return k
    return None


def _lone_field(text: str, names: Columns) -> str | None:
    """The column a name printed alone on its line names (a cell's text is longer)."""
    return names.field_of(text) if len(text.split()) <= 3 else None


def _last_of(at: dict[int, int], sections: list[Section]) -> int:
    """The place in reading order (`at`, by section) of the last of `sections` and their parts."""
    return max((at.get(id(sub), -1) for s in sections for sub in s.walk()), default=-1)


def _printed_lines(doc: SourceDocument, section: Section) -> list[str]:
    """The section's printed lines, its sub-sections' too (line by line: the segmenter may have
    joined a column's name to the cell or the paragraph printed above it)."""
    return [
        " ".join(ln.text.split())
        for b in section.all_blocks()
        for ln in doc.lines_between(b.line_start, b.line_end)
        if ln.is_content and ln.text.strip()
    ]


def _date_line(text: str, p: Patterns) -> bool:
    """A date cell's line: the whole line a date ("3 March 2018"), or its first word ("12/01/2021
    23:10", a cell wrapped "December" / "2018" aside)."""
    return bool(text.split()) and (is_date_cell(text, p) or is_date_cell(text.split()[0], p))
