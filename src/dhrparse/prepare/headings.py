"""Which lines are headings: one the reader saw styled as a heading, a numbered heading
next in the heading numbering, a label ("Recommendation 2"), a line set bold, and a short
line that stands apart from the paragraphs around it."""

from __future__ import annotations

import re

from dhrparse.document import Block, Line
from dhrparse.prepare.block_cues import BlockCues
from dhrparse.prepare.layout import SENTENCE_END, Layout
from dhrparse.prepare.numbering import Numbering, parts
from dhrparse.sentence_ends import RUNNING_TEXT_END as _CLAUSE_END
from dhrparse.vocab.date_search import YEAR

_YEAR = re.compile(rf"\b{YEAR}\b")
# a year in a line's middle with the next column's capitalised words after it ("... Millbrook
# 30/06/2024 Tenants leave Amber"): a plan row's target date among its cells, printed a few
# words a column
_DATE_AMONG_CELLS = re.compile(rf"\b{YEAR}\s+[A-Z][a-z]*\s+\S")
_FILLED_LINE = 50  # a subject wrapped at a page's width, not at a narrow table cell's
MODAL = re.compile(r"\b(?:should|must|shall|will|needs?\s+to|is\s+to|are\s+to)\b", re.I)


def is_upper_title(text: str) -> bool:
    """Five letters or more, all capitals ("CHRONOLOGY", "TERMS OF REFERENCE")."""
    if text.isascii():
        # every ASCII letter has a case, so the text's own test is the letters' (and most
        # lines fail it at their first small letter)
        return text.isupper() and sum(map(str.isalpha, text)) >= 5
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 5 and all(c.isupper() for c in letters)


# words a heading's title cannot end on: the title goes on to the next line
_TITLE_JOINERS = frozenset({"the", "of", "and", "for", "to", "in", "on", "with", "a", "an", "by", "from"})


# a sentence finished inside a line and another begun after it ("Four recommendations follow.
# The single-agency recommendations of the ..."): a paragraph's line, however short and apart
# it stands; a number or a label before the stop ("10. Recommendations", "Part B. Agency
# recommendations") is no sentence
_SENTENCE_INSIDE = re.compile(r"^(?:\S+\s+){2,}\S*[a-z]{2}[.!?]\s+\S")


def _holds_a_sentence(text: str) -> bool:
    return _SENTENCE_INSIDE.search(text) is not None


def _text(line: Line | None) -> str:
    return line.text.strip() if line is not None else ""


