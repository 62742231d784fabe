"""Key events printed as stacked label blocks, no table: each event a few lines, a label naming
a chronology column opening each ("Date: 3 February 2022" / "Agency: Adult Social Care" / "What
happened: A neighbour rang ..."), the last label's value wrapping over the lines below, and
often a short dashed rule after the block. Each block is a table row printed a cell a line, so it
is read as one (Entries.add_row): its date the Date label's value read as a date cell ("late
April 2022" the month, "Between 2 and 9 June 2022" a span), its agency the Agency label's.

Read line by line, since each route groups the lines into blocks its own way (a text export
makes an "Agency: ..." line a heading, glues a rule to the next label). A run of blocks is read
only where the shape repeats: at least a chronology's fewest entries, every block opening with
the first block's label, each label at most once a block, each naming a chronology column
(patterns/chronology.toml [columns]), a Date label whose whole value is a date and an event
label with words in every block. A line labelled with a name no chronology column has ("Lead:",
"Due:", "Venue:") or a heading ends the run, so a report's "Date of report:" line, a meeting's
"Date:" and a plan's label boxes make no events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from dhrparse.document import Block, Section, SourceDocument
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.dating import opens_with_date
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.extractors.chronology.kinds import FULL
from dhrparse.extractors.chronology.missed_headings import Found
from dhrparse.extractors.chronology.unread import UnreadRuns
from dhrparse.extractors.chronology.vocabulary import chronology_vocab
from dhrparse.patterns import Patterns
from dhrparse.vocab.date_cells import cell_date

_SENTENCE_END = (".", "!", "?", ".”", ".'", '."')


@dataclass(frozen=True)
class _Piece:
    text: str
    number: int  # the printed line's number
    page: int | None
    heading: bool  # the segmenter made the line a heading


@dataclass
class LabelBlock:
    """One event's labels: each field's value lines, in print order."""

    values: dict[str, list[_Piece]] = field(default_factory=dict)
    first_field: str = ""
    last_field: str = ""
    ruled: bool = False  # a rule closed the block

    def cell(self, name: str) -> str:
        return " ".join(p.text for p in self.values.get(name, ()) if p.text).strip()

    @property
    def pieces(self) -> list[_Piece]:
        return sorted((p for v in self.values.values() for p in v), key=lambda p: p.number)


def _forms(p: Patterns) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """The label line, a rule alone, a rule glued before a line's words and one glued after."""

    def build(q: Patterns):
        rule = q.get("chronology.label_blocks.rule")
        return (
            regex.compile(q.get("chronology.label_blocks.label")),
            regex.compile(rf"\s*(?:{rule}|_)\s*"),  # (a text export keeps one of a rule's underscores)
            regex.compile(rf"^\s*{rule}\s*(?=\S)"),
            regex.compile(rf"(?<=\S)\s*{rule}\s*$"),
        )

    return p.derived("chronology.label_blocks", build)


def _pieces(blocks: list[Block], doc: SourceDocument) -> list[_Piece]:
    """The blocks' printed lines, in order, each marked where its block is a heading."""
    kinds = {n: b.kind for b in blocks if b.kind != "toc" for n in b.lines}
    return [
        _Piece(" ".join(ln.text.split()), ln.number, ln.page, kinds[ln.number] == "heading")
        for ln in doc.lines
        if ln.number in kinds and ln.text.strip()
    ]


class _Walk:
    """The pieces read into runs of label blocks, as printed (kept or not by `_kept`)."""

    def __init__(self, p: Patterns):
        self.columns = Columns(p)
        self.label, self.rule_alone, self.rule_before, self.rule_after = _forms(p)
        self.runs: list[list[LabelBlock]] = []
        self.run: list[LabelBlock] = []
        self.block: LabelBlock | None = None

    def read(self, pieces: list[_Piece]) -> list[list[LabelBlock]]:
        for piece in pieces:
            self._piece(piece)
        self._end_run()
        return self.runs

    def _piece(self, piece: _Piece) -> None:
        """A rule closes the block it follows (printed alone, or glued to a line's either end)."""
        text = piece.text
        if self.rule_alone.fullmatch(text):
            self._close()
            return
        if self.rule_before.match(text):
            self._close()
            text = self.rule_before.sub("", text, count=1)
        after = self.rule_after.search(text)
        self._words(_Piece(text[: after.start()] if after else text, piece.number, piece.page, piece.heading))
        if after:
            self._close()

    def _close(self) -> None:
        if self.block is not None:
            self.block.ruled = True

    def _words(self, piece: _Piece) -> None:
        m = self.label.match(piece.text)
        if m is not None and m["name"][:1].isupper():
            name = self.columns.field_of(m["name"])
            if name is None:  # ("Lead:", "Due:", "Venue:": a label no chronology column has)
                self._end_run()
            else:
                self._labelled(piece, name, m["value"] or "")
            return
        if self.block is None or self.block.ruled or piece.heading:
            self._end_run()
            return
        self.block.values[self.block.last_field].append(piece)  # (the value's wrapped line)

    def _labelled(self, piece: _Piece, name: str, value: str) -> None:
        block = self.block
        if block is None or block.ruled or name in block.values:
            if self.run and name != self.run[0].first_field:
                self._end_run()  # (a block opening with another label: no repeated shape)
            block = self.block = LabelBlock(first_field=name)
            self.run.append(block)
        elif len(self.run) > 1 and name not in self.run[0].values:
            self._end_run()  # (a label the first block has not: past the run)
            self._labelled(piece, name, value)
            return
        block.values[name] = [_Piece(value, piece.number, piece.page, piece.heading)]
        block.last_field = name

    def _end_run(self) -> None:
        if self.run:
            self.runs.append(self.run)
        self.run, self.block = [], None


