"""Segmentation: blocks (headings, paragraphs, bullets, tables, contents lines) and
the section tree.

Two text layouts are handled: "long-line" text where each paragraph is one line
(Word/HTML exports) and "wrapped" text where paragraphs are hard-wrapped at a page
width (PDF text layers), often with a blank line between every printed line. A
paragraph broken by a page break or footnote is rejoined when its next piece starts
in lower case or the paragraph had not ended.
"""
from __future__ import annotations

import re
import statistics

from dhrparse.document import TEXT, Block, Line, Section, SourceDocument, Table, Row, Cell
from dhrparse.patterns import Patterns

_TERMINAL = re.compile(r"[.!?:;”\"')\]]\s*$")
_CLAUSE_END = re.compile(r"[.,;]$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_HYPHENATED = re.compile(r"(?<![A-Za-z])([A-Za-z]++)-$")      # from a word's start: linear
_MODAL = re.compile(r"\b(?:should|must|shall|will|needs?\s+to|is\s+to|are\s+to)\b", re.I)
_LIST_MARKER = re.compile(r"^(?:\(?(?:[a-h]|[ivx]{1,4}|[A-H]|[IVX]{1,4})\)|(?:[a-h]|[ivx]{1,4}|[A-H]|[IVX]{1,4})\.|[•●▪◦‣⁃∙■➢]|\d{1,2}[.)])$")
_SENTENCE_END = re.compile(r"[.!?:]['’”\"]?\s*$")


class _Layout:
    def __init__(self, lines: list[Line]):
        lengths = [len(ln.text.strip()) for ln in lines if ln.kind == TEXT and not ln.cells]
        lengths = [n for n in lengths if n >= 20] or [0]
        self.width = statistics.quantiles(lengths, n=10)[8] if len(lengths) >= 10 else max(lengths)
        # hard-wrapped text: lines stop at a page width, most long ones mid-sentence
        long_lines = [ln.text.strip() for ln in lines
                      if ln.kind == TEXT and not ln.cells and len(ln.text.strip()) >= 0.6 * self.width]
        open_ended = sum(1 for t in long_lines if not _SENTENCE_END.search(t) and not t.endswith(";"))
        self.wrapped = 0 < self.width < 160 and (not long_lines or open_ended >= 0.3 * len(long_lines))


def segment(doc: SourceDocument, patterns: Patterns) -> SourceDocument:
    seg = _Segmenter(doc, patterns)
    doc.blocks = seg.run()
    doc.root = build_sections(doc.blocks, doc.lines)
    return doc


def _parts(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split(".") if p)


def _is_upper_title(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 5 and all(c.isupper() for c in letters)


class _Segmenter:
    def __init__(self, doc: SourceDocument, patterns: Patterns):
        self.doc = doc
        self.p = patterns
        self.content = [ln for ln in doc.lines if ln.kind == TEXT]
        self.layout = _Layout(self.content)
        self.numbered_heading = re.compile(patterns.get("headings.numbered"))
        # each list as one alternation: a text matches it exactly when it matches one of the list
        self._toc_searches = [p.search for p in patterns.regexes("headings.toc_line")]  # (one alternation is slower)
        self.named = patterns.joined("headings.named")
        self.known_sections = patterns.joined("headings.known_sections")
        self.bare_label = re.compile(patterns.get("headings.bare_label"), re.I)
        self.sentence_words = re.compile(patterns.get("headings.sentence_words"), re.I)
        self.year_heading = re.compile(patterns.get("headings.year_heading"))
        self.labels = patterns.joined("headings.labels")
        self.paragraph_number = re.compile(patterns.get("numbering.paragraph"))
        self.label_start = re.compile(patterns.get("numbering.label_start", r"(?!x)x"))
        self.bullet = re.compile(patterns.get("numbering.bullet"))
        self.max_words = int(patterns.get("headings.max_heading_words", 16))
        self.max_chars = int(patterns.get("headings.max_heading_chars", 110))
        self.headings_seen: list[tuple[int, ...]] = []
        self.last_para: tuple[int, ...] | None = None

    # -- helpers -------------------------------------------------------------------
    def _ended(self, block: Block, last_line: Line) -> bool:
        """Has this paragraph visibly ended (so a following capitalised line starts a new one)?"""
        text = last_line.text.strip()
        if not self.layout.wrapped:
            return True
        if not _SENTENCE_END.search(text):
            # a wrapped paragraph's inner lines run to the page width; a short line that
            # is not a sentence's end stands alone (a title, an agency name, a list item)
            return len(text) < 0.5 * self.layout.width and len(text.split()) <= 8 and text[:1].isupper()
        return len(text) < 0.8 * self.layout.width

    def _is_toc(self, text: str) -> bool:
        for search in self._toc_searches:
            if search(text):
                return True
        return False

    def _starts_block(self, text: str) -> bool:
        return bool(self.paragraph_number.match(text) or self.bullet.match(text))

    def _heading(self, ln: Line, text: str, nxt: Line | None, prev_open: bool) -> Block | None:
        words = len(text.split())
        if ln.hint and ln.hint.startswith("heading:"):
            level = int(ln.hint.split(":")[1] or 1)
            m = self.numbered_heading.match(text)
            number = m.group("number") if m else None
            title = m.group("title") if m else text
            return self._make("heading", title, [ln], number=number, level=min(level, 4))
        nxt_text0 = nxt.text.strip() if nxt is not None else ""
        if not prev_open and self.labels.search(text) and len(text) <= 160 \
                and not text[0].islower() and not self._goes_on(nxt_text0):
            return self._make("heading", text, [ln], level=5)
        if words > self.max_words or len(text) > self.max_chars:
            return None
        nxt_text = nxt.text.strip() if nxt is not None else ""
        continues = self._goes_on(nxt_text)
        if self.named.search(text) and not text.endswith(","):
            return self._make("heading", text.rstrip(":").strip(), [ln], level=1)
        if self.numbered_heading.match(text):
            return None
        if self.year_heading.match(text) and not prev_open:
            return self._make("heading", text.rstrip(": "), [ln], level=4)
        if prev_open or continues or text[0].islower() or self._starts_block(text):
            return None
        if _is_upper_title(text) and words <= 12 and not text.endswith("."):
            return self._make("heading", text, [ln], level=1)
        if _MODAL.search(text) and (text.endswith(":") or not _SENTENCE_END.search(text)):
            # a lead-in sentence ("The Trust should:") before its list, or a sentence's first line
            # wrapped before a name's second word ("... guidance to Community" / "Safety Partnerships")
            return None
        if words <= 10 and len(text) <= 90 and not _CLAUSE_END.search(text) and text[0].isupper() \
                and nxt is not None and self._next_starts_new(nxt_text):
            return self._make("heading", text, [ln], level=4)
        return None

    def _bold_heading(self, ln: Line, text: str, nxt: Line | None) -> Block | None:
        """A short line the reader saw set bold throughout is a subheading (or a label such
        as "Recommendation 2"), whatever the layout around it: PDFs print subheadings at the
        body size, so only the weight tells them from a line of the paragraph before."""
        nxt_text = nxt.text.strip() if nxt is not None else ""
        if not text or text[0].islower() or self._goes_on(nxt_text) or self._starts_block(text):
            return None
        heading = self._heading(ln, text, nxt, False)
        if heading is not None:
            return heading
        if len(text.split()) > self.max_words or len(text) > self.max_chars or _CLAUSE_END.search(text):
            return None
        return self._make("heading", text.strip(), [ln], level=4)

    def _numbered_heading(self, ln: Line, text: str, nxt: Line | None) -> Block | None:
        """A numbered heading ("4. CHRONOLOGY"): heading-shaped and next in the heading
        numbering, which is what tells it from a numbered paragraph."""
        m = self.numbered_heading.match(text)
        if not m or len(text) > self.max_chars or len(text.split()) > self.max_words:
            return None
        nxt_text = nxt.text.strip() if nxt is not None else ""
        if self._goes_on(nxt_text):
            return None
        number, title = m.group("number"), m.group("title")
        parts = _parts(number)
        upper = _is_upper_title(title)
        known = bool(self.known_sections.search(title))
        if not upper and self._reads_as_sentence(title, parts, nxt_text):
            return None
        fits = self._heading_number_fits(parts, upper or known)
        if (fits or upper or (known and len(parts) == 1)) and not title.rstrip().endswith((",", ";")) \
                and (upper or len(title.split()) <= 12) \
                and (upper or not self.layout.wrapped or len(text) < 0.85 * self.layout.width):
            self.headings_seen.append(parts)
            return self._make("heading", title.strip(), [ln], number=number, level=len(parts))
        return None

    def _reads_as_sentence(self, title: str, parts: tuple[int, ...], nxt_text: str) -> bool:
        """A numbered line that is a paragraph, not a heading: a long sentence, a dated
        sentence, or the first of a run of numbered sentences ("2.1 ...", "2.2 ...")."""
        words = len(title.split())
        ends = title.rstrip().endswith(".")
        if title.rstrip().endswith(":") and _MODAL.search(title):
            return True     # "2 The Health Board should ensure that staff:" opens its list
        if ends and (words >= 9 or _YEAR.search(title) or self.sentence_words.search(title)):
            return True
        if ends and self.last_para is not None and len(parts) == len(self.last_para) \
                and parts == self.last_para[:-1] + (self.last_para[-1] + 1,):
            return True     # the next sentence of a run of numbered paragraphs
        nxt = self.paragraph_number.match(nxt_text)
        if nxt:
            sibling = parts[:-1] + (parts[-1] + 1,)
            rest = nxt_text[nxt.end():]
            if _parts(nxt.group("number")) == sibling and (len(rest.split()) > 12 or rest.rstrip().endswith(".")):
                return True
        return False

    def _list_item_row(self, cells: list[str]) -> bool:
        """A list item set with a hanging indent ("a)" or "Recommendation 3" then a tab and
        its text), which a reader sees as two cells: the item, not a table row."""
        filled = [c.strip() for c in cells if c.strip()]
        if len(filled) != 2 or filled[0] != cells[0].strip():
            return False
        first = filled[0]
        label = self.label_start.match(first)
        return bool(_LIST_MARKER.match(first)) or bool(label and len(first) <= label.end() + 2)

    def _goes_on(self, nxt_text: str) -> bool:
        """Does the next line carry on the sentence (lower case), rather than open a list item
        that happens to start with a lower-case letter or numeral ("a) ...", "iv. ...")?"""
        return nxt_text[:1].islower() and not self.bullet.match(nxt_text)

    def _standalone_label(self, text: str) -> bool:
        """"Recommendation 2", "Learning Point 3:" alone on a line: a label even where the
        paragraph before it seems unfinished."""
        return bool(self.bare_label.match(text))

    def _next_starts_new(self, nxt_text: str) -> bool:
        if not nxt_text or self._goes_on(nxt_text):
            return False
        if not self.layout.wrapped:
            return True
        return self._starts_block(nxt_text) or len(nxt_text) >= 0.6 * self.layout.width \
            or bool(self.labels.search(nxt_text))

    def _heading_number_fits(self, parts: tuple[int, ...], upper: bool) -> bool:
        if not self.headings_seen:
            return parts[0] <= 3 and len(parts) <= 2
        last = self.headings_seen[-1]
        candidates = set()
        for depth in range(1, len(last) + 1):
            prefix = last[:depth - 1]
            candidates.add(prefix + (last[depth - 1] + 1,))
            if upper:
                candidates.add(prefix + (last[depth - 1] + 2,))
        candidates.add(last + (1,))
        return parts in candidates

    def _make(self, kind: str, text: str, lines: list[Line], **kw) -> Block:
        return Block(kind=kind, text=text, line_start=lines[0].number, line_end=lines[-1].number,
                     page=lines[0].page, lines=[ln.number for ln in lines], **kw)

    # -- main loop -------------------------------------------------------------------
    def run(self) -> list[Block]:
        blocks: list[Block] = []
        cur: Block | None = None
        cur_last: Line | None = None
        content = self.content
        for i, ln in enumerate(content):
            text = ln.text.strip()
            nxt = content[i + 1] if i + 1 < len(content) else None
            if self._is_toc(ln.text) and len(ln.cells or ()) <= 2:
                cur = None
                blocks.append(self._make("toc", text.replace("\t", " "), [ln]))
                continue
            if ln.cells and len(ln.cells) >= 2 and not self._list_item_row(ln.cells):
                cur = None
                self._add_table_row(blocks, ln)
                continue
            if ln.hint and ln.hint.startswith("heading:"):
                # the reader saw heading styling (Word style, PDF font size): trust it over layout
                hinted = self._heading(ln, text, nxt, False)
                if hinted is not None and hinted.number:
                    self.headings_seen.append(_parts(hinted.number))
                blocks.append(hinted)
                cur = None
                continue
            numbered = self._numbered_heading(ln, text, nxt)
            if numbered is not None:
                blocks.append(numbered)
                cur = None
                continue
            if cur is not None and self._standalone_label(text):
                blocks.append(self._make("heading", text, [ln], level=5))
                cur = None
                continue
            if ln.hint == "bold":
                bolded = self._bold_heading(ln, text, nxt)
                if bolded is not None:
                    blocks.append(bolded)
                    cur = None
                    continue
            if ln.hint == "para" and cur_last is not None and cur_last.page == ln.page:
                cur = None      # the reader saw paragraph spacing above this line (not a page top)
            if ln.hint == "title":
                cur = None      # the reader saw a title wrapped over two lines, set apart from the text
            if cur is not None and cur_last is not None and cur_last.page != ln.page \
                    and _SENTENCE_END.search(cur_last.text) and text[:1].isupper():
                cur = None      # a sentence ending at the foot of a page ends its paragraph
            if cur is not None and self._continues(cur, cur_last, text):
                self._append(cur, ln, text)
                cur_last = ln
                continue
            prev_open = cur is not None and cur_last is not None and not self._ended(cur, cur_last)
            heading = self._heading(ln, text, nxt, prev_open)
            if heading is not None:
                blocks.append(heading)
                cur = None
                continue
            cur = self._start_block(ln, text)
            cur_last = ln
            blocks.append(cur)
        return blocks

    def _continues(self, cur: Block, last: Line | None, text: str) -> bool:
        if cur.kind not in ("paragraph", "bullet") or last is None:
            return False
        first = text[0]
        bullet = self.bullet.match(text)
        if bullet and cur.kind == "paragraph":
            rest = text[bullet.end():]
            if rest[:1].islower() and not _TERMINAL.search(cur.text) and bullet.group("marker") in "-–—":
                return True
        if first.islower() and not bullet:
            return True
        if not self.layout.wrapped:
            return False
        if self._ended(cur, last):
            return False
        if _SENTENCE_END.search(last.text) and (self.label_start.match(text) or (
                self.named.search(text) and len(text) < 0.75 * self.layout.width and not _CLAUSE_END.search(text))):
            return False    # after a full stop, a labelled item ("R2 ...", "Recommendation 3") or an appendix heading
        num = self.paragraph_number.match(text)
        if num:
            if text[num.end():][:1].islower() and re.match(r"\d+\s", text):
                return True     # a number wrapped to the line start ("... Adult / 1 discovered")
            parts = _parts(num.group("number"))
            return not self._para_number_fits(parts)
        if bullet:
            return False
        return True

    def _para_number_fits(self, parts: tuple[int, ...]) -> bool:
        last = self.last_para
        if last is None:
            return True
        if len(parts) == 1 and len(last) >= 1 and parts[0] in (last[0] + 1, last[0] + 2, 1):
            return True
        if len(parts) >= 2:
            return True
        return False

    def _append(self, block: Block, ln: Line, text: str) -> None:
        if block.text.endswith("-") and len(block.text) > 1 and block.text[-2].isalpha() and text[:1].isalpha():
            prefix = _HYPHENATED.search(block.text)
            keep = prefix and (prefix.group(1).lower() in self.p.list("cleaning.keep_hyphen_prefixes")
                               or prefix.group(1).isupper() or text[:1].isupper())
            block.text = block.text + text if keep else block.text[:-1] + text
        else:
            block.text = f"{block.text} {text}"
        block.line_end = ln.number
        block.lines.append(ln.number)

    def _start_block(self, ln: Line, text: str) -> Block:
        m = self.paragraph_number.match(text)
        if m:
            parts = _parts(m.group("number"))
            self.last_para = parts
            return self._make("paragraph", text[m.end():].strip(), [ln], number=m.group("number"))
        b = self.bullet.match(ln.text)
        if b or (ln.hint == "bullet"):
            indent = len(b.group("indent")) if b else 0
            body = ln.text[b.end():].strip() if b else text
            return self._make("bullet", body, [ln], level=1 if indent >= 2 or (ln.hint or "").endswith(":1") else 0,
                              marker=b.group("marker") if b else "•")
        return self._make("paragraph", text, [ln])

    def _add_table_row(self, blocks: list[Block], ln: Line) -> None:
        cells = [Cell(text=c.strip(), line_start=ln.number, line_end=ln.number) for c in ln.cells or []]
        row = Row(cells=cells, line_start=ln.number, line_end=ln.number, page=ln.page)
        last = blocks[-1] if blocks else None
        if last is not None and last.kind == "table" and last.table is not None:
            last.table.rows.append(row)
            last.line_end = ln.number
            last.lines.append(ln.number)
            last.text += "\n" + "\t".join(c.text for c in cells)
            last.table.line_end = ln.number
            return
        table = Table(rows=[row], line_start=ln.number, line_end=ln.number, page=ln.page,
                      origin="text" if self.doc.format in ("text", "html") else self.doc.format)
        self.doc.tables.append(table)
        block = self._make("table", "\t".join(c.text for c in cells), [ln])
        block.table = table
        blocks.append(block)


def build_sections(blocks: list[Block], lines: list[Line]) -> Section:
    last_line = lines[-1].number if lines else 0
    root = Section(title="", number=None, level=0, line_start=1, line_end=last_line)
    stack = [root]
    for block in blocks:
        if block.kind == "heading":
            while stack[-1].level >= block.level and len(stack) > 1:
                stack.pop()
            section = Section(title=block.text, number=block.number, level=block.level,
                              line_start=block.line_start, line_end=last_line, page=block.page, parent=stack[-1])
            stack[-1].children.append(section)
            stack.append(section)
            block.section = section
            section.blocks.append(block)
        else:
            block.section = stack[-1]
            stack[-1].blocks.append(block)
    _close_ranges(root, last_line)
    return root


def _close_ranges(section: Section, end: int) -> None:
    """A section runs from its heading to the last line of its last block (its own or a
    subsection's), so trailing furniture and blank lines are not counted in."""
    for child in section.children:
        _close_ranges(child, end)
    ends = [b.line_end for b in section.blocks] + [c.line_end for c in section.children]
    section.line_end = max(ends) if ends and section.level > 0 else (end if section.level == 0 else section.line_start)
