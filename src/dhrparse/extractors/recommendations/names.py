"""The names a document gives the bodies its recommendations are made to: "the Board" as
the full name the report prints for it, abbreviations expanded."""

from __future__ import annotations

import re

from dhrparse.document import SourceDocument
from dhrparse.vocab.agencies import Gazetteer

# a body's full name: a few capitalised words ending on the kind of body it is
_FULL_NAME = re.compile(
    r"\b(?:[A-Z][A-Za-z’'&-]*\s+(?:(?:and|of|for|&)\s+)?){1,6}(Board|Partnership|Panel)\b"
)
_TITLE_PAGE_LINES = 40


class BodyNames:
    def __init__(self, doc: SourceDocument, vocab, gazetteer: Gazetteer):
        self.doc = doc
        self.vocab = vocab
        self.gaz = gazetteer
        self._by_noun: dict[str, str] | None = None  # body's last word -> its full name

    def full_name(self, printed: str | None) -> str | None:
        """ "The Board" / "the Partnership" as the full name the document gives that body."""
        if not printed:
            return printed
        m = self.vocab.short_names.match(printed)
        if not m:
            return printed
        full = self.by_noun().get(m.group("noun").split()[-1].lower())
        # only a name that says more ("Kestrelford Safeguarding Adults Board" for "the Board")
        return full if full and len(full.split()) > len(m.group("noun").split()) else printed

    def by_noun(self) -> dict[str, str]:
        """Last word ("board") -> the body's full name: the first such name on the title page
        (its first lines), else the one the document prints most often."""
        if self._by_noun is None:
            counts: dict[str, dict[str, int]] = {}
            first: dict[str, str] = {}
            # (running heads count: they often print the commissioning body's name)
            content = [ln.text or ln.raw for ln in self.doc.lines if (ln.text or ln.raw or "").strip()]
            for k, line in enumerate(content):
                for mm in _FULL_NAME.finditer(line):
                    name = re.sub(r"^(?:The|A|An|This|That|Each|Every|Our)\s+", "", mm.group(0)).strip()
                    if len(name.split()) < 2:
                        continue
                    noun = mm.group(1).lower()
                    counts.setdefault(noun, {})
                    counts[noun][name] = counts[noun].get(name, 0) + 1
                    if k < _TITLE_PAGE_LINES:
                        first.setdefault(noun, name)
            self._by_noun = {
                noun: first.get(noun) or max(names, key=names.get) for noun, names in counts.items()
            }
        return self._by_noun

    def canonical(self, printed: str | None) -> str | None:
        """Abbreviations are expanded; any other printed name is kept verbatim."""
        if not printed:
            return None
        if re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", printed) and printed[:2].isupper():
            return self.gaz.canonical(printed)
        return printed
