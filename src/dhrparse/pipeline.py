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

from dhrparse.coding import themes
from dhrparse.document import SourceDocument
from dhrparse.extractors import actions, chronology, recommendations, review
from dhrparse.extractors.quoted_links import number_quoted_rows
from dhrparse.extractors.recommendations.finding_columns import drop_finding_rows
from dhrparse.extractors.review.death_days import moving_on
from dhrparse.ledger import Claim, Ledger, location_of
from dhrparse.models import ChronologyEvent, DateValue, Document, Review, Source
from dhrparse.patterns import Patterns, load_patterns
from dhrparse.plan.addressee_codes import addressee_refs
from dhrparse.plan.layout_words import reading_with
from dhrparse.plan.reader import Plan, read_plan
from dhrparse.plan.refused_extents import drop_joined
from dhrparse.plan.unread_plans import warn_unread_plans
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare import cleaning, segment
from dhrparse.progress_links import link_progress
from dhrparse.readers import DOCUMENT_SUFFIXES, Limits, read_bytes, read_path

log = logging.getLogger(__name__)


@dataclass
class Analysis:
    source: SourceDocument
    document: Document
    claims: list[Claim] = field(default_factory=list)  # regions the extractors claimed
    structure: dict[int, str] = field(default_factory=dict)  # lines they read as structure


def death_dated_by_chronology(found: Review, events: list[ChronologyEvent], patterns: Patterns) -> Review:
    """A report that dates the death only in its chronology ("On 11 January Rosa was found dead" under
    "2021") still has a date of death: the last event whose opening sentence tells a death, and not
    an arrest, charge or inquest about one. The review's own reading, when it has one, stands, unless
    it is vaguer than the chronology's day and holds it ("Albert died in May 2023" in the
    introduction, "18 May 2023 ... found dead" in the last row): the row's day is the same death."""
    told = found.date_of_death
    if told is not None and told.precision == "day":
        return found
    words = patterns.regexes("review.death.event_words")
    general = patterns.regexes("review.death.not_this_death")
    other_event = regex.compile(patterns.get("review.death.other_event_before", r"(?!x)x"), regex.IGNORECASE)
    for event in reversed(events):
        date = event.date
        if date is None or date.precision not in ("day", "month") or _COUNTED.search(date.raw):
            continue  # a date counted from another ("three weeks later") is too loose for the death
        if _tells_death(event.text, words, general, other_event, patterns):
            if told is not None and not (date.precision == "day" and _within(date, told)):
                return found  # (the last death told is another day: the review's reading stands)
            return found.model_copy(update={"date_of_death": date})
    return found


def _within(day: DateValue, vaguer: DateValue) -> bool:
    """The day lies in the month, season or year the review told the death in."""
    low, high = vaguer.start or "", vaguer.end or vaguer.start or ""
    return bool(low and day.start) and low <= day.start[: len(low)] and day.start[: len(high)] <= high


def _tells_death(text: str, words, general, other_event, patterns: Patterns) -> bool:
    """The event's opening sentence tells the death; or a later one does ("... is taken to
    hospital and dies the same day") without moving to another day ("dies three days later"),
    as the opening one's death clause must not either ("Admitted; died two days later")."""
    moves_on = moving_on(patterns)
    counted_on = patterns.regexes("review.death.death_counted_on")
    for k, sentence in enumerate(_FIRST_SENTENCE.split(text)):
        if any(g.search(sentence) for g in general):
            return False
        death = next((m for w in words for m in [w.search(sentence)] if m), None)
        before = sentence[: death.start()] if death else ""
        if death and not other_event.search(before) and not (k and any(m.search(sentence) for m in moves_on)):
            # (the death itself counted on from the event's day, "... and died three days later")
            return not any(m.search(sentence[death.start() :]) for m in counted_on)
    return False


_COUNTED = re.compile(r"\b(?:later|after|afterwards|following|next|before|earlier|previous)\b", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"(?<=[a-z)])[.!?]\s+(?=[A-Z])")


def prepare(doc: SourceDocument, patterns: Patterns) -> SourceDocument:
    cleaning.clean(doc, patterns)
    segment.segment(doc, patterns)
    return doc


