"""Cleaning: page furniture, footnotes, symbol bullets and stray whitespace.

Lines keep their original numbers; cleaning only changes `Line.text` and marks
`Line.kind` (blank, furniture, footnote), so every later record can still point at
the exact line of the report. Paragraphs interrupted by footnotes or page breaks
are rejoined by segmentation, which skips the lines marked here. Running heads that
carry a page number are learnt from the report and taken off lines they are glued to
(running_heads.py).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from dhrparse.document import BLANK, FOOTNOTE, FURNITURE, TEXT, Line, SourceDocument, line_spaced
from dhrparse.patterns import Patterns
from dhrparse.plan.progress_bars import outside_bars
from dhrparse.prepare.apart_bullets import place_apart_bullets
from dhrparse.prepare.broken_words import join_broken_words
from dhrparse.prepare.broken_years import join_broken_years
from dhrparse.prepare.circled_numbers import plain_number
from dhrparse.prepare.footnote_notes import mark_numbered_notes
from dhrparse.prepare.footnote_rules import mark_ruled_footnotes
from dhrparse.prepare.glued_words import part_glued_words
from dhrparse.prepare.labels import rejoin_labels
from dhrparse.prepare.lone_numbers import LONE_NUMBER, restore_list_numbers
from dhrparse.prepare.newspaper_rows import warn_interleaved_columns
from dhrparse.prepare.numbered_footers import mark_numbered_footers
from dhrparse.prepare.print_headings import drop_print_headings
from dhrparse.prepare.running_heads import has_digit, split_running_heads
from dhrparse.prepare.status_feet import restore_status_feet

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_FOOTNOTE_START = re.compile(rf"^\s*([{SUPERSCRIPT_DIGITS}]+)\s*\S")
_SUPER_MARK = re.compile(rf"(?<=\S)[{SUPERSCRIPT_DIGITS}]+")
_NUMBER_ALONE = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})+\.?\s*$")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"[ \u00a0\u2002\u2003\u2009\u200a\u202f]+")


def clean(doc: SourceDocument, patterns: Patterns) -> SourceDocument:
    bullets = list(_character_map(patterns).items())
    ascii_bullets = [(ch, repl) for ch, repl in bullets if ch.isascii()]
    for line in doc.lines:
        text = line.text
        # most lines are plain ASCII: no symbol bullet and no odd space can be in them
        plain = text.isascii()
        if plain:
            text = _mapped(text, ascii_bullets)
        else:  # (a progress bar's filled squares are no bullets: plan.progress_bars)
            text = outside_bars(text, patterns, lambda piece: _mapped(piece, bullets))
            text = plain_number(text, patterns)  # ("① The Board ..." numbers its paragraph 1)
        if line.cells is not None:
            line.cells = (
                [_SPACES.sub(" ", c).strip() for c in text.split("\t")] if "\t" in text else line.cells
            )
        if plain and "  " not in text:
            text = text.rstrip()  # (the substitution below would leave it as it is)
        else:
            text = _SPACES.sub(" ", text).rstrip()
        line.clean_to(text)
        line.kind = BLANK if not text or text.isspace() else TEXT
    # (before footnotes: a head glued to a line would hide the footnote number opening it)
    doc.lines = split_running_heads(doc.lines, patterns)
    # (a spreadsheet's column letters and row numbers are no content, nor footnote numbers)
    drop_print_headings(doc)
    mark_numbered_notes(doc.lines, patterns)  # (before the raised numbers are taken out of the text)
    _mark_footnotes(doc.lines)
    mark_ruled_footnotes(doc.lines)
    _mark_furniture(doc.lines, patterns)
    restore_status_feet(doc.lines, patterns)  # (a status column's cell at a page's foot is no foot)
    # (a year's last digit wrapped onto a line of its own is no page number either)
    join_broken_years(doc.lines)
    join_broken_words(doc.lines, patterns)  # (and a status word's last letters are its own)
    part_glued_words(doc.lines, patterns)  # (and a status word glued to the next cell stands apart)
    # (a list's own numbers are no page furniture)
    restore_list_numbers(doc.lines, _column_names(patterns))
    rejoin_labels(doc, patterns)  # (after furniture: a page number is no list label)
    place_apart_bullets(doc.lines, patterns)  # (a bullet printed apart from its dated item)
    warn_interleaved_columns(doc)  # (two newspaper columns printed row by row: told, not reordered)
    return doc


def _mapped(text: str, characters: list[tuple[str, str]]) -> str:
    """The text with each character of the pairs replaced by its reading."""
    for ch, repl in characters:
        if ch in text:
            text = text.replace(ch, repl)
    return text


def _character_map(patterns: Patterns) -> dict[str, str]:
    """What each odd character reads as: a symbol bullet as "•", a character that prints as
    nothing (a soft hyphen, a zero-width space) as nothing, a non-breaking hyphen as "-"."""
    return (
        {ch: "•" for ch in patterns.list("cleaning.bullet_chars")}
        | {ch: "" for ch in patterns.list("cleaning.invisible_chars")}
        | {ch: "-" for ch in patterns.list("cleaning.plain_hyphens")}
    )


def _column_names(patterns: Patterns) -> frozenset[str]:
    """The names an action plan's columns print under (patterns/actions.toml [columns]), lower case."""

    def build(p: Patterns) -> frozenset[str]:
        columns = p.get("actions.columns", {}) or {}
        return frozenset(name.lower() for names in columns.values() for name in names)

    return patterns.derived("cleaning.column_names", build)


