"""The names a document gives the bodies its recommendations are made to: "the Board" or
"the Trust" as the full name the report prints for it, abbreviations expanded."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhrparse.document import FURNITURE, SourceDocument
from dhrparse.extractors.defined_names import defined_name
from dhrparse.patterns import Patterns
from dhrparse.vocab.agencies import Gazetteer
from dhrparse.vocab.alternation import literal_alternation

_TITLE_PAGE_LINES = 40
_LEADING = re.compile(r"^(?:The|A|An|This|That|Each|Every|Our|and|of|for|&)\s+")


@dataclass(frozen=True)
class _Kinds:
    """Each kind of body a short form names ("trust") and the words its full names end with."""

    endings: dict[str, str]  # "medical centre" -> "practice"
    full_name: re.Pattern  # a few capitalised words ending on one of the endings
    commissioning: frozenset  # kinds whose short form means the title page's body
    body_nouns: frozenset  # words a body's name ends with ("Police"): where a listed name ends

    @classmethod
    def of(cls, p: Patterns) -> _Kinds:
        return p.derived("recommendations.short_name_kinds", cls.load)

    @classmethod
    def load(cls, p: Patterns) -> _Kinds:
        kinds = p.get("recommendations.short_name_kinds") or {}
        endings = {e.lower(): kind for kind, words in kinds.items() for e in words}
        printed = {e for words in kinds.values() for e in words}  # as printed in a name: capitalised
        alt = literal_alternation(printed, longest_first=True)
        return cls(
            endings=endings,
            full_name=re.compile(
                rf"\b(?:[A-Z][A-Za-z’'&-]*\s+(?:(?:and|of|for|&)\s+)?){{1,6}}(?P<end>{alt})\b"
            ),
            commissioning=frozenset(p.list("recommendations.commissioning_nouns")),
            body_nouns=frozenset(w.lower() for w in p.list("recommendations.actor.body_nouns")),
        )

    def last_body(self, name: str) -> str:
        """The last body of a run of names joined by "and": "Wyndholm Police and Wyndholm
        Valley NHS Foundation Trust" -> the Trust (but "Brisworth and District NHS Trust" whole)."""
        pieces = re.split(r"(\s+(?:and|&)\s+)", name)  # names and the joiners between them
        for k in range(len(pieces) - 1, 1, -2):
            if pieces[k - 2].split()[-1].lower() in self.body_nouns:
                return "".join(pieces[k:])
        return name


