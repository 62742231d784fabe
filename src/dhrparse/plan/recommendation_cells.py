"""The recommendations a column-block table (plan.column_blocks) printed in its merged cells,
numbered by its ref column.

Plain pdftotext prints a merged recommendation cell once, as a run of lines, and the numbers
of the ref column as a run of their own ("1" / "2" / "3", "R1" / "R2", or the actions' own
codes "1a" / "1b" / "2a" under each number). Nothing beside a cell says its number, but both
columns print in row order, so when the table holds as many recommendation cells as numbers,
the k-th cell is the k-th number's. A recommendation cell opens with a capital and asks
someone to act ("... should ...") in its first sentence; several cells printed one under the
other part where a sentence ends and the next line opens another that asks.

Each cell found so becomes a recommendation statement on its first line ("Recommendation 2:
<the cell's text>"), its other lines empty rows, marked as the table's own; with numbers and
cells not agreeing in count, the cells stay as printed and the plan reader accounts for them.
A table without a ref column may number each recommendation at the head of its own cell
("1. The Partnership should ..."): where every cell found opens so, those numbers name them.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from dhrparse.document import Line
from dhrparse.patterns import Patterns
from dhrparse.plan.block_cells import ColumnBlockWords
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten

ASK_WITHIN = 15  # words into a cell within which it asks someone to act
MIN_OWN = 2  # cells opening with their own numbers in order that show a column numbers its cells so
_REC_NUMBER = regex.compile(r"\(?(?:[A-Z]{1,3}\s?)?(?P<n>\d{1,2})\)?\.?")  # "3", "R3", "(3)"
# a tracker's coded recommendation: a series, a hyphen, an agency's letter and a number ("OV-1", "IMR-A1")
_SERIES_CODE = regex.compile(r"[A-Z]{1,5}-[A-Z]{0,3}\d{1,2}")
OWN_NUMBER = regex.compile(r"^\(?(?P<n>\d{1,2})[.)]\s+(?=\p{Lu})")  # "1. The Board ...", "(2) Police ..."
# a cell opening with its recommendation's code, a letter or two and the number ("R2 Hallowby
# Council should ..."): it opens a cell even printed straight under a band over the column
_OWN_CODE = regex.compile(r"^(?P<code>[A-Z]{1,2}(?P<n>\d{1,2}))\s+(?=\p{Lu}\p{Ll})")
# an action's code printed at the head of the merged cell beside it ("2.1 Adult social care ..."):
# the cell's own words follow it
_CODE_HEAD = regex.compile(r"^\(?\d{1,2}\.\d{1,2}\)?\s+(?=\p{Lu})")
_ACTION_CODE = regex.compile(r"\(?[A-Z]{0,4}(?P<n>\d{1,2})(?:\.\d{1,2}|\(?[a-z]\)?)\)?")  # "1a", "2.1"


def _asking(p: Patterns) -> regex.Pattern:
    return regex.compile(p.get("recommendations.asking", r"\bshould\b"), regex.I)


def asking_words(p: Patterns) -> regex.Pattern:
    """The words by which a recommendation asks someone to act (recommendations.asking)."""
    return p.derived("plan.recommendation_cells.asking", _asking)


def _bare(text: str) -> str:
    """The cell's text less its own number or an action's code printed at its head."""
    return _CODE_HEAD.sub("", OWN_NUMBER.sub("", text, count=1), count=1)


def _counted_on(own: list[str]) -> bool:
    """The cells' own numbers count on from one, at least MIN_OWN of them: a column's cells."""
    return len(own) >= MIN_OWN and own == [str(k) for k in range(1, len(own) + 1)]


def numbers(codes: list[str]) -> list[str]:
    """The recommendations' numbers a ref column printed: its own, else its actions' parents.
    Beside coded refs ("OV-1", "IMR-A1") a bare number is a page's, set aside by cleaning."""
    own = [
        _printed(c) for c in codes if _REC_NUMBER.fullmatch(c.strip()) or _SERIES_CODE.fullmatch(c.strip())
    ]
    if any(_SERIES_CODE.fullmatch(c) for c in own):
        own = [c for c in own if not c.isdigit()]
    if own:
        return own
    parents: list[str] = []
    for c in codes:
        m = _ACTION_CODE.fullmatch(c.strip())
        if m and m.group("n") not in parents:
            parents.append(m.group("n"))
    return sorted(parents, key=int)