def _mark_furniture(lines: list[Line], patterns: Patterns) -> None:
    # one alternation per list: a line matches it exactly when it matches one of the list
    furniture = patterns.joined("cleaning.furniture_lines")
    heads = patterns.joined("cleaning.running_head_candidates")
    counts = Counter(_norm(ln.text) for ln in lines if ln.kind == TEXT and heads.search(ln.text))
    for ln in lines:
        if ln.kind != TEXT:
            continue
        if furniture.search(ln.text) or counts and counts.get(_norm(ln.text), 0) >= 3:
            ln.kind = FURNITURE
    if any(ln.page for ln in lines):
        _mark_repeated_page_edges(lines, {id(ln): ln.page for ln in lines if ln.page is not None})
    else:
        mark_numbered_footers(lines, patterns)
        _mark_repeated_page_edges(lines, _pages_between_page_numbers(lines), _unpaged_head_key)


def _pages_between_page_numbers(lines: list[Line]) -> dict[int, int]:
    """Text without form feeds (a PDF's text extracted page after page) still prints each
    page's number at its foot or head: a line of furniture holding a number is where one page
    ends and the next begins, so the lines between two of them are a page whose edges are
    read as a paged text's are. (By `id`: a line's number is shared by a head's pieces.)"""
    if not line_spaced([ln.number for ln in lines if ln.kind != BLANK]):
        return {}  # (a plain export's numbers alone on a line are as often a table's row numbers)
    pages: dict[int, int] = {}
    page, at_boundary, boundaries = 1, False, 0
    for ln in lines:
        if ln.kind == FURNITURE and has_digit(ln.text):
            if not at_boundary:
                page, at_boundary, boundaries = page + 1, True, boundaries + 1
            continue
        if ln.kind == TEXT:
            at_boundary = False
            pages[id(ln)] = page
    return pages if boundaries >= 2 else {}


