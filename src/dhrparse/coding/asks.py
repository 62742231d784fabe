"""What a recommendation asks: who is asked, the action asked for, and its context.

Reviews word recommendations in a few shapes: "X should review its policy", "X to
develop a policy", "Ensure that staff are trained", "Training should be reviewed by X",
"That X reviews...". Reading the shape tells the addressee ("X") from the action (the
verb phrase and its object) and from the purpose or context clauses that follow ("in
order to...", "where...", "including..."). Themes are decided mostly by the action, scope
by the addressee. The grammar words live in patterns/themes.toml [grammar].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from dhrparse.coding.clause_markers import ClauseMarkers
from dhrparse.patterns import Patterns
from dhrparse.vocab.engines import Expression, PlainTexts, TextPattern

ADDRESSEE, CORE, TAIL, LATER, LATER_TAIL, TITLE = "addressee", "core", "tail", "later", "later_tail", "title"


@dataclass(frozen=True)
class Part:
    """A stretch of the recommendation and the role it plays in the ask. A tail is either
    a purpose ("in order to...", "to ensure...") or a description of what the action
    concerns ("...anyone who has self-harmed", "...where a child lives")."""

    role: str
    text: str
    purpose: bool = False


@dataclass
class Ask:
    parts: list[Part] = field(default_factory=list)
    # the agency the recommendation sits under, when known (a heading or a plan's column)
    addressee_hint: str | None = None

    def text_of(self, *roles: str) -> str:
        return " ".join(p.text for p in self.parts if p.role in roles)

    @property
    def addressee(self) -> str:
        return self.text_of(ADDRESSEE).strip()


class SentenceBreaks:
    """Where a recommendation's sentences and list items part. `re` splits at a fraction of
    the cost of `regex`, on texts both engines read alike (vocab.engines); an expression with
    groups, or a break found empty (where the engines' splits differ), is left to `regex`."""

    def __init__(self, source: str):
        self.expression = Expression(source, 0)
        self.plain_texts = PlainTexts()

    def split(self, text: str) -> list[str]:
        std = self.expression.std
        if std is None or std.groups or not self.plain_texts.plain(text):
            return self.expression.rx().split(text)
        pieces, last = [], 0
        for m in std.finditer(text):
            if m.start() == m.end():
                return self.expression.rx().split(text)
            pieces.append(text[last : m.start()])
            last = m.end()
        pieces.append(text[last:])
        return pieces


class Grammar:
    """The compiled [grammar] of patterns/themes.toml. Each expression is a `TextPattern`: `re`
    runs it over the texts both engines read alike, and `regex` compiles it only when a text
    (or an expression only `regex` reads) needs it, since `regex` compiles at several times
    the cost and every recommendation of a report is read with this grammar."""

    def __init__(self, patterns: Patterns):
        flags = regex.IGNORECASE
        self.directives = [TextPattern(s, flags) for s in patterns.list("themes.grammar.directive")]
        self.passive = TextPattern(patterns.get("themes.grammar.passive", r"^\s*be\b"), flags)
        self.passive_agent = TextPattern(patterns.get("themes.grammar.passive_agent", r"\bby\s+"), 0)
        self.tail = ClauseMarkers(patterns.list("themes.grammar.tail"), flags)
        self.imperative = TextPattern(patterns.get("themes.grammar.imperative", r"(?!x)x"), flags)
        self.sentence_break = SentenceBreaks(patterns.get("themes.grammar.sentence_break", r"(?<=[.;])\s+"))
        self.addressee_words = TextPattern(patterns.get("themes.grammar.addressee", r"(?!x)x"), flags)
        self.purpose = TextPattern(patterns.get("themes.grammar.purpose", r"(?!x)x"), flags)
        self.leading_context = TextPattern(patterns.get("themes.grammar.leading_context", r"(?!x)x"), flags)
        self.that_clause = TextPattern(patterns.get("themes.grammar.that_clause", r"(?!x)x"), flags)
        self.subject_clause = TextPattern(patterns.get("themes.grammar.subject_clause", r"(?!x)x"), flags)
        # addressee words: "GP", "LPU", acronyms are case-sensitive; the rest is not
        self.acronym = TextPattern(r"\b[A-Z]{2,6}s?\b", 0)
        # a body named by its proper name alone ("Coleg Teifion", "Brackley Foyer"), not a
        # title-case subject naming what is to change ("Domestic Abuse Training should...")
        self.subject_matter = TextPattern(patterns.get("themes.grammar.subject_matter", r"(?!x)x"), flags)
        self.proper_name = TextPattern(
            r"^\W*(?:The\s+)?(?:[A-Z][\w’\x27&.-]*\s+(?:(?:of|and|for|the|&|in)\s+)*){1,6}[A-Z][\w’\x27&.-]*\s*$",
            0,
        )

    @classmethod
    def of(cls, patterns: Patterns) -> Grammar:
        return patterns.derived("asks.grammar", cls)

    def read(self, text: str, *, title: str | None = None, addressee_hint: str | None = None) -> Ask:
        ask = Ask(addressee_hint=addressee_hint)
        if title:
            ask.parts.append(Part(TITLE, title))
        sentences = [
            s for s in self.sentence_break.split(" ".join(text.split()) if "\n" not in text else text) if s
        ]
        first, in_context_list = True, False
        for sentence in sentences:
            sentence = " ".join(sentence.split())
            if not sentence.strip(" -•*"):
                continue
            # the items of a list introduced by a purpose clause ("...to ensure that:") are
            # purposes too, until a sentence asks for something itself
            ends_in_purpose = self._read_sentence(sentence, ask, first, addressee_hint, in_context_list)
            if sentence.rstrip().endswith(":"):
                in_context_list = ends_in_purpose
            # a clause split off at "and to..." still belongs to the first sentence
            first = first and not sentence.rstrip().endswith((".", ";", ":", "!", "?"))
        return ask

    def looks_like_addressee(self, words: str) -> bool:
        return bool(
            self.addressee_words.search(words)
            or self.acronym.search(words)
            or (self.proper_name.match(words) and not self.subject_matter.search(words))
        )

    def _read_sentence(
        self, sentence: str, ask: Ask, first: bool, hint: str | None, in_context_list: bool
    ) -> bool:
        """Add the sentence's parts to `ask`; True when it ends in a purpose clause."""
        core_role, tail_role = (CORE, TAIL) if first else (LATER, LATER_TAIL)
        lead = self.leading_context.match(sentence)
        if lead:
            ask.parts.append(Part(tail_role, lead.group(0)))
            sentence = sentence[lead.end() :].strip()
        addressee, action, subject = "", sentence, ""
        imperative = self.imperative.match(sentence)
        directive = None if imperative else self._directive(sentence)
        # an item of a purpose list asks for something itself only with a modal verb or an imperative
        if (
            in_context_list
            and not imperative
            and (directive is None or directive.group(0).strip().lower() == "to")
        ):
            core_role = tail_role
            listed_purpose = True
        else:
            listed_purpose = False
        if directive is not None:
            before, after = sentence[: directive.start()], sentence[directive.end() :]
            if self.passive.match(after):
                # "Training should be reviewed by X": the subject is what is acted on
                agent = self.passive_agent.search(after)
                if agent:
                    addressee = _noun_phrase(after[agent.end() :])
                    after = after[: agent.start()] + " " + after[agent.end() + len(addressee) :]
                subject, action = before, after
            elif self.looks_like_addressee(before):
                addressee, action = before, after
            # else a subject that is no one ("Regular audits should track...") is part of the action
        elif hint:
            at = sentence.lower().find(hint.lower())
            if 0 <= at <= 12:
                addressee, action = sentence[: at + len(hint)], sentence[at + len(hint) :]
        if addressee.strip():
            ask.parts.append(Part(ADDRESSEE, addressee.strip()))
        cut = self._tail_start(action)
        if (subject + action[:cut]).strip():
            ask.parts.append(Part(core_role, (subject + " " + action[:cut]).strip(), purpose=listed_purpose))
        is_purpose = bool(self.purpose.match(action[cut:]))
        if action[cut:].strip():
            ask.parts.append(Part(tail_role, action[cut:].strip(), purpose=is_purpose))
        return is_purpose or core_role == tail_role

    def _directive(self, sentence: str):
        found = [
            m
            for rx in self.directives
            if (m := rx.search(sentence)) and self._has_subject(sentence[: m.start()], m.group(0))
        ]
        return min(found, key=lambda m: m.end()) if found else None

    def _has_subject(self, before: str, directive: str) -> bool:
        """For "X to <verb>": X is a subject, not a heading-like gerund ("Responding safely
        to...", though "Nursing staff to..." is one) nor the opening of a "That X reviews..."
        clause, whose verb is its own. A modal verb always has its subject before it."""
        words = before.split()
        if directive.strip().lower() != "to" or not words:
            return True
        first = words[0].strip("-•*(").lower()
        if first == "that":
            return False
        return not (first.endswith("ing") and len(first) > 5) or bool(self.addressee_words.search(before))

    def _tail_start(self, action: str) -> int:
        # a purpose clause in the first few words is part of the verb phrase ("to ensure that
        # staff are trained"): the tail starts at the first marker after some words of action.
        # "Ensure that" / "make sure that" only opens the clause saying what is asked, so its
        # words are not yet action for a clause that describes that clause's subject: in "make
        # sure that housing officers who visit ... record the reason", the clause describing
        # the officers comes before what they are to do
        opening = self.that_clause.match(action)
        for m in self.tail.finditer(action):
            describes = opening is not None and self.subject_clause.match(m.group(0))
            if len(action[opening.end() if describes else 0 : m.start()].split()) >= 3:
                return m.start()
        return len(action)


@cache
def _phrase_end() -> regex.Pattern:
    """Compiled when a passive ask first names its agent, not at import."""
    return regex.compile(
        r"\s(?:to|in|for|with|within|at|on|so|and\s+(?:should|to|must)|including|which|who|where|when)\s|[,.;:(]"
    )


def _noun_phrase(text: str) -> str:
    """The agent after "by": up to the next preposition or clause break."""
    m = _phrase_end().search(text)
    return text[: m.start()] if m else text
