"""The people whose deaths the review is into, with their ages where the report gives them."""

from __future__ import annotations

import re

from dhrparse.extractors.review.printing import TITLE_LINES
from dhrparse.models import Victim
from dhrparse.patterns import Patterns


def victims(lines: list[str], p: Patterns) -> list[Victim]:
    names: list[str] = []
    for line in lines[:TITLE_LINES]:
        for rx in p.regexes("review.victims.title_names", flags=0):
            m = rx.search(line)
            if m:
                names += [n.strip() for n in re.split(r"\s*(?:&|\band\b)\s*", m.group("names")) if n.strip()]
    ages: dict[str, int] = {}
    text = "\n".join(lines)
    for rx in p.regexes("review.victims.death_of_aged", flags=0):
        for m in rx.finditer(text):
            name, age = m.group("name").strip(), int(m.group("age"))
            if 0 < age < 120:  # a title may have named the deceased already; this gives her age
                if name not in names:
                    names.append(name)
                ages.setdefault(name, age)
    for key in ("review.victims.aged_name", "review.victims.name_aged"):
        for rx in p.regexes(key, flags=0):
            for m in rx.finditer(text):
                name, age = m.group("name").strip(), int(m.group("age"))
                if 0 < age < 120 and (not names or name in names or name.lower() == "the victim"):
                    ages.setdefault(name, age)
    if not names:
        names = [n for n in ages if n.lower() == "the victim" or n in ages and re.match(r"[A-Z][a-z]+ \d", n)]
    return [Victim(pseudonym=n, age=ages.get(n)) for n in names]
