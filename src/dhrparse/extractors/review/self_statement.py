"""The author speaking for themselves in a statement of independence: "I, Jo Roe, was appointed by
the Partnership in June 2022 as the independent chair of this review and the author of its
overview report", "I, Jo Roe, am the lead reviewer". The name stands between "I," and its comma;
the sentence after it, read over the lines it wraps onto, must give the role, and an author's
role (author, writer, reviewer) ranks before a chair's. A reviewer answering for themselves ("I'm Jo
Roe, a former probation officer. I was asked by the Board to lead the review") may claim the role in
the sentence after the one naming them. A statement naming no role ("I, Jo Roe,
confirm that I have no connection with any agency") offers no one."""

from __future__ import annotations

import re

from dhrparse.extractors.review.printing import compiled
from dhrparse.patterns import Patterns

_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])[.;](?=\s|$)")
_WRAPS = 3  # lines a statement's first sentence runs on to


class SelfStatement:
    """The first-person statement's vocabulary: `name` is a person's name expression holding a
    `name` group (extractors.review.author)."""

    def __init__(self, p: Patterns, name: str):
        self.opening = compiled(p.get("review.author.self_statement", r"(?!x)x") + name + r"\s*,\s*", 0)
        self.author = compiled(p.get("review.author.self_statement_author", r"(?!x)x"))
        self.chair = compiled(p.get("review.author.self_statement_chair", r"(?!x)x"))
        # ("I'm Jo Roe, a former probation officer. I was asked by the Board to lead the review")
        self.claim = compiled(p.get("review.author.self_statement_claim", r"(?!x)x"), 0)

    def offers(self, lines: list[str], i: int) -> list[tuple[int, str]]:
        """(rank, name as printed) for each statement opening on line i: rank 0 the author, 1 the chair."""
        found = []
        for m in self.opening.finditer(lines[i]):
            said = " ".join([lines[i][m.end() :], *lines[i + 1 : i + _WRAPS]])
            end = _SENTENCE_END.search(said)
            after, said = (said[end.end() :], said[: end.start()]) if end else ("", said)
            if self.author.search(said) or self.claim.match(after):
                found.append((0, m.group("name")))
            elif self.chair.search(said):
                found.append((1, m.group("name")))
        return found
