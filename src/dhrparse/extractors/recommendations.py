"""Recommendations extractor: every recommendation a review makes, who must act, and where.

Three shapes are read from the segmented blocks:
- labelled recommendations ("Recommendation 1", "Recommendation 2: Title", "Recommendation:
  Title", "Recommendation 5. text") with their body: numbered sub-items ("1.1"), sub-parts
  ("(i)", or several plain paragraphs -> "1(i)", "1(ii)"), bullets kept as lines, and an
  "Expected outcome:"/"Aim:" block given to every item before it;
- single-agency lists: sections headed like "Individual Recommendations", with agency
  headings each followed by bullets (one record per top-level bullet; a short title bullet
  keeps its sub-bullets) or an intro paragraph and bullets (one record);
- an agency's own list in the narrative ("the Trust made the following recommendations for
  itself:"), used only as other wordings (aliases) of the formal ones.
Restatements are folded into the first statement (rec_merge); the action-plan extractor's
`plan_recommendations` statements are merged in at the end.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from dhrparse.document import Block, Section, SourceDocument
from dhrparse.extractors import Context, location_of, rec_lead_in, rec_merge, rec_pointers
from dhrparse.models import Location, Recommendation, Review
from dhrparse.plan.tables import column_map
from dhrparse.prepare.markup import flatten
from dhrparse.vocab import refs
from dhrparse.vocab.actors import ActorFinder
from dhrparse.vocab.agencies import gazetteer_for

_GENERIC = re.compile(
    r"(?i)(?:the\s+)?(?:trust|service|council|board|partnership|police|force|practice|agency)"
)
_ADDRESSEE = re.compile(
    r"(?i:\brecommendations?\s+(?:for|to)\s+(?:the\s+)?)(?P<body>[A-Z][^:]{2,80}?)\s*:?\s*$"
)
_FIELD_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /&-]{1,40}?)\s*:")
# fields only an action-plan row has: a label whose text opens with one of them points back at a
# recommendation from the plan ("Recommendation: L1" / "Action: ..." / "Lead: ...")
_PLAN_FIELDS = frozenset({"action", "lead", "target_date", "status", "progress"})
_VERB = re.compile(r"\b(?:makes?|made|are|is|were|was|has|have|had|should|must|will|would)\b", re.I)
_TERMINAL = re.compile(r"[.!?;:”\"')\]]\s*$")
_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _roman(n: int) -> str:
    return _ROMANS[n] if n < len(_ROMANS) else str(n + 1)


@dataclass
class _Item:
    """One recommendation as found, before restatements are folded."""

    blocks: list[Block]
    lines: list[str]
    ref: str | None = None
    parent_ref: str | None = None
    title: str | None = None
    level: str = "overview"
    agency: str | None = None
    outcome: str | None = None
    source: int = 0  # line of the heading of the region it came from
    actor_text: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(ln for ln in self.lines if ln.strip())


@dataclass
class _Label:
    """A recommendation's label as printed: "Recommendation 2:", "Rec 3 -", "NR1 –", "SAR 2:"."""

    ref: str | None
    sep: str
    rest: str
    code: bool = False  # numbered with a series code ("NR1"), not the word "Recommendation"


@dataclass
class _Rx:
    label: re.Pattern
    code_label: re.Pattern
    code_prefixes: frozenset
    sub_part: re.Pattern
    outcome: re.Pattern
    stop_labels: list
    stop_inline: re.Pattern
    agency_section: list
    agency_in_heading: re.Pattern
    overview_section: list
    not_rec_section: list
    plan_heading: list
    self_list_intro: list
    summary_intro: list
    not_rec: list
    recommending: re.Pattern
    table_agency: re.Pattern
    table_recommendation: re.Pattern
    table_ref: re.Pattern
    short_names: re.Pattern
    max_heading_words: int = 18
    keep_code_prefix: bool = True  # "NR1" stays "NR1" (else "1")
    series: frozenset = frozenset()  # code prefixes this document numbers a series with

    @classmethod
    def load(cls, p) -> _Rx:
        g = lambda k: re.compile(p.get(f"recommendations.{k}"), re.I)  # noqa: E731
        return cls(
            label=g("label"),
            code_label=re.compile(p.get("recommendations.code_label")),
            code_prefixes=frozenset(p.list("recommendations.code_prefixes")),
            sub_part=g("sub_part"),
            outcome=g("outcome"),
            stop_labels=p.regexes("recommendations.stop_labels"),
            stop_inline=g("stop_inline"),
            agency_section=p.regexes("recommendations.agency_section"),
            agency_in_heading=re.compile(p.get("recommendations.agency_in_heading")),
            overview_section=p.regexes("recommendations.overview_section"),
            not_rec_section=p.regexes("recommendations.not_recommendation_section"),
            plan_heading=p.regexes("recommendations.action_plan_heading"),
            self_list_intro=p.regexes("recommendations.self_list_intro"),
            summary_intro=p.regexes("recommendations.summary_list_intro"),
            not_rec=p.regexes("recommendations.not_recommendation"),
            recommending=g("recommending"),
            table_agency=g("table.agency"),
            table_recommendation=g("table.recommendation"),
            table_ref=g("table.ref"),
            short_names=g("short_name"),
            max_heading_words=int(p.get("recommendations.agency_heading_max_words", 18)),
            keep_code_prefix=bool(p.get("recommendations.keep_code_prefix", True)),
        )

    def label_match(self, text: str, in_chapter: bool = True) -> _Label | None:
        """The label opening `text`; a series code only counts inside a recommendations
        chapter (`in_chapter`), since narrative codes name people ("SW1", "PC2")."""
        m = self.label.match(text)
        if m and (m.group("ref") or m.group("sep")):
            return _Label(ref=m.group("ref"), sep=m.group("sep") or "", rest=m.group("rest") or "")
        c = self.code_label.match(text)
        if c and (
            c.group("prefix") in self.code_prefixes or (in_chapter and c.group("prefix") in self.series)
        ):
            ref = c.group("ref") if self.keep_code_prefix else c.group("num")
            return _Label(ref=ref, sep=c.group("sep") or "", rest=c.group("rest") or "", code=True)
        return None

    def code_prefix(self, text: str) -> str | None:
        c = self.code_label.match(text)
        return c.group("prefix") if c and len(c.group("prefix")) >= 2 else None

    def sub_part_match(self, text: str) -> tuple[str, str] | None:
        """(part, rest) of a sub-part marker at the start of text: "(ii) text" -> ("ii", "text")."""
        m = self.sub_part.match(text)
        if not m:
            return None
        return (m.group("part") or m.group("part2")).lower(), m.group("rest")

    def is_stop(self, text: str) -> bool:
        return any(p.search(text) for p in self.stop_labels)


