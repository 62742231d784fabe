"""The kind of document: action plan, executive summary or overview report, from its title,
its shape, and (once the plan stage has read them) how much of it its plans cover."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dhrparse.document import Line, SourceDocument
from dhrparse.extractors.review.printing import TITLE_LINES
from dhrparse.ledger import Ledger
from dhrparse.models import Review
from dhrparse.plan.reader import PROGRESS_REPORT

# A document is an action plan when the plan read from it covers this share of its content,
# or when no more than PLAN_OPENS_WORDS of text come before it (a cover line, a title).
PLAN_SHARE = 0.5
PLAN_OPENS_WORDS = 60
MIN_LISTED = 2  # numbered imperatives under a recommendations heading that make a list of them
_ASKS = re.compile(r"\b(?:should|must|shall)\b", re.IGNORECASE)


# Columns only an action plan has: a table of recommendations (No. | Recommendation | Agency) is not one.
PLAN_COLUMNS = frozenset({"action", "target_date", "status", "progress"})


def settle_doc_kind(doc: SourceDocument, ctx: Ledger, plan, review: Review) -> Review:
    """Once the plan stage has read the plans: the document is an action plan by where its plan
    is and how much of it the plan covers. A title naming a plan counts only when a plan was
    read; a report that merely mentions or appends a plan, or reports progress on one, stays a report."""
    spans = []
    if any(PLAN_COLUMNS.intersection(t.columns) for t in plan.tables):
        spans = [
            (c.line_start, c.line_end)
            for c in ctx.claims
            if c.kind == "plan" and c.section != PROGRESS_REPORT
        ]
    titled = review.doc_kind == "action_plan"
    if spans and (titled or _plan_dominates(doc, spans)) and not _asks_before(doc, spans, ctx.patterns):
        review.doc_kind = "action_plan"
    elif titled:
        lines = [ln.text.strip() for ln in doc.content_lines()]
        review.doc_kind = doc_kind(
            doc, "\n".join(lines[:TITLE_LINES]), "\n".join(lines), ctx.patterns, plan=False
        )
    return review


def body_lines(doc: SourceDocument) -> list:
    """The content lines less a contents page, which says what the report holds (it lists the
    appendices: "Appendix A: Action Plan  10"), not what kind of document it is."""
    return list(body_line_run(doc))


def body_line_run(doc: SourceDocument) -> Iterator[Line]:
    """body_lines one at a time, for a reader that wants only the first few (the title)."""
    contents = {n for b in doc.blocks if b.kind == "toc" for n in (b.lines or [b.line_start])}
    return (ln for ln in doc.content_lines() if ln.number not in contents)


def _plan_dominates(doc: SourceDocument, spans: list[tuple[int, int]]) -> bool:
    body = body_lines(doc)
    inside = sum(1 for ln in body if any(a <= ln.number <= e for a, e in spans))
    first = min(a for a, _ in spans)
    before = [ln.text for ln in body if ln.number < first]
    return inside >= PLAN_SHARE * max(1, len(body)) or sum(len(t.split()) for t in before) <= PLAN_OPENS_WORDS


def _asks_before(doc: SourceDocument, spans: list[tuple[int, int]], p) -> bool:
    """A cover or a line of introduction may precede a plan; recommendations made before it
    ("... should ...") are a report's, however long the plan appended to it or its title."""
    first = min(a for a, _ in spans)
    return any(_ASKS.search(ln.text) for ln in doc.content_lines() if ln.number < first) or _listed_before(
        doc, first, p
    )


def _listed_before(doc: SourceDocument, first: int, p) -> bool:
    """Recommendations listed under a recommendations heading before the plan, numbered
    paragraphs opening with an imperative ("1." / "Commission a named GP lead ..."), at least
    MIN_LISTED of them: a thematic review may write its recommendations so, "should" in none.
    (A board paper's "Recommendation to the Board", "4.1 The Board is asked to note ...", lists
    none. Plain pdftotext prints each line of each of the plan's cells as a line of its own, so
    such a report's plan can be most of its lines, as it is of no other route's.)"""
    headed, listed = False, 0
    for b in doc.blocks:
        if b.line_start >= first:
            break
        if b.kind == "heading":
            headed = headed or p.any_match("recommendations.overview_section", b.text)
        elif (
            headed and b.kind == "paragraph" and b.number and p.any_match("themes.grammar.imperative", b.text)
        ):
            listed += 1
    return listed >= MIN_LISTED


def doc_kind(doc: SourceDocument, title: str, text: str, p, plan: bool = True) -> str | None:
    paragraphs = sum(1 for b in doc.blocks if b.kind == "paragraph" and b.number)
    # (a paragraph's first 40 words are enough to count it: the rest is not split up)
    narrative = sum(1 for b in doc.blocks if b.kind == "paragraph" and len(b.text.split(None, 39)) >= 40)
    head = "\n".join(title.splitlines()[:15])
    if (
        plan
        and p.any_match("review.doc_kind.action_plan_header", head)
        and not p.any_match("review.doc_kind.overview_title", head)
    ):
        return "action_plan"
    if plan and p.any_match("review.doc_kind.action_plan_title", head) and narrative < 30:
        return "action_plan"
    if p.any_match("review.doc_kind.executive_summary_title", _before_contents(head, p)):
        return "executive_summary"
    if p.any_match("review.doc_kind.points_to_main_report", text):
        return "executive_summary"
    if (
        p.any_match("review.doc_kind.overview_title", title)
        or paragraphs >= 100
        or any(s.title.lower().startswith("chronolog") for s in doc.sections() if s.level in (1, 2))
    ):
        return "overview_report"
    if (
        p.any_match("review.doc_kind.review_title", head)
        and not p.any_match("review.doc_kind.action_plan_title", head)
        and _report_shaped(doc, p)
    ):
        return "overview_report"
    return None


def _before_contents(head: str, p) -> str:
    """The title lines before a contents heading: after it, "Executive summary" heads the report's
    first section (a full report's cover, its contents, then its summary), not the document."""
    lines = head.splitlines()
    at = next((i for i, ln in enumerate(lines) if p.any_match("review.doc_kind.contents_heading", ln)), None)
    return "\n".join(lines[:at]) if at is not None else head


def _report_shaped(doc: SourceDocument, p) -> bool:
    """A full report's shape: a contents page, or several top-level sections (an executive summary
    says what it is in its title and is caught before this; a title naming a plan, "response and
    action plan", is left to the plan stage)."""
    if any(b.kind == "toc" for b in doc.blocks):
        return True
    wanted = int(p.get("review.doc_kind.report_sections", 4))
    return sum(1 for s in doc.sections() if s.level == 1) >= wanted
