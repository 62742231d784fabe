"""The pipeline: read -> clean -> segment -> extract -> validated Document.

`analyse()` returns the intermediate SourceDocument too, for `dhrparse inspect`.
An extractor that fails on a document becomes a warning, never a crash: the other
record types still come out.
"""
from __future__ import annotations

import errno
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import regex

from dhrparse.prepare import cleaning
from dhrparse.prepare import segment
from dhrparse.coding import themes
from dhrparse.document import SourceDocument
from dhrparse.extractors import Claim, Context, actions, chronology, recommendations, review
from dhrparse.plan.reader import Plan, read_plan
from dhrparse.extractors import location_of
from dhrparse.models import ChronologyEvent, Document, Review, Source
from dhrparse.patterns import Patterns, load_patterns
from dhrparse.readers import DOCUMENT_SUFFIXES, Limits, read_bytes, read_path

log = logging.getLogger(__name__)

EXTRACTORS = (
    ("recommendations", lambda doc, ctx, plan: recommendations.extract(doc, ctx, plan.recommendations)),
    ("actions", lambda doc, ctx, plan: actions.extract(doc, ctx, plan)),
    ("chronology", lambda doc, ctx, plan: chronology.extract(doc, ctx)),
)


@dataclass
class Analysis:
    source: SourceDocument
    document: Document
    claims: list[Claim] = field(default_factory=list)          # regions the extractors claimed
    structure: dict[int, str] = field(default_factory=dict)    # lines they read as structure


def death_dated_by_chronology(found: Review, events: list[ChronologyEvent], patterns: Patterns) -> Review:
    """A report that dates the death only in its chronology ("On 11 January Rosa was found dead" under
    "2021") still has a date of death: the last event whose opening sentence tells a death, and not
    an arrest, charge or inquest about one. The review's own reading, when it has one, stands."""
    if found.date_of_death is not None:
        return found
    words = patterns.regexes("review.death.event_words")
    general = patterns.regexes("review.death.not_this_death")
    other_event = regex.compile(patterns.get("review.death.other_event_before", r"(?!x)x"), regex.IGNORECASE)
    for event in reversed(events):
        date = event.date
        if date is None or date.precision not in ("day", "month") or _COUNTED.search(date.raw):
            continue  # a date counted from another ("three weeks later") is too loose for the death
        opening = _FIRST_SENTENCE.split(event.text, maxsplit=1)[0]
        if any(g.search(opening) for g in general):
            continue
        death = next((m for w in words for m in [w.search(opening)] if m), None)
        if death and not other_event.search(opening[: death.start()]):
            return found.model_copy(update={"date_of_death": date})
    return found


_COUNTED = re.compile(r"\b(?:later|after|afterwards|following|next|before|earlier|previous)\b", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"(?<=[a-z)])[.!?]\s+(?=[A-Z])")


def prepare(doc: SourceDocument, patterns: Patterns) -> SourceDocument:
    cleaning.clean(doc, patterns)
    segment.segment(doc, patterns)
    return doc


def run_extractors(doc: SourceDocument, patterns: Patterns, debug: bool = False,
                   ctx: Context | None = None) -> Document:
    """Records for a prepared document; pass `ctx` to keep the extractors' claims."""
    ctx = ctx if ctx is not None else Context(patterns=patterns)
    for code, message, line in doc.reader_warnings:
        ctx.warn(code, message, location_of(doc, line) if line else None)
    try:
        review.extract(doc, ctx)
    except Exception as exc:  # one extractor's bug must not lose the others' records
        if debug:
            raise
        log.debug("review extractor failed", exc_info=True)
        ctx.warn("extractor_failed", f"review metadata could not be extracted: {exc!r}")
    plan = read_action_plans(doc, ctx, debug)
    review.settle_doc_kind(doc, ctx, plan)     # (the plan's extent tells a plan from a report)
    for name, fn in EXTRACTORS:
        try:
            setattr(ctx, name, fn(doc, ctx, plan))
        except Exception as exc:
            if debug:
                raise
            log.debug("%s extractor failed", name, exc_info=True)
            ctx.warn("extractor_failed", f"{name} could not be extracted: {exc!r}")
    link_actions(ctx.recommendations, ctx.actions)
    ctx.review = death_dated_by_chronology(ctx.review, ctx.chronology, patterns)
    code_themes(ctx, debug)
    reader_warnings = len(doc.reader_warnings)
    if not (ctx.recommendations or ctx.actions or ctx.chronology) and len(ctx.warnings) == reader_warnings:
        ctx.warn("no_review_content", _nothing_found(doc, ctx.review))
    stamp_review_id(ctx.review.review_id, ctx.recommendations, ctx.actions, ctx.chronology)
    return Document(
        source=Source(name=doc.name, path=doc.path, sha256=doc.sha256,
                      format=doc.format if doc.format in ("pdf", "text", "docx", "html") else "text",
                      pages=doc.pages),
        review=ctx.review,
        recommendations=ctx.recommendations,
        actions=ctx.actions,
        chronology=ctx.chronology,
        warnings=ctx.warnings,
    )


