"""The page of a timeline before any ink: which lanes in which order and colour, the period
shown, the title, and where events sharing a date sit within their lane."""

from __future__ import annotations

from datetime import date, timedelta

from dhrparse.models import Document
from dhrparse.timeline.events import NO_AGENCY, OTHER_AGENCIES, Placed, lane_order, period

LANE_LABEL_CHARS = 30
PALETTE = [
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#7f7f7f",
    "#bcbd22",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
]
GREY = "#555555"  # the no-agency and merged lanes, and the legend's marks
DODGE_STEPS = (0.0, -0.14, 0.14, -0.28, 0.28)


class Layout:
    def __init__(self, placed: list[Placed], docs: list[Document], date_from, date_to):
        self.placed, self.docs = placed, docs
        self.date_from, self.date_to = date_from, date_to
        self.lanes = lane_order(placed)
        self.colour = {lane: PALETTE[i % len(PALETTE)] for i, lane in enumerate(self.lanes)}
        for lane in (NO_AGENCY, OTHER_AGENCIES):
            self.colour[lane] = GREY

    def title(self) -> str:
        review = self.docs[0].review if self.docs else None
        kind = (review.review_type or "Review") if review else "Review"
        where = f" – {review.area}" if review and review.area and len(self.docs) == 1 else ""
        what = f"{kind}{where}" if len(self.docs) == 1 else f"{len(self.docs)} reviews"
        return f"{what}: chronology, {len(self.placed)} events"

    def lane_label(self, lane: str) -> str:
        n = sum(1 for p in self.placed if p.lane == lane)
        name = lane if len(lane) <= LANE_LABEL_CHARS else lane[: LANE_LABEL_CHARS - 1] + "…"
        return f"{name} ({n})"

    def lane_font(self) -> float:
        return 8 if len(self.lanes) <= 12 else 7 if len(self.lanes) <= 18 else 6

    def label_font(self) -> float:
        return 6.5 if len(self.placed) <= 60 else 6 if len(self.placed) <= 120 else 5.5

    def span(self) -> tuple[date, date]:
        """The period shown: every event (and the death, when inside --from/--to), padded."""
        starts = [p.start for p in self.placed]
        ends = [p.end or p.start for p in self.placed]
        death = self.death()
        lo, hi = min(starts), max(ends)
        if (
            death
            and (not self.date_to or death <= self.date_to)
            and (not self.date_from or death >= self.date_from)
        ):
            lo, hi = min(lo, death), max(hi, death)
        lo, hi = self.date_from or lo, self.date_to or hi
        pad = max(timedelta(days=15), (hi - lo) * 0.03)
        # room on the right for the last events' labels
        return lo - pad, hi + pad * 2

    def death(self) -> date | None:
        for doc in self.docs:
            when = period(doc.review.date_of_death)
            if when:
                return when[0]
        return None

    def shows_death(self) -> bool:
        """A death line belongs to one review; several drawn together have several deaths."""
        return self.death() is not None and len(self.docs) == 1

    def dodge(self, width: float, x_of) -> None:
        """Events of one lane closer than `width` (a mark's width in axis units; `x_of` turns a
        date into one) stack up and down the lane, so that each stays visible (up to a few;
        the rest share the outermost places)."""
        last: dict[str, tuple[float, int]] = {}
        for p in sorted(self.placed, key=lambda p: (p.lane, p.start)):
            if p.end is not None:
                continue
            x = x_of(p.start)
            prev = last.get(p.lane)
            k = prev[1] + 1 if prev and x - prev[0] < width else 0
            p.offset = DODGE_STEPS[min(k, len(DODGE_STEPS) - 1)]
            last[p.lane] = (x if k == 0 else prev[0], k)