class Headings:
    def __init__(self, cues: BlockCues, layout: Layout, numbering: Numbering):
        self.cues, self.layout, self.numbering = cues, layout, numbering
        self.contents: set[str] = set()  # the titles the contents page lists, as _listed compares them

    def note_contents_line(self, text: str) -> None:
        """A contents line read: its title, so a heading wrapped where the contents prints it
        whole is known by it."""
        self.contents.add(_comparable(_without_page_number(text)))

    def _listed(self, title: str) -> bool:
        return bool(self.contents) and _comparable(title) in self.contents

    def styled(self, ln: Line, text: str, nxt: Line | None = None) -> Block:
        """A line the reader saw styled as a heading (Word style, PDF font size): trusted
        over the layout, and its number counts in the heading numbering. Its title's last word
        or two printed on the next line in the same style is read with it where the contents
        page lists the title whole."""
        level = int(ln.hint.split(":")[1] or 1)
        m = self.cues.numbered_heading.match(text)
        number = m.group("number") if m else None
        title = m.group("title") if m else text
        lines = [ln]
        if nxt is not None and nxt.hint == ln.hint and self._listed(f"{text} {_text(nxt)}"):
            tail = self._title_tail(title, _text(nxt), listed=True)
            if tail is not None:
                title, lines = f"{title} {tail}", [ln, nxt]
        if number:
            self.numbering.headings.append(parts(number))
        return Block.of_lines("heading", title, lines, number=number, level=min(level, 4))

    def _name_tail(self, text: str, nxt_text: str) -> str | None:
        """The end of a label's addressee named after a dash and wrapped at the page's width onto
        the next line ("Recommendation 3 – Kelbridge Police and Probation Board for Northern" /
        "Ireland"): a few capitalised words, no sentence, under a line that ran to the width."""
        if not (self.layout.wrapped and len(text) >= 0.75 * self.layout.width and _dash_addressee(text)):
            return None
        return nxt_text if _NAME_WORDS.match(nxt_text) and nxt_text[:1].isupper() else None

    def plain(
        self, ln: Line, text: str, nxt: Line | None, prev_open: bool, before: Line | None = None
    ) -> Block | None:
        """An unnumbered heading: a label, a named section, a year, a capitalised title or a
        short line standing apart, never one the sentence before runs into. `before`: the
        line printed before it."""
        cues = self.cues
        nxt_text = _text(nxt)
        if (
            not prev_open
            and cues.labels.search(text)
            and len(text) <= 160
            and not text[0].islower()
            and not cues.goes_on(nxt_text)
        ):
            tail = _bracket_tail(text, nxt_text) or self._name_tail(text, nxt_text)
            if tail is not None and nxt is not None:
                return Block.of_lines("heading", f"{text} {tail}", [ln, nxt], level=5)
            return Block.of_lines("heading", text, [ln], level=5)
        if not cues.heading_sized(text) or cues.field_line.match(text):
            return None
        if cues.named.search(text) and not text.endswith(","):
            return Block.of_lines("heading", text.rstrip(":").strip(), [ln], level=1)
        if cues.numbered_heading.match(text):
            return None
        if cues.year_heading.match(text) and not prev_open:
            return Block.of_lines("heading", text.rstrip(": "), [ln], level=4)
        if prev_open or cues.goes_on(nxt_text) or text[0].islower() or cues.starts_block(text):
            return None
        if is_upper_title(text) and len(text.split()) <= 12 and not text.endswith("."):
            if " " not in text and (
                text in cues.agency_abbreviations
                or before is not None
                and cues.date_alone(before.text)
                or cues.code_alone(text)
            ):
                # an agency's abbreviation ("MARAC"), or one printed after a date alone: a
                # table's agency cell, printed a cell a line; a recommendation's code
                # ("R-PROB-01"): a code column's cell
                return None
            return Block.of_lines("heading", text, [ln], level=1)
        if cues.plain_words.search(text):
            return Block.of_lines("heading", text, [ln], level=4)
        if MODAL.search(text) and (text.endswith(":") or not SENTENCE_END.search(text)):
            # a lead-in sentence ("The Trust should:") before its list, or a sentence's first line
            # wrapped before a name's second word ("... guidance to Community" / "Safety Partnerships")
            return None
        if self.stands_apart(text, nxt):
            return Block.of_lines("heading", text, [ln], level=4)
        return None

    def stands_apart(self, text: str, nxt: Line | None) -> bool:
        """A short title-like line whose next line opens something new, and no lead-in sentence
        to a list ("The Trust should:")."""
        # (a line closing a bracket it did not open, "Centre)", ends a table cell's name wrapped
        # from the line above: no title)
        return (
            text.count(")") <= text.count("(")
            and len(text.split()) <= 10
            and len(text) <= 90
            and not _CLAUSE_END.search(text)
            and not _holds_a_sentence(text)
            and text[0].isupper()
            and nxt is not None
            and self._next_starts_new(_text(nxt))
            and not self.cues.lead_in_sentence.search(text)
        )

    def bold(self, ln: Line, text: str, nxt: Line | None) -> Block | None:
        """A short line the reader saw set bold throughout is a subheading (or a label such
        as "Recommendation 2"), whatever the layout around it: PDFs print subheadings at the
        body size, so only the weight tells them from a line of the paragraph before."""
        cues = self.cues
        if not text or text[0].islower() or cues.goes_on(_text(nxt)) or cues.starts_block(text):
            return None
        heading = self.plain(ln, text, nxt, False)
        if heading is not None:
            return heading
        if not cues.heading_sized(text) or _CLAUSE_END.search(text):
            return None
        return Block.of_lines("heading", text.strip(), [ln], level=4)

    def numbered(self, ln: Line, text: str, nxt: Line | None) -> Block | None:
        """A numbered heading ("4. CHRONOLOGY"): heading-shaped and next in the heading
        numbering, which is what tells it from a numbered paragraph."""
        m = self.cues.numbered_heading.match(text)
        if not m or not self.cues.heading_sized(text):
            return None
        nxt_text = _text(nxt)
        tail = self._title_tail(m.group("title"), nxt_text, self._listed(f"{text} {nxt_text}"))
        if self.cues.goes_on(nxt_text) and tail is None:
            return None
        number, title = m.group("number"), m.group("title") + (f" {tail}" if tail else "")
        numbers = parts(number)
        upper = is_upper_title(title)
        known = bool(self.cues.known_sections.search(title))
        if not upper and (
            self._reads_as_sentence(title, numbers, nxt_text)
            or self._subject_runs_on(text, nxt, numbers)
            or self._row_runs_on(title, numbers)
        ):
            return None
        fits = self.numbering.heading_fits(numbers, upper or known)
        if (
            (fits or upper or (known and len(numbers) == 1))
            and not title.rstrip().endswith((",", ";"))
            and (upper or len(title.split()) <= 12)
            and (upper or not self.layout.wrapped or len(text) < 0.85 * self.layout.width)
        ):
            self.numbering.headings.append(numbers)
            lines = [ln, nxt] if tail and nxt is not None else [ln]
            return Block.of_lines("heading", title.strip(), lines, number=number, level=len(numbers))
        return None

    def _subject_runs_on(self, text: str, nxt: Line | None, numbers: tuple[int, ...]) -> bool:
        """A numbered paragraph whose subject fills the line and whose verb opens the next line of
        the same paragraph ("7.1 The Partnership and the Safeguarding Adults" / "Board should agree
        ..."): a recommendation set with its number beside it, not a heading. In a narrow cell
        the subject fills a short line: there the number carrying on the numbered paragraphs
        just before it ("1.", "2.", then "3. Marsh Vale NHS" / "Foundation Trust should") tells."""
        if (
            nxt is None
            or (nxt.hint and nxt.hint != "bullet")
            or SENTENCE_END.search(text)
            or MODAL.search(text)
        ):
            return False
        nxt_text = nxt.text.strip()
        verb = MODAL.search(nxt_text)
        return (
            verb is not None
            and len(nxt_text[: verb.start()].split()) <= 3
            and self.layout.wrapped
            and (len(text) >= max(_FILLED_LINE, 0.6 * self.layout.width) or self.numbering.runs_on(numbers))
        )

    def _row_runs_on(self, title: str, numbers: tuple[int, ...]) -> bool:
        """A plan table's row printed with its cells interleaved a few words a column, its number
        first ("2 Millbrook Local Pilot a safety Millbrook 30/06/2024 Tenants leave"): the number
        carries on the run of numbered rows before it (1, then 2) and the line runs on past the
        row's date into the next column's words. A heading neither carries on a run of numbered
        paragraphs nor has a date in its middle followed by a new column's capital."""
        return len(numbers) == 1 and self.numbering.runs_on(numbers) and bool(_DATE_AMONG_CELLS.search(title))

    def _title_tail(self, title: str, nxt_text: str, listed: bool = False) -> str | None:
        """The last word or two of a numbered heading's title wrapped onto the next line
        ("2. Crynodeb / Summary of the" then "circumstances"): lower case, unpunctuated, and
        the title before it unfinished (ending on a joining word), or listed whole on the
        contents page (a two-language title wraps after any word: "... / Crynodeb o
        ddigwyddiadau" then "allweddol")."""
        words = nxt_text.split()
        if not 0 < len(words) <= 2 or not nxt_text[:1].islower() or nxt_text[-1:] in ".,;:!?":
            return None
        last = title.split()[-1:] or [""]
        return nxt_text if listed or last[0].lower() in _TITLE_JOINERS else None

    def _reads_as_sentence(self, title: str, numbers: tuple[int, ...], nxt_text: str) -> bool:
        """A numbered line that is a paragraph, not a heading: a long sentence, a dated
        sentence, or the first of a run of numbered sentences ("2.1 ...", "2.2 ...")."""
        words = len(title.split())
        ends = title.rstrip().endswith(".")
        if title.rstrip().endswith(":") and MODAL.search(title):
            return True  # "2 The Health Board should ensure that staff:" opens its list
        if ends and (words >= 9 or _YEAR.search(title) or self.cues.sentence_words.search(title)):
            return True
        if ends and self.numbering.runs_on(numbers):
            return True  # the next sentence of a run of numbered paragraphs
        nxt = self.cues.paragraph_number.match(nxt_text)
        if nxt:
            sibling = numbers[:-1] + (numbers[-1] + 1,)
            rest = nxt_text[nxt.end() :]
            if parts(nxt.group("number")) == sibling and (
                len(rest.split()) > 12 or rest.rstrip().endswith(".")
            ):
                return True
        return False

    def _next_starts_new(self, nxt_text: str) -> bool:
        if not nxt_text or self.cues.goes_on(nxt_text):
            return False
        if not self.layout.wrapped:
            return True
        return (
            self.cues.starts_block(nxt_text)
            or len(nxt_text) >= 0.6 * self.layout.width
            or bool(self.cues.labels.search(nxt_text))
            or bool(self.cues.period_heading.match(nxt_text))  # ("Chronology" over "Period 1: 2017 to 2018")
        )