def label_runs(pieces: list[_Piece], p: Patterns) -> list[list[LabelBlock]]:
    """The runs of label blocks the pieces print that read as key events (see the module's note)."""
    fewest = chronology_vocab(p).min_dated_entries
    kept = []
    for run in _Walk(p).read(pieces):
        if len(run) >= fewest and all(_event_block(b, p) for b in run):
            _trim_last(run[-1])
            kept.append(run)
    return kept


def _event_block(block: LabelBlock, p: Patterns) -> bool:
    """A Date label whose whole value is a date and an event label with words."""
    return cell_date(block.cell("date"), p) is not None and any(ch.isalpha() for ch in block.cell("event"))


def _trim_last(block: LabelBlock) -> None:
    """A run's last block no rule closed: its last value's lines end at the first sentence's end
    followed by a line opening a new paragraph (capitalised), the report's text going on after."""
    if block.ruled:
        return
    lines = block.values[block.last_field]
    for k in range(len(lines) - 1):
        if lines[k].text.rstrip().endswith(_SENTENCE_END) and lines[k + 1].text[:1].isupper():
            del lines[k + 1 :]
            return


def label_block_sections(doc: SourceDocument, p: Patterns, found: Found) -> Found:
    """(section, kind, blocks) for each run of label blocks outside the chronologies already
    found, under whatever heading: the section the run opens in (not one a label line heads) and
    its blocks up to the run's last line, its introduction among them."""
    spans = [(s.line_start, max([b.line_end for b in bl] or [s.line_end])) for s, _, bl in found]
    blocks = [b for s in doc.sections() for b in s.blocks]
    out: Found = []
    for run in label_runs(_pieces(blocks, doc), p):
        first, last = run[0].pieces[0].number, run[-1].pieces[-1].number
        if any(a <= first <= b for a, b in spans):
            continue
        section = _opening_section(doc, first)
        if section is None:
            continue
        scope = [b for b in section.all_blocks() if b.kind != "toc" and b.line_start <= last]
        out.append((section, FULL, scope))
    return out


def _opening_section(doc: SourceDocument, line: int) -> Section | None:
    """The section holding the line, past any whose heading is one of the run's own label lines
    (the document's whole where no heading stands above it)."""
    section = doc.section_at(line) or doc.root
    while section is not None and section.parent is not None and section.line_start >= line:
        section = section.parent
    return section


def read_label_blocks(blocks: list[Block], entries: Entries, unread: UnreadRuns) -> bool:
    """The runs' blocks read into `entries`, each as a table row; the rules read as structure and
    the section's other blocks left unread with a warning. False (nothing read) where the blocks
    print no run of label blocks, or where a paragraph beside the runs opens with a date (a
    chronology told in dated paragraphs too, read as such)."""
    pieces = _pieces(blocks, entries.doc)
    runs = label_runs(pieces, entries.p)
    if not runs:
        return False
    held = {n for run in runs for n in range(run[0].pieces[0].number, run[-1].pieces[-1].number + 1)}
    rule = _forms(entries.p)[1]
    rules = {piece.number for piece in pieces if rule.fullmatch(piece.text)}
    beside = [
        b
        for b in blocks
        if b.kind not in ("heading", "toc") and not (set(b.lines or [b.line_start]) & (held | rules))
    ]
    if any(opens_with_date(b.text[:80], entries.p) for b in beside):
        return False
    for run in runs:
        for block in run:
            _add(block, entries)
    unread.ctx.consumed(sorted(rules), "rule")
    apart = {id(b) for b in beside}
    for block in blocks:
        if id(block) in apart:
            unread.skip(block, "text beside the key events' label blocks")
        else:
            unread.flush()
    unread.flush()
    return True


def _add(block: LabelBlock, entries: Entries) -> None:
    names = list(block.values)
    pieces = block.pieces
    entries.add_row(
        [block.cell(n) for n in names],
        {n: i for i, n in enumerate(names)},
        pieces[0].number,
        pieces[-1].number,
        pieces[0].page,
    )
