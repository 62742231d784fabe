"""Key practice episodes: a sub-heading naming an episode by its number and its dates ("KPE 2:
September 2021 – January 2022 – Missed letters", "Key episode 3 (June – August 2020): the move")
over the paragraph that tells it, as safeguarding adults reviews set out their analysis. The
heading is that paragraph's date cell: the entry is dated by the heading's whole span (its start
and its end), never relatively, and its title opens the entry's text."""

from __future__ import annotations

from dataclasses import dataclass

from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

_AFTER_DATES = " )–-:.,;"  # (what stands between an episode's dates and its title)


@dataclass(frozen=True)
class Episode:
    date: DateValue
    title: str  # the heading's words after its dates ("Missed letters"), or ""


def episode_heading(text: str, p: Patterns) -> Episode | None:
    """The episode a heading line names: its label and number, then its dates at once."""
    text = " ".join(text.split())
    label = next((m for rx in p.regexes("chronology.entries.episode_label") if (m := rx.match(text))), None)
    if label is None:
        return None
    rest = text[label.end() :]
    found = find_dates(rest, p)
    if not found or found[0].start != 0:
        return None
    title = rest[found[0].end :].lstrip(_AFTER_DATES).strip()
    return Episode(found[0].value, title)


def episode_text(episode: Episode, account: str) -> str:
    """The entry's text: the episode's title, then the paragraph that tells it."""
    if not episode.title:
        return account
    stop = "" if episode.title[-1] in ".!?" else "."
    return f"{episode.title}{stop} {account}"
