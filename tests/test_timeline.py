"""`dhrparse timeline`: the chronology drawn per agency lane, an element per event in the SVG."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

from click.testing import CliRunner

from dhrparse.cli import main
from dhrparse.models import ChronologyEvent, DateValue, Document, Location, Review, Source
from dhrparse.timeline import NO_AGENCY, draw, first_words, place_events
from dhrparse.timeline.drawing import Picture

CORPUS = Path(__file__).resolve().parents[1].parent.parent / "shared" / "corpus"
SVG = "{http://www.w3.org/2000/svg}"


def event_elements(svg_path: Path) -> dict[str, str]:
    root = ET.parse(svg_path).getroot()
    return {
        g.get("id"): (g.find(f"{SVG}title").text if g.find(f"{SVG}title") is not None else None)
        for g in root.iter(f"{SVG}g")
        if (g.get("id") or "").startswith("event-")
    }


@pytest.mark.skipif(not CORPUS.is_dir(), reason="bundled corpus not beside the project")
@pytest.mark.parametrize("report", sorted(p.name for p in CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])
def test_each_bundled_report_gives_one_svg_element_per_event_and_a_png(tmp_path, report):
    from conftest import extracted

    doc = extracted(CORPUS / report)
    runner = CliRunner()
    svg, png = tmp_path / "t.svg", tmp_path / "t.png"
    assert runner.invoke(main, ["timeline", str(CORPUS / report), "-o", str(svg)]).exit_code == 0
    assert runner.invoke(main, ["timeline", str(CORPUS / report), "-o", str(png)]).exit_code == 0
    found = event_elements(svg)
    assert sorted(found) == sorted(f"event-{e.id}" for e in doc.chronology)
    for event in doc.chronology:
        title = found[f"event-{event.id}"]
        assert title.startswith(event.date.raw) and first_words(event, 3, 200).rstrip("…") in title
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def fictional_chronology(n: int) -> Document:
    """n events over four years in a handful of agencies, some approximate, some ranges,
    several on the same day (as chronologies bunch up before a death)."""
    agencies = [
        "Westshire Police",
        "Kettlewell Hospital",
        "Harbury GP Practice",
        "Northbrook Homes",
        "Probation Service",
    ]
    events = []
    for i in range(n):
        year, month = 2015 + (i * 7 // 12) % 4, (i * 7) % 12 + 1
        start = f"{year}-{month:02d}" if i % 9 else "2018-05"
        end = f"{year + 1}-{month:02d}" if i % 23 == 0 else start
        events.append(
            ChronologyEvent(
                id=f"chron-{i + 1}",
                text=f"Mrs Tamsin Orley was seen by the duty officer about event {i + 1} at home.",
                date=DateValue(
                    raw=f"{month}/{year}",
                    start=start,
                    end=end,
                    precision="month",
                    approximate=i % 5 == 0,
                    relative=i % 7 == 0,
                ),
                agencies=[] if i % 6 == 0 else [agencies[i % len(agencies)]],
                location=Location(line_start=i + 1, line_end=i + 1),
            )
        )
    return Document(
        source=Source(name="westshire.txt", sha256="0" * 64, format="text"),
        review=Review(
            review_type="DHR",
            area="Harbury",
            date_of_death=DateValue(raw="June 2018", start="2018-06", precision="month"),
        ),
        chronology=events,
    )


def test_a_200_event_chronology_keeps_every_label_apart_and_off_the_marks(tmp_path):
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    doc = fictional_chronology(200)
    placed = place_events([doc])
    with matplotlib.rc_context({"font.size": 8}):
        fig = Figure(figsize=(11.69, 8.27), dpi=100)
        FigureCanvasAgg(fig)
        picture = Picture(fig, placed, [doc], None, None)
        picture.draw()
        renderer = fig.canvas.get_renderer()
        labels = [t.get_window_extent(renderer) for t in picture.ax.texts if t.get_text() != " date of death"]
        marks = [m.get_window_extent(renderer) for m in picture.marks]
    assert len(labels) >= 20, "a 200-event picture still names a good share of its events"
    for i, a in enumerate(labels):
        assert not any(a.overlaps(b) for b in labels[i + 1 :])
        assert not any(a.overlaps(m) for m in marks)
    assert {p.lane for p in placed} >= {"Westshire Police", NO_AGENCY}
    out = tmp_path / "long.svg"
    assert draw([doc], out) == 200
    assert len(event_elements(out)) == 200


def test_hollow_marks_for_approximate_dates_bars_for_ranges():
    placed = {p.event.id: p for p in place_events([fictional_chronology(30)])}
    assert placed["chron-1"].end is not None and placed["chron-1"].hollow  # a range, approximate
    assert placed["chron-2"].end is None and not placed["chron-2"].hollow  # a plain month
    assert placed["chron-8"].hollow  # relative


def test_from_and_to_crop_the_period(tmp_path):
    doc = fictional_chronology(60)
    out = tmp_path / "crop.svg"
    n = draw(
        [doc],
        out,
        date_from=__import__("datetime").date(2017, 1, 1),
        date_to=__import__("datetime").date(2017, 12, 31),
    )
    kept = event_elements(out)
    assert 0 < n == len(kept) < 60
    for p in place_events([doc]):
        inside = (p.end or p.start).year >= 2017 and p.start.year <= 2017
        assert (p.element_id in kept) == inside


def test_events_naming_no_agency_share_a_lane_of_their_own():
    placed = place_events([fictional_chronology(12)])
    assert {p.lane for p in placed if not p.event.agencies} == {NO_AGENCY}


def test_without_matplotlib_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    report = tmp_path / "r.txt"
    report.write_text("Chronology\n\nIn March 2016 the police attended.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["timeline", str(report), "-o", str(tmp_path / "t.svg")])
    assert result.exit_code == 2
    assert "pip install 'dhrparse[plot]'" in result.output and "Traceback" not in result.output