def code_themes(ctx: Context, debug: bool = False) -> None:
    """Themes and scope of every recommendation, once the plan rows are linked to them."""
    try:
        themes.code_recommendations(ctx.recommendations, ctx.actions, ctx.review, ctx.patterns)
    except Exception as exc:
        if debug:
            raise
        log.debug("theme coding failed", exc_info=True)
        ctx.warn("extractor_failed", f"themes could not be coded: {exc!r}")


def _nothing_found(doc: SourceDocument, review) -> str:
    """Why an "ok" document holds no records: an empty result must say so, never pass in silence."""
    if not any(True for _ in doc.content_lines()):
        return "no text found in the document (a scanned PDF needs OCR first)"
    found = "no recommendations, action-plan rows or chronology events that dhrparse could read"
    hint = "run `dhrparse inspect` on it to see how it was read"
    if review.review_type:
        return f"this {review.review_type} document has {found}; {hint}"
    return f"no review content recognised: {found}; {hint}"


def stamp_review_id(review_id: str | None, *record_lists) -> None:
    """Every record names its review, so records read apart from their Document still join up."""
    for records in record_lists:
        for record in records:
            record.review_id = review_id


def read_action_plans(doc: SourceDocument, ctx: Context, debug: bool = False) -> Plan:
    """The plan stage: every action-plan table read once; the recommendations extractor gets its
    statements and rows-as-recommendations, the actions extractor its rows."""
    try:
        return read_plan(doc, ctx)
    except Exception as exc:  # a broken plan must not lose the report's other records
        if debug:
            raise
        log.debug("plan reader failed", exc_info=True)
        ctx.warn("extractor_failed", f"the action plan could not be read: {exc!r}")
        return Plan()


def link_actions(recommendations: list, actions: list) -> None:
    """Point each action at its recommendation record when the refs agree."""
    from dhrparse.vocab.refs import norm_ref
    by_key: dict[tuple[str, str], str] = {}
    for rec in recommendations:
        if rec.ref:
            section = "overview" if rec.level == "overview" else (rec.agency or "").lower()
            by_key.setdefault((section, norm_ref(rec.ref)), rec.id)
    for action in actions:
        if action.recommendation_id or not action.recommendation_ref:
            continue
        section = "overview" if (action.agency_section or "overview") == "overview" else action.agency_section.lower()
        key = (section, norm_ref(action.recommendation_ref))
        if key in by_key:
            action.recommendation_id = by_key[key]
            continue
        # agency headings are printed differently in the plan and the report: match on containment
        for (sec, ref), rid in by_key.items():
            if ref == key[1] and sec and section and (sec in section or section in sec):
                action.recommendation_id = rid
                break


def analyse(source: str | Path | bytes, *, name: str | None = None, patterns: Patterns | None = None,
            password: str | None = None, limits: Limits | None = None, debug: bool = False) -> Analysis:
    patterns = patterns or load_patterns()
    if isinstance(source, bytes):
        doc = read_bytes(source, name or "<bytes>", None, password=password, limits=limits)
    else:
        doc = read_path(source, password=password, limits=limits)
    prepare(doc, patterns)
    ctx = Context(patterns=patterns)
    document = run_extractors(doc, patterns, debug=debug, ctx=ctx)
    return Analysis(source=doc, document=document, claims=ctx.claims, structure=ctx.structure)


def extract(source: str | Path | bytes, *, name: str | None = None, patterns: Patterns | None = None,
            password: str | None = None, limits: Limits | None = None) -> Document:
    """Extract a Document from a file path, raw bytes, or a string of report text.

    Args:
        source: a `pathlib.Path` or a `str` naming a file (.pdf, .docx, .doc, .txt, .md,
            .html); `bytes` of a file's content; or a `str` holding the report's text.
        name: the source name recorded in `Document.source.name` for bytes or text input.
        patterns: vocabulary to read with (default: the shipped `patterns/`; see
            `dhrparse.patterns.load_patterns` to add your own directories).
        password: password of an encrypted PDF.
        limits: resource limits (`dhrparse.readers.Limits`).

    Returns:
        a validated `Document`: `review`, `recommendations`, `actions`, `chronology` and
        `warnings`, each record with its `location` and its review's `review_id`.

    Raises:
        FileNotFoundError: `source` is a one-line `str` ending in a known document
            extension (e.g. "report.pdf") and no such file exists: a mistyped path is an
            error, not a report whose text is "reprot.pdf".
        dhrparse.readers.ReadError: the file could not be read (corrupt, encrypted,
            over a limit, an old Word .doc without LibreOffice).

    A `str` that names an existing file is read as that file; any other `str` is
    taken as the report's text itself.
    """
    if isinstance(source, str) and _looks_like_missing_path(source):
        raise FileNotFoundError(errno.ENOENT, "no such file", source)
    if isinstance(source, str) and ("\n" in source or not Path(source).exists()):
        return analyse(source.encode("utf-8"), name=name or "<text>", patterns=patterns,
                       password=password, limits=limits).document
    return analyse(source, name=name, patterns=patterns, password=password, limits=limits).document


def _looks_like_missing_path(text: str) -> bool:
    """One short line ending in a document extension, naming no file: a path typed wrong."""
    if "\n" in text or "\r" in text or not text.strip() or len(text) > 4096:
        return False
    suffix = Path(text.strip()).suffix.lower()
    return suffix in DOCUMENT_SUFFIXES and not Path(text).exists()