def run_extractors(
    doc: SourceDocument, patterns: Patterns, debug: bool = False, ctx: Ledger | None = None
) -> Document:
    """Records for a prepared document; pass `ctx` to keep the extractors' claims.

    Each stage takes what it needs and returns what it found; `ctx` is only the ledger of
    warnings and claimed regions. A stage that fails becomes a warning and an empty result:
    one extractor's bug must not lose the others' records."""
    ctx = ctx if ctx is not None else Ledger(patterns=patterns)
    for code, message, line in doc.reader_warnings:
        ctx.warn(code, message, location_of(doc, line) if line else None)
    stage = _Stages(ctx, debug)
    found = stage("review metadata could not be extracted", lambda: review.extract(doc, ctx), Review())
    found, recs, rows = _plan_and_recommendations(doc, ctx, stage, found)
    events = stage("chronology could not be extracted", lambda: chronology.extract(doc, ctx, found), [])
    addressee_refs(recs, rows)  # ("R-PROB-01" in a plan's Code column: the recommendation's)
    link_actions(recs, rows)
    found = death_dated_by_chronology(found, events, patterns)
    stage("themes could not be coded", lambda: themes.code_recommendations(recs, rows, found, patterns), None)
    if not (recs or rows or events) and len(ctx.warnings) == len(doc.reader_warnings):
        ctx.warn("no_review_content", _nothing_found(doc, found))
    stamp_review_id(found.review_id, recs, rows, events)
    return Document(
        source=Source(
            name=doc.name,
            path=doc.path,
            sha256=doc.sha256,
            format=doc.format if doc.format in ("pdf", "text", "docx", "html") else "text",
            pages=doc.pages,
        ),
        review=found,
        recommendations=recs,
        actions=rows,
        chronology=events,
        warnings=ctx.warnings,
    )


def _plan_and_recommendations(doc: SourceDocument, ctx: Ledger, stage: _Stages, found: Review):
    """The review as the plan settles it, its recommendations and action rows. The plan as read
    (its rows and cell texts) is let go on return, once its records are made: a long report's
    plan need not outlive the chronology's reading."""
    plan = stage("the action plan could not be read", lambda: read_plan(doc, ctx), Plan())
    found = review.settle_doc_kind(doc, ctx, plan, found)  # (the plan's extent tells a plan from a report)
    recs = stage(
        "recommendations could not be extracted",
        lambda: recommendations.extract(doc, ctx, found, plan.recommendations),
        [],
    )
    # (a refused table's joined rows read as recommendations: no recommendations)
    recs = drop_joined(doc, ctx, recs, plan.refused, PlanVocabulary.of(ctx.patterns).statement)
    recs = drop_finding_rows(doc, ctx, recs)  # ("Finding | Recommendation | Agency" joined on each line)
    number_quoted_rows(plan.tables, recs)  # (plan rows whose recommendation cell prints no number)
    rows = stage("actions could not be extracted", lambda: actions.extract(doc, ctx, plan), [])
    # (a separate progress table's rows: each the state of the action with its ref)
    stage("progress could not be linked", lambda: link_progress(doc, ctx, rows, plan.progress), None)
    # a plan printed with a header but not one action read from it is told, not dropped
    stage("unread plans could not be checked", lambda: warn_unread_plans(doc, ctx, rows), None)
    return found, recs, rows


class _Stages:
    """Runs one stage; a failure is logged and becomes an `extractor_failed` warning and the
    stage's empty result (or is raised, with --debug)."""

    def __init__(self, ctx: Ledger, debug: bool):
        self.ctx, self.debug = ctx, debug

    def __call__(self, failure: str, run, empty):
        try:
            return run()
        except Exception as exc:
            if self.debug:
                raise
            log.debug("%s", failure, exc_info=True)
            self.ctx.warn("extractor_failed", f"{failure}: {exc!r}")
            return empty


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


