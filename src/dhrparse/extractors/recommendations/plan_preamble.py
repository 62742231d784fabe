"""The report's recommendations as a plan prints them above its table.

Many action plans open with a short note on the review and a numbered list of the report's
recommendations ("The overview report made the following recommendations:" then "1. The
Partnership should ...", "2. ...") before the table of actions that answer them. The plan's
table holds only actions ("1a", "1b" under each number), so the list is where the
recommendations are stated. It is read only when nothing else in the document states them:
a report's own chapter always wins, and a summary list in a report is an alias, not a record.
"""

from __future__ import annotations

from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.lists import summary_list
from dhrparse.extractors.recommendations.reading import Reading

# A list this short is a summary sentence's examples, not the review's recommendations.
_FEWEST = 2


def listed_items(r: Reading) -> list[Item]:
    """The items of the first announced numbered list whose every item asks someone to act."""
    announce = r.ctx.patterns.regexes("recommendations.list_announcement")
    for i, block in enumerate(r.blocks):
        # (a one-line announcement, "The review made four recommendations:", may be set as a heading)
        if block.kind not in ("paragraph", "heading") or not block.text.rstrip().endswith(":"):
            continue  # (cheap first: an announcement ends on its colon)
        if not any(rx.search(_last_sentence(block.text)) for rx in announce):
            continue
        items = _numbered(summary_list(r, i, block.line_start)[0])
        if len(items) >= _FEWEST and all(_asks(r, it) for it in items):
            return items
    return []


def _numbered(items: list[Item]) -> list[Item]:
    """A numbered list's items up to the first printed without a number: the unnumbered line
    after it ("– a practitioner at the learning event" closing a quotation box) is not the list's."""
    if not items or not items[0].ref:
        return items
    cut = next((k for k, it in enumerate(items) if not it.ref), len(items))
    return items[:cut]


def _last_sentence(text: str) -> str:
    # the announcement closes a paragraph that may first tell the case ("... died in May. The
    # report made the following recommendations:")
    cut = max(text.rfind(". "), text.rfind("? "))
    return text[cut + 2 :] if cut >= 0 else text


def _asks(r: Reading, item: Item) -> bool:
    return bool(item.ref) and bool(r.vocab.asking.search(item.text))
