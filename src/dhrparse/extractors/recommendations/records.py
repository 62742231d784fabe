"""An item as found -> the Recommendation record: who must act, in the name the report gives."""

from __future__ import annotations

import re

from dhrparse.extractors.recommendations import bilingual, coded_lists, prose, responses
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.models import Recommendation

# an actor named only by the kind of body it is ("The Trust should ...")
_GENERIC = re.compile(
    r"(?i)(?:the\s+)?(?:trust|service|council|board|partnership|police|force|practice|agency)"
)


def to_record(r: Reading, item: Item) -> Recommendation:
    actor = None if item.actorless else _actor(r, item)
    if item.level == "overview" and not item.agency and not item.actorless:
        actor = prose.addressee(r, item.text, actor)
    agency_printed = r.names.full_name(bilingual.one_language(r.ctx.patterns, actor) if actor else actor)
    record = Recommendation(
        id="",
        ref=item.ref,
        parent_ref=item.parent_ref,
        level=item.level,
        agency=r.names.canonical(agency_printed),
        agency_printed=agency_printed,
        title=item.title,
        text=item.text,
        outcome=item.outcome,
        location=r.loc(item.blocks),
    )
    return responses.set_apart(r, record)


def to_records(r: Reading, items: list[Item]) -> list[Recommendation]:
    return [to_record(r, it) for it in items]


def _actor(r: Reading, item: Item) -> str | None:
    """An agency's own recommendation belongs to its agency; an overview one names its actor
    in its text, or under a heading or lead-in that names it."""
    if item.agency and _LONE_MARK.fullmatch(item.agency):
        # a table's reference cell ("C") read as the heading over its rows names no body
        return r.actors.find(item.text)
    if item.addressed:
        return item.agency  # ("Response required from: <agency>" under the text names who acts)
    if item.level == "agency" and item.source in r.closing_lists:
        return item.agency  # (an agency's closing list: "The practice should ..." is that agency)
    if item.level != "overview" or item.agency:
        # "The practice should ..." filed under another body's heading names its own body
        return r.names.named_instead(item.text, item.agency) or item.agency
    printed = _led_by_name(r, item.text) or r.actors.find(item.text)
    # (an item opening on a verb in lower case goes on its lead-in's sentence: "the Partnership:
    # a) asks the police to ...", whose actor is the lead-in's)
    continues = item.text[:1].islower()
    if item.actor_text and (not printed or continues or _GENERIC.fullmatch(printed)):
        # "The Trust should ..." under the heading "MARLOW VALE HOSTELS TRUST", or a
        # sub-item under its lead-in "The Trust should:"
        printed = r.actors.find(item.actor_text) or (
            item.actor_text if r.actors.is_body(item.actor_text) else printed
        )
    return printed


_LONE_MARK = re.compile(r"\(?(?:[A-Za-z]|\d{1,2})[.)]?")
_NAME_LEAD = re.compile(r"^(?P<name>[A-Z][^:.;]{2,80}):\s+[A-Z]")


def _led_by_name(r: Reading, text: str) -> str | None:
    """A recommendation to a national body led by the body's name ("Home Office: The Home
    Office should ..."): the lead names the actor, not the sentence's subject repeated."""
    m = _NAME_LEAD.match(text)
    return m.group("name") if m and r.actors.is_body(m.group("name")) else None


def name_actor(r: Reading, rec: Recommendation) -> None:
    """A statement that came only from a plan names its actor in its text too, and so does a
    single-agency recommendation printed with no agency heading above it ("Police should ...")."""
    if not rec.agency:
        rec.agency_printed = r.names.full_name(r.actors.find(rec.text))
        rec.agency = r.names.canonical(rec.agency_printed)


def plan_statement(r: Reading, rec: Recommendation) -> Recommendation:
    """A plan's statement filed under the plan's section heading as if it were an agency
    ("Overview Report Recommendations"): that heading names a kind of recommendation, not a
    body, so the statement is an overview one and names its actor in its text."""
    heading = rec.agency or ""
    if (
        rec.level == "agency"
        and any(p.search(heading) for p in r.vocab.overview_section)
        and not any(p.search(heading) for p in r.vocab.agency_section)
        and not r.actors.is_body(r.vocab.agency_in_heading.sub("", heading) or "x")
    ):
        rec = rec.model_copy()
        rec.level, rec.agency, rec.agency_printed = "overview", None, None
        name_actor(r, rec)
    elif rec.level == "agency" and r.names.named_instead(rec.text, rec.agency):
        rec = rec.model_copy()
        rec.agency = rec.agency_printed = r.names.named_instead(rec.text, rec.agency)
    elif rec.level == "overview" and rec.ref and coded_lists.agency_coded_ref(r, rec.ref):
        # (a tracker's row coded as an agency's own review's, "IMR-P1", where no Source column
        # was read beside it: the agency's recommendation, naming the body it asks in its text)
        rec = rec.model_copy()
        rec.level = "agency"
        name_actor(r, rec)
    return rec