# ------------------------------------------------------------------------------------------
def extract(
    doc: SourceDocument,
    ctx: Context,
    review: Review,
    plan_recommendations: list[Recommendation] | None = None,
) -> list[Recommendation]:
    """`review`: the review extractor's reading (a whole action plan holds no report
    recommendations); `plan_recommendations`: the statements the plan stage read in the plans."""
    parser = _Parser(doc, ctx)
    # a whole action plan states its recommendations in its rows, which the plan stage read
    formal, secondary = ([], []) if review.doc_kind == "action_plan" else parser.run()
    formal, pointing = rec_pointers.split_pointing(formal, ctx.patterns)  # "... (Recommendation 2)."
    secondary = pointing + secondary
    records = fold_statements([(it.source, parser.to_record(it)) for it in formal])
    if plan_recommendations:
        records = rec_merge.merge_restatements(records, list(plan_recommendations))
    if secondary:
        records = rec_merge.merge_restatements(
            records, parser.records(secondary), append_unmatched=False, gap_threshold=None, by_ref=True
        )
    for rec in records:
        # statements that came only from a plan name their actor in the text too
        if rec.level == "overview" and not rec.agency:
            rec.agency_printed = parser._full_name(parser.actors.find(rec.text))
            rec.agency = parser._canonical(rec.agency_printed)
    return assign_ids(records)


def fold_statements(statements: list[tuple[int, Recommendation]]) -> list[Recommendation]:
    """Statements in document order -> records: a statement restating an earlier one from
    another region (thematic section, then the recommendations chapter) is folded into it."""
    records: list[Recommendation] = []
    sources: list[set[int]] = []
    for source, rec in statements:
        best, best_score = None, float(rec_merge.MATCH)
        for k, have in enumerate(records):
            if source in sources[k] or have.level != rec.level:
                continue  # (statement_similarity is -1 across levels: never the best)
            score = rec_merge.statement_similarity(have, rec, best_score)
            if score >= best_score:
                best, best_score = k, score
        if best is None:
            best = _same_number(records, sources, source, rec)
        if best is None:
            best = _group_of(records, rec)
        if best is None:
            records.append(rec)
            sources.append({source})
        else:
            rec_merge.fold(records[best], rec)
            sources[best].add(source)
    return records


def _same_number(
    records: list[Recommendation], sources: list[set[int]], source: int, rec: Recommendation
) -> int | None:
    """An overview statement from another region printed with the same number as an earlier
    one, in words that summarise it (a summary's "1. The Partnership to audit referrals"
    before the chapter's full text), restates it."""
    if rec.level != "overview" or not rec.ref:
        return None
    key = refs.norm_ref(rec.ref)
    same = [
        k
        for k, have in enumerate(records)
        if have.level == "overview" and refs.norm_ref(have.ref) == key and source not in sources[k]
    ]
    if len(same) != 1:
        return None
    have = records[same[0]]
    wordings = [have.text] + list(have.aliases)
    if max(rec_merge.text_similarity(rec.text, w) for w in wordings) >= SAME_NUMBER_MATCH:
        return same[0]
    return None


SAME_NUMBER_MATCH = 40  # how alike a same-numbered restatement must be (summaries reword)


def _group_of(records: list[Recommendation], rec: Recommendation) -> int | None:
    """A statement numbered like the parent of earlier sub-recommendations ("Recommendation 2"
    restating 2(a)-2(c) in a summary) restates the group: it is kept with the first of them."""
    if not rec.ref or any(
        refs.norm_ref(r.ref) == refs.norm_ref(rec.ref) and r.level == rec.level for r in records
    ):
        return None
    for k, have in enumerate(records):
        if (
            have.level == rec.level
            and have.parent_ref
            and refs.norm_ref(have.parent_ref) == refs.norm_ref(rec.ref)
            and (rec.level == "overview" or rec_merge.agencies_compatible(have.agency, rec.agency))
        ):
            return k
    return None


def assign_ids(records: list[Recommendation]) -> list[Recommendation]:
    seen: set[str] = set()
    for n, rec in enumerate(records, 1):
        if rec.level == "overview":
            base = f"rec-overview-{rec.ref}" if rec.ref else f"rec-overview-n{n}"
        else:
            slug = re.sub(r"[^a-z0-9]+", "-", (rec.agency or "agency").lower()).strip("-")[:40] or "agency"
            base = f"rec-agency-{slug}-{rec.ref}" if rec.ref else f"rec-agency-{slug}-n{n}"
        rid, k = base, 2
        while rid in seen:
            rid, k = f"{base}-{k}", k + 1
        seen.add(rid)
        rec.id = rid
    return records


