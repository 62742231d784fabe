"""Who must act on a recommendation, as printed.

Overview recommendations name their actor in a few regular ways: the subject before a
modal or a present-tense verb ("The police should produce...", "X Partnership shares this
report..."), the agent of a passive ("should be established by X and Y"), or, when a passive
names nobody, the bodies a relationship is "between". The cue words live in
patterns/recommendations.toml ([actor]); agencies.py decides what counts as a body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhrparse.patterns import Patterns
from dhrparse.vocab.agencies import Gazetteer
from dhrparse.vocab.alternation import expression_alternation

_ABBR = re.compile(r"\b[A-Z]{2,}[a-z]?\b")


def _alt(items: list[str]) -> str:
    return expression_alternation(sorted(items, key=len, reverse=True))


@dataclass(frozen=True)
class _ActorWords:
    """The cue words of patterns/recommendations.toml [actor], compiled once per Patterns."""

    cue: re.Pattern  # a modal or present-tense verb after the subject
    lead: re.Pattern  # words before the subject ("It is recommended that ...")
    passive: re.Pattern
    agent: re.Pattern  # "by X"
    relation: re.Pattern  # "between X and Y"
    stop: re.Pattern  # where a noun phrase ends
    body_nouns: frozenset
    imperatives: frozenset  # imperative openings ("Ensure ...", "Review ...") have no subject
    modal: re.Pattern  # a modal right after the subject
    mandative: re.Pattern  # "It is recommended that": the verb after its subject is bare ("X develop")
    connectors: frozenset  # small words inside a proper name ("and", "of")
    person_titles: frozenset

    @classmethod
    def of(cls, p: Patterns) -> _ActorWords:
        return p.derived("recommendations.actor_words", cls.load)

    @classmethod
    def load(cls, p: Patterns) -> _ActorWords:
        modals = p.list("recommendations.actor.modals")
        verbs = p.list("recommendations.actor.verbs")
        return cls(
            cue=re.compile(rf"\s(?:{_alt(modals)}|{_alt(verbs)})(?=[\s,:])", re.I),
            lead=re.compile(rf"^\s*(?:(?:{_alt(p.list('recommendations.actor.lead_in'))})\s+)+", re.I),
            passive=re.compile(p.get("recommendations.actor.passive", r"(?!x)x"), re.I),
            agent=re.compile(
                rf"\b(?:{_alt(p.list('recommendations.actor.agent_prepositions'))})\s+(?P<np>\S.*)",
                re.I | re.S,
            ),
            relation=re.compile(
                rf"\b(?:{_alt(p.list('recommendations.actor.relation_prepositions'))})\s+(?P<np>\S.*)",
                re.I | re.S,
            ),
            # a stop word is looked for from the start of a run of spaces only (linear on long runs)
            stop=re.compile(
                rf"(?<!\s)\s++(?:{_alt(p.list('recommendations.actor.stops'))})\b|[,;:.()\n]", re.I
            ),
            body_nouns=frozenset(w.lower() for w in p.list("recommendations.actor.body_nouns")),
            modal=re.compile(rf"\s(?:{_alt(modals)})\s", re.I),
            mandative=re.compile(
                rf"^\s*(?:{_alt(p.list('recommendations.actor.mandative_lead_in'))})\s+", re.I
            ),
            connectors=frozenset(w.lower() for w in p.list("recommendations.actor.name_connectors")),
            person_titles=frozenset(w.lower() for w in p.list("recommendations.actor.person_titles")),
            imperatives=frozenset(
                {v.lower()[:-1] for v in verbs if v.lower().endswith("s")}
                | {v.lower()[:-2] for v in verbs if v.lower().endswith("es")}
            ),
        )


@dataclass
class ActorFinder:
    patterns: Patterns
    gazetteer: Gazetteer | None = None

    def __post_init__(self) -> None:
        self.words = _ActorWords.of(self.patterns)

    # -- public ----------------------------------------------------------------------------
    def find(self, text: str) -> str | None:
        """The actor named in `text` (verbatim, trimmed), or None when none is named."""
        if not text or not text.strip():
            return None
        first = self._first_sentence(text)
        cue = self.words.cue.search(" " + first + " ")
        subject = None
        passive = False
        mandative = self._mandative_verb(first, cue.start() if cue else len(first) + 1)
        if mandative:
            subject, passive = mandative
        elif cue:
            subject = self.words.lead.sub("", first[: max(0, cue.start() - 1)]).strip(" -–•\t")
            after = first[max(0, cue.start() - 1) :]
            passive = bool(
                self.words.passive.match(after.split(None, 1)[1] if len(after.split(None, 1)) > 1 else "")
            )
            if not passive:
                passive = bool(re.match(r"\A\s*+\S++\s++(?:\w+ly\s++)?(?:be|being|been)\b", after, re.I))
        if subject and not passive and self.is_body(subject) and len(subject.split()) <= 25:
            return self._tidy(subject)
        if cue and subject and not passive and self._named_body(subject, first[cue.start() - 1 :]):
            return self._tidy(subject)
        # passive (or a subject that is not a body): the agent "by X" anywhere in the text
        for m in self.words.agent.finditer(text):
            np = self._noun_phrase(m.group("np"))
            if np and self.is_body(np):
                return np
        if passive or (subject and not self.is_body(subject)):
            scope = subject if subject else first
            for source in (scope, first):
                m = self.words.relation.search(source)
                if m:
                    np = self._noun_phrase(m.group("np"))
                    if np and self.is_body(np):
                        return np
        return None

    def _mandative_verb(self, first: str, cue_at: int) -> tuple[str, bool] | None:
        """After "It is recommended that" the verb is bare: "that the Child and Family Agency
        develop ...", "that a protocol be agreed between ...". The subject and whether the
        clause is passive, where a bare verb (or "be") follows a body, or "be" follows the
        subject, before any modal or present-tense cue; None for any other sentence."""
        lead = self.words.mandative.match(first)
        if not lead:
            return None
        for m in re.finditer(r"[A-Za-z]+", first[lead.end() : max(lead.end(), cue_at - 1)]):
            word = m.group(0).lower()
            if word != "be" and word not in self.words.imperatives:
                continue
            subject = self.words.lead.sub("", first[: lead.end() + m.start()]).strip(" -–•\t")
            if not subject:
                continue
            if word == "be":
                return subject, True
            if self.is_body(subject):
                return subject, False
        return None

    def is_body(self, phrase: str) -> bool:
        words = re.findall(r"[A-Za-z][A-Za-z’']*", phrase)
        if not words or words[0].lower() in self.words.imperatives:
            return False
        if re.search(r"\b(?:is|are|was|were|has|have)\b", phrase, re.I):
            return False
        if any(w.lower() in self.words.body_nouns for w in words):
            return True
        letters = [c for c in phrase if c.isalpha()]
        if _ABBR.search(phrase) and not all(c.isupper() for c in letters):
            return True  # an abbreviation ("BSCB"), unless the whole phrase is in capitals
        if self.gazetteer is None:
            return False
        return bool(self.gazetteer.find(phrase) or self.gazetteer.find(phrase.title()))

    def _named_body(self, subject: str, after: str) -> bool:
        """A body the gazetteer lacks, by its form: a proper noun phrase before a modal
        ("Eskmere Talking Therapies should"), not a person ("Dr Amir Khan should")."""
        words = self._tidy(subject).split()
        if not 2 <= len(words) <= 8 or not self.words.modal.match(" " + after.lstrip() if after else ""):
            return False
        if words[0].lower().rstrip(".") in self.words.person_titles or any(
            "'" in w or "’" in w for w in words
        ):
            return False
        if not all(w[0].isupper() or w.lower() in self.words.connectors for w in words):
            return False
        if not words[0][0].isupper() or all(w.isupper() for w in words):
            return False
        return len(words) >= 3  # (two capitalised words are as often a person: "Sarah Jones")

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _first_sentence(text: str) -> str:
        line = text.strip().split("\n", 1)[0]
        m = re.search(r"(?<=[a-z0-9)’'])\.\s+(?=[A-Z])", line)
        return line[: m.start()] if m else line

    def _noun_phrase(self, text: str) -> str | None:
        m = self.words.stop.search(" " + text)
        np = (" " + text)[: m.start()] if m else " " + text
        np = self._tidy(np)
        if not np or len(np.split()) > 20:
            return None
        return np

    @staticmethod
    def _tidy(text: str) -> str:
        return " ".join(text.split()).strip(" ,;:.-–")
