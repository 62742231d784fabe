"""A two-language side-by-side report as plain pdftotext prints it: each row's cell whole and
then its twin, so the report reads as English and Welsh paragraphs in turn (readers/side_by_side.py
says why its English column is the body). Where several neighbouring paragraphs pair so, one
English and one Welsh, and the Welsh are nearly as many as the English and mostly in such pairs
(an English report naming a Welsh body now and then is not one), every paragraph telling Welsh is left out (its lines read as blank, so
every line keeps its number) and a heading printed across both columns, "Welsh / English", keeps
its English half."""

from __future__ import annotations

from dhrparse.document import SourceDocument
from dhrparse.lines import BlankLine, Line
from dhrparse.patterns import Patterns
from dhrparse.readers.languages import ENGLISH, WELSH, language, welsh_lines
from dhrparse.readers.side_by_side import MIN_TWINS, TWIN_SHARE, english_half


def english_paragraphs(doc: SourceDocument, patterns: Patterns) -> SourceDocument:
    """The document with its Welsh twin paragraphs blank, where its paragraphs pair English with
    Welsh in turn; unchanged otherwise."""
    if not welsh_lines(patterns, (ln.text for ln in doc.lines if ln.is_content), MIN_TWINS):
        return doc
    paragraphs = _paragraphs(doc)
    told = [language(patterns, " ".join(doc.lines[k].text for k in p)) for p in paragraphs]
    twins, english, welsh = _twins(told), told.count(ENGLISH), told.count(WELSH)
    if twins < MIN_TWINS or welsh < TWIN_SHARE * english or twins < TWIN_SHARE * welsh:
        return doc
    for p, lang in zip(paragraphs, told, strict=True):
        for k in p:
            ln = doc.lines[k]
            if lang == WELSH:
                doc.lines[k] = BlankLine(ln.number, ln.page)
                continue
            text = english_half(ln.text, patterns)
            if text != ln.text:
                doc.lines[k] = Line(ln.number, text, page=ln.page, raw=ln.raw, kind=ln.kind)
    return doc


def _paragraphs(doc: SourceDocument) -> list[list[int]]:
    """The indexes of each run of content lines between blank lines."""
    out: list[list[int]] = []
    open_ = False
    for k, ln in enumerate(doc.lines):
        if ln.is_content and ln.cells is None:
            if not open_:
                out.append([])
            out[-1].append(k)
            open_ = True
        else:
            open_ = False
    return out


def _twins(told: list[str | None]) -> int:
    """How many neighbouring pairs of paragraphs tell English and Welsh, each paragraph in one
    pair at most (which language prints first is the table's business: either way the Welsh
    twin is left out)."""
    count = k = 0
    while k + 1 < len(told):
        if {told[k], told[k + 1]} == {ENGLISH, WELSH}:
            count += 1
            k += 2
        else:
            k += 1
    return count
