"""A panel list that marks the report's author with a sign after their name, its key printed under
the list: "Jo Roe*   Independent Reviewer   Independent" ... "* author of this report". The person
the key's sign marks is the author, whatever role the list prints beside them (a panel of two
independent people, the chair and the reviewer, marks which of them wrote). Read only where the
key names the author and one name in the lines above it, within the list's reach, carries its sign."""

from __future__ import annotations

import re
from collections.abc import Callable

from dhrparse.extractors.review.printing import compiled, uncapitalised
from dhrparse.patterns import Patterns

_REACH = 30  # lines above the key a panel list runs to


def marked_author(
    lines: list[str], name: str, ok: Callable[[str], str | None], p: Patterns
) -> tuple[int, str | None]:
    """(line, name) of the person the author's key marks, (0, None) where none is; `name` is a
    person's name expression holding a `name` group, `ok` the name it reads as a person's, if any
    (extractors.review.author)."""
    key = compiled(p.get("review.author.author_mark_key", r"(?!x)x"))
    for k, line in enumerate(lines):
        m = key.match(line)
        if m is None:
            continue
        sign = compiled(rf"(?<![\w]){name}\s*{re.escape(m.group('mark'))}(?![\w*†‡])", 0)
        marked = [
            (i, ok(found.group("name")))
            for i in range(max(0, k - _REACH), k)
            for found in sign.finditer(uncapitalised(lines[i]))
        ]
        if len(marked) == 1:
            return marked[0]
    return 0, None
