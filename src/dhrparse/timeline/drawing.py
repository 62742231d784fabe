"""Drawing a laid-out timeline with matplotlib, and writing it as SVG (with hover titles) or PNG."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from dhrparse.models import Document
from dhrparse.timeline.events import Placed, first_words, place_events
from dhrparse.timeline.layout import GREY, Layout

A4_LANDSCAPE = (11.69, 8.27)  # inches
MIN_LANE_INCHES = 0.3  # below this a lane's label and marks stop being readable
LANE_INCHES = 0.55  # a lane's height when the page has room
MARGIN_INCHES = 1.1  # title and legend above the lanes, the time axis below
TOP_INCHES, BOTTOM_INCHES = 0.6, 0.45
DEATH_RED = "#b00020"


class TimelineError(RuntimeError):
    """The picture cannot be drawn (matplotlib missing, an unknown output type)."""


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
        Picture(fig, placed, docs, date_from, date_to).draw()
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


class Picture:
    """One figure: the lanes as axes, a mark or bar per event, labels where they fit, a legend."""

    def __init__(self, fig, placed: list[Placed], docs: list[Document], date_from, date_to):
        self.fig, self.placed = fig, placed
        self.layout = Layout(placed, docs, date_from, date_to)
        self.lanes = self.layout.lanes
        self.marks: list = []

    def draw(self) -> None:
        fig = self.fig
        height = fig.get_figheight()
        self.ax = fig.add_axes(
            (0.2, BOTTOM_INCHES / height, 0.78, (height - TOP_INCHES - BOTTOM_INCHES) / height)
        )
        fig.suptitle(
            self.layout.title(),
            x=0.02,
            y=1 - 0.08 / fig.get_figheight(),
            ha="left",
            va="top",
            fontsize=11,
            fontweight="bold",
        )
        if not self.placed:
            self.ax.set_axis_off()
            self.ax.text(
                0.5,
                0.5,
                "No chronology events to draw",
                ha="center",
                va="center",
                transform=self.ax.transAxes,
            )
            return
        self._axes()
        self._mark_death()
        self._dodge()
        for p in self.placed:
            self._mark(p)
        self._label()
        self._legend()

    def _axes(self) -> None:
        """The period on x, a labelled line per lane on y (top to bottom), dates beneath."""
        from matplotlib import dates as mdates

        ax = self.ax
        lo, hi = self.layout.span()
        ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
        ax.set_ylim(len(self.lanes) - 0.5, -0.5)
        ax.set_yticks(range(len(self.lanes)))
        ax.set_yticklabels(
            [self.layout.lane_label(lane) for lane in self.lanes], fontsize=self.layout.lane_font()
        )
        for i, lane in enumerate(self.lanes):
            ax.axhline(i, color="#dddddd", linewidth=0.6, zorder=0)
            ax.get_yticklabels()[i].set_color(self.layout.colour[lane])
        locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x", color="#eeeeee", linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)

    def _mark_death(self) -> None:
        from matplotlib import dates as mdates

        if not self.layout.shows_death():
            return
        x = mdates.date2num(self.layout.death())
        lo, hi = self.ax.get_xlim()
        if not lo <= x <= hi:
            return
        self.ax.axvline(x, color=DEATH_RED, linewidth=1.2, linestyle="--", zorder=1, label="date of death")
        self.ax.text(
            x, -0.5, " date of death", color=DEATH_RED, fontsize=7, va="bottom", ha="left", clip_on=False
        )

    def _dodge(self) -> None:
        from matplotlib import dates as mdates

        lo, hi = self.ax.get_xlim()
        width = (hi - lo) * 7 / (self.ax.get_window_extent().width or 1)  # ~7 pixels of the axis
        self.layout.dodge(width, mdates.date2num)

    def _mark(self, p: Placed) -> None:
        from matplotlib import dates as mdates

        y = self.lanes.index(p.lane)
        colour = self.layout.colour[p.lane]
        x0 = mdates.date2num(p.start)
        if p.end is not None:
            mark = self._bar(p, x0, y, colour)
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

    def _bar(self, p: Placed, x0: float, y: int, colour: str):
        from matplotlib import dates as mdates
        from matplotlib.patches import Rectangle

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
        self.ax.add_patch(bar)
        return bar

    def _label(self) -> None:
        """First words beside the marks, only where they overlap nothing already placed."""
        from matplotlib import dates as mdates

        renderer = self.fig.canvas.get_renderer()
        axes_box = self.ax.get_window_extent(renderer)
        taken = [artist.get_window_extent(renderer) for artist in self.marks]  # never write over a mark
        font = self.layout.label_font()
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

        def dot(face: str, label: str):
            return Line2D(
                [], [], marker="o", linestyle="none", markerfacecolor=face, markeredgecolor=GREY, label=label
            )

        handles = [
            dot(GREY, "dated event"),
            dot("white", "approximate or relative date"),
            Patch(facecolor=GREY, edgecolor=GREY, label="date range"),
            Patch(facecolor="white", edgecolor=GREY, hatch="////", label="approximate range"),
        ]
        if self.layout.shows_death():
            handles.append(Line2D([], [], color=DEATH_RED, linestyle="--", label="date of death"))
        self.fig.legend(
            handles=handles,
            loc="upper right",
            ncol=len(handles),
            frameon=False,
            fontsize=7,
            bbox_to_anchor=(0.98, 1 - 0.04 / self.fig.get_figheight()),
        )