def _printed(code: str) -> str:
    """A recommendation's number as its ref column prints it, brackets and a closing stop off:
    "R3" stays "R3" (the report and its plan cite it so), "(3)" and "3." are "3"."""
    return code.strip().strip("()").rstrip(".").replace(" ", "")


def _asking_named(p: Patterns) -> regex.Pattern | None:
    named = p.get("recommendations.asking_named")
    return regex.compile(named) if named else None


class RecommendationCells:
    def __init__(self, p: Patterns, statement: regex.Pattern):
        self.asks = asking_words(p)
        # "<the body asked> to <verb> ...": the short form plans and trackers print in the column
        self.named = p.derived("plan.recommendation_cells.asking_named", _asking_named)
        self.statement = statement
        self.words = ColumnBlockWords.of(p)

    def label(self, lines: list[Line], free: set[int], codes: list[str], marker: str) -> dict[int, Line]:
        """Line number -> the line rewritten: each recommendation cell's first line as its
        statement, its other lines (number only) as None-like empty markers the caller blanks."""
        if any(self.statement.match(flatten(ln.text)) for ln in lines):
            return {}  # the table labels its recommendations itself ("Recommendation 2" above each)
        cells = self.cells([ln for ln in lines if ln.number in free], named=True)
        refs = numbers(codes)
        own = [m.group("n") for c in cells if (m := OWN_NUMBER.match(flatten(c[0].text).strip()))]
        coded = [m for c in cells if (m := _OWN_CODE.match(flatten(c[0].text).strip()))]
        if len(coded) > len(own) and _counted_on([m.group("n") for m in coded]):
            # (cells opening with their codes, "R1" / "R2", beside theme bands over the column)
            cells = [c for c in cells if _OWN_CODE.match(flatten(c[0].text).strip())]
            own = [m.group("code") for m in coded]
        elif len(own) != len(cells) and _counted_on(own):
            # (a heading over the table that asks in its note, "How to read the timescales",
            # is no cell of a column whose cells print their own numbers one, two, three)
            cells = [c for c in cells if OWN_NUMBER.match(flatten(c[0].text).strip())]
        if cells and len(own) == len(cells) and len(cells) != len(refs):
            refs = own
        if cells and len(cells) != len(refs):
            # (page numbers among the refs: the actions' own codes still count the recommendations)
            lettered = [r for r in refs if not r.isdigit()]  # ("R1" / "R2" less a page's "1")
            parents = numbers([c for c in codes if _ACTION_CODE.fullmatch(c.strip())])
            refs = next((r for r in (lettered, parents) if len(r) == len(cells)), refs)
        if not cells or len(cells) != len(refs):
            return {}
        out: dict[int, Line] = {}
        for ref, cell in zip(refs, cells):
            text = " ".join(flatten(ln.text).strip() for ln in cell)
            code = _OWN_CODE.match(text)
            text = _OWN_CODE.sub("", text, count=1) if code and ref == code["code"] else _bare(text)
            out[cell[0].number] = replace(cell[0], text=f"Recommendation {ref}: {text}", hint=marker)
            for ln in cell[1:]:
                out[ln.number] = ln  # (taken into the statement: printed as an empty row)
        return out

    def cells(self, lines: list[Line], named: bool = False) -> list[list[Line]]:
        """The recommendation cells among `lines`: runs opening with a capital that ask someone
        to act, each carrying on over the lines printed straight under it. `named`: the lines
        are a recommendation column's, where a cell may ask in the short form "<body> to <verb>"
        (recommendations.asking_named); elsewhere that form opens actions and summaries too."""
        cells: list[list[Line]] = []
        open_cell = False
        for k, ln in enumerate(lines):
            text = _bare(flatten(ln.text).strip())
            joined = k > 0 and lines[k - 1].number == ln.number - 1
            prev = flatten(lines[k - 1].text).strip() if k else ""
            starts = text[:1].isupper() and (not joined or SENTENCE_END.search(prev) or _OWN_CODE.match(text))
            if starts and self._asks(lines, k, named):
                cells.append([ln])
                open_cell = True
            elif open_cell and joined:
                cells[-1].append(ln)
            else:
                open_cell = False
        return [_without_side_cell(_without_side_code(cell), self.words.imperative) for cell in cells]

    def _asks(self, lines: list[Line], k: int, named: bool = False) -> bool:
        """The cell opening at line k asks someone to act within its first sentence."""
        words: list[str] = []
        for j in range(k, len(lines)):
            if j > k and lines[j].number != lines[j - 1].number + 1:
                break  # (the cell ends with its block)
            words.extend(flatten(lines[j].text if j > k else _bare(lines[j].text.strip())).split())
            if len(words) >= ASK_WITHIN or SENTENCE_END.search(words[-1] if words else ""):
                break
        head = " ".join(words[:ASK_WITHIN])
        first = head.split(".")[0]
        return bool(self.asks.search(first) or named and self.named is not None and self.named.match(first))


