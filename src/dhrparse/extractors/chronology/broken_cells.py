"""A chronology table printed column after column whose rows run over a page break: a cell the
page ends mid-sentence ("Maya called the helpline from work") has its rest on the next page,
printed under the column's name again ("Maya" / "and asked how to get a protection order"), so
the rest opens mid-sentence too. Read a paragraph at a time, the two halves are two entries and
the second tells no event of its own.

Each rest is joined to a cell left open on the page before: the k-th rest (in print order) to the
k-th open cell, and only where the page before leaves exactly as many cells open as the next page
opens rests. Where the counts differ, which half goes with which cannot be told and both stay as
read. The column's name printed again over a rest is no event's words, and a name printed again
at the foot of the open cell (the repeated header's first name, "Date", read on into it) neither."""

from __future__ import annotations

from dhrparse.document import SourceDocument
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.ledger import Ledger
from dhrparse.models import ChronologyEvent

_NAME_WORDS = 3  # a column's name printed again over the rest: a person's or agency's few words


def joined_broken_cells(
    events: list[ChronologyEvent], doc: SourceDocument, ctx: Ledger
) -> list[ChronologyEvent]:
    """The entries with each cell broken over a page break made whole again."""
    names = Columns(ctx.patterns)
    for page in sorted({ev.location.page for ev in events if ev.location.page is not None}):
        open_cells = [ev for ev in events if ev.location.page == page and _left_open(ev, doc, names)]
        rests = [
            (ev, rest) for ev in events if ev.location.page == page + 1 for rest in [_rest(ev, doc)] if rest
        ]
        if not open_cells or len(open_cells) != len(rests):
            continue
        for cell, (ev, rest) in zip(open_cells, rests):
            _join(cell, ev, rest, doc, names, ctx)
        joined = {id(ev) for ev, _ in rests}
        events = [ev for ev in events if id(ev) not in joined]
    return events


def _left_open(ev: ChronologyEvent, doc: SourceDocument, names: Columns) -> bool:
    """The cell ends mid-sentence: its last words (a repeated header's name read on into it set
    aside) close no sentence."""
    text = _without_header_name(ev, doc, names)
    return bool(text) and SENTENCE_END.search(text) is None


def _rest(ev: ChronologyEvent, doc: SourceDocument) -> str | None:
    """The words of a cell's rest, when the entry is one: it opens on a lower-case word, perhaps
    under the column's name printed again on a line of its own."""
    text = " ".join(ev.text.split())
    first = doc.line_numbered(ev.location.line_start)
    name = " ".join(first.text.split()) if first is not None else ""
    if is_column_name(name) and text.startswith(name) and _opens_mid_sentence(text[len(name) :]):
        return text[len(name) :].strip()
    return text if _opens_mid_sentence(text) else None


def is_column_name(line: str) -> bool:
    """A column's name: a few words, each capitalised or a joining word ("Adult Social Care",
    "Maya", "Housing and Support"), no sentence."""
    words = line.split()
    return (
        0 < len(words) <= _NAME_WORDS
        and SENTENCE_END.search(line) is None
        and all(w[:1].isupper() or w in _JOINING for w in words)
    )


_JOINING = frozenset({"and", "of", "&", "/", "-", "–"})


def _opens_mid_sentence(text: str) -> bool:
    letter = next((ch for ch in text if ch.isalpha()), "")
    return letter.islower()


def _without_header_name(ev: ChronologyEvent, doc: SourceDocument, names: Columns) -> str:
    text = " ".join(ev.text.split())
    last = doc.line_numbered(ev.location.line_end)
    name = " ".join(last.text.split()) if last is not None else ""
    if (
        ev.location.line_end > ev.location.line_start
        and name
        and names.field_of(name)
        and text.endswith(name)
    ):
        return text[: -len(name)].rstrip()
    return text


def _join(
    cell: ChronologyEvent, ev: ChronologyEvent, rest: str, doc: SourceDocument, names: Columns, ctx: Ledger
) -> None:
    """The rest's words after the open cell's, the entry's lines running on to the rest's."""
    head = _without_header_name(cell, doc, names)
    if head != " ".join(cell.text.split()):
        ctx.consumed([cell.location.line_end], "repeated header")
    cell.text = f"{head} {rest}"
    cell.location.line_end = ev.location.line_end
    cell.agencies += [a for a in ev.agencies if a not in cell.agencies]
    if len(rest) < len(" ".join(ev.text.split())):
        ctx.consumed([ev.location.line_start], "repeated header")
