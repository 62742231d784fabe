"""Action plans the document plainly prints but from which no action was read: each becomes a
`plan_not_read` warning at its header, never a silent drop.

A plan's header row names its columns ("Rec | Recommendation | Action | Lead | Target date |
Status"). Where the cells were joined on one printed line, or a layout no reader knows kept the
rows from being cut, the plan reader may read nothing from the rows under it, or read them as
recommendations only, without any of its own warnings. This check runs once every action is
read: a header naming a plan's columns (three fields or more, one of them asking for action),
under which no action was read and about which the plan reader said nothing, is reported with
the header's text and the stretch it heads (up to the next such header, a header repeated on
the next page taken as the same plan).
"""

from __future__ import annotations

import re

from dhrparse.document import FURNITURE, SourceDocument
from dhrparse.ledger import Ledger, location_of
from dhrparse.models import Action
from dhrparse.plan.apart_headers import apart_headers
from dhrparse.plan.progress_tables import PROGRESS_TABLE
from dhrparse.plan.tables import ColumnMap, acts_on, column_map
from dhrparse.prepare.markup import flatten

CODE = "plan_not_read"
UNPLACED = "plan_text_unplaced"
MAX_HEADER_WORDS = 24  # a header row names its columns in a few words; a longer line is prose
HEADER_SHARE = 0.6  # the share of a header's words that belong to column names
WRAPPED_LINES = 2  # a header's names may wrap over this many more printed lines ("Recommendati" / "on")
_WORD = re.compile(r"[a-z]+")
_SENTENCE = re.compile(r"(?<=[a-z]{3})[.;!?]\s+[A-Z]")  # a sentence ends inside the line: prose
# a sentence listing what a plan's columns hold ("... what the Board will do, who leads, by
# when, and progress at ..."): a header row never sets its names apart with commas
LISTED_COMMAS = 2
# a sentence telling the reader what happens to the plan ("Leads report progress on each action
# to the Board by the target date."): it ends with a full stop and speaks of "the" or "each"
# thing, where a header row only names its columns ("Progress to date.")
_TOLD_END = re.compile(r"[a-z]{3}\.\s*$", re.IGNORECASE)
_TOLD_WORD = re.compile(r"\b(?:the|each|every|their|its)\b", re.IGNORECASE)


def _told_sentence(text: str) -> bool:
    """A sentence's full stop at the line's end, after one of the words a sentence about the
    plan speaks with (two searches, each in one pass over the line)."""
    end = _TOLD_END.search(text)
    return bool(end and _TOLD_WORD.search(text, 0, end.start()))


def _header_fields(cm: ColumnMap, text: str) -> list[str] | None:
    """The fields a printed header row names, or None when the line is not a plan's header."""
    words = _WORD.findall(flatten(text).lower())
    if not words or len(words) > MAX_HEADER_WORDS:
        return None
    # (the share of header words first: it passes over nearly every line of prose, unsearched)
    known = sum(w in cm.wrapped_vocabulary for w in words)
    if known < HEADER_SHARE * len(words):
        return None
    if _SENTENCE.search(text) or _told_sentence(text) or text.count(", ") >= LISTED_COMMAS:
        return None
    fields = [f for f in cm.scan(text) if not f.startswith("extra:")]
    if len(set(fields)) < 3 or not acts_on(fields):
        return None
    return fields


def _headers(doc: SourceDocument, cm: ColumnMap) -> list[tuple[int, str, list[str]]]:
    """(line number, printed text, fields) of every plan header, a header repeated on a page
    after its first taken once."""
    found: list[tuple[int, str, list[str]]] = []
    for ln in doc.lines:
        if not (ln.is_content or ln.kind == FURNITURE) or not ln.text.strip():
            continue
        text = " ".join(ln.cells) if ln.cells is not None else ln.text
        fields = _header_fields(cm, text)
        if fields is None:
            continue
        key = " ".join(_WORD.findall(flatten(text).lower()))
        if found and found[-1][1] == key:
            continue  # the same header printed again over the plan's next page
        found.append((ln.number, key, fields))
    return found


# (the printed headers' place among what the document keeps: SourceDocument.derived)
PRINTED_HEADERS = "plan.printed_headers"


def _printed_headers(doc: SourceDocument, patterns) -> tuple[list[tuple[int, str, list[str]]], set[int]]:
    """Every plan header the document prints, on a line or a name a line, in order, and the
    lines of those printed a name a line. The headers are the document's: found once and kept
    on it (the recommendations reader asks, and this check once every action is read; no stage
    between them changes a line's kind, text or cells), each caller given its own copies."""
    headers, apart = doc.derived(PRINTED_HEADERS, lambda d: _find_printed_headers(d, column_map(patterns)))
    return list(headers), set(apart)


def _find_printed_headers(
    doc: SourceDocument, cm: ColumnMap
) -> tuple[list[tuple[int, str, list[str]]], set[int]]:
    lined = _headers(doc, cm)
    apart = {h[0]: h for h in apart_headers(doc, cm) if h[0] not in {n for n, _, _ in lined}}
    return sorted(lined + list(apart.values())), set(apart)


def header_lines(doc: SourceDocument, patterns) -> list[int]:
    """The line numbers of every plan header the document prints, on a line or a name a line
    (for the recommendations reader: a code under one is a row's)."""
    return [n for n, _, _ in _printed_headers(doc, patterns)[0]]


def warn_unread_plans(doc: SourceDocument, ctx: Ledger, actions: list[Action]) -> None:
    """A `plan_not_read` warning for each plan header under which nothing was read or told."""
    # (a header printed a name a line: actions read anywhere since the header before count as
    # its rows, since some trackers print their names after the cells they head)
    headers, apart = _printed_headers(doc, ctx.patterns)
    if not headers:
        return
    last_line = max((ln.number for ln in doc.lines), default=0)
    read = [a.location.line_start for a in actions if a.location is not None]
    # (text a reader left outside its rows says where words went, not that the plan went unread)
    told = [
        (w.location.line_start, w.location.line_end)
        for w in ctx.warnings
        if w.code.startswith("plan_") and w.code != UNPLACED and w.location is not None
    ]
    for k, (number, key, fields) in enumerate(headers):
        end = headers[k + 1][0] - 1 if k + 1 < len(headers) else last_line
        if end <= number or ctx.structure.get(number) == PROGRESS_TABLE:
            continue  # (a progress table's header: its rows were read, for the actions they speak of)
        start = (headers[k - 1][0] + 1 if k else 0) if number in apart else number
        if any(start <= n <= end for n in read) or any(a <= end and b >= start for a, b in told):
            continue
        named = ", ".join(dict.fromkeys(fields))
        ctx.warn(
            CODE,
            f"an action plan is printed here (its header {key!r} names {named}) but no action "
            "could be read from its rows",
            location_of(doc, number, end),
        )
