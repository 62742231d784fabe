"""A plan's key of status codes ("Key: C = complete; IP = in progress; NS = not started"): what
each letter code in the plan's status column means.

Some plans print each action's state as a code of one to three capital letters and spell the
codes out only in a key line over the table. The cell then names no status in words, so the code
is read through that key. A key pairs at least two codes, each once, with meanings the status
vocabulary of patterns/actions.toml [status] reads, and every code it explains must read so;
a line that is a table row of more than two cells, or a long sentence, is no key.
A grading scale may instead be a small table, a row for each letter (Grade | Definition: "A |
Completed and embedded", "B | Completed; impact not yet shown", "C | Partially complete", "D |
Not started"): its letters follow one another in the alphabet, each meaning's first clause
naming a state. The key is the plan's own word on what its letters mean, so a letter cell is
read through it before any colour letter reading ("A" amber, "B" blue).
"""

from __future__ import annotations

import regex

from dhrparse.document import SourceDocument
from dhrparse.models import Status
from dhrparse.patterns import Patterns
from dhrparse.plan.grade_blocks import grade_block_key
from dhrparse.plan.key_tables import table_key
from dhrparse.plan.number_key import key_line_texts
from dhrparse.plan.status import status_words
from dhrparse.prepare.markup import flatten

MIN_ENTRIES = 2
MAX_KEY_CHARS = 300
# a code and its meaning, up to the next mark closing it or the next code ("IP = in progress;")
_ENTRY = regex.compile(
    r"(?<![\w/])(?P<code>\p{Lu}{1,3})\s*=\s*(?P<meaning>[^;,=.()]+?)\s*(?=[;,.()]|\s+\p{Lu}{1,3}\s*=|$)"
)
_CODE_CELL = regex.compile(r"^\W*(?P<code>\p{Lu}{1,3})\W*$")
# a grading table's row: its letter, then the meaning ("B Completed; impact not yet shown")
_GRADE_ROW = regex.compile(r"^\s*(?P<code>\p{Lu})\s+(?P<meaning>\S.*?)\s*$")
_CLAUSE = regex.compile(r"(?<!\s)\s*+[;,:–—(]\s*+|(?<!\s)\s++-\s++")
# a meaning's first clause: "Partially complete", "Action complete and embedded in practice"
CLAUSE_WORDS = 10
WRAP_WORDS = 10  # a meaning wrapped in its narrow cell: its next lines, short of a page's width


def read_code_key(doc: SourceDocument, p: Patterns) -> dict[str, str]:
    """Code -> status value, from the first key line printed anywhere in the document; {}
    without one. The key is the document's: read once and kept on it (the tracker's cut, the
    graded cells, the ref bands and the plan's statuses all ask; a document is read with one
    set of patterns), each caller given its own copy."""
    return dict(doc.derived(CODE_KEY, lambda d: _document_key(d, p)))


CODE_KEY = "plan.code_key"  # (the key's place among what the document keeps: SourceDocument.derived)


def _document_key(doc: SourceDocument, p: Patterns) -> dict[str, str]:
    for text in key_line_texts(doc):
        if "=" not in text or len(text) > MAX_KEY_CHARS:
            continue
        key = _line_key(flatten(text), p)
        if key:
            return key
    return _grade_table_key(doc, p)


def _grade_table_key(doc: SourceDocument, p: Patterns) -> dict[str, str]:
    """Letter -> status value from a grading table's rows ("A Completed and embedded; ..."), its
    letters in alphabetical order from A; {} without one."""
    texts = (flatten(text) for text in key_line_texts(doc))
    key = table_key(
        texts, lambda text: _grade_row(text, p), lambda text: _GRADE_ROW.match(text) is not None, WRAP_WORDS
    )
    # (or printed as column blocks on plain text: the letters' block, then the meanings': plan.grade_blocks)
    key = key or grade_block_key(doc.lines, lambda text: _grade_row(text, p))
    letters = "".join(key)
    in_order = letters == "ABCDEFGH"[: len(letters)]
    return key if in_order and len(set(key.values())) >= MIN_ENTRIES else {}


def _grade_row(text: str, p: Patterns) -> tuple[str, str] | None:
    """(letter, status) of a grading table's row: the first clause of its meaning names a state,
    else the whole meaning does."""
    m = _GRADE_ROW.match(text)
    if m is None or len(text) > MAX_KEY_CHARS:
        return None
    clause = _CLAUSE.split(m.group("meaning"), maxsplit=1)[0]
    value = status_words(clause, p) if len(clause.split()) <= CLAUSE_WORDS else None
    value = value or status_words(m.group("meaning"), p)
    return (m.group("code"), value) if value is not None else None


def _line_key(text: str, p: Patterns) -> dict[str, str]:
    key: dict[str, str] = {}
    for m in _ENTRY.finditer(text):
        code, value = m.group("code"), status_words(m.group("meaning"), p)
        if code in key or value is None:
            return {}  # (a code explained twice, or a meaning that is no state: no status key)
        key[code] = value
    return key if len(key) >= MIN_ENTRIES and len(set(key.values())) >= MIN_ENTRIES else {}


def through_code_key(status: Status, cells: list[str | None], key: dict[str, str]) -> Status:
    """A status cell holding one code of the plan's key alone, read through the key: the key is
    the plan's own word on what the code means, over a state read from the cell's letter alone.
    With no state read, a column no field is for ("Grade") holding one code alone says it."""
    status_cell, *others = cells
    m = _CODE_CELL.match(status_cell or "")
    if m and m.group("code") in key:
        return status.model_copy(
            update={"value": key[m.group("code")], "raw": status_cell.strip(), "judged_from": None}
        )
    if status.value != "unknown" or not key:
        return status
    for cell in others:
        m = _CODE_CELL.match(cell or "")
        if m and m.group("code") in key:
            return status.model_copy(update={"value": key[m.group("code")], "raw": cell.strip()})
    return status