def _without_side_code(cell: list[Line]) -> list[Line]:
    """The cell without an action's code printed alone among its lines ("The Board should ask
    the hospital" / "2a" / "discharge team to ..."): a tracker that prints its recommendation
    again on every action's row sets the row's code beside the cell's first line, and plain
    pdftotext prints it there, inside a sentence that runs on. It is the Action column's cell,
    not the recommendation's words (`side_codes` finds it again: it tells the recommendation's
    number)."""
    return [ln for k, ln in enumerate(cell) if not _side_code_at(cell, k)]


def side_codes(doc, cell: list[Line]) -> dict[int, str]:
    """Line number -> the recommendation's number ("2" for "2a") of each action code printed
    among the cell's lines and left out of it."""
    kept = {ln.number for ln in cell}
    return {
        n: m.group("n")
        for n in range(cell[0].number + 1, cell[-1].number)
        if n not in kept and (ln := doc.line_numbered(n)) is not None
        if (m := _ACTION_CODE.fullmatch(flatten(ln.text).strip()))
    }


def _side_code_at(cell: list[Line], k: int) -> bool:
    """Line k of the cell is a lone action code inside its sentence: lines of the cell's words
    on both sides, the one above ending no sentence."""
    if k == 0 or k == len(cell) - 1:
        return False
    text = flatten(cell[k].text).strip()
    above = flatten(cell[k - 1].text).strip()
    return bool(_ACTION_CODE.fullmatch(text)) and not text.isdigit() and not SENTENCE_END.search(above)


def _without_side_cell(cell: list[Line], imperative: regex.Pattern) -> list[Line]:
    """The cell's own lines where plain pdftotext printed another cell's lines among them, a line
    of each in turn (two cells side by side on one printed line, as a merged recommendation cell
    beside its row's single action: "<Body>" / "Deliver a short ..." / "should ensure that ..." /
    "to each team." / "know how to ..."): a line opening with a capital under one whose sentence
    runs on opens the other cell, and from there the lines are dealt to it and back in turn until
    its sentence ends, the rest the recommendation's to its own sentence's end. Kept only where
    the other cell opens as an action does (with a verb telling what to do: a body's name
    wrapped onto a line of its own, "Northvale Police", carries the sentence on) and both then
    end a sentence; the other cell's lines are left out (read by no one, accounted for as
    unread); a cell not so printed is returned whole."""
    texts = [flatten(ln.text).strip() for ln in cell]
    side = next(
        (j for j in range(1, len(texts)) if texts[j][:1].isupper() and not SENTENCE_END.search(texts[j - 1])),
        None,
    )
    if side is None or not imperative.match(texts[side]):
        return cell
    own, other = list(range(side)), []
    j, turn_other = side, True
    while j < len(texts):
        if turn_other:
            other.append(j)
            if SENTENCE_END.search(texts[j]):
                j += 1
                break
        else:
            own.append(j)
        turn_other = not turn_other
        j += 1
    else:
        return cell  # (the other cell's sentence never ended: not two cells dealt in turn)
    while j < len(texts) and not SENTENCE_END.search(texts[own[-1]]):
        own.append(j)
        j += 1
    if len(other) < 2 or not SENTENCE_END.search(texts[own[-1]]):
        return cell
    return [cell[k] for k in own]
