"""A document as the recommendations parts read it: its blocks, the vocabulary, who acts,
and the judgements every part makes of a block's text (is it a title, a heading, a
recommendation that stands on its own)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import pairwise

from dhrparse.document import Block, Section, SourceDocument
from dhrparse.extractors.recommendations import series_words
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.names import BodyNames
from dhrparse.extractors.recommendations.sub_refs import printed_sub_refs
from dhrparse.extractors.recommendations.vocabulary import Label, Vocabulary
from dhrparse.ledger import Ledger, location_of
from dhrparse.models import Location
from dhrparse.plan.unread_plans import header_lines
from dhrparse.prepare.markup import flatten
from dhrparse.vocab import refs
from dhrparse.vocab.actors import ActorFinder
from dhrparse.vocab.agencies import gazetteer_for

_UNREAD = object()  # (a text whose label is not read yet; None is the answer "no label")


class Reading:
    def __init__(self, doc: SourceDocument, ctx: Ledger):
        self.doc = doc
        self.ctx = ctx
        self.vocab = Vocabulary.of(ctx.patterns)
        self.gaz = gazetteer_for(doc, ctx.patterns)
        self.actors = ActorFinder(ctx.patterns, self.gaz)
        self.names = BodyNames(doc, self.vocab, self.gaz, ctx.patterns)
        self.lines = doc.first_lines()
        self.blocks = [b for b in doc.blocks if b.kind != "toc"]
        self._starts: list[int] | dict[int, list[int]] | None = None  # blocks' first lines (`position`)
        self.series: frozenset = frozenset()  # code prefixes this document numbers a series with
        # the whole numbers its recommendations chapter's paragraphs print
        self.numbered: frozenset = frozenset()
        self.agency_held: dict[int, str | None] = {}  # region -> agency heading in force
        self.closing_lists: set[int] = set()  # regions opened by an agency's closing line (closing_lists)
        self._sub_refs: frozenset[str] | None = None  # "2(a)" refs printed alone (sub_refs)
        self._clashing_series: frozenset[str] | None = None  # "National 1" / "Local 1" (series_words)
        self._labels: dict[tuple[str, bool, frozenset], Label | None] = {}  # (see `label_match`)
        self._plan_headers: list[int] | None = None  # printed plan headers' lines (`plan_headers`)
        self.plan_codes: set[int] = set()  # lines of a plan row's code read as its row's (plan_code_rows)

    def sub_refs(self) -> frozenset[str]:
        if self._sub_refs is None:
            self._sub_refs = printed_sub_refs(self.doc)
        return self._sub_refs

    def plan_headers(self) -> list[int]:
        """The lines of the plan headers the document prints (plan.unread_plans), found once."""
        if self._plan_headers is None:
            self._plan_headers = header_lines(self.doc, self.ctx.patterns)
        return self._plan_headers

    def clashing_series(self) -> frozenset[str]:
        if self._clashing_series is None:
            self._clashing_series = series_words.clashing_series(self.blocks, self.vocab)
        return self._clashing_series

    # -- labels ---------------------------------------------------------------------------------
    def label_match(self, text: str, in_chapter: bool = True) -> Label | None:
        """The label opening `text`, read once per text, place and series: each part that reads a
        block asks again (a long report asks about each text six times over)."""
        key = (text, in_chapter, self.series, self.numbered)
        label = self._labels.get(key, _UNREAD)
        if label is _UNREAD:
            label = self._labels[key] = self.vocab.label_match(text, in_chapter, self.series, self.numbered)
        return label

    def near_label(self, i: int, reach: int = 12) -> bool:
        """Is block i printed among labelled recommendations (findings and learning points
        interleaved with them)?"""
        return any(
            b.kind in ("heading", "paragraph") and self.label_match(b.text, False)
            for b in self.blocks[max(0, i - reach) : i + reach]
        )

    def position(self, block: Block) -> int:
        """`blocks.index(block)`, asked only of the blocks starting on its first line (an equal
        block starts there too): `index` compares every block before it field by field."""
        for k in self._starting_on(block.line_start):
            if self.blocks[k] is block or self.blocks[k] == block:
                return k
        return self.blocks.index(block)  # (raises ValueError: no block is equal to it)

    def starting_on(self, line: int) -> Sequence[int]:
        """The blocks (indices) starting on `line`."""
        return self._starting_on(line)

    def _starting_on(self, line: int) -> Sequence[int]:
        """The indices of the blocks whose first line this is, in order. Blocks come in reading
        order, so their first lines ascend and one list of them, searched by bisect, finds
        these: a dict holding a list per block was most of a long report's peak in this stage
        (issue 17). Where they do not ascend, a dict of the first lines' blocks."""
        if self._starts is None:
            starts = [b.line_start for b in self.blocks]
            if all(a <= b for a, b in pairwise(starts)):
                self._starts = starts
            else:
                self._starts = {}
                for k, first in enumerate(starts):
                    self._starts.setdefault(first, []).append(k)
        if isinstance(self._starts, dict):
            return self._starts.get(line, ())
        lo = bisect.bisect_left(self._starts, line)
        return range(lo, bisect.bisect_right(self._starts, line, lo))

    # -- the ledger ---------------------------------------------------------------------------
    def hold(self, b: Block, why: str) -> None:
        self.ctx.consumed(b.lines or range(b.line_start, b.line_end + 1), why)

    def in_plan(self, block: Block) -> bool:
        """A table the plan stage read as an action plan: its rows-as-recommendations come
        from the plan (plan_recommendations), not read a second time here."""
        return any(
            c.kind == "plan" and c.line_start <= block.line_start <= c.line_end for c in self.ctx.claims
        )

    def before_plan(self, block: Block) -> str:
        """The block's words printed above an action plan the plan stage read that starts inside
        it: a lead-in set with no blank line above the plan's header runs on into the header's
        column names ("... Done, Under way or Not begun. No. The review recommends ..."). The
        whole text when no plan starts inside the block."""
        start = min(
            (
                c.line_start
                for c in self.ctx.claims
                if c.kind == "plan" and block.line_start < c.line_start <= block.line_end
            ),
            default=None,
        )
        if start is None:
            return block.text
        return " ".join(ln.text for ln in self.doc.lines_between(block.line_start, start - 1))

    def loc(self, blocks: list[Block]) -> Location:
        start = min(b.line_start for b in blocks)
        end = max(b.line_end for b in blocks)
        section = blocks[0].section
        while section is not None and section.level >= 5:
            section = section.parent
        heading = section.heading if section is not None and section.level > 0 else None
        return location_of(self.doc, start, end, section=heading, page=blocks[0].page)

    @staticmethod
    def section_title(section: Section | None) -> str | None:
        while section is not None and section.level >= 5:
            section = section.parent
        return section.title if section is not None and section.level > 0 else None

    # -- text as recorded -----------------------------------------------------------------------
    def clean(self, text: str) -> str:
        text = self.vocab.stop_inline.sub("", " " + flatten(text)).strip()
        return " ".join(text.split())

    def render(self, b: Block, marker: bool = True) -> str:
        text = self.clean(b.text)
        if b.kind == "bullet" and marker:
            printed = b.marker if refs.marker_ref(b.marker) else "-"  # "(ii)" and "b)" are kept
            return ("  " * b.level) + f"{printed} " + text
        return text

    def append_block(self, item: Item, b: Block) -> None:
        item.blocks.append(b)
        item.lines.append(self.render(b, marker=b.kind == "bullet"))

    @staticmethod
    def list_ref(b: Block) -> str | None:
        if b.kind == "bullet":
            return refs.marker_ref(b.marker)
        return refs.display_ref(b.number) if b.number else None

    def following_bullets(self, j: int, regions) -> list[Block]:
        out = []
        k = j + 1
        while k < len(self.blocks) and self.blocks[k].kind == "bullet" and regions[k][0] == regions[j][0]:
            out.append(self.blocks[k])
            k += 1
        return out

    def indent(self, b: Block) -> int:
        ln = self.lines.get(b.line_start)
        raw = ln.text if ln is not None else ""
        return len(raw) - len(raw.lstrip(" \t"))

    # -- judgements of a block's text ---------------------------------------------------------
    def standalone(self, text: str) -> bool:
        """A sentence that is a recommendation on its own: it opens on the body that must act."""
        t = " ".join(self.clean(text).split())
        if not t or not t[0].isupper():
            return False
        actor = self.actors.find(t)
        return bool(actor) and 0 <= t.lower().find(actor.lower()) <= 40

    def title_like(self, text: str) -> bool:
        words = text.split()
        if len(words) > 16 or re.search(r"[.;]\s*$", text):
            return False
        if text.rstrip().endswith(":") and self.vocab.recommending.search(text):
            return False  # a lead-in ("Recommendation 1: The Partnership should:"), not a title
        return not re.search(r"\b(?:should|must|to\s+\w+|will)\b", text, re.I) or len(words) <= 6

    def heading_like(self, b: Block) -> bool:
        text = b.text.strip()
        if b.kind == "heading":
            return True
        if b.kind != "paragraph" or b.number or not text or len(text.split()) > self.vocab.max_heading_words:
            return False
        if re.search(r"[.,;]\s*$", text) or not text[0].isupper():
            return False
        if text.endswith(":") and len(text.split()) > 8:
            return False
        words = [w for w in re.findall(r"[A-Za-z][\w’'&-]*", text) if len(w) > 3]
        caps = sum(1 for w in words if w[0].isupper())
        return bool(words) and caps >= 0.6 * len(words) and not self.vocab.recommending.search(text)