def _norm(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _unpaged_head_key(text: str) -> str | None:
    """A head learnt between page numbers rather than pages repeats word for word (its page
    number, where it prints one, was what told the page ends): so a run of dated table rows
    or numbered paragraphs alike but for their digits is no head; nor is a sentence."""
    printed = " ".join(text.lower().split())
    return None if printed.endswith((".", ";", ",")) else printed


def _mark_repeated_page_edges(
    lines: list[Line], page_of: dict[int, int], head_key: Callable[[str], str | None] = _norm
) -> None:
    """Running heads and footers: the first/last lines of a page that repeat on many pages.
    `page_of`: each line's page, by the line's `id`; `head_key`: what two printings of one head
    share (None: the line is no head)."""
    by_page: defaultdict[int, list[Line]] = defaultdict(list)
    for ln in lines:
        page = page_of.get(id(ln))
        if ln.kind == TEXT and page is not None:
            by_page[page].append(ln)
    if len(by_page) < 2:
        return
    edges: dict[str, list[Line]] = {}
    for page_lines in by_page.values():
        # one running head (the outermost line) per page edge: a cover that prints the
        # report's title under a running head of the same words keeps its title
        seen: set[tuple[str, bool]] = set()
        top, bottom = page_lines[:2], page_lines[max(2, len(page_lines) - 2) :][::-1]
        for at_top, group in ((True, top), (False, bottom)):
            for ln in group:
                key = head_key(ln.text)
                if key is not None and (key, at_top) not in seen:
                    seen.add((key, at_top))
                    edges.setdefault(key, []).append(ln)
    threshold = max(3, len(by_page) // 3)
    for key, occurrences in edges.items():
        pages = {page_of[id(ln)] for ln in occurrences}
        # a short report repeats its running head on every page, however few they are
        every_page = (
            len(pages) == len(by_page) or _every_page_but_title(key, occurrences, pages, by_page, head_key)
        ) and not any(ln.cells for ln in occurrences)
        if (len(pages) >= threshold or every_page) and len(key) <= 120:
            for ln in occurrences:
                ln.kind = FURNITURE
    _mark_rewrapped_heads(lines, page_of)


def _every_page_but_title(
    key: str, occurrences: list[Line], pages: set[int], by_page: dict[int, list[Line]], head_key
) -> bool:
    """A short report's running head or foot printed on every page but its title page (Word's
    "different first page"): on two pages or more (`pages`, those its `occurrences` print on),
    and nowhere on the title page, not even in its body (a table header repeated over a page
    break also prints on the page it starts)."""
    title = min(by_page)
    # at the very edge of each page it prints on: a table's header repeated over a page break
    # stands under the running head or above the rows, never as a page's first or last line alone
    edges = {id(ln) for n in pages for ln in _first_and_last(by_page[n])}
    return (
        all(id(ln) in edges for ln in occurrences)
        # a running head names the review in words; a table's first cell printed alone at a
        # page's top on plain text ("Recommendation", "Ref No.") is no head
        and len(key.split()) >= 3
        and len(pages) >= 2
        and len(pages) == len(by_page) - 1
        and title not in pages
        and all(head_key(ln.text) != key for ln in by_page[title])
    )


def _first_and_last(page: list[Line]) -> list[Line]:
    """A page's first and last lines that print anything."""
    printed = [ln for ln in page if ln.text.strip()]
    return printed[:1] + printed[-1:]


def _mark_rewrapped_heads(lines: list[Line], page_of: dict[int, int]) -> None:
    """A running head wrapped over two lines on portrait pages prints on one line across a
    landscape page (an appended action plan): the one line at a page's edge that reads as a
    known head's lines joined is that head too, not a heading over the plan's rows."""
    by_page: defaultdict[int, list[Line]] = defaultdict(list)
    for ln in lines:
        page = page_of.get(id(ln))
        if page is not None and ln.kind in (TEXT, FURNITURE):
            by_page[page].append(ln)
    wrapped: set[str] = set()
    for page_lines in by_page.values():
        for edge in (page_lines[:3], page_lines[-3:]):
            run = [ln for ln in edge if ln.kind == FURNITURE]
            for a in range(len(run) - 1):  # (every two or more lines of the edge in a row)
                for b in range(a + 2, len(run) + 1):
                    if all(x.number + 1 == y.number for x, y in zip(run[a : b - 1], run[a + 1 : b])):
                        wrapped.add(_norm(" ".join(ln.text for ln in run[a:b])))
    if not wrapped:
        return
    for page_lines in by_page.values():
        for ln in (*page_lines[:2], *page_lines[-2:]):
            if ln.kind == TEXT and not ln.cells and _norm(ln.text) in wrapped:
                ln.kind = FURNITURE


def _mark_footnotes(lines: list[Line]) -> None:
    expected = 1
    found: list[tuple[int, int]] = []  # (footnote number, index of its body line)
    n = len(lines)
    for i, ln in enumerate(lines):
        if ln.kind not in (TEXT, FURNITURE):
            continue
        if ln.hint == "footnote" and ln.kind == TEXT:
            ln.kind = FOOTNOTE  # the reader saw a note in small print at the page foot
            continue
        # (a footnote number is printed in superscript digits, never in ASCII)
        m = None if ln.text.isascii() else _FOOTNOTE_START.match(ln.text)
        if m and ln.kind == TEXT and not ln.cells:
            ln.kind = FOOTNOTE
            # a URL or lower-case line (perhaps opening a quote) printed straight after belongs to the footnote
            j = i + 1
            while (
                j < n
                and lines[j].kind == TEXT
                and re.match(r"^\s*(https?:|www\.|['‘“\"(]?[a-z])", lines[j].text)
                and lines[j].number == ln.number + (j - i)
            ):
                lines[j].kind = FOOTNOTE
                j += 1
            continue
        # (a number alone on its line ends in a digit, or in the space after it)
        last = ln.text[-1:]
        m = LONE_NUMBER.match(ln.text) if last.isdigit() or last.isspace() else None
        if m and int(m.group(1)) == expected:
            prev = lines[i - 1] if i else None
            nxt = next((k for k in range(i + 1, min(n, i + 3)) if lines[k].text.strip()), None)
            separator = prev is not None and not prev.text.strip() and len(prev.raw) >= 20
            # (a number at a page's foot with the next page's first line after it, behind the form
            # feed, is the page number, not a note: its number would be stripped from a label
            # such as "L3." above it)
            running_head = nxt is not None and lines[nxt].raw.startswith("\f")
            if nxt is not None and not running_head and _may_be_note(ln, lines[nxt], separator):
                ln.kind = FOOTNOTE
                lines[nxt].kind = FOOTNOTE
                found.append((expected, i))
                expected += 1
    for ln in lines:
        if ln.kind == TEXT and not ln.text.isascii() and _SUPER_MARK.search(ln.text):
            ln.text = _SUPER_MARK.sub("", ln.text)
    for number, index in found:
        _strip_glued_marker(lines, index, number)


def _may_be_note(number: Line, body: Line, separator: bool) -> bool:
    """Whether the line after a lone number can be its footnote's text: printed on the number's
    page (a number at a page's foot before the next page's first line is its page number), no
    table row (a plan's header or row, its cells apart by tabs, opens the next page), and set
    off by a rule or indented."""
    if number.page is not None and body.page != number.page:
        return False
    if body.cells or body.raw.startswith("\t"):
        return False
    return separator or bool(re.match(r"^\s+[A-Z]", body.raw))


def _strip_glued_marker(lines: list[Line], index: int, number: int) -> None:
    """Remove a footnote number printed glued to the word it annotates ("DASH1")."""
    # (after a full stop only at a sentence's end: in "4.3 On ..." the 3 is the paragraph's number)
    marker = re.compile(rf"(?:(?<=[A-Za-z\)’'”\"])|(?<=[^\d\s]\.)){number}(?=[\s.,;:)]|$)")
    seen = 0
    for k in range(index - 1, -1, -1):
        ln = lines[k]
        if ln.kind != TEXT:
            continue
        seen += 1
        if seen > 80:
            return
        if _NUMBER_ALONE.match(ln.text):
            continue  # a paragraph number on its own line ("1.1"): its last digit is no marker
        if marker.search(ln.text):
            ln.text = marker.sub("", ln.text, count=1)
            return
