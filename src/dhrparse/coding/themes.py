"""Themes of a recommendation: what it asks someone to do, coded as ../shared/THEMES.md.

Each theme has weighted cue words (patterns/themes.toml). A cue counts in full when it
is in the action asked for, at part weight in a purpose or context clause or a later
sentence, and little (or, for client-group themes, not at all) in the addressee: "GP
practices should record who accompanies a patient" is about recording, not about GPs.
The themes kept are the ones scoring near the top, most central first, with the cue
words that decided each as evidence; a recommendation no cue reaches is "other".

`code_recommendations` is the pipeline step: themes and scope for every recommendation
once the extractors have run (scope reads the plan rows linked to each recommendation).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dhrparse.coding.asks import ADDRESSEE, CORE, LATER, TITLE, Ask, Grammar
from dhrparse.coding.scope import ScopeReader
from dhrparse.coding.sectors import ServiceSectors
from dhrparse.coding.vocabulary import Cue, Vocabulary
from dhrparse.coding.zones import Zone, zones
from dhrparse.models import Action, Recommendation, Review, ThemeEvidence
from dhrparse.patterns import Patterns

__all__ = ["Cue", "Vocabulary", "ThemeCoder", "code_recommendations", "theme_counts", "theme_order"]

OTHER = "other"


@dataclass(frozen=True)
class Hit:
    """One cue found: its weighted score, the words, and where (part index, span). `cue`
    is the cue's own weight before the zone's; `mention` marks a cue that only names the
    subject ("policy", "the public") rather than the thing asked for ("review its policy")."""

    weight: float
    words: str
    part: int
    start: int
    end: int
    role: str
    purpose: bool = False
    cue: float = 0.0
    mention: bool = False


@dataclass
class Score:
    theme: str
    value: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    forced: bool = False

    @property
    def first_at(self) -> tuple[int, int]:
        return min(((h.part, h.start) for h in self.hits), default=(10**6, 0))

    def in_action(self) -> bool:
        """Found in what is asked for, not only in purpose or context clauses."""
        return any(h.role in (CORE, LATER, TITLE) for h in self.hits)

    def for_whom(self) -> bool:
        """Found in the action or in the description of whom it is for ("...anyone who has
        self-harmed"), not only in why it is asked ("...in order to safeguard children")."""
        return any(not h.purpose and h.role != ADDRESSEE for h in self.hits)

    def asked_for(self, least_cue: float) -> bool:
        """Evidence that this theme is itself asked for, enough to stand beside a more
        central one: a cue of some strength, outside the addressee, that does more than
        name the subject in passing ("audit the use of its policy" is not a policy ask)."""
        return any(h.role != ADDRESSEE and not h.mention and h.cue >= least_cue for h in self.hits)

    def cues(self) -> list[str]:
        seen: dict[str, None] = {}
        for hit in sorted(self.hits, key=lambda h: -h.weight):
            seen.setdefault(hit.words, None)
        return list(seen)


@dataclass
class Coding:
    themes: list[str]
    evidence: list[ThemeEvidence]
    ask: Ask


class ThemeCoder:
    def __init__(self, patterns: Patterns):
        self.vocabulary = Vocabulary.of(patterns)
        self.grammar = Grammar.of(patterns)
        self.sectors = ServiceSectors.of(patterns)

    def code(self, text: str, *, title: str | None = None, addressee_hint: str | None = None) -> Coding:
        ask = self.grammar.read(text, title=title, addressee_hint=addressee_hint)
        scores = self.score(ask)
        chosen = self.choose(scores)
        evidence = [ThemeEvidence(theme=t, cues=scores[t].cues()) for t in chosen if t in scores]
        return Coding(themes=chosen, evidence=evidence, ask=ask)

    def score(self, ask: Ask) -> dict[str, Score]:
        vocab = self.vocabulary
        parts = zones(ask, vocab)
        # a cue none of whose words is in the recommendation (or in a part of it) cannot match there
        present = set().union(*(z.words for z in parts))
        scores: dict[str, Score] = {}
        for cue in vocab.lookup(vocab.cues).possible(present):
            score = scores.get(cue.theme) or scores.setdefault(cue.theme, Score(cue.theme))
            hit = self._best_hit(cue, parts, score.hits, masked=cue.theme in vocab.masked)
            if hit is None:
                continue
            score.hits.append(hit)
            score.forced |= cue.always and hit.role in (CORE, LATER, TITLE, ADDRESSEE)
        # each further cue of a theme adds less: one theme named many ways must not drown the
        # second thing a recommendation asks for
        decay = vocab.setting("cue_decay", 0.6)
        for score in scores.values():
            weights = sorted((h.weight for h in score.hits), reverse=True)
            score.value = sum(w * decay**i for i, w in enumerate(weights))
        for cue in vocab.lookup(vocab.negatives).possible(present):
            hit = self._best_hit(cue, parts, [])
            if hit is not None and scores.get(cue.theme):
                scores[cue.theme].value -= hit.weight
        self._add_own_clients(ask, scores)
        return {t: s for t, s in scores.items() if s.hits}

    def _add_own_clients(self, ask: Ask, scores: dict[str, Score]) -> None:
        """A service for a client group asked to change what it does with its own clients
        ("Key workers to explore with clients whether...", agency: a recovery service): the
        clients named in the ask count as a cue of the service's client group."""
        themes = self.sectors.of_addressee(ask.addressee_hint, ask.addressee)
        parts = [(p.text, p.role != ADDRESSEE and not p.purpose) for p in ask.parts]
        decay = self.vocabulary.setting("cue_decay", 0.6)
        for mention in self.sectors.client_mentions(themes, parts):
            part = ask.parts[mention.part]
            weight = self.vocabulary.zone_weights.get(part.role, 0.0) * self.sectors.weight
            score = scores.setdefault(mention.theme, Score(mention.theme))
            score.value += weight * decay ** len(score.hits)
            score.hits.append(
                Hit(
                    weight,
                    mention.words,
                    mention.part,
                    mention.start,
                    mention.end,
                    part.role,
                    part.purpose,
                    self.sectors.weight,
                )
            )

    def _best_hit(self, cue: Cue, parts: list[Zone], taken: list[Hit], masked: bool = False) -> Hit | None:
        """The cue where it counts most, in words no stronger cue of the theme has counted
        (`masked`: read with organisation names blanked out). A part lacking the cue's
        words is skipped."""
        best = None
        client = cue.theme in self.vocabulary.client_groups
        for zone in parts:
            weight = (zone.client_weight if client else zone.weight) * cue.weight
            if weight <= 0 or (best is not None and weight <= best.weight):
                continue
            if not cue.may_be_in(zone.words):
                continue
            text = zone.masked if masked else zone.text
            for m in cue.finditer(text, zone.plain):
                start, end = m.span()
                if not _overlaps_any(taken, zone.index, start, end):
                    part = zone.part
                    words = _whole_words(text, start, end)
                    best = Hit(
                        weight,
                        words,
                        zone.index,
                        start,
                        end,
                        part.role,
                        part.purpose,
                        cue.weight,
                        cue.mention,
                    )
                    break
        return best

    def choose(self, scores: dict[str, Score]) -> list[str]:
        vocab = self.vocabulary
        least, share = vocab.setting("min_score", 1.5), vocab.setting("relative", 0.34)
        most = int(vocab.setting("max_themes", 3))
        # a client group is a theme when the action itself is for that group, not a purpose
        # clause ("...in order to better safeguard children")
        eligible = [
            s
            for s in scores.values()
            if s.value >= least and (s.theme not in vocab.client_groups or s.for_whom())
        ]
        ranked = sorted(eligible, key=lambda s: (-s.value, s.first_at))
        if not ranked:
            return [OTHER]
        top = ranked[0].value
        tail_share = max(share, vocab.setting("tail_relative", share))
        # a code beside the most central one needs its own evidence of being asked for, not
        # a passing mention of its subject inside another ask
        least_cue = vocab.setting("secondary_cue", 0.0)
        chosen = [ranked[0].theme] + [
            s.theme
            for s in ranked[1:]
            if s.value >= (share if s.in_action() else tail_share) * top and s.asked_for(least_cue)
        ]
        chosen = chosen[:most]
        for s in ranked:
            if s.forced and s.theme not in chosen:
                chosen = chosen[: most - 1] + [s.theme]
        # "other" names what no listed theme covers: beside a listed theme it must be central
        if (
            OTHER in chosen
            and chosen[0] != OTHER
            and scores[OTHER].value < vocab.setting("other_relative", 0.8) * top
        ):
            chosen.remove(OTHER)
        return chosen


def _overlaps_any(taken: list[Hit], part: int, start: int, end: int) -> bool:
    """Whether words at `start`:`end` of a part were already counted by a hit in `taken` (the
    same part, spans sharing a character); asked before a Hit is built for the match."""
    return any(t.part == part and start < t.end and t.start < end for t in taken)


def _whole_words(text: str, start: int, end: int) -> str:
    """The matched words, widened to whole words, as evidence an analyst can read."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return " ".join(text[start:end].split())


def code_recommendations(
    recommendations: list[Recommendation],
    actions: Iterable[Action],
    review: Review | None,
    patterns: Patterns,
) -> None:
    """Pipeline step: themes, their evidence and the scope of every recommendation.

    A report states most recommendations more than once (the summary, the body, the action
    plan, an appendix), so each distinct wording under each heading is read once, and its
    scope worked out once for each set of plan rows it is linked to. Every recommendation
    gets its own lists: one record's themes are never another's."""
    coder = patterns.derived("themes.coder", ThemeCoder)
    scopes = ScopeReader.of(patterns)
    rows = _rows_by_recommendation(actions)
    area = review.area if review is not None else None
    codings: dict[tuple[str, str | None, str | None], Coding] = {}
    scoped: dict[tuple, str | None] = {}
    for rec in recommendations:
        hint = rec.agency_printed or rec.agency
        wording = (rec.text, rec.title, hint)
        coding = codings.get(wording)
        if coding is None:
            coding = codings[wording] = coder.code(rec.text, title=rec.title, addressee_hint=hint)
        rec.themes = list(coding.themes)
        rec.theme_evidence = [ThemeEvidence(theme=e.theme, cues=list(e.cues)) for e in coding.evidence]
        linked = rows.get(rec.id, [])
        leads, printed = tuple(a.lead for a in linked), tuple(a.scope for a in linked)
        placed = (wording, rec.agency_printed, rec.agency, leads, printed)
        if placed not in scoped:
            scoped[placed] = scopes.scope(
                coding.ask,
                addressees=[rec.agency_printed, rec.agency],
                leads=list(leads),
                printed=list(printed),
                area=area,
            )
        rec.scope = scoped[placed]


def _rows_by_recommendation(actions: Iterable[Action]) -> dict[str, list[Action]]:
    """The plan rows linked to each recommendation, by its id."""
    rows: dict[str, list[Action]] = {}
    for action in actions:
        if action.recommendation_id:
            rows.setdefault(action.recommendation_id, []).append(action)
    return rows


SCOPE_COLUMNS = ("national", "regional", "local", "none")


def theme_counts(
    recommendations: Iterable[Recommendation], order: Iterable[str] = ()
) -> list[dict[str, object]]:
    """One row per theme (every code in `order`, zeros too, so tables line up): how many
    recommendations carry it, by scope. A recommendation with two themes counts once under
    each; the last row counts recommendations."""
    rows: dict[str, dict[str, object]] = {}
    total = {"theme": "all recommendations", **{c: 0 for c in SCOPE_COLUMNS}, "total": 0}
    for theme in order:
        rows[theme] = {"theme": theme, **{c: 0 for c in SCOPE_COLUMNS}, "total": 0}
    for rec in recommendations:
        column = rec.scope or "none"
        for theme in rec.themes or [OTHER]:
            row = rows.setdefault(theme, {"theme": theme, **{c: 0 for c in SCOPE_COLUMNS}, "total": 0})
            row[column] += 1
            row["total"] += 1
        total[column] += 1
        total["total"] += 1
    return list(rows.values()) + [total]


def theme_order(patterns: Patterns) -> list[str]:
    """Theme codes in the order patterns/themes.toml lists them."""
    return list((patterns.get("themes.theme", {}) or {}).keys())
