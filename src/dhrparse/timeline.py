"""A picture of a review's chronology: what happened when, and which agency saw it.

One lane per agency (events naming none share a lane of their own), a time axis,
exact dates as filled marks, approximate and relative dates hollow, date ranges as bars,
the date of death as a line across every lane. Labels are the events' first words,
placed only where they fit, never over each other; in the SVG every event is an element
`event-<record id>` with a `<title>` (date and first words) a browser shows on hover.

matplotlib is an optional dependency (`pip install 'dhrparse[plot]'`); it is imported
only here, when a picture is asked for.
"""

from __future__ import annotations

import calendar
import html
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from dhrparse.models import ChronologyEvent, DateValue, Document

A4_LANDSCAPE = (11.69, 8.27)  # inches
NO_AGENCY = "(no agency named)"
OTHER_AGENCIES = "(other agencies)"
MIN_LANE_INCHES = 0.3  # below this a lane's label and marks stop being readable
LANE_INCHES = 0.55  # a lane's height when the page has room
MARGIN_INCHES = 1.1  # title and legend above the lanes, the time axis below
TOP_INCHES, BOTTOM_INCHES = 0.6, 0.45
LABEL_WORDS, LABEL_CHARS = 5, 34
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


class TimelineError(RuntimeError):
    """The picture cannot be drawn (matplotlib missing, an unknown output type)."""


@dataclass
class Placed:
    """An event ready to draw: its period on the time axis and its lane."""

    event: ChronologyEvent
    element_id: str
    start: date
    end: date | None  # a date range when set
    hollow: bool  # approximate, relative, or undated (placed beside its neighbour)
    lane: str

    offset: float = 0.0  # nudge within the lane when events share a date

    @property
    def title(self) -> str:
        raw = self.event.date.raw if self.event.date else "undated"
        heading = f"{self.event.heading}: " if self.event.heading else ""
        return f"{raw} — {heading}{first_words(self.event, 16, 140)}"


def first_words(event: ChronologyEvent, words: int = LABEL_WORDS, chars: int = LABEL_CHARS) -> str:
    """The first words of the event's text, without the date it opens with (a heading is
    often shared by a run of events, so it tells them apart less well)."""
    text = event.text or event.heading or ""
    if event.date and event.date.raw:
        text = (
            re.sub(
                r"^\W*+(?:in|on|during|by|around|about|between|from)?\s*+"
                + re.escape(event.date.raw)
                + r"[\s,.:;-]*",
                "",
                text,
                flags=re.IGNORECASE,
            )
            or text
        )
    if not re.search(r"[A-Za-z]{2}", text):  # the event is only its date
        text = event.text or event.heading or ""
    short = " ".join(text.split()[:words])
    if len(short) > chars:
        short = short[: chars - 1].rstrip() + "…"
    elif len(text.split()) > words:
        short += "…"
    return short


