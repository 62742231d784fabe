"""The author of a report sent by email, as an email export prints it: the header block ("From:
<name>" / "Sent: <date>" / "To: ..." / "Subject: ...") and a message whose writer says the report is
their own ("Please find attached my final overview report as independent chair and author"). The
sender is the author only when the message says so: a coordinator forwarding a report is not."""

from __future__ import annotations

import re
from collections.abc import Callable

from dhrparse.extractors.review.printing import compiled
from dhrparse.patterns import Patterns

_HEADER_LINES = 8  # where an export prints the header block: the first lines
_MESSAGE_LINES = 40  # the message read for the sender's word that the report is theirs
_FROM = re.compile(r"^\s*From\s*:\s*(?P<who>.+?)\s*$")
_HEADER = re.compile(r"^\s*(?:Sent|Date|To|Cc|Subject)\s*:", re.IGNORECASE)


def sender_author(lines: list[str], p: Patterns, name_alone: Callable[[str], str | None]) -> str | None:
    """The name on an email header's "From:" line, when the header block holds at least two other
    header lines and the message calls the report the sender's own; else None. `name_alone` reads
    a line that is a person's name and nothing more (the author reader's own)."""
    own = compiled(p.get("review.author.own_report", r"(?!x)x"))
    for i, line in enumerate(lines[:_HEADER_LINES]):
        m = _FROM.match(line)
        if m is None:
            continue
        headers = sum(bool(_HEADER.match(h)) for h in lines[i + 1 : i + 5])
        name = name_alone(m.group("who"))
        message = " ".join(lines[i + 1 : i + 1 + _MESSAGE_LINES])
        if name and headers >= 2 and own.search(message):
            return name
    return None
