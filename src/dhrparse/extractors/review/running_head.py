"""The author a running head names: "Overview Report | Jo Roe | FINAL v4.2", printed at the top of
every page, names the report, its writer and its edition.

A running head is a line the reader set apart as one, or a line the opening prints word for word
more than once (a text export keeps the heads among the pages' lines). Read only when nothing in
the opening names the author, and only from a running head set out in
parts (apart by pipes, tabs or dashes between spaces) one of which names the report (its title
words, patterns/review.toml [doc_kind]) and exactly one other is a person's whole name alone. A head
speaking of the death ("Review into the death of Jo Roe") names the person who died, not the writer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from dhrparse.patterns import Patterns

# a head's parts: a bar or a dash between spaces, or a tab, with the spaces about it (tried from the
# first of a run of spaces only: each run is scanned once)
_PARTS = re.compile(r"(?<!\s)(?:\s+[|–—]\s+|\s*\t\s*)")
_TITLES = ("overview_title", "executive_summary_title", "review_title", "action_plan_title")


def running_head_author(
    heads: Sequence[str], lines: Sequence[str], alone: Callable[[str], str | None], p: Patterns
) -> str | None:
    """The one name a running head prints beside the report's title, or None."""
    titles = [rx for key in _TITLES for rx in p.regexes(f"review.doc_kind.{key}")]
    death = p.joined("review.death.words")
    generic = p.regexes("review.death.not_this_death")  # ("Domestic Homicide Review": the kind of review)
    for head in list(heads) + _repeated(lines):
        parts = [part.strip() for part in _PARTS.split(head) if part.strip()]
        titled = [any(rx.search(part) for rx in titles) for part in parts]
        if len(parts) < 2 or not any(titled) or _tells_a_death(head, death, generic):
            continue
        names = [name for part, title in zip(parts, titled) if not title and (name := alone(part))]
        if len(names) == 1 and len(names[0].split()) >= 2:
            return names[0]
    return None


def _tells_a_death(head: str, death, generic) -> bool:
    """Whether the head speaks of a death, the words naming the kind of review set aside."""
    for rx in generic:
        head = rx.sub(" ", head)
    return death.search(head) is not None


def _repeated(lines: Sequence[str]) -> list[str]:
    """The lines printed word for word more than once, in the order first printed."""
    counts = Counter(line.strip() for line in lines if line.strip())
    return [line for line, n in counts.items() if n > 1]