class _SpanIndex:
    """Whether some (start, end) span holds a range: a bisect over the spans sorted by start
    with the furthest end so far (a scan of every span per block was quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []
        for _, e in ordered:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def holds(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end


class _Parser:
    def __init__(self, doc: SourceDocument, ctx: Context):
        self.doc = doc
        self.ctx = ctx
        self.rx = _Rx.load(ctx.patterns)
        self.gaz = gazetteer_for(doc, ctx.patterns)
        self.actors = ActorFinder(ctx.patterns, self.gaz)
        self.lines = {}
        for ln in doc.lines:
            self.lines.setdefault(ln.number, ln)
        self.blocks = [b for b in doc.blocks if b.kind != "toc"]
        self.named_headings = ctx.patterns.regexes("headings.named")
        self._agency_held: dict[int, str | None] = {}  # region -> agency heading in force
        self._names: dict[str, str] | None = None  # body's last word -> its full name
        self._suffix = re.compile(ctx.patterns.get("recommendations.agency_heading_suffix", r"(?!x)x"), re.I)

    # -- regions ------------------------------------------------------------------------------
    def _regions(self) -> list[tuple[str, int, str | None]]:
        """Per block: (mode, source line, agency from the heading) where mode is
        "plan", "agency", "overview" or "" (narrative)."""
        out = []
        mode, mode_level, source, agency = "", 99, 0, None
        mode_numbered = False
        in_plan = False
        for b in self.blocks:
            # (a label heading, "Recommendation 2: Title", opens a recommendation, not a section;
            # a bare "Recommendations" set as a label-sized line still opens one)
            if (
                b.kind == "heading"
                and (b.level <= 4 or b.level == 5)
                and not self.rx.label_match(b.text.strip())
            ):
                title = b.text.strip()
                if any(p.search(title) for p in self.rx.plan_heading) and b.level <= 3:
                    in_plan = True
                elif in_plan and b.number and b.level == 1:
                    in_plan = False
                is_agency = any(p.search(title) for p in self.rx.agency_section)
                is_overview = (
                    any(p.search(title) for p in self.rx.overview_section)
                    and not any(p.search(title) for p in self.rx.not_rec_section)
                    and not title.endswith(".")
                )  # (a numbered sentence set as a heading)
                if b.level == 5 and not (is_agency or is_overview):
                    pass  # a label-sized line ("Learning Point 2:", "Expected outcome:") is no section
                elif is_agency:
                    m = self.rx.agency_in_heading.search(title)
                    named = m.group("agency").strip() if m and m.group("agency") else None
                    if named and any(p.search(named) for p in self.rx.agency_section):
                        named = None
                    if b.level < 4 or mode != "agency":
                        mode, mode_level, source = "agency", b.level, b.line_start
                    agency = named
                elif is_overview and (
                    b.level <= 3
                    or (
                        not b.number
                        and len(title.split()) <= 10
                        and not title.endswith(":")
                        and not _VERB.search(title)
                    )
                ):
                    # (an unnumbered "Recommendations" heading, not a "Recommendation 2: Title" label)
                    mode, mode_level, source, agency = "overview", b.level, b.line_start, None
                    mode_numbered = bool(b.number)
                    m = _ADDRESSEE.search(title)
                    if m and self.actors.is_body(m.group("body")):
                        agency = m.group("body")  # "Recommendations to the Home Office"
                elif (
                    mode == "agency"
                    and not b.number
                    and self.actors.is_body(title)
                    and not any(p.search(title) for p in self.rx.plan_heading)
                    and not any(p.search(title) for p in self.named_headings)
                ):
                    pass  # an agency's own heading printed in capitals inside the list
                elif (
                    mode == "overview"
                    and (mode_level >= 4 or mode_numbered)
                    and not b.number
                    and self.actors.is_body(title)
                    and not any(p.search(title) for p in self.named_headings)
                    and not title.endswith(":")
                    and not _VERB.search(title)
                    and "recommend" not in title.lower()
                ):
                    # an addressee's heading ("Home Office", "MARLOW VALE HOSTELS TRUST") inside the
                    # recommendations section: the recommendations under it are made to that body
                    agency = title
                elif mode == "overview" and b.level >= 4 and self.rx.code_label.match(title):
                    pass  # a coded recommendation set as a heading ("L1 Suicide risk"): an item of the list
                elif b.level <= mode_level and (b.level <= 3 or mode_level >= 4):
                    mode, mode_level, source, agency = "", 99, b.line_start, None
                elif mode == "":
                    source = b.line_start
            out.append(("plan" if in_plan else mode, source, agency))
        return out

    # -- main ---------------------------------------------------------------------------------
    def run(self) -> tuple[list[_Item], list[_Item]]:
        regions = self._regions()
        self.rx.series = self._series_prefixes(regions)
        # overview regions holding recommendation labels are read by label only
        labelled = {
            regions[k][1]
            for k, b in enumerate(self.blocks)
            if b.kind in ("heading", "paragraph", "bullet")
            and self.rx.label_match(b.text, regions[k][0] in ("overview", "agency"))
        }
        formal: list[_Item] = []
        secondary: list[_Item] = []
        units: list[tuple[int, int]] = []  # (first, end) block indices of labelled units
        i = 0
        n = len(self.blocks)
        while i < n:
            b = self.blocks[i]
            mode, source, heading_agency = regions[i]
            if mode == "plan":  # the plan stage owns statements printed in action plans
                i += 1
                continue
            if b.kind == "table" and mode in ("agency", "overview") and not self._in_plan(b):
                items = self._table_items(b, mode, source)
                formal.extend(items)
                if items:
                    units.append((i, i + 1))
                i += 1
                continue
            if b.kind in ("table", "toc"):
                i += 1
                continue
            m = (
                self.rx.label_match(b.text, mode in ("overview", "agency"))
                if b.kind == "paragraph"
                or (b.kind == "heading" and b.level >= 4)
                or (b.kind == "bullet" and b.level == 0)
                else None
            )
            if m is not None and self._plan_row_label(i, m):
                self.ctx.warn(
                    "not_a_recommendation",
                    f"an action-plan row pointing back at recommendation "
                    f"{m.ref or m.rest!r}, not a recommendation: {self.blocks[i + 1].text[:120]!r}",
                    self._loc(self.blocks[i : i + 2]),
                )
                i += 1
                continue
            if m is not None and self._in_plan(b):
                # "Recommendation: L1" opening an action's labelled block: the plan stage read it
                i += 1
                continue
            if m is not None:
                level = "agency" if mode == "agency" else "overview"
                agency = self._agency_for(mode, heading_agency, i, regions) if level == "agency" else None
                start = i
                items, i = self._label_unit(i, m, level, agency, source)
                if level == "overview" and heading_agency:
                    for it in items:  # made to the body the section heading names
                        it.actor_text = it.actor_text or heading_agency
                # a summary's bullet list of labelled recommendations ("• R1: the Partnership to ...")
                # outside any recommendations chapter restates them: other wordings only
                (secondary if b.kind == "bullet" and mode == "" else formal).extend(items)
                units.append((start, i))
                continue
            if mode == "agency":
                items, i = self._agency_run(i, regions)
                formal.extend(items)
                continue
            if mode == "overview" and source not in labelled:
                items, i = self._overview_list(i, regions)
                formal.extend(items)
                continue
            if (
                (mode == "" or (mode == "overview" and source in labelled))
                and b.kind in ("paragraph", "heading")
                and self.rx.is_stop(b.text)
                and self._near_label(i)
            ):
                # a learning point or finding printed among the recommendations: said, not taken
                self.ctx.warn(
                    "not_a_recommendation",
                    f"read as learning, not a recommendation: {b.text[:160]!r}",
                    self._loc([b]),
                )
                self._hold(b, "learning point or finding (warned as not a recommendation)")
                i += 1
                continue
            if (
                mode == ""
                and b.kind in ("paragraph", "heading")
                and b.text.rstrip().endswith(":")
                and any(p.search(b.text) for p in self.rx.summary_intro)
            ):
                items, i = self._summary_list(i, source)
                secondary.extend(items)
                continue
            if (
                mode == ""
                and b.kind == "paragraph"
                and b.text.rstrip().endswith(":")
                and any(p.search(b.text) for p in self.rx.self_list_intro)
            ):
                items, i = self._self_list(i, mode, source)
                secondary.extend(items)
                continue
            i += 1
        self._claim(regions, formal, units)
        return formal, secondary

    def _near_label(self, i: int, reach: int = 12) -> bool:
        """Is block i printed among labelled recommendations (findings and learning points
        interleaved with them)?"""
        return any(
            b.kind in ("heading", "paragraph") and self.rx.label_match(b.text, False)
            for b in self.blocks[max(0, i - reach) : i + reach]
        )

    def _series_prefixes(self, regions) -> frozenset:
        """Code prefixes a recommendations chapter numbers two or more recommendations with
        ("AB1", "AB2")."""
        seen: dict[str, set[str]] = {}
        for b, (mode, _, _) in zip(self.blocks, regions):
            if b.kind in ("heading", "paragraph", "bullet") and mode in ("overview", "agency"):
                c = self.rx.code_label.match(b.text)
                if c:
                    seen.setdefault(c.group("prefix"), set()).add(c.group("num"))
        # a one-letter code ("L1", "N2") is a series only when it counts from 1 ("L1", "L2", ...),
        # since single letters and numbers also name grades, roads and paper sizes; beside such a
        # series a second letter may hold one recommendation ("L1"-"L3", then "N1")
        series = {k for k, nums in seen.items() if len(nums) >= 2 and (len(k) >= 2 or {"1", "2"} <= nums)}
        if any(len(k) == 1 for k in series):
            series |= {k for k, nums in seen.items() if len(k) == 1 and "1" in nums}
        return frozenset(series)

    # -- the "no data loss" invariant: what this extractor claims, and what it skipped --------
    def _claim(self, regions, formal: list[_Item], units: list[tuple[int, int]]) -> None:
        """Recommendation chapters that gave records, and every labelled unit, are claimed;
        any text in them no record holds becomes one warning per contiguous run."""
        spans = [
            (min(b.line_start for b in it.blocks), max(b.line_end for b in it.blocks))
            for it in formal
            if it.blocks
        ]
        within = _SpanIndex(spans)
        sources = {it.source for it in formal}
        ranges: list[tuple[int, int]] = []
        k, n = 0, len(self.blocks)
        while k < n:
            mode, source, _ = regions[k]
            end = k
            while end + 1 < n and regions[end + 1][:2] == (mode, source):
                end += 1
            if mode in ("overview", "agency") and source in sources and not self._mixed_heading(source):
                ranges.append((k, end + 1))
            k = end + 1
        ranges += [u for u in units if not any(a <= u[0] and u[1] <= b for a, b in ranges)]
        for a, b in ranges:
            blocks = self.blocks[a:b]
            if not blocks:
                continue
            self.ctx.claim(
                "recommendations",
                blocks[0].line_start,
                max(x.line_end for x in blocks),
                self._loc(blocks[:1]).section,
            )
            run: list[Block] = []
            for blk in blocks:
                held = (
                    blk.kind in ("heading", "toc")
                    or within.holds(blk.line_start, blk.line_end)
                    or all(ln in self.ctx.structure for ln in (blk.lines or [blk.line_start]))
                )
                if not held and blk.text.strip():
                    run.append(blk)
                    continue
                if blk.kind == "heading" and not run:
                    continue
                self._warn_skipped(run)
                run = []
            self._warn_skipped(run)

    def _mixed_heading(self, source: int) -> bool:
        heading = next((b for b in self.blocks if b.kind == "heading" and b.line_start == source), None)
        return heading is not None and any(
            rx.search(heading.text)
            for rx in self.ctx.patterns.regexes("coverage.mixed_recommendations_heading")
        )

    def _warn_skipped(self, run: list[Block]) -> None:
        if not run:
            return
        self.ctx.warn_unread(
            "not_a_recommendation",
            "block",
            "in a recommendations region read as not recommendations (introduction, learning point, "
            "commentary)",
            [" ".join(b.text.split()) for b in run],
            self._loc(run),
        )

    # -- labelled recommendations -------------------------------------------------------------
    def _label_unit(
        self, i: int, m: _Label, level: str, agency: str | None, source: int
    ) -> tuple[list[_Item], int]:
        label = self.blocks[i]
        ref = refs.display_ref(m.ref) if m.ref else None
        rest = self._clean(m.rest)
        title, lead = None, None
        if rest:
            if self._title_like(rest) and (label.kind == "heading" or self._code_title_line(i, m)):
                title = rest.rstrip(":").strip()
            else:
                lead = rest
        body: list[Block] = []
        outcome: list[str] = []
        carrier: str | None = None  # the report's paragraph number printed on the body ("7.2")
        j = i + 1
        in_outcome = False
        while j < len(self.blocks):
            b = self.blocks[j]
            text = b.text.strip()
            if b.kind in ("table", "toc"):
                break
            om = self.rx.outcome.match(text)
            if om and b.kind in ("heading", "paragraph"):
                in_outcome = True
                self._hold(b, "expected outcome (the record's outcome)")
                if om.group("rest").strip():
                    outcome.append(self._clean(om.group("rest")))
                j += 1
                if (
                    not om.group("rest").strip()
                    and j < len(self.blocks)
                    and self.blocks[j].kind == "paragraph"
                ):
                    outcome.append(self._clean(self.blocks[j].text))
                    self._hold(self.blocks[j], "expected outcome (the record's outcome)")
                    j += 1
                continue
            if (
                b.kind == "heading"
                and not body
                and title is None
                and lead is None
                and j == i + 1
                and b.level >= 4
                and not b.number
                and self._title_like(text)
                and not self.rx.label_match(text)
                and not any(p.search(text) for p in self.named_headings)
                and not self.rx.is_stop(text)
            ):
                title = self._clean(text).rstrip(":").strip()  # "Recommendation 2" / "Training" / text
                self._hold(b, "recommendation title")
                j += 1
                continue
            if b.kind == "heading" or self.rx.label_match(text) or self.rx.is_stop(text):
                break
            if body and b.kind == "paragraph" and any(p.search(text) for p in self.rx.not_rec):
                break  # commentary after the body ("The recommendations are summarised below.")
            if in_outcome:
                if b.kind == "bullet":
                    outcome.append(self._clean(text))
                    self._hold(b, "expected outcome (the record's outcome)")
                    j += 1
                    continue
                break
            if (
                b.kind == "paragraph"
                and b.number
                and not body
                and not lead
                and carrier is None
                and self._sub_number(b.number, ref)
                and not self._sub_list_starts(j, ref)
            ):
                carrier = b.number  # "Recommendation 4" over the chapter's "4.4": not a sub-item
            elif (
                b.kind == "paragraph"
                and b.number
                and not self._sub_number(b.number, ref)
                and not self.rx.sub_part_match(f"{b.number} {text}")
            ):
                if not body and not lead and carrier is None:
                    carrier = b.number  # "Recommendation 1" over "7.2 The Board should ..."
                elif not (carrier and b.number.startswith(carrier + ".")):
                    break
            elif carrier and b.kind == "paragraph" and b.number and not b.number.startswith(carrier + "."):
                break
            if b.kind == "paragraph" and self._heading_like(b) and level == "agency":
                break
            body.append(b)
            j += 1
        if (
            title
            and body
            and body[0].kind == "paragraph"
            and not body[0].number
            and self._label_line_wrapped(title, body[0].text)
        ):
            # "Recommendation 4: Kestrelford Fire and Rescue Service and ... Adult Social" / "Care
            # should agree ...": the label's line was the sentence's start, wrapped, not a title
            lead, title = self._clean(f"{title} {body[0].text}"), None
            self._hold(body[0], "recommendation text carried on from its label's line")
            body = body[1:]
        items = self._split_body(label, body, ref, title, lead, level, agency, source, carrier)
        if items and not lead:
            self._hold(label, "recommendation label")
        out_text = " ".join(outcome).strip() or None
        for it in items:
            it.outcome = out_text
        if not items:
            self.ctx.warn(
                "recommendation_unparsed",
                f"recommendation label without a body: {label.text[:80]!r}",
                self._loc([label]),
            )
        return items, j

    def _plan_row_label(self, i: int, m: _Label) -> bool:
        """ "Recommendation: L1" over "Action: ...", "Lead: ...": a plan printed as labelled blocks
        names the recommendation each action serves; the label carries no text of its own."""
        nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        if nxt is None or m.rest.strip() and not self.rx.code_label.match(m.rest.strip()):
            return False
        f = _FIELD_LABEL.match(nxt.text)
        return bool(f) and column_map(self.ctx.patterns).field_of(f.group("label")) in _PLAN_FIELDS

    def _code_title_line(self, i: int, m: _Label) -> bool:
        """A series code and a few words alone on their line, the text on the lines below ("L3
        Housing applications" / "The Council should ..."): the words are the title, even where the
        line was not set apart as a heading."""
        label, nxt = self.blocks[i], self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return (
            m.code
            and label.kind == "paragraph"
            and len(label.lines or [label.line_start]) == 1
            and nxt is not None
            and nxt.kind == "paragraph"
            and not nxt.number
            and len(m.rest.split()) <= 8
            and not self.rx.recommending.search(m.rest)
        )

    def _label_line_wrapped(self, title: str, body: str) -> bool:
        """Is the "title" on a label's line the start of the sentence the body goes on with?
        The body alone names no actor; joined, the actor starts in the title."""
        if re.search(r"[.:;!?]\s*$", title) or self.actors.find(body):
            return False
        actor = self.actors.find(f"{title} {body}")
        return bool(actor) and title.lower().startswith(actor.lower()[: min(len(actor), 12)])

    def _sub_list_starts(self, j: int, ref: str | None) -> bool:
        """Does a list of sub-recommendations N.1, N.2 start at block j (before the next label)?
        A lone "4.4" under "Recommendation 4" is the chapter's paragraph number."""
        numbers = []
        for b in self.blocks[j : j + 40]:
            if b.kind == "heading" or self.rx.label_match(b.text):
                break
            if b.kind == "paragraph" and b.number:
                numbers.append(b.number)
        if len(numbers) < 2 or not numbers[0].endswith(".1"):
            return False
        stem = numbers[0][:-2]
        return numbers[1] == f"{stem}.2"

    def _hold(self, b: Block, why: str) -> None:
        self.ctx.consumed(b.lines or range(b.line_start, b.line_end + 1), why)

    @staticmethod
    def _sub_number(number: str, ref: str | None) -> bool:
        parts = number.split(".")
        if len(parts) < 2:
            return False
        return ref is None or parts[0] == ref.split("(")[0].split(".")[0]

    def _split_body(
        self,
        label: Block,
        body: list[Block],
        ref,
        title,
        lead,
        level,
        agency,
        source,
        carrier: str | None = None,
    ) -> list[_Item]:
        """A label's body as one recommendation, or as its numbered or lettered sub-items."""

        def item(blocks, lines, r=None, parent=None, lead_text=None):
            return _Item(
                blocks=blocks,
                lines=lines,
                ref=r,
                parent_ref=parent,
                title=title,
                level=level,
                agency=agency,
                source=source,
                actor_text=lead_text or None,
            )

        # numbered sub-items "1.1", "1.2" (or "7.5.1" under the body's own "7.5"): each its own
        # recommendation; continuations stay with their item, a lead-in names their actor
        subs = [
            b
            for b in body
            if b.kind == "paragraph" and b.number and self._numbered_sub(b.number, ref, carrier)
        ]
        if subs:
            items: list[_Item] = []
            cur = None
            pre: list[str] = [lead] if lead else []
            held: list[Block] = []
            for b in body:
                if b in subs:
                    r = self._sub_item_ref(b.number, ref, carrier)
                    cur = item([b], [self._clean(b.text)], r, refs.parent_of(r) or ref, " ".join(pre))
                    for h in held:
                        self._hold(h, "lead-in of numbered sub-recommendations")
                    held = []
                    items.append(cur)
                elif cur is not None:
                    self._append_block(cur, b)
                else:
                    pre.append(self._render(b))
                    held.append(b)
            return items
        # lettered or roman sub-parts "(i)", "b)", "iv.": their own recommendations unless they
        # complete a lead-in sentence ("The Board should: (a) ...; (b) ...")
        parts = [
            (b, self.rx.sub_part_match(b.text if b.kind != "bullet" else f"{b.marker or ''} {b.text}"))
            for b in body
        ]
        if sum(1 for _, pm in parts if pm) >= 2:
            first = next(k for k, (_, pm) in enumerate(parts) if pm)
            pre_blocks = [b for b, _ in parts[:first]]
            lead_text = " ".join(([lead] if lead else []) + [self._clean(b.text) for b in pre_blocks])
            completes = lead_text.rstrip().endswith(":") and not all(
                self._standalone(pm[1]) for _, pm in parts if pm
            )
            if not completes:
                for h in pre_blocks:
                    self._hold(h, "lead-in of lettered sub-recommendations")
                items, cur = [], None
                for b, pm in parts[first:]:
                    if pm:
                        r = refs.sub_ref(ref, pm[0])
                        cur = item([b], [self._clean(pm[1])], r, ref, lead_text)
                        items.append(cur)
                    elif cur is not None:
                        self._append_block(cur, b)
                return items
        blocks = self._join_continuations(body)
        plain = [b for b in blocks if b.kind == "paragraph"]
        if (
            not lead
            and len(plain) >= 2
            and len(plain) == len(blocks)
            and all(self._standalone(b.text) for b in plain)
        ):
            # several paragraphs, each a recommendation of its own: sub-parts N(i), N(ii)
            return [
                item([b], [self._clean(b.text)], f"{ref}({_roman(k)})" if ref else None, ref)
                for k, b in enumerate(blocks)
            ]
        lines = [lead] if lead else []
        bullets = sum(1 for b in blocks if b.kind == "bullet")
        for b in blocks:
            lines.append(self._render(b, marker=bullets > 1 or bool(lead) or len(blocks) > 1))
        if not any(ln.strip() for ln in lines):
            return []
        return [item([label] + blocks, lines, ref)]

    def _numbered_sub(self, number: str, ref: str | None, carrier: str | None) -> bool:
        if carrier:
            return number.startswith(carrier + ".")
        return "." in number and self._sub_number(number, ref)

    @staticmethod
    def _sub_item_ref(number: str, ref: str | None, carrier: str | None) -> str | None:
        if carrier and ref:
            return refs.sub_ref(ref, number[len(carrier) + 1 :])
        return refs.display_ref(number)

    def _standalone(self, text: str) -> bool:
        """A sentence that is a recommendation on its own: it opens on the body that must act."""
        t = " ".join(self._clean(text).split())
        if not t or not t[0].isupper():
            return False
        actor = self.actors.find(t)
        return bool(actor) and 0 <= t.lower().find(actor.lower()) <= 40

    def _join_continuations(self, body: list[Block]) -> list[Block]:
        """A paragraph broken by a page break or footnote (no sentence end) is rejoined."""
        out: list[Block] = []
        for b in body:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.kind == "paragraph"
                and b.kind == "paragraph"
                and not b.number
                and not _TERMINAL.search(prev.text)
            ):
                joined = Block(
                    kind="paragraph",
                    text=f"{prev.text} {b.text}",
                    line_start=prev.line_start,
                    line_end=b.line_end,
                    page=prev.page,
                    number=prev.number,
                    lines=prev.lines + b.lines,
                    section=prev.section,
                )
                out[-1] = joined
            else:
                out.append(b)
        return out

    def _append_block(self, item: _Item, b: Block) -> None:
        item.blocks.append(b)
        item.lines.append(self._render(b, marker=b.kind == "bullet"))

    def _render(self, b: Block, marker: bool = True) -> str:
        text = self._clean(b.text)
        if b.kind == "bullet" and marker:
            printed = b.marker if refs.marker_ref(b.marker) else "-"  # "(ii)" and "b)" are kept
            return ("  " * b.level) + f"{printed} " + text
        return text

    def _clean(self, text: str) -> str:
        text = self.rx.stop_inline.sub("", " " + flatten(text)).strip()
        return " ".join(text.split())

    def _title_like(self, text: str) -> bool:
        words = text.split()
        if len(words) > 16 or re.search(r"[.;]\s*$", text):
            return False
        if text.rstrip().endswith(":") and self.rx.recommending.search(text):
            return False  # a lead-in ("Recommendation 1: The Partnership should:"), not a title
        return not re.search(r"\b(?:should|must|to\s+\w+|will)\b", text, re.I) or len(words) <= 6

    # -- single-agency lists ------------------------------------------------------------------
    def _agency_for(self, mode, heading_agency, i, regions) -> str | None:
        held = self._agency_held.get(regions[i][1])
        return held or heading_agency

    def _heading_like(self, b: Block) -> bool:
        text = b.text.strip()
        if b.kind == "heading":
            return True
        if b.kind != "paragraph" or b.number or not text or len(text.split()) > self.rx.max_heading_words:
            return False
        if re.search(r"[.,;]\s*$", text) or not text[0].isupper():
            return False
        if text.endswith(":") and len(text.split()) > 8:
            return False
        words = [w for w in re.findall(r"[A-Za-z][\w’'&-]*", text) if len(w) > 3]
        caps = sum(1 for w in words if w[0].isupper())
        return bool(words) and caps >= 0.6 * len(words) and not self.rx.recommending.search(text)

    def _agency_run(self, i: int, regions) -> tuple[list[_Item], int]:
        """From block i, while in the agency region: agency headings and their lists."""
        items: list[_Item] = []
        n = len(self.blocks)
        mode0, source, heading_agency = regions[i]
        parent: str | None = None
        first_child: str | None = None
        agency: str | None = self._agency_held.get(source) or heading_agency
        last_was_heading = False
        last_heading: str | None = None
        j = i
        while j < n and regions[j][0] == "agency":
            b = self.blocks[j]
            mode, source, h_agency = regions[j]
            text = b.text.strip()
            if b.kind == "table":
                items.extend(self._table_items(b, "agency", source))
                j += 1
                continue
            if b.kind == "toc":
                j += 1
                continue
            if self.rx.label_match(text) and (b.kind == "paragraph" or b.level >= 4):
                self._agency_held[source] = agency
                break
            if b.kind == "heading" and (
                b.line_start == source or any(p.search(text) for p in self.rx.agency_section)
            ):
                # the region's own heading ("8.2 Individual Recommendations", "...for X")
                agency = h_agency
                parent = first_child = None
                last_was_heading = False
                j += 1
                continue
            if b.kind == "heading" and (text.endswith(".") or re.search(r"\brecommend", text, re.I)):
                j += 1  # a sentence set as a heading ("9.1 Each agency made recommendations ..."): no agency
                continue
            if self._heading_like(b):
                name = self._suffix.sub("", self._clean(text).rstrip(":"))
                m = self.rx.agency_in_heading.search(name)
                if m and any(p.search(name) for p in self.rx.agency_section):
                    name = m.group("agency").strip()
                if last_was_heading and last_heading:
                    parent, first_child = last_heading, name
                elif parent and first_child and not self._siblings(first_child, name):
                    parent = first_child = None
                agency = f"{parent} - {name}" if parent else name
                self._hold(b, "agency heading")
                last_heading = name
                last_was_heading = True
                j += 1
                continue
            last_was_heading = False
            consumed, new = self._agency_items(j, agency, source, regions)
            items.extend(new)
            j = consumed
        self._agency_held[source] = agency
        return items, j

    @staticmethod
    def _siblings(a: str, b: str) -> bool:
        wa, wb = a.split(), b.split()
        return (
            bool(wa and wb and wa[0].lower() == wb[0].lower())
            or fuzz.token_set_ratio(a.lower(), b.lower()) >= 70
        )

    def _indent(self, b: Block) -> int:
        ln = self.lines.get(b.line_start)
        raw = ln.text if ln is not None else ""
        return len(raw) - len(raw.lstrip(" \t"))

    def _agency_items(self, j: int, agency, source, regions) -> tuple[int, list[_Item]]:
        """One list element starting at block j: returns (next index, records)."""
        b = self.blocks[j]
        text = b.text.strip()
        mk = lambda blocks, lines, title=None, ref=None: _Item(  # noqa: E731
            blocks=blocks, lines=lines, title=title, ref=ref, level="agency", agency=agency, source=source
        )
        if b.kind == "paragraph":
            following = self._following_bullets(j, regions)
            if text.endswith(":") and following:
                lines = [self._clean(text)] + [self._render(x) for x in following]
                return self.blocks.index(following[-1]) + 1, [
                    mk([b] + following, lines, ref=self._item_ref(b))
                ]
            listed = bool(b.number and "." not in b.number)  # an item of a numbered list
            if (listed or self.rx.recommending.search(text)) and not any(
                p.search(text) for p in self.rx.not_rec
            ):
                return j + 1, [mk([b], [self._clean(text)], ref=self._item_ref(b))]
            return j + 1, []
        if b.kind == "bullet":
            # a short title bullet with more-indented bullets under it keeps them
            children = []
            k = j + 1
            if self._title_bullet(b):
                while (
                    k < len(self.blocks)
                    and regions[k][0] == "agency"
                    and self.blocks[k].kind == "bullet"
                    and (self.blocks[k].level > b.level or self._indent(self.blocks[k]) > self._indent(b))
                ):
                    children.append(self.blocks[k])
                    k += 1
            if children:
                title = self._clean(text).rstrip(":").strip()
                lines = [self._clean(c.text) for c in children]
                return k, [mk([b] + children, lines, title=title)]
            # sub-bullets (level 1) stay inside their bullet
            blocks, lines = [b], [self._clean(text)]
            while k < len(self.blocks) and self.blocks[k].kind == "bullet" and self.blocks[k].level > b.level:
                blocks.append(self.blocks[k])
                lines.append(self._render(self.blocks[k]))
                k += 1
            return k, [mk(blocks, lines, ref=self._list_ref(b))]
        return j + 1, []

    @staticmethod
    def _item_ref(b: Block) -> str | None:
        """The printed number of an item in an agency's list: "3", "2.1" (not a page-long
        report's paragraph count)."""
        if not b.number:
            return None
        if "." not in b.number:
            return b.number if int(b.number) < 30 else None
        return refs.display_ref(b.number)

    def _title_bullet(self, b: Block) -> bool:
        text = b.text.strip()
        return len(text.split()) <= 6 and not re.search(r"[.;,]\s*$", text)

    def _following_bullets(self, j: int, regions) -> list[Block]:
        out = []
        k = j + 1
        while k < len(self.blocks) and self.blocks[k].kind == "bullet" and regions[k][0] == regions[j][0]:
            out.append(self.blocks[k])
            k += 1
        return out

    # -- tables of recommendations ------------------------------------------------------------
    def _in_plan(self, block: Block) -> bool:
        """A table the plan stage read as an action plan: its rows-as-recommendations come
        from the plan (plan_recommendations), not read a second time here."""
        return any(
            c.kind == "plan" and c.line_start <= block.line_start <= c.line_end for c in self.ctx.claims
        )

    def _table_items(self, block: Block, mode: str, source: int) -> list[_Item]:
        """A table whose header names a recommendation column ("Agency | Recommendation",
        "No. | Recommendation | Lead agency"): one record per row; an agency cell printed only
        on an agency's first row holds for the rows under it; a number printed at the start of
        the recommendation cell is its ref."""
        table = block.table
        if table is None or len(table.rows) < 2:
            return []
        roles = self._table_roles(table)
        if "recommendation" not in roles.values():
            return []
        level = "agency" if mode == "agency" or self._single_agency_table(block, roles) else "overview"
        items: list[_Item] = []
        agency: str | None = None
        for row in table.rows[1:]:
            cells = row.texts
            cell = {role: self._clean(cells[k]) if k < len(cells) else "" for k, role in roles.items()}
            if cell.get("agency"):
                agency = cell["agency"]
            text, ref = cell.get("recommendation", ""), cell.get("ref") or None
            if not text:
                continue
            m = re.match(r"^\(?(\d{1,2}(?:\.\d{1,2})?|[a-h]|[ivx]{1,4})[.)]\s+(?=\S)", text)
            if m:
                ref, text = ref or m.group(1), text[m.end() :]
            if items and not ref and not cell.get("agency") and text[:1].islower():
                items[-1].lines.append(text)  # the cell's text carried on to the next row
                continue
            piece = Block(
                kind="paragraph",
                text=text,
                line_start=row.line_start,
                line_end=row.line_end,
                page=row.page,
                lines=list(range(row.line_start, row.line_end + 1)),
                section=block.section,
            )
            items.append(
                _Item(
                    blocks=[piece],
                    lines=[text],
                    ref=refs.display_ref(ref),
                    level=level,
                    agency=agency,
                    source=source,
                )
            )
        if items:
            self._hold(block, "recommendations table")
        return items

    def _single_agency_table(self, block: Block, roles: dict[int, str]) -> bool:
        """In a recommendations chapter, a table of single-agency recommendations: introduced as
        such, or keyed by agency with recommendations that name no actor ("Review the ...")."""
        k = self.blocks.index(block)
        intro = next((b for b in reversed(self.blocks[max(0, k - 3) : k]) if b.kind != "table"), None)
        if intro is not None and any(p.search(intro.text) for p in self.rx.agency_section):
            return True
        if "agency" not in roles.values():
            return False
        col = next(i for i, r in roles.items() if r == "recommendation")
        texts = [r.texts[col] for r in block.table.rows[1:] if col < len(r.texts) and r.texts[col].strip()]
        unnamed = sum(1 for t in texts if not self._standalone(re.sub(r"^\W*\w{1,4}[.)]\s+", "", t)))
        return bool(texts) and unnamed > len(texts) / 2

    def _table_roles(self, table) -> dict[int, str]:
        """Column index -> "agency" | "recommendation" | "ref", from the header row and, for a
        number column, what its cells hold."""
        header = table.rows[0].texts
        roles: dict[int, str] = {}
        for k, name in enumerate(header):
            name = self._clean(name)
            if self.rx.table_recommendation.match(name) and "recommendation" not in roles.values():
                roles[k] = "recommendation"
            elif self.rx.table_agency.match(name) and "agency" not in roles.values():
                roles[k] = "agency"
            elif self.rx.table_ref.match(name) and all(
                len(r.texts[k].strip()) <= 6 for r in table.rows[1:] if k < len(r.texts)
            ):
                roles[k] = "ref"
        return roles

    # -- unlabelled overview lists ------------------------------------------------------------
    def _overview_list(self, i: int, regions) -> tuple[list[_Item], int]:
        """A recommendations section with no labels: each numbered paragraph or top-level
        bullet that recommends is one recommendation (sub-bullets stay inside)."""
        b = self.blocks[i]
        source, addressee = regions[i][1], regions[i][2]
        text = b.text.strip()
        mk = lambda blocks, lines, ref=None: _Item(
            blocks=blocks,
            lines=lines,
            ref=ref,  # noqa: E731
            parent_ref=ref.split(".")[0] if ref and "." in ref else None,
            level="overview",
            source=source,
            actor_text=addressee,
        )
        intro = b.kind == "heading" and b.level >= 4 and text.endswith(":")  # "The panel recommends that:"
        if (
            (b.kind == "heading" and not intro)
            or any(p.search(text) for p in self.rx.not_rec)
            or self.rx.is_stop(text)
        ):
            return [], i + 1
        following = self._following_bullets(i, regions) if b.kind == "paragraph" or intro else []
        if b.kind == "bullet" and refs.marker_ref(b.marker) and text.endswith(":"):
            # "c) The Trust should:" and the plain bullets under it (their indent may be lost)
            following = [x for x in self._following_bullets(i, regions)]
            following = following[
                : next((k for k, x in enumerate(following) if refs.marker_ref(x.marker)), len(following))
            ]
        if following and text.endswith(":"):
            if re.search(r"\brecommend", text, re.I):
                addressee = rec_lead_in.addressee(text, following, self.actors, self.ctx.patterns)
                if re.search(r"\brecommends?\s+that\s*:?\s*$", text, re.I) or addressee:
                    # "The panel recommends that:" then one recommendation per bullet, whatever its verb
                    self._hold(b, "introduction to a list of recommendations")
                    items = []
                    for x in following:
                        if x.level > 0 and items:
                            self._append_block(items[-1], x)
                        else:
                            items.append(mk([x], [self._clean(x.text)], ref=self._list_ref(x)))
                            items[-1].agency = addressee  # "... recommends that the Board:" "a) seeks ..."
                    return items, i + 1 + len(following)
                return [], i + 1  # "The review makes the following recommendations:"
            lines = [self._clean(text)] + [self._render(x) for x in following]
            return [mk([b] + following, lines, ref=self._list_ref(b))], i + 1 + len(following)
        listed = (b.kind == "paragraph" and b.number and "." not in b.number) or (
            b.kind == "bullet" and refs.marker_ref(b.marker)
        )
        if (
            b.kind in ("paragraph", "bullet")
            and b.level == 0
            and (self.rx.recommending.search(text) or (listed and self._standalone(text)))
        ):
            # (a listed item naming its actor needs no cue word: "3. The Trust reviews ...")
            blocks, lines = [b], [self._clean(text)]
            k = i + 1
            while k < len(self.blocks) and self.blocks[k].kind == "bullet" and self.blocks[k].level > b.level:
                blocks.append(self.blocks[k])
                lines.append(self._render(self.blocks[k]))
                k += 1
            return [mk(blocks, lines, ref=self._list_ref(b))], k
        return [], i + 1

    @staticmethod
    def _list_ref(b: Block) -> str | None:
        if b.kind == "bullet":
            return refs.marker_ref(b.marker)
        return refs.display_ref(b.number) if b.number else None

    def _summary_list(self, i: int, source: int) -> tuple[list[_Item], int]:
        """The list after "The review makes four recommendations:" in a summary: numbered
        paragraphs or bullets, each a restatement of an overview recommendation."""
        items: list[_Item] = []
        k = i + 1
        while k < len(self.blocks):
            b = self.blocks[k]
            if b.kind == "bullet" and b.level > 0 and items:
                self._append_block(items[-1], b)
            elif b.kind == "bullet" or (
                b.kind == "paragraph" and b.number and "." not in b.number and int(b.number) == len(items) + 1
            ):
                m = self.rx.label_match(b.text, False)
                ref = refs.display_ref(m.ref) if m and m.ref else self._list_ref(b)
                text = self._clean(m.rest if m else b.text)
                items.append(
                    _Item(
                        blocks=[b],
                        lines=[text],
                        ref=ref,
                        parent_ref=refs.parent_of(ref),
                        level="overview",
                        source=source,
                    )
                )
            else:
                break
            k += 1
        return items, k

    # -- an agency's own list in the narrative ------------------------------------------------
    def _self_list(self, i: int, mode: str, source: int) -> tuple[list[_Item], int]:
        intro = self.blocks[i]
        bullets = self._following_bullets(i, [(mode, source, None)] * len(self.blocks))
        agency = self._section_title(intro.section)
        items = [
            _Item(blocks=[x], lines=[self._clean(x.text)], level="agency", agency=agency, source=source)
            for x in bullets
        ]
        return items, i + 1 + len(bullets)

    @staticmethod
    def _section_title(section: Section | None) -> str | None:
        while section is not None and section.level >= 5:
            section = section.parent
        return section.title if section is not None and section.level > 0 else None

    def _loc(self, blocks: list[Block]) -> Location:
        start = min(b.line_start for b in blocks)
        end = max(b.line_end for b in blocks)
        section = blocks[0].section
        while section is not None and section.level >= 5:
            section = section.parent
        heading = section.heading if section is not None and section.level > 0 else None
        return location_of(self.doc, start, end, section=heading, page=blocks[0].page)

    # exposed for _fold_formal / _finish
    def to_record(self, item: _Item) -> Recommendation:
        loc = self._loc(item.blocks)
        agency_printed = item.agency
        if item.level == "overview" and not item.agency:
            agency_printed = self.actors.find(item.text)
            if item.actor_text and (not agency_printed or _GENERIC.fullmatch(agency_printed)):
                # "The Trust should ..." under the heading "MARLOW VALE HOSTELS TRUST", or a
                # sub-item under its lead-in "The Trust should:"
                agency_printed = self.actors.find(item.actor_text) or (
                    item.actor_text if self.actors.is_body(item.actor_text) else agency_printed
                )
        agency_printed = self._full_name(agency_printed)
        return Recommendation(
            id="",
            ref=item.ref,
            parent_ref=item.parent_ref,
            level=item.level,
            agency=self._canonical(agency_printed),
            agency_printed=agency_printed,
            title=item.title,
            text=item.text,
            outcome=item.outcome,
            location=loc,
        )

    def _full_name(self, printed: str | None) -> str | None:
        """ "The Board" / "the Partnership" as the full name the document gives that body."""
        if not printed:
            return printed
        m = self.rx.short_names.match(printed)
        if not m:
            return printed
        full = self._names_by_noun().get(m.group("noun").split()[-1].lower())
        # only a name that says more ("Kestrelford Safeguarding Adults Board" for "the Board")
        return full if full and len(full.split()) > len(m.group("noun").split()) else printed

    def _names_by_noun(self) -> dict[str, str]:
        """Last word ("board") -> the body's full name: the first such name on the title page
        (its first lines), else the one the document prints most often."""
        if self._names is None:
            self._names = {}
            pattern = re.compile(
                r"\b(?:[A-Z][A-Za-z’'&-]*\s+(?:(?:and|of|for|&)\s+)?){1,6}(Board|Partnership|Panel)\b"
            )
            counts: dict[str, dict[str, int]] = {}
            first: dict[str, str] = {}
            # (running heads count: they often print the commissioning body's name)
            content = [ln.text or ln.raw for ln in self.doc.lines if (ln.text or ln.raw or "").strip()]
            for k, line in enumerate(content):
                for mm in pattern.finditer(line):
                    name = re.sub(r"^(?:The|A|An|This|That|Each|Every|Our)\s+", "", mm.group(0)).strip()
                    if len(name.split()) < 2:
                        continue
                    noun = mm.group(1).lower()
                    counts.setdefault(noun, {})
                    counts[noun][name] = counts[noun].get(name, 0) + 1
                    if k < 40:
                        first.setdefault(noun, name)
            for noun, names in counts.items():
                self._names[noun] = first.get(noun) or max(names, key=names.get)
        return self._names

    def _canonical(self, printed: str | None) -> str | None:
        """Abbreviations are expanded; any other printed name is kept verbatim."""
        if not printed:
            return None
        if re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", printed) and printed[:2].isupper():
            return self.gaz.canonical(printed)
        return printed

    def records(self, items: list[_Item]) -> list[Recommendation]:
        return [self.to_record(it) for it in items]
