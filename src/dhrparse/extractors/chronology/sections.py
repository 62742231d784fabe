"""Finding chronology sections: by their headings (patterns/chronology.toml), running to the
next section of the same or a higher level. A heading that says "chronology" or "timeline" is
enough; the wider vocabulary also heads analysis chapters, so there the content must be dated
entries too. Headings the segmenter did not make sections are found in missed_headings."""

from __future__ import annotations

from dhrparse.document import Block, Section, SourceDocument
from dhrparse.extractors.chronology.agency_apart import agency_tables_apart, carve, unheld
from dhrparse.extractors.chronology.agency_narrative import NARRATIVE, told_by_agency
from dhrparse.extractors.chronology.agency_tables import agency_tables
from dhrparse.extractors.chronology.apart_scope import sections_table_goes_on, sections_table_runs_on
from dhrparse.extractors.chronology.apart_tables import apart_tables
from dhrparse.extractors.chronology.cell_headings import sections_rows_run_on
from dhrparse.extractors.chronology.cited_runs import cited_runs
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.day_times import day_times_sections
from dhrparse.extractors.chronology.episode_sections import episode_sections
from dhrparse.extractors.chronology.evidence import reads_as_chronology
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.joined_tables import joined_tables
from dhrparse.extractors.chronology.kinds import FULL, named_outright, section_kind
from dhrparse.extractors.chronology.label_blocks import label_block_sections
from dhrparse.extractors.chronology.missed_headings import (
    Found,
    line_headed_tables,
    paragraph_headed,
    unheaded_tables,
)
from dhrparse.extractors.chronology.phase_scope import dated_phases_after
from dhrparse.extractors.chronology.stacked_lines import stacked_header
from dhrparse.extractors.chronology.story import story_sections
from dhrparse.extractors.chronology.unnamed import not_events, unnamed_sections
from dhrparse.extractors.chronology.vocabulary import LEAD_SPACE, YEAR_LINE, number_then_word
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates


def chronology_sections(doc: SourceDocument, p: Patterns, furniture: Furniture) -> Found:
    """(section, kind, blocks in scope) for every chronology section, outermost only."""
    found: Found = []
    taken: list[Section] = []  # the sections inside a chronology already found
    ordered = [s for s in doc.sections() if s.level > 0]
    for section in ordered:
        kind = None if any(section is t for t in taken) else section_kind(section.title, p)
        if kind is None:
            continue
        scope = _title_scope(section, p)
        scope += _misread_date_headings(doc, ordered, scope, p)
        scope += sections_table_runs_on(doc, ordered, scope, p)
        scope += sections_rows_run_on(doc, ordered, scope, p)
        scope += dated_phases_after(ordered, scope, p)
        scope += sections_table_goes_on(doc, ordered, scope, p)
        blocks = [b for s in scope for b in s.all_blocks()]
        if not named_outright(section.title, p):
            blocks = _before_next_chapter(blocks, p)
        if kind == FULL:
            blocks = furniture.split_entries(blocks)
            if (
                not named_outright(section.title, p)
                and (not reads_as_chronology(blocks, p) or not_events(blocks, p))
                and not _names_stacked_table(doc, blocks, p)
            ):
                told = told_by_agency(blocks, doc, p)
                if told is None:
                    continue
                kind, blocks = NARRATIVE, told
        taken += [sub for s in scope for sub in s.walk()]
        found.append((section, kind, blocks))
    apart = agency_tables_apart(doc, p)
    found = carve(found, apart)
    # (a heading the wider vocabulary shares with analysis chapters needs entries that open with
    # their dates, as under a heading the segmenter made a section)
    found += [
        f
        for f in paragraph_headed(doc, p, furniture, found)
        if named_outright(f[0].title, p) or not not_events(f[2], p)
    ]
    found += line_headed_tables(doc, p, found)
    found += unheaded_tables(doc, p, found)
    found += agency_tables(doc, p, found)
    found += unheld(apart, found)
    found += cited_runs(doc, p, found)  # (key events dated at their close, under any heading)
    found += label_block_sections(doc, p, found)  # ("Date: …" / "What happened: …", under any heading)
    found += episode_sections(doc, p, found)  # (key practice episodes, under any heading)
    found += day_times_sections(doc, p, found)  # (clock times under a heading naming their day)
    found += story_sections(doc, p, furniture, found)  # (before unnamed: it would take one year's part)
    found += unnamed_sections(doc, p, furniture, found)
    found += apart_tables(doc, p, found)  # (a table whose column names print alone, under any heading)
    found += joined_tables(doc, p, furniture, found)  # (last: any table another finder takes is its)
    # in reading order: the later finders add chronologies from anywhere in the document
    return sorted(found, key=lambda f: f[0].line_start)


