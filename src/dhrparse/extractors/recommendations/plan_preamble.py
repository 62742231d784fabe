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
from dhrparse.extractors.recommendations.records import to_records
from dhrparse.models import Recommendation

# A list this short is a summary sentence's examples, not the review's recommendations.
_FEWEST = 2
TITLE_WORDS = 5  # a tracker's short name for a recommendation ("Risk sharing") is a few words


def stated_above(
    r: Reading, records: list[Recommendation], plan: list[Recommendation]
) -> tuple[list[Recommendation], list[Recommendation]]:
    """(records, plan statements), the list printed above a plan that names its recommendations
    only by short names taking the place of both (`under_titles`), where the report states none."""
    titled = [] if records else under_titles(r, plan)
    return (titled, []) if titled else (records, plan)


def under_titles(r: Reading, plan: list[Recommendation]) -> list[Recommendation]:
    """The recommendations of the list printed above the plan, when the plan names each only by
    a number and a short name (a tracker's lookup "Rec 1 - Risk sharing": no sentence asking
    anyone to act): the announced list, else the numbered list whose numbers are the plan's own,
    each item keeping the plan's name for it as its title. None where the plan states any
    recommendation itself or no such list is printed."""
    if not plan or not all(_titled(r, stmt) for stmt in plan):
        return []
    names = {stmt.ref: stmt.text.strip() for stmt in reversed(plan)}
    items = listed_items(r) or _numbered_as(r, set(names))
    return [rec.model_copy(update={"title": rec.title or names.get(rec.ref)}) for rec in to_records(r, items)]


def _numbered_as(r: Reading, refs: set[str | None]) -> list[Item]:
    """The first list numbered 1, 2, ... whose numbers are `refs` and whose every item asks
    someone to act."""
    for i, block in enumerate(r.blocks[1:]):
        if block.kind != "paragraph" or block.number != "1":
            continue
        items = _numbered(summary_list(r, i, r.blocks[i].line_start)[0])
        if len(items) >= _FEWEST and {it.ref for it in items} == refs and all(_asks(r, it) for it in items):
            return items
    return []


def _titled(r: Reading, stmt: Recommendation) -> bool:
    words = stmt.text.split()
    return bool(stmt.ref) and 0 < len(words) <= TITLE_WORDS and not r.vocab.asking.search(stmt.text)


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