class BodyNames:
    def __init__(self, doc: SourceDocument, vocab, gazetteer: Gazetteer, patterns: Patterns):
        self.doc = doc
        self.vocab = vocab
        self.gaz = gazetteer
        self.kinds = _Kinds.of(patterns)
        self.patterns = patterns
        self._by_kind: dict[str, str] | None = None  # kind ("trust") -> its full name

    def full_name(self, printed: str | None) -> str | None:
        """ "The Board" / "the Trust" as the full name the document gives that body."""
        if not printed:
            return printed
        # (a heading's addressee keeps the noun alone: "Recommendations for the Trust" -> "Trust")
        m = self.vocab.short_names.match(printed) or self.vocab.short_names.match(f"the {printed}")
        if not m:
            return printed
        noun = m.group("noun").split()[-1].lower()
        full = self.by_kind().get(self.kinds.endings.get(noun, noun))
        # only a name that says more ("Kestrelford Safeguarding Adults Board" for "the Board")
        return full if full and len(full.split()) > len(m.group("noun").split()) else printed

    def kind_of(self, printed: str) -> str | None:
        """The kind of body a short form names: "the practice" -> "practice"."""
        m = self.vocab.short_names.match(printed)
        return self.kinds.endings.get(m.group("noun").split()[-1].lower()) if m else None

    def named_instead(self, text: str, agency: str | None) -> str | None:
        """The body a sentence opening on a short form names when it is not the agency in
        force: "The Hub will ..." under a Trust's heading (the Hub's own heading lost in the
        export) is the document's "Westerleigh Carers' Hub"."""
        words = text.split(None, 2)
        opening = len(words) >= 2 and words[0].lower() == "the"
        kind = self.kind_of(f"the {words[1].strip(',;:.')}") if opening else None
        if kind is None or agency is None or self.is_kind(agency, kind):
            return None
        full = self.by_kind().get(kind)
        return full if full and not self.is_kind(agency, kind) else None

    def is_kind(self, name: str | None, kind: str) -> bool:
        """Does `name` name a body of that kind ("Marsh Lane Surgery" is a practice)?"""
        low = (name or "").lower()
        return any(
            k == kind and re.search(rf"\b{re.escape(e)}s?\b", low) for e, k in self.kinds.endings.items()
        )

    def by_kind(self) -> dict[str, str]:
        """Kind ("board") -> the body's full name: for a commissioning body the first such
        name on the title page (its first lines); else the one the document defines as
        "(the Trust)"; else the one it prints most often."""
        if self._by_kind is None:
            counts: dict[str, dict[str, int]] = {}
            first: dict[str, str] = {}
            defined: dict[str, str] = {}
            # (running heads count: they often print the commissioning body's name)
            printed = [ln for ln in self.doc.lines if (ln.text or ln.raw or "").strip()]
            for k, ln in enumerate(printed):
                line = ln.text or ln.raw
                for mm in self.kinds.full_name.finditer(line):
                    self._count(mm, line, k, counts, first, defined)
            running = self._running(printed)
            self._by_kind = {
                kind: (running.get(kind) or first.get(kind) if kind in self.kinds.commissioning else None)
                or defined.get(kind)
                or max(names, key=names.get)
                for kind, names in counts.items()
            }
        return self._by_kind

    def _running(self, printed: list) -> dict[str, str]:
        """Kind -> the body a running head or foot names on two pages or more: the body that
        publishes the review, its own board or partnership, even when the title page and the
        text never print its full name (a programme board the text names once is another body)."""
        pages: dict[tuple[str, str], set] = {}
        for ln in printed:
            if ln.kind != FURNITURE:
                continue
            for mm in self.kinds.full_name.finditer(ln.text or ln.raw):
                name, kind = self._name(mm)
                if kind is not None and len(name.split()) >= 2:
                    pages.setdefault((kind, name), set()).add(ln.page if ln.page is not None else ln.number)
        for text in self.doc.running:  # a Word document's headers and footers: on every page
            for mm in self.kinds.full_name.finditer(text):
                name, kind = self._name(mm)
                if kind is not None and len(name.split()) >= 2:
                    pages.setdefault((kind, name), set()).update(("every", "page"))
        out: dict[str, str] = {}
        for (kind, name), seen in sorted(pages.items(), key=lambda kv: -len(kv[1])):
            if len(seen) >= 2:
                out.setdefault(kind, name)
        return out

    def _name(self, mm: re.Match) -> tuple[str, str | None]:
        name = self.kinds.last_body(mm.group(0).strip())
        while _LEADING.match(name):
            name = _LEADING.sub("", name, count=1)
        return name, self.kinds.endings.get(mm.group("end").lower())

    def _count(self, mm: re.Match, line: str, k: int, counts, first, defined) -> None:
        name, kind = self._name(mm)
        if len(name.split()) < 2 or kind is None:
            return
        counts.setdefault(kind, {})
        counts[kind][name] = counts[kind].get(name, 0) + 1
        if k < _TITLE_PAGE_LINES:
            first.setdefault(kind, name)
        after = line[mm.end() : mm.end() + 30]
        if re.match(r"\s*\(\s*[“\"']?the\s+\w+[”\"']?\s*\)", after, re.I):
            defined.setdefault(kind, name)  # "Ravensett and Wyre NHS Foundation Trust (the Trust)"

    def canonical(self, printed: str | None) -> str | None:
        """A body's long name as the name the report defined for it; abbreviations expanded;
        any other printed name is kept verbatim."""
        if not printed:
            return None
        if defined := defined_name(self.doc, self.patterns, printed):
            return defined  # the name the report defined for the body and uses
        if re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", printed) and printed[:2].isupper():
            return self.gaz.canonical(printed)
        return printed
