"""Scope of a recommendation: national, regional, local, or none named.

As the Home Office action-plan template's "Scope of recommendation" column: a printed
Scope cell decides; otherwise the addressee does. A national body (patterns/scope.toml)
makes it national unless the addressee is that body's local unit (an NHS England area
team); wording that carries the action beyond the commissioning area ("across the
county", "Pan-Sussex", "regional") makes it regional; any other addressee is local; a
recommendation naming no addressee at all (no heading agency, no plan lead, a passive
"training should be reviewed") has no scope.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from dhrparse.coding.asks import ADDRESSEE, CORE, LATER, TITLE, Ask
from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import expression_alternation, literal_alternation
from dhrparse.vocab.engines import Expression, PlainTexts, TextPattern

NATIONAL, REGIONAL, LOCAL = "national", "regional", "local"

# An addressee worth the name: an organisation, a profession, or a named body (compiled by
# the reader, with `re` where it reads them as `regex` does, not by `regex` at import)
_ADDRESSEE_WORD = (
    r"\b(?:council|partnership|board|police|constabulary|force|service|services|trust|trusts|team|teams|practice|practices|"
    r"staff|officers?|agenc(?:y|ies)|partners|managers?|practitioners|professionals|commissioners?|nurses|midwives|"
    r"visitors|GPs?|clinicians|doctors|workers|government|department|ministry|authority|authorities|provider|"
    r"providers|MASH|MARAC|group|panel|committee|commission|college|unit|organisations?|hospital|school|schools|"
    r"probation|CCG|ICB|social\s+care|children'?’?s\s+services|housing|colleagues|chair|chairs|lead|leads)\b"
)
_PROPER = r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b|\b[A-Z]{2,}\b"


class ScopeReader:
    """The compiled patterns/scope.toml. Its expressions are `TextPattern`s and `Expression`s:
    `re` runs them over the texts both engines read alike, and `regex` (compiling at several
    times the cost) only where a text or an expression needs it."""

    def __init__(self, patterns: Patterns):
        self.printed_forms = [
            (value, TextPattern(patterns.get(f"scope.printed.{value}", r"(?!x)x"), regex.IGNORECASE))
            for value in (NATIONAL, REGIONAL, LOCAL)
        ]
        names = sorted(patterns.list("scope.national.names"), key=len, reverse=True)
        # the names of national bodies, run by `re` on names both engines read alike (vocab.engines)
        self.plain_texts = PlainTexts()
        self.addressee_word = Expression(_ADDRESSEE_WORD, regex.IGNORECASE)
        self.proper = Expression(_PROPER, 0)
        self.national_names = _alternation(names, regex.IGNORECASE)
        self.national_abbr = _alternation(patterns.list("scope.national.abbreviations"), 0)
        self.local_unit = TextPattern(patterns.get("scope.national.local_unit", r"(?!x)x"), 0)
        self.body_forms = [TextPattern(src, 0) for src in patterns.list("scope.national.body_forms")]
        self.national_text = _joined(patterns.list("scope.national.national_text"), regex.IGNORECASE)
        self.regional = _joined(patterns.list("scope.regional.cues"), regex.IGNORECASE)
        self.regional_cased = _joined(patterns.list("scope.regional.cues_cased"), 0)
        self.across_named = Expression(patterns.get("scope.regional.across_named", r"(?!x)x"), 0)
        self.multi_area = _joined(patterns.list("scope.regional.multi_area"), regex.IGNORECASE)
        # whether each name is a national body's: a report names the same agencies under every
        # recommendation and plan row (on the bench PDF 625 asks of 144 names)
        self._national: dict[str, bool] = {}

    @classmethod
    def of(cls, patterns: Patterns) -> ScopeReader:
        return patterns.derived("scope.reader", cls)

    def printed(self, cell: str | None) -> str | None:
        """The scope a printed Scope cell states ("Local", "Regional – West Midlands")."""
        if not cell:
            return None
        hits = [(m.start(), value) for value, rx in self.printed_forms if (m := rx.search(cell))]
        return min(hits)[1] if hits else None

    def scope(
        self,
        ask: Ask,
        *,
        addressees: Iterable[str | None],
        leads: Iterable[str | None] = (),
        printed: Iterable[str | None] = (),
        area: str | None = None,
    ) -> str | None:
        """`addressees`: the agency the recommendation is addressed to (its heading, or as the
        extractor found it); `leads`: the Lead cells of its plan rows; `printed`: their Scope cells."""
        for cell in printed:
            value = self.printed(cell)
            if value:
                return value
        named = [a for a in dict.fromkeys(a.strip() for a in addressees if a and a.strip())]
        spoken = ask.addressee
        if spoken and self._names_a_body(spoken):
            named.append(spoken)
        lead_names = [a.strip() for a in leads if a and a.strip()]
        asked = ask.text_of(ADDRESSEE, CORE, LATER, TITLE)
        if any(self._national_body(a) for a in named + lead_names) or self.national_text.search(asked):
            return NATIONAL
        # the reach is what the action says, not a lead officer's job title ("Regional Manager")
        if self._regional(ask.text_of(ADDRESSEE, CORE, TITLE), named, area):
            return REGIONAL
        return LOCAL if named or lead_names else None

    def _names_a_body(self, spoken: str) -> bool:
        plain = self.plain_texts.plain(spoken)
        return bool(
            self.addressee_word.search(spoken, plain)
            or self.proper.search(spoken, plain)
            or self._national_body(spoken)
        )

    def _national_body(self, name: str) -> bool:
        known = self._national.get(name)
        if known is None:
            known = self._national[name] = self._names_national_body(name)
        return known

    def _names_national_body(self, name: str) -> bool:
        plain = self.plain_texts.plain(name)
        m = self.national_names.search(name, plain) or self.national_abbr.search(name, plain)
        if not m and any(rx.search(name.strip()) for rx in self.body_forms):
            return not self.local_unit.search(name)
        # the body's local unit, named after it ("NHS England area team") or before it ("the
        # Tarrow area of the Child and Family Agency")
        return bool(m) and not (
            self.local_unit.search(name[m.end() :]) or self.local_unit.search(name[: m.start()])
        )

    def _regional(self, text: str, named: list[str], area: str | None) -> bool:
        said = " ".join([text] + named)
        if self.regional.search(said) or self.regional_cased.search(said):
            return True
        # "across Sussex" from a body that covers several partnerships reaches beyond this one
        if any(self.multi_area.search(a) for a in named):
            for m in self.across_named.finditer(text, self.plain_texts.plain(text)):
                place = m.group("name")
                if not area or (area.lower() not in place.lower() and place.lower() not in area.lower()):
                    return True
        return False


def _joined(sources: list[str], flags: int) -> TextPattern:
    """One alternation of the expressions, as `Patterns.joined` builds it, run by `re` where it can."""
    return TextPattern(expression_alternation(sources), flags)


def _alternation(terms: list[str], flags: int) -> Expression:
    if not terms:
        return Expression(r"(?!x)x", flags)
    body = literal_alternation(terms)
    return Expression(rf"(?<![\w-])(?:{body})(?![\w-])", flags)