def _before_next_chapter(blocks: list[Block], p: Patterns) -> list[Block]:
    """The blocks before a heading that names one of the report's closing chapters
    ("Recommendations"), at any level: a plain text export's heading levels may put the next
    chapter, and the plan after it, under a heading that only sometimes heads a chronology ("What
    happened"); the plan's dated rows are no events of the story, and the story's content is
    judged without them."""
    for k, b in enumerate(blocks[1:], 1):
        if b.kind == "heading" and p.any_match("chronology.closing_chapters", " ".join(b.text.split())):
            return blocks[:k]
    return blocks


def _names_stacked_table(doc: SourceDocument, blocks: list[Block], p: Patterns) -> bool:
    """The blocks' lines hold a chronology table's header printed a name a line, a date cell
    under it (stacked_lines): a table header names the chronology where its date cells, run
    into the paragraphs around them, give the content no dated entries."""
    if not blocks:
        return False
    printed = doc.lines_between(blocks[0].line_start, max(b.line_end for b in blocks))
    return stacked_header([ln for ln in printed if ln.text.strip()], Columns(p)) is not None


def _title_scope(section: Section, p: Patterns) -> list[Section]:
    """The section, and for an unnumbered title the sub-headings that look like its siblings:
    it runs on to the next heading that is itself a known kind of section."""
    scope = [section]
    if section.level >= 4 and section.parent is not None:
        sibs = section.parent.children
        for sib in sibs[sibs.index(section) + 1 :]:
            if (
                sib.level < min(section.level, 4)
                or section_kind(sib.title, p) is not None
                or p.any_match("chronology.not_headings", sib.title)
                or _after_year_headings(scope[1:], sib)
            ):
                break
            scope.append(sib)
    return scope


def _after_year_headings(taken: list[Section], sib: Section) -> bool:
    """A heading after the chronology's year headings ("2019" ... "2022", then "What we
    learned") that is no year itself: the next chapter, printed at the same level."""
    return bool(taken) and all(YEAR_LINE.match(t.title) for t in taken) and not YEAR_LINE.match(sib.title)


def _misread_date_headings(
    doc: SourceDocument, ordered: list[Section], scope: list[Section], p: Patterns
) -> list[Section]:
    """Sections right after a chronology whose heading is a date line a numbering rule took for
    the next heading ("3 Jan 2015" printed after "2. Chronology"): they are the chronology's."""
    # where each section stands, by identity: sections compare equal field by field, which walks
    # their blocks and sub-sections
    at = {id(s): k for k, s in enumerate(ordered)}
    last = max((at.get(id(sub), -1) for s in scope for sub in s.walk()), default=-1)
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
    if not number_then_word(first, section.number, LEAD_SPACE):
        return False  # "3. Analysis" is printed with its stop; "3 Jan 2015" without
    text = f"{section.number} {section.title}"
    # (a date cell wrapped over two lines, "2 January" / "2019", gives its year on the next line)
    after = doc.line_numbered(section.line_start + 1)
    if after is not None and YEAR_LINE.match(after.text.strip()) and len(section.title.split()) == 1:
        text = f"{text} {after.text.strip()}"
    found = find_dates(text, p)
    return bool(found) and found[0].start == 0 and found[0].value.precision == "day"