def _without_page_number(text: str) -> str:
    """A contents line's title: without its page number and the dot leaders (or tab) before it.
    (Stripped from the end rather than searched for, so a long run of dots costs one pass.)"""
    printed = text.rstrip()
    body = printed.rstrip("0123456789")
    if not 0 < len(printed) - len(body) <= 4:
        return text
    title = body.rstrip(" .…·_\t")
    return title if len(body) - len(title) >= 2 or body.endswith("\t") else text


def _comparable(title: str) -> str:
    return " ".join(title.replace("\t", " ").split()).casefold()


def _dash_addressee(text: str) -> bool:
    """A label naming whom it is for after a dash: "Recommendation 3 – Kelbridge Police"."""
    return bool(_DASH_ADDRESSEE.search(text))


_DASH_ADDRESSEE = re.compile(r"^\S+(?:\s+\S+){0,2}\s+[–—-]\s+[A-Z]")
_NAME_WORDS = re.compile(r"^(?:[A-Z][\w’'&-]*|and|of|for|the)(?:\s+(?:[A-Z][\w’'&-]*|and|of|for|the)){0,3}$")


def _bracket_tail(text: str, nxt_text: str) -> str | None:
    """The end of a label's bracketed addressee wrapped onto the next line ("Recommendation L3
    (Fellbridge Housing Association and the District" / "Council)"): a short line closing the
    bracket the label left open."""
    if text.count("(") <= text.count(")") or not nxt_text.endswith(")"):
        return None
    if nxt_text.count(")") <= nxt_text.count("(") or len(nxt_text.split()) > 8:
        return None
    return nxt_text
