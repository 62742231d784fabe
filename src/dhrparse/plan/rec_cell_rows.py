"""A plan printing each recommendation's actions inside its own cell ("No. | Recommendation and
actions | Lead agency | By | Status", plan.rec_cell_actions), in text whose printed lines join the
cells with single spaces (corpus text) or set them apart with runs of spaces (-layout text).

Each row opens with the recommendation's bare number. The sentence's first lines share their
printed lines with the lead, the date and the status, which print once at the row's top; the
label ("Actions:") and the numbered actions ("1.1 ...") print alone below them, so their lines
show how wide the cell is. In a fixed-pitch face a cell's line holds as many characters as fit:
each of the sentence's lines is its words up to that room, the next line's first word not
fitting after them, and its last line ends the sentence. What each line prints after the
sentence's words are the other cells: from the right the status's words, then the date's, then
the lead's name.

A table is rewritten only where every row reads so: each line's cut agrees with the room, the
status words name a state, the date reads as a date and the lead's words are a name; any other
table is left to the caller's warning (a wrong action is worse than a missing one).
"""

from __future__ import annotations

import regex

from dhrparse.document import Line
from dhrparse.patterns import Patterns
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.rec_cell_actions import ITEM, actions_label
from dhrparse.plan.status import status_words
from dhrparse.vocab.dates import find_dates

NAMES = ["Ref", "Recommendation", "Lead agency", "Target date", "Status"]
MIN_ROWS = 2  # one row tells too little of the cell's room
ROOM = 12  # the fewest characters a recommendation cell's line holds
_JOINERS = {"and", "of", "for", "the", "&", "-", "–"}
_GAP = regex.compile(r"\s{2,}")
_DIGITS = regex.compile(r"\d+")


def _status_words(p: Patterns) -> set[str]:
    def build(q: Patterns) -> set[str]:
        words: set[str] = set()
        for key in ("not_started", "in_progress", "complete", "not_finished"):
            for phrase in q.list(f"actions.status.{key}"):
                words |= set(phrase.lower().split())
        return words

    return p.derived("plan.rec_cell_status_words", build)


def _is_date_word(word: str, p: Patterns) -> bool:
    """A date's word: a date itself, a year, or a month's name (it reads as a month with a year)."""
    if any(m.start == 0 and m.end == len(word) for m in find_dates(word, p)):
        return True
    return any(m.start == 0 and m.end == len(word) + 5 for m in find_dates(f"{word} 2000", p))


def _row_spans(texts: list[str], label: regex.Pattern) -> list[tuple[int, int, int]] | None:
    """(first line, label line, end) of each row: a bare number 1, 2, 3 ... opening it, its
    label line, the numbered items after; None unless every row is so."""
    spans, want, opens = [], 1, []
    for n, text in enumerate(texts):
        words = text.split()
        if words and words[0] == str(want) and not ITEM.match(text):
            opens.append(n)
            want += 1
    if len(opens) < MIN_ROWS:
        return None
    for r, start in enumerate(opens):
        end = opens[r + 1] if r + 1 < len(opens) else len(texts)
        at = next((n for n in range(start + 1, end) if label.match(texts[n])), None)
        if at is None or not ITEM.match(texts[at + 1] if at + 1 < end else ""):
            return None
        if r + 1 == len(opens):
            end = _table_end(texts, at, end)
        spans.append((start, at, end))
    return spans


def _paragraphs(lines: list[str], label: regex.Pattern) -> list[list[list[str]]]:
    """A row's lines as the cell's paragraphs (the sentence, the label, each numbered item),
    each line's words."""
    out: list[list[list[str]]] = []
    for n, text in enumerate(lines):
        if n == 0 or label.match(text) or ITEM.match(text) or label.match(lines[n - 1]):
            out.append([])
        out[-1].append(text.split())
    return out


def _last_cut(line: list[str], room: int, label: regex.Pattern) -> int | None:
    """How many of a paragraph's last line's words are the cell's: up to the word closing its
    sentence (or the label), within the room."""
    if label.match(" ".join(line)):
        return len(label.match(" ".join(line)).group(0).split())
    ends = [
        k for k in range(1, len(line) + 1) if line[k - 1].endswith(".") and len(" ".join(line[:k])) <= room
    ]
    if ends:
        return ends[-1]
    return len(line) if len(" ".join(line)) <= room else None


def _sentence_end(para: list[list[str]], room: int) -> int:
    """The line the recommendation's sentence ends on: the first whose words within the room
    close a sentence where the next line opens with a capital (the lead's name, wrapped on
    below the sentence in lines of its own), else its last line."""
    for n, line in enumerate(para[:-1]):
        closes = any(w.endswith(".") and len(" ".join(line[: k + 1])) <= room for k, w in enumerate(line))
        if closes and para[n + 1][0][:1].isupper():
            return n
    return len(para) - 1


