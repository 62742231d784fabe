"""A plan's key of status codes ("Key: C = complete; IP = in progress; NS = not started"): what
each letter code in the plan's status column means.

Some plans print each action's state as a code of one to three capital letters and spell the
codes out only in a key line over the table. The cell then names no status in words, so the code
is read through that key. A key pairs at least two codes, each once, with meanings the status
vocabulary of patterns/actions.toml [status] reads, and every code it explains must read so;
a line that is a table row of more than two cells, or a long sentence, is no key.
"""

from __future__ import annotations

import regex

from dhrparse.document import SourceDocument
from dhrparse.models import Status
from dhrparse.patterns import Patterns
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


def read_code_key(doc: SourceDocument, p: Patterns) -> dict[str, str]:
    """Code -> status value, from the first key line printed anywhere in the document; {}
    without one."""
    for text in key_line_texts(doc):
        if "=" not in text or len(text) > MAX_KEY_CHARS:
            continue
        key = _line_key(flatten(text), p)
        if key:
            return key
    return {}


def _line_key(text: str, p: Patterns) -> dict[str, str]:
    key: dict[str, str] = {}
    for m in _ENTRY.finditer(text):
        code, value = m.group("code"), status_words(m.group("meaning"), p)
        if code in key or value is None:
            return {}  # (a code explained twice, or a meaning that is no state: no status key)
        key[code] = value
    return key if len(key) >= MIN_ENTRIES and len(set(key.values())) >= MIN_ENTRIES else {}


def through_code_key(status: Status, cell: str | None, key: dict[str, str]) -> Status:
    """A status cell holding one code of the plan's key alone, read through the key: the key is
    the plan's own word on what the code means."""
    m = _CODE_CELL.match(cell or "")
    if not m or m.group("code") not in key or (status.value != "unknown" and not status.judged_from):
        return status
    return status.model_copy(update={"value": key[m.group("code")], "raw": cell.strip(), "judged_from": None})