def link_actions(recommendations: list, actions: list) -> None:
    """Point each action at its recommendation record when the refs agree."""
    from dhrparse.plan.lettered_refs import lettered_recommendation
    from dhrparse.vocab.refs import norm_ref, parent_of

    by_key: dict[tuple[str, str], str] = {}
    for rec in recommendations:
        if rec.ref:
            section = "overview" if rec.level == "overview" else (rec.agency or "").lower()
            by_key.setdefault((section, norm_ref(rec.ref)), rec.id)
    unnumbered = [rec for rec in recommendations if not rec.ref and rec.location.line_start]
    for action in actions:
        if not action.recommendation_ref and parent_of(action.ref):
            # "2.1" in a plan whose document states recommendation 2 once (plain text loses the
            # table's cells the PDF and Word routes link it by)
            parent = norm_ref(parent_of(action.ref))
            alike = {rec.ref for rec in recommendations if norm_ref(rec.ref) == parent}
            if not alike:  # "1a" under "R1": the plan codes its recommendations, its actions by number
                alike = {rec.ref for rec in recommendations if _coded(rec.ref, parent)}
            action.recommendation_ref = alike.pop() if len(alike) == 1 else None
        if not action.recommendation_ref:  # ("C" in a plan of lettered recommendations)
            action.recommendation_ref = lettered_recommendation(action.ref, recommendations)
        if not action.recommendation_id and not action.recommendation_ref:
            action.recommendation_id = _printed_beside(action, unnumbered)
        if action.recommendation_id or not action.recommendation_ref:
            continue
        section = (
            "overview"
            if (action.agency_section or "overview") == "overview"
            else action.agency_section.lower()
        )
        key = (section, norm_ref(action.recommendation_ref))
        if key in by_key:
            action.recommendation_id = by_key[key]
            continue
        # agency headings are printed differently in the plan and the report: match on containment
        for (sec, ref), rid in by_key.items():
            if ref == key[1] and sec and section and (sec in section or section in sec):
                action.recommendation_id = rid
                break
        else:  # one recommendation of that ref in the whole document ("IMR1.1" under the IMR's "IMR 1")
            alike = [rid for (sec, ref), rid in by_key.items() if ref == key[1]]
            action.recommendation_id = alike[0] if len(set(alike)) == 1 else None


_CODE = re.compile(r"[A-Z]{1,3}(\d{1,2})")  # "R3": capitals and the recommendation's number


def _coded(ref: str | None, number: str) -> bool:
    m = _CODE.fullmatch(ref or "")
    return m is not None and m.group(1) == number


def _printed_beside(action, unnumbered: list) -> str | None:
    """The unnumbered recommendation printed in the action's own plan row (a cell merged down
    over its actions' rows): with no number to link by, the row links them."""
    where = action.location
    for rec in unnumbered:
        at = rec.location
        if at.section == where.section and at.line_start <= (where.line_start or 0) <= at.line_end:
            return rec.id
    return None


def analyse(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    patterns: Patterns | None = None,
    password: str | None = None,
    limits: Limits | None = None,
    debug: bool = False,
) -> Analysis:
    patterns = patterns or load_patterns()
    with reading_with(patterns):  # (a user's layout.toml too: plan.layout_words)
        if isinstance(source, bytes):
            doc = read_bytes(
                source, name or "<bytes>", None, password=password, limits=limits, patterns=patterns
            )
        else:
            doc = read_path(source, password=password, limits=limits, patterns=patterns)
        prepare(doc, patterns)
        ctx = Ledger(patterns=patterns)
        document = run_extractors(doc, patterns, debug=debug, ctx=ctx)
    return Analysis(source=doc, document=document, claims=ctx.claims, structure=ctx.structure)


def extract(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    patterns: Patterns | None = None,
    password: str | None = None,
    limits: Limits | None = None,
) -> Document:
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
        return analyse(
            source.encode("utf-8"), name=name or "<text>", patterns=patterns, password=password, limits=limits
        ).document
    return analyse(source, name=name, patterns=patterns, password=password, limits=limits).document


def _looks_like_missing_path(text: str) -> bool:
    """One short line ending in a document extension, naming no file: a path typed wrong."""
    if "\n" in text or "\r" in text or not text.strip() or len(text) > 4096:
        return False
    suffix = Path(text.strip()).suffix.lower()
    return suffix in DOCUMENT_SUFFIXES and not Path(text).exists()
