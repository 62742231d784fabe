"""A chronology table printed column after column runs on past headings the segmenter made of
its cells: a short agency cell ("NHS FT (ED)") or the event column's own name ("Event") printed
alone on a line reads like an unnumbered heading and would end the chronology section before the
table's event text. While the table's event column has not been printed yet, the unnumbered
sections that follow are the table's, up to and including the one its event column's name heads."""

from __future__ import annotations

from dhrparse.document import Section
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.kinds import section_kind
from dhrparse.patterns import Patterns

_LOOKAHEAD = 12  # a table's cells made this many headings at most before its event column's name


def sections_table_runs_on(ordered: list[Section], scope: list[Section], p: Patterns) -> list[Section]:
    """The sections after `scope` that belong to a table printed apart that `scope` opens."""
    names = Columns(p)
    texts = [" ".join(b.text.split()) for s in scope for b in s.all_blocks()]
    if not _opens_table_apart(texts, names, p):
        return []
    at = {id(s): k for k, s in enumerate(ordered)}
    last = max((at.get(id(sub), -1) for s in scope for sub in s.walk()), default=-1)
    more: list[Section] = []
    for section in ordered[last + 1 : last + 1 + _LOOKAHEAD]:
        if any(section is sub for m in more for sub in m.walk()):
            continue
        if section.number or section_kind(section.title, p) is not None:
            return []  # the report's next section came first: the table ended in the scope
        more.append(section)
        if any(names.field_of(sub.title) == "event" for sub in section.walk()):
            return more
    return []


def _opens_table_apart(texts: list[str], names: Columns, p: Patterns) -> bool:
    """The date column's name printed alone, a date cell after it, and no event column's name
    anywhere after it (the table's event text is still to come)."""
    fields = [names.field_of(t) if len(t.split()) <= 3 else None for t in texts]
    if "date" not in fields:
        return False
    start = fields.index("date")
    after = texts[start + 1 : start + 3]
    dated = any(is_date_cell(t.split()[0], p) for t in after if t.split())
    return dated and not any(f == "event" for f in fields[start:])
