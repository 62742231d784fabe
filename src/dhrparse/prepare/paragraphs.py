"""Paragraphs and list items, and the lines that carry them on: a wrapped line, a piece
after a page break or footnote that starts in lower case or follows an unfinished
sentence, a number wrapped to a line's start."""

from __future__ import annotations

import re

from dhrparse.document import Block, Line
from dhrparse.prepare.block_cues import BlockCues
from dhrparse.prepare.layout import SENTENCE_END, Layout
from dhrparse.prepare.numbering import Numbering, parts
from dhrparse.sentence_ends import CLOSED_LINE_END as _TERMINAL
from dhrparse.sentence_ends import RUNNING_TEXT_END as _CLAUSE_END
from dhrparse.vocab.hyphens import HYPHENATED, hyphen_kept

# a line this much of the page's width with room for the next line's first word was not
# wrapped (lines' lengths in characters vary with the letters' widths, so the room asked for
# is well clear of the page's width)
_ROOM = 0.75
# "10.1.10" alone on a line reads as a date (10 January 2010) but is a paragraph's number too long
# for its hanging indent: its paragraph's text follows, so it ends nothing
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?")


class Paragraphs:
    def __init__(self, cues: BlockCues, layout: Layout, numbering: Numbering):
        self.cues, self.layout, self.numbering = cues, layout, numbering

    def ended(self, last_line: Line) -> bool:
        """Has this paragraph visibly ended (so a following capitalised line starts a new one)?"""
        text = last_line.text.strip()
        if not self.layout.wrapped:
            return True
        if not SENTENCE_END.search(text):
            # a wrapped paragraph's inner lines run to the page width; a short line that
            # is not a sentence's end stands alone (a title, an agency name, a list item, a date
            # signed under a statement)
            return (
                len(text) < 0.5 * self.layout.width
                and len(text.split()) <= 8
                and (
                    text[:1].isupper() or self.cues.date_alone(text) and not _PARAGRAPH_NUMBER.fullmatch(text)
                )
            )
        return len(text) < 0.8 * self.layout.width

    def left_room(self, last_line: Line, following: str, room: float = _ROOM) -> bool:
        """Would the next line's first word have fitted on this line (so it was not wrapped)?
        Told only in text with a blank line after every line: where blank lines part the
        paragraphs, a short line without one is a narrow cell's."""
        words = following.split()
        return (
            self.layout.spaced
            and bool(words)
            and len(last_line.text.strip()) + 1 + len(words[0]) < room * self.layout.width
        )

    def continues(self, cur: Block, last: Line | None, text: str) -> bool:
        if cur.kind not in ("paragraph", "bullet") or last is None:
            return False
        bullet = self.cues.bullet.match(text)
        if bullet and cur.kind == "paragraph":
            rest = text[bullet.end() :]
            if rest[:1].islower() and not _TERMINAL.search(cur.text) and bullet.group("marker") in "-–—":
                return True
        if text[0].islower() and not bullet:
            return True
        if not self.layout.wrapped or self.ended(last) or self.cues.label_after_addressee(last.text, text):
            return False
        if SENTENCE_END.search(last.text) and self._opens_item(text):
            return False  # after a full stop, a labelled item ("R2 ...", "Recommendation 3"), an addressee line or an appendix heading
        num = self.cues.paragraph_number.match(text)
        if num:
            if text[num.end() :][:1].islower() and re.match(r"\d+\s", text):
                return True  # a number wrapped to the line start ("... Adult / 1 discovered")
            return not self.numbering.para_fits(parts(num.group("number")))
        return not bullet

    def _opens_item(self, text: str) -> bool:
        cues = self.cues
        return bool(
            cues.label_start.match(text)
            or cues.opens_on_dotted_label(text)
            or cues.addressee_line.match(text)
            or (
                cues.named.search(text)
                and len(text) < 0.75 * self.layout.width
                and not _CLAUSE_END.search(text)
            )
        )

    def append(self, block: Block, ln: Line, text: str) -> None:
        """Join a line to its paragraph; a word hyphenated over the break is joined again
        unless its first part keeps its hyphen ("co-", "non-", "A-")."""
        if (
            block.text.endswith("-")
            and len(block.text) > 1
            and block.text[-2].isalpha()
            and text[:1].isalpha()
        ):
            prefix = HYPHENATED.search(block.text)
            keep = prefix and hyphen_kept(prefix.group(1), text, self.cues.keep_hyphen_prefixes)
            block.text = block.text + text if keep else block.text[:-1] + text
        else:
            block.text = f"{block.text} {text}"
        block.line_end = ln.number
        block.lines.append(ln.number)

    def start(self, ln: Line, text: str) -> Block:
        """A new numbered paragraph, list item or plain paragraph."""
        m = self.cues.paragraph_number.match(text)
        if m:
            self.numbering.last_para = parts(m.group("number"))
            return Block.of_lines("paragraph", text[m.end() :].strip(), [ln], number=m.group("number"))
        b = self.cues.bullet.match(ln.text)
        if b or (ln.hint == "bullet"):
            indent = len(b.group("indent")) if b else 0
            body = ln.text[b.end() :].strip() if b else text
            return Block.of_lines(
                "bullet",
                body,
                [ln],
                level=1 if indent >= 2 or (ln.hint or "").endswith(":1") else 0,
                marker=b.group("marker") if b else "•",
            )
        return Block.of_lines("paragraph", text, [ln])