def _cut(paragraphs: list[list[list[str]]], room: int, label: regex.Pattern):
    """(the cell's words, each line's words after them) at this room; None where a cut
    disagrees with it (a next line's first word that would have fitted)."""
    said: list[str] = []
    rest: list[list[str]] = []
    for p_n, para in enumerate(paragraphs):
        last = _sentence_end(para, room) if p_n == 0 else len(para) - 1
        for n, line in enumerate(para):
            if n > last:
                k = 0  # (the lead's name wrapped on below the sentence)
            elif n == last:
                k = _last_cut(line, room, label)
                if k is None:
                    return None
            else:
                k = 0
                while k < len(line) and len(" ".join(line[: k + 1])) <= room:
                    k += 1
                if k == 0 or len(" ".join(line[:k])) + 1 + len(para[n + 1][0]) <= room:
                    return None  # (the next line's first word would have fitted here)
                if 1 < k < len(line) and line[k - 1][:1].isupper() and line[k - 2][:1].islower():
                    k -= 1  # (a capital after the sentence's lower-case words: the next cell's name)
            said += line[:k]
            rest.append(line[k:])
    return said, rest


def _cells(rest: list[list[str]], p: Patterns) -> tuple[str, str, str] | None:
    """(lead, date, status) from the words each line prints after the sentence's."""
    state_words = _status_words(p)
    lead, date, state = [], [], []
    for words in rest:
        k = len(words)
        while k and words[k - 1].lower() in state_words:
            k -= 1
        state += words[k:]
        j = k
        while j and _is_date_word(words[j - 1], p):
            j -= 1
        date += words[j:k]
        lead += words[:j]
    if state and not status_words(" ".join(state), p):
        return None
    if date and not find_dates(" ".join(date), p):
        return None
    if not lead or not all(w[:1].isupper() or w.lower() in _JOINERS for w in lead):
        return None
    if any(_is_date_word(w, p) for w in lead):
        return None  # (a date among the lead's words: the cells are not where this cut puts them)
    return " ".join(lead), " ".join(date), " ".join(state)


def rec_cell_rows(
    texts: list[str], p: Patterns, layout: bool = False
) -> list[tuple[int, int, list[str]]] | None:
    """Each row's (first line, end, cells under NAMES), or None where the table is not so: the
    room is the narrowest at which every row's lines cut as a fixed-pitch cell wraps."""
    label = actions_label(p)
    texts = [_GAP.sub(" ", t.strip()) for t in texts] if layout else [t.strip() for t in texts]
    keep = _not_furniture(texts)
    read = _rows([texts[n] for n in keep], p, label)
    if read is None:
        return None
    back = [*keep, len(texts)]
    return [(back[start], back[end], cells) for start, end, cells in read]


def _not_furniture(texts: list[str]) -> list[int]:
    """The lines that are not the pages' furniture: a page's foot printed again with its
    number changed ("Action plan 1", "Action plan 2") is no cell's line."""
    shapes: dict[str, int] = {}
    for text in texts:
        if any(c.isdigit() for c in text):
            shapes[_DIGITS.sub("#", text)] = shapes.get(_DIGITS.sub("#", text), 0) + 1
    return [
        n
        for n, text in enumerate(texts)
        if not (any(c.isdigit() for c in text) and shapes[_DIGITS.sub("#", text)] > 1 and text[:1].isalpha())
        # (nor a line of no word: the header's name broken under it, "No" over ".", printed
        # again under the header on each page; a fixed-pitch cell never wraps a stop alone)
        and any(c.isalnum() for c in text)
    ]


def _rows(texts: list[str], p: Patterns, label: regex.Pattern):
    spans = _row_spans(texts, label)
    if spans is None:
        return None
    rows = []
    for start, _, end in spans:
        ref, first = (texts[start].split(" ", 1) + [""])[:2]
        rows.append((start, end, ref, _paragraphs([first, *texts[start + 1 : end]], label)))
    widest = max(len(texts[n]) for start, _, end in spans for n in range(start, end))
    for room in range(ROOM, widest + 1):
        read = [_row_at(paras, room, label, p) for _, _, _, paras in rows]
        if all(r is not None for r in read):
            return [(start, end, [ref, *r]) for (start, end, ref, _), r in zip(rows, read)]
    return None


def _row_at(paras, room: int, label: regex.Pattern, p: Patterns) -> list[str] | None:
    """The row's cells (the cell's words, lead, date, status) at this room, or None."""
    cut = _cut(paras, room, label)
    if cut is None:
        return None
    cells = _cells(cut[1], p)
    return None if cells is None else [" ".join(cut[0]), *cells]


def _table_end(texts: list[str], at: int, end: int) -> int:
    """The last row's end: a line opening with a capital after an item's sentence ended, no
    item itself, is the report's text after the table."""
    for n in range(at + 2, end):
        if texts[n - 1].endswith(".") and texts[n][:1].isupper() and not ITEM.match(texts[n]):
            return n
    return end


def rec_cell_lines(lines: list[Line], i: int, j: int, body: list[int], rows) -> list[Line]:
    """The table's printed lines from its header (i) to j as cell rows: each row's cells on its
    first line, its other lines empty rows; the report's text after the last row as printed."""
    firsts = {body[start]: cells for start, _, cells in rows}
    inside = {body[n] for start, end, _ in rows for n in range(start, end)}
    after = body[rows[-1][1]] if rows[-1][1] < len(body) else j
    blank = [""] * len(NAMES)
    out = [cells_line(lines[i], NAMES)]
    for k in range(i + 1, j):
        if k in firsts:
            out.append(cells_line(lines[k], firsts[k]))
        elif k >= after and k not in inside:
            out.append(lines[k])
        else:
            out.append(cells_line(lines[k], blank))
    return out
