"""A row's RAG rating where a plan prints it beside other words, not alone in a status cell.

Three printed forms rate the row more plainly than the words around them:
- a status cell that opens with a colour and goes on with a comment ("Red – panel decision
  awaited; preparatory work done", "Green 14/11/2024"): the colour is the rating, the comment
  only explains it, so its words ("done") do not overrule the colour;
- a progress cell whose prose ends with the rating on its own ("Guide published in October.
  Blue", "... third session to be updated. Amber", "... since May. Complete"): that last word
  is the row's status, printed where the plan has no status column of its own;
- a progress cell holding a colour alone ("Red") beside an empty status cell: the rating printed
  a column early.
A colour means what the plan's own key says (plan.rag_key), else the defaults of
patterns/actions.toml [status.rag]. The cell the rating was read from is recorded.
"""

from __future__ import annotations

import regex

from dhrparse.models import Status
from dhrparse.patterns import Patterns
from dhrparse.plan.rag_key import RAG_COLOURS, UNFINISHED_COLOURS, colour_alone
from dhrparse.plan.status import opening_status, status_words
from dhrparse.prepare.markup import flatten

# a colour opening the cell, then the end, a dash or stop, or a date
_OPENING_COLOUR = regex.compile(rf"^\W*(?P<colour>{RAG_COLOURS})\b(?=\s*(?:$|[–—:;,(-]|\d))", regex.I)
_STOPS = ".;!?)\n"  # what ends the sentence before a rating
MAX_RATING_CHARS = 30
MAX_RATING_WORDS = 3  # "Complete", "On track", "Not yet started": the rating alone, not a sentence


def colour_value(colour: str, key: dict[str, str], p: Patterns) -> str | None:
    """What a colour means in this plan: its key first, the defaults after."""
    colour = colour.lower()
    return key.get(colour) or (p.get("actions.status.rag", {}) or {}).get(colour)


def opening_colour(cell: str | None) -> str | None:
    """The colour a status cell opens with, when a comment or date follows it."""
    m = _OPENING_COLOUR.match(cell or "")
    return m.group("colour").lower() if m else None


def _spelt_out(cell: str, p: Patterns) -> str | None:
    """The status a cell spells out after its colour ("Green – complete", "Red - not started"):
    where a plan's key gives a colour two meanings ("complete or on track"), the words printed
    beside it say which one this row has. A comment after the colour is no such word."""
    rest = _OPENING_COLOUR.sub("", cell, count=1).strip(" \t–—:;,-")
    if not rest or len(rest.split()) > MAX_RATING_WORDS:
        return None
    # ("Amber – first audit done": words naming a part of the work done spell no status; an
    # amber or red row is never complete by its words, plan.rag_key)
    value = opening_status(rest, p)
    colour = opening_colour(cell)
    return None if value == "complete" and colour in UNFINISHED_COLOURS else value


def closing_rating(text: str | None, key: dict[str, str], p: Patterns) -> tuple[str, str, str | None] | None:
    """(word, value, colour) of the rating ending a prose cell, or None. The prose must say
    something before it: a cell holding the rating alone is a status cell's business."""
    word = _last_sentence(text or "")
    if not word or len(word.split()) > MAX_RATING_WORDS:
        return None
    if colour_alone(word):
        value = colour_value(word, key, p)
        return (word, value, word.lower()) if value else None
    value = status_words(word, p)
    return (word, value, None) if value else None


def colour_cell(text: str | None, key: dict[str, str], p: Patterns) -> tuple[str, str, str | None] | None:
    """(word, value, colour) of a progress cell holding nothing but a colour ("Red"), or None:
    the row's rating printed a column early (a row carried over a page), where its own status
    cell is empty."""
    word = " ".join(flatten(text or "").split()).strip(" .")
    if not colour_alone(word):
        return None
    value = colour_value(word, key, p)
    return (word, value, word.lower()) if value else None


def _last_sentence(text: str) -> str:
    """The prose's last sentence, after a stop or a line end, when one came before it ("" if
    none, or if it is longer than a rating)."""
    body = text.rstrip(" \t\n.!?;:")
    cut = max(body.rfind(c) for c in _STOPS)
    last = body[cut + 1 :] if cut >= 0 else ""
    if cut < 0 or len(last) > MAX_RATING_CHARS or body[cut] != "\n" and last[:1] not in (" ", "\t"):
        return ""
    return " ".join(last.split())


def rate_row(
    status: Status, status_cell: str | None, sources: list[tuple[str, str]], key: dict[str, str], p: Patterns
) -> Status:
    """The row's status once its printed rating is read: a colour opening the status cell, else
    a rating ending a progress text (only where no status cell said anything)."""
    colour = opening_colour(status_cell)
    if colour and status_words(status_cell, p) is not None:
        value = _spelt_out(status_cell, p) or colour_value(colour, key, p)
        if value:
            return Status(raw=status.raw, value=value, rag=colour)
    if status_cell and status.value != "unknown" and not status.judged_from:
        return status
    for name, text in sources:
        rating = closing_rating(text, key, p) or colour_cell(text, key, p)
        if rating:
            word, value, rag = rating
            return Status(raw=word, value=value, rag=rag, judged_from=f"{name}: {flatten(text)[:200]}"[:240])
    return status
