"""Which review a document belongs to.

An overview report, its executive summary and its separately published action
plans are one review. Documents that print a review id are matched the way the
batch linker matches them (`review_key`: no spacing, case or punctuation), kept
apart by area when both documents name one ("DHR 3" is printed by many areas).
A document that prints no id is known by what stands in for its title: review
type, area and the month of death (or, without a date, the first victim's
pseudonym: a summary often gives the date but not the name).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dhrparse.batch.link import review_key
from dhrparse.models import Review


def _slug(text: str | None) -> str | None:
    if not text:
        return None
    slug = regex.sub(r"[\W_]+", "-", text.casefold()).strip("-")
    return slug or None


@dataclass(frozen=True)
class Identity:
    id_key: str | None  # normalised printed review id
    area_key: str | None
    title_key: str | None  # stands in for the title when no id is printed
    label: str  # how people will read it

    def candidate(self) -> str | None:
        """The review key this document gets when no review in the library claims it first."""
        if self.id_key:
            return f"{self.id_key}@{self.area_key}" if self.area_key else self.id_key
        return self.title_key


def identify(review: Review) -> Identity:
    area = _slug(review.area)
    label_parts = [review.review_type or "review", review.area or "unknown area"]
    if review.review_id:
        return Identity(review_key(review.review_id), area, None, review.review_id)
    death = review.date_of_death.start if review.date_of_death and review.date_of_death.start else None
    victim = _slug(review.victims[0].pseudonym) if review.victims else None
    if death:
        label_parts.append(death[:7])
    if review.victims:
        label_parts.append(f"({review.victims[0].pseudonym})")
    title = None
    if area and (death or victim):
        title = "@".join([_slug(review.review_type) or "review", area, death[:7] if death else victim])
    return Identity(None, area, title, " ".join(label_parts))
