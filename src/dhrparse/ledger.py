"""The ledger of one document's reading: what every stage reports beside its records.

Warnings (`warn`, `warn_unread`) for what could not be parsed, the regions each extractor
claims (`claim`, checked by coverage.py: every content line in a claimed region must end up
in a record or a warning) and the lines read as structure (table headers, labels, agency
headings). Stages receive it explicitly; records themselves are returned, never left here.
`location_of` gives a record its page, lines and section.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dhrparse.document import SourceDocument
from dhrparse.models import ExtractionWarning as Warning
from dhrparse.models import Location
from dhrparse.patterns import Patterns


@dataclass
class Claim:
    """A region an extractor treats as its own: every content line in it must end up in
    a record or a warning (the "no data loss" invariant, coverage.py)."""

    kind: str  # "recommendations" | "plan" | "chronology"
    line_start: int
    line_end: int
    section: str | None = None


@dataclass
class Ledger:
    """The ledger of one document's reading: the vocabulary it is read with, and what every
    stage reports (warnings, claimed regions, lines read as structure)."""

    patterns: Patterns
    warnings: list[Warning] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    structure: dict[int, str] = field(default_factory=dict)  # line -> why it is structure, not content

    def claim(self, kind: str, line_start: int, line_end: int, section: str | None = None) -> None:
        self.claims.append(Claim(kind, line_start, max(line_start, line_end), section))

    def consumed(self, lines, why: str) -> None:
        """Lines read as structure (table headers, labels, agency headings): no record holds them."""
        for n in lines:
            self.structure.setdefault(n, why)

    def warn(self, code: str, message: str, location: Location | None = None) -> None:
        self.warnings.append(Warning(code=code, message=message, location=location))

    def warn_unread(self, code: str, noun: str, why: str, texts: list[str], location: Location) -> None:
        """One warning for a contiguous run of text a region holds but no record does ("3 blocks
        in a chronology section read as commentary, not events: '...'"): the user sees what was
        left out and where, never a silent drop."""
        n = len(texts)
        self.warn(code, f"{n} {noun}{'s' if n > 1 else ''} {why}: {' '.join(texts)[:160]!r}", location)


def location_of(
    doc: SourceDocument,
    line_start: int,
    line_end: int | None = None,
    section: str | None = None,
    page: int | None = None,
) -> Location:
    """A Location for a line range; the section is the innermost heading holding it."""
    line_end = line_end if line_end is not None else line_start
    if section is None:
        sec = heading_above(doc.section_at(line_start), line_start)
        section = sec.heading if sec is not None else None
    if page is None:
        page = doc.page_of(line_start)
    return Location(page=page, line_start=line_start, line_end=max(line_start, line_end), section=section)


def heading_above(section, line_start: int):
    """The innermost section whose heading is printed above a record starting at `line_start`.
    A record that opens on a line read as a heading (a numbered plan row or paragraph taken
    for a subheading) is not its own section: its section is the heading above it."""
    while section is not None and section.level > 0 and section.line_start >= line_start:
        section = section.parent
    return section if section is not None and section.level > 0 else None