def parse_bound(value: str | None, *, end: bool = False) -> date | None:
    """A date from "2014", "2014-03" or "2014-03-07"; an end bound takes the period's last day."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value.strip())
    if not m:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        month = int(month)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1]) if end else date(year, month, 1)
        return date(year, month, int(day))
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise ValueError(f"not a date: {value!r} ({exc})") from None


def _period(value: DateValue | None) -> tuple[date, date | None] | None:
    if value is None or not value.start:
        return None
    try:
        start = parse_bound(value.start[:10])
        end = parse_bound(value.end[:10], end=True) if value.end and value.end != value.start else None
    except ValueError:
        return None
    return start, end


def place_events(
    docs: list[Document], date_from: date | None = None, date_to: date | None = None, max_lanes: int = 20
) -> list[Placed]:
    """Events on the time axis, in lanes; undated events sit hollow beside the event before them."""
    many = len(docs) > 1
    placed: list[Placed] = []
    for doc in docs:
        previous: date | None = None
        pending: list[ChronologyEvent] = []
        stem = Path(doc.source.name).stem
        for event in doc.chronology:
            period = _period(event.date)
            element_id = f"event-{stem}-{event.id}" if many else f"event-{event.id}"
            lane = event.agencies[0] if event.agencies else NO_AGENCY
            if period is None:
                if previous is None:
                    pending.append(event)
                    continue
                placed.append(Placed(event, element_id, previous, None, True, lane))
                continue
            start, end = period
            approximate = bool(event.date and (event.date.approximate or event.date.relative))
            placed.append(Placed(event, element_id, start, end, approximate, lane))
            for early in pending:  # undated events before the first dated one
                placed.append(
                    Placed(
                        early,
                        f"event-{stem}-{early.id}" if many else f"event-{early.id}",
                        start,
                        None,
                        True,
                        early.agencies[0] if early.agencies else NO_AGENCY,
                    )
                )
            pending, previous = [], start
        for early in pending:  # no dated event at all: nothing to place them by
            placed.append(
                Placed(
                    early,
                    f"event-{stem}-{early.id}" if many else f"event-{early.id}",
                    date.today(),
                    None,
                    True,
                    early.agencies[0] if early.agencies else NO_AGENCY,
                )
            )
    if date_from or date_to:
        lo, hi = date_from or date.min, date_to or date.max
        placed = [p for p in placed if (p.end or p.start) >= lo and p.start <= hi]
    _merge_rare_lanes(placed, max_lanes)
    return placed


def _merge_rare_lanes(placed: list[Placed], max_lanes: int) -> None:
    """Past what A4 can show, the agencies seen least share one lane."""
    counts: dict[str, int] = {}
    for p in placed:
        counts[p.lane] = counts.get(p.lane, 0) + 1
    if len(counts) <= max_lanes:
        return
    keep = {lane for lane, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: max_lanes - 1]}
    keep.add(NO_AGENCY)
    for p in placed:
        if p.lane not in keep:
            p.lane = OTHER_AGENCIES


def lane_order(placed: list[Placed]) -> list[str]:
    """Busiest agency at the top; the no-agency and merged lanes at the bottom."""
    counts: dict[str, int] = {}
    for p in placed:
        counts[p.lane] = counts.get(p.lane, 0) + 1
    named = sorted(
        (lane for lane in counts if lane not in (NO_AGENCY, OTHER_AGENCIES)), key=lambda l: (-counts[l], l)
    )
    return named + [lane for lane in (OTHER_AGENCIES, NO_AGENCY) if lane in counts]


def draw(
    docs: list[Document],
    output: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    size: tuple[float, float] = A4_LANDSCAPE,
) -> int:
    """Write the picture (.svg or .png); returns the number of events drawn."""
    suffix = output.suffix.lower()
    if suffix not in (".svg", ".png"):
        raise TimelineError(f"{output}: the timeline is written as .svg or .png")
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError:
        raise TimelineError("the timeline needs matplotlib: pip install 'dhrparse[plot]'") from None
    max_lanes = max(4, int((size[1] - MARGIN_INCHES) / MIN_LANE_INCHES))
    placed = place_events(docs, date_from, date_to, max_lanes=max_lanes)
    # a short chronology in a few lanes gets a shorter page, not lanes an inch tall
    lanes = len({p.lane for p in placed})
    size = (size[0], min(size[1], max(3.0, MARGIN_INCHES + LANE_INCHES * lanes)))
    with matplotlib.rc_context({"svg.fonttype": "none", "font.size": 8, "svg.hashsalt": "dhrparse"}):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        fig = Figure(figsize=size, dpi=150)
        FigureCanvasAgg(fig)  # labels are measured with its renderer before they are kept
        _Picture(fig, placed, docs, date_from, date_to).draw()
        if suffix == ".svg":
            import io

            buf = io.StringIO()
            fig.savefig(buf, format="svg", metadata={"Date": None})  # the same chronology, the same file
            output.write_text(add_titles(buf.getvalue(), placed), encoding="utf-8")
        else:
            fig.savefig(output, format="png")
    return len(placed)


def add_titles(svg: str, placed: list[Placed]) -> str:
    """Give each event's element a <title> (date and first words): the browser's hover text."""
    titles = {p.element_id: p.title for p in placed}

    def with_title(m: re.Match) -> str:
        title = titles.get(html.unescape(m.group(1)))
        return m.group(0) if title is None else f"{m.group(0)}\n   <title>{html.escape(title)}</title>"

    return re.sub(r'<g id="(event-[^"]+)"[^>]*>', with_title, svg)


class _Picture:
    def __init__(self, fig, placed: list[Placed], docs: list[Document], date_from, date_to):
        self.fig, self.placed, self.docs = fig, placed, docs
        self.date_from, self.date_to = date_from, date_to
        self.lanes = lane_order(placed)
        self.marks: list = []
        self.colour = {lane: PALETTE[i % len(PALETTE)] for i, lane in enumerate(self.lanes)}
        for lane in (NO_AGENCY, OTHER_AGENCIES):
            self.colour[lane] = "#555555"

    def draw(self) -> None:
        from matplotlib import dates as mdates

        fig = self.fig
        height = fig.get_figheight()
        ax = fig.add_axes((0.2, BOTTOM_INCHES / height, 0.78, (height - TOP_INCHES - BOTTOM_INCHES) / height))
        self.ax = ax
        fig.suptitle(
            self._title(),
            x=0.02,
            y=1 - 0.08 / fig.get_figheight(),
            ha="left",
            va="top",
            fontsize=11,
            fontweight="bold",
        )
        if not self.placed:
            ax.set_axis_off()
            ax.text(
                0.5, 0.5, "No chronology events to draw", ha="center", va="center", transform=ax.transAxes
            )
            return
        lo, hi = self._span()
        ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
        ax.set_ylim(len(self.lanes) - 0.5, -0.5)
        ax.set_yticks(range(len(self.lanes)))
        ax.set_yticklabels([self._lane_label(lane) for lane in self.lanes], fontsize=self._lane_font())
        for i, lane in enumerate(self.lanes):
            ax.axhline(i, color="#dddddd", linewidth=0.6, zorder=0)
            ax.get_yticklabels()[i].set_color(self.colour[lane])
        locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x", color="#eeeeee", linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        self._mark_death()
        self._dodge()
        for p in self.placed:
            self._mark(p)
        self._label()
        self._legend()

    def _title(self) -> str:
        review = self.docs[0].review if self.docs else None
        kind = (review.review_type or "Review") if review else "Review"
        where = f" – {review.area}" if review and review.area and len(self.docs) == 1 else ""
        what = f"{kind}{where}" if len(self.docs) == 1 else f"{len(self.docs)} reviews"
        return f"{what}: chronology, {len(self.placed)} events"

    def _lane_label(self, lane: str) -> str:
        n = sum(1 for p in self.placed if p.lane == lane)
        name = lane if len(lane) <= LANE_LABEL_CHARS else lane[: LANE_LABEL_CHARS - 1] + "…"
        return f"{name} ({n})"

    def _lane_font(self) -> float:
        return 8 if len(self.lanes) <= 12 else 7 if len(self.lanes) <= 18 else 6

    def _span(self) -> tuple[date, date]:
        starts = [p.start for p in self.placed]
        ends = [p.end or p.start for p in self.placed]
        death = self._death()
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

    def _death(self) -> date | None:
        for doc in self.docs:
            period = _period(doc.review.date_of_death)
            if period:
                return period[0]
        return None

    def _mark_death(self) -> None:
        from matplotlib import dates as mdates

        death = self._death()
        if death is None or len(self.docs) > 1:
            return
        x = mdates.date2num(death)
        lo, hi = self.ax.get_xlim()
        if not lo <= x <= hi:
            return
        self.ax.axvline(x, color="#b00020", linewidth=1.2, linestyle="--", zorder=1, label="date of death")
        self.ax.text(
            x, -0.5, " date of death", color="#b00020", fontsize=7, va="bottom", ha="left", clip_on=False
        )

    def _dodge(self) -> None:
        """Events of one lane closer than a mark's width stack up and down the lane, so
        that each stays visible (up to a few; the rest share the outermost places)."""
        from matplotlib import dates as mdates

        lo, hi = self.ax.get_xlim()
        width = (hi - lo) * 7 / (self.ax.get_window_extent().width or 1)  # ~7 pixels of the axis
        steps = (0.0, -0.14, 0.14, -0.28, 0.28)
        last: dict[str, tuple[float, int]] = {}
        for p in sorted(self.placed, key=lambda p: (p.lane, p.start)):
            if p.end is not None:
                continue
            x = mdates.date2num(p.start)
            prev = last.get(p.lane)
            k = prev[1] + 1 if prev and x - prev[0] < width else 0
            p.offset = steps[min(k, len(steps) - 1)]
            last[p.lane] = (x if k == 0 else prev[0], k)

    def _mark(self, p: Placed) -> None:
        from matplotlib import dates as mdates
        from matplotlib.patches import Rectangle

        y = self.lanes.index(p.lane)
        colour = self.colour[p.lane]
        x0 = mdates.date2num(p.start)
        if p.end is not None:
            width = max(mdates.date2num(p.end) - x0, 1.0)
            # light enough that the lane's single events still show through it
            bar = Rectangle(
                (x0, y - 0.09),
                width,
                0.18,
                facecolor="white" if p.hollow else colour,
                edgecolor=colour,
                linewidth=1.0,
                alpha=0.55,
                zorder=3,
                hatch="////" if p.hollow else None,
            )
            bar.set_gid(p.element_id)
            self.ax.add_patch(bar)
            self.marks.append(bar)
        else:
            (mark,) = self.ax.plot(
                [x0],
                [y + p.offset],
                marker="o",
                markersize=5.5,
                linestyle="none",
                zorder=4,
                markerfacecolor="white" if p.hollow else colour,
                markeredgecolor=colour,
                markeredgewidth=1.2,
            )
            mark.set_gid(p.element_id)
            self.marks.append(mark)

    def _label(self) -> None:
        """First words beside the marks, only where they overlap nothing already placed."""
        from matplotlib import dates as mdates

        renderer = self.fig.canvas.get_renderer()
        axes_box = self.ax.get_window_extent(renderer)
        taken = [artist.get_window_extent(renderer) for artist in self.marks]  # never write over a mark
        font = 6.5 if len(self.placed) <= 60 else 6 if len(self.placed) <= 120 else 5.5
        # above or below the lane line (y grows downwards), after the mark or, failing that, before it
        places = ((-0.3, "left"), (0.32, "left"), (-0.3, "right"), (0.32, "right"))
        for p in sorted(self.placed, key=lambda p: (p.start, self.lanes.index(p.lane))):
            y = self.lanes.index(p.lane)
            x = mdates.date2num(p.start)
            for dy, side in places:
                text = self.ax.text(
                    x,
                    y + dy,
                    first_words(p.event),
                    fontsize=font,
                    va="center",
                    ha=side,
                    color="#333333",
                    zorder=5,
                    clip_on=True,
                )
                box = text.get_window_extent(renderer).expanded(1.04, 1.1)
                inside = (
                    box.x0 >= axes_box.x0
                    and box.x1 <= axes_box.x1
                    and box.y0 >= axes_box.y0
                    and box.y1 <= axes_box.y1
                )
                if inside and not any(box.overlaps(t) for t in taken):
                    taken.append(box)
                    break
                text.remove()

    def _legend(self) -> None:
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch

        handles = [
            Line2D(
                [],
                [],
                marker="o",
                linestyle="none",
                markerfacecolor="#555555",
                markeredgecolor="#555555",
                label="dated event",
            ),
            Line2D(
                [],
                [],
                marker="o",
                linestyle="none",
                markerfacecolor="white",
                markeredgecolor="#555555",
                label="approximate or relative date",
            ),
            Patch(facecolor="#555555", edgecolor="#555555", label="date range"),
            Patch(facecolor="white", edgecolor="#555555", hatch="////", label="approximate range"),
        ]
        if self._death() and len(self.docs) == 1:
            handles.append(Line2D([], [], color="#b00020", linestyle="--", label="date of death"))
        self.fig.legend(
            handles=handles,
            loc="upper right",
            ncol=len(handles),
            frameon=False,
            fontsize=7,
            bbox_to_anchor=(0.98, 1 - 0.04 / self.fig.get_figheight()),
        )
