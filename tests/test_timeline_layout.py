"""dhrparse.timeline.layout: the page before any ink (lanes, period shown, events sharing a day).
No matplotlib needed."""

from __future__ import annotations

from datetime import date

from dhrparse.models import ChronologyEvent, DateValue, Document, Location, Review, Source
from dhrparse.timeline.events import NO_AGENCY, Placed
from dhrparse.timeline.layout import Layout


def _placed(day: date, lane: str, *, end: date | None = None) -> Placed:
    event = ChronologyEvent(
        id=f"chron-{day}", text="Seen at home.", location=Location(line_start=1, line_end=1)
    )
    return Placed(event, f"event-{day}", day, end, False, lane)


def _doc(death: str | None) -> Document:
    dod = DateValue(raw=death, start=death, precision="day") if death else None
    return Document(
        source=Source(name="r.txt", sha256="0" * 64, format="text"),
        review=Review(review_type="DHR", area="Harbury", date_of_death=dod),
    )


def test_events_of_a_lane_closer_than_a_mark_stack_up_and_down_it():
    same_day = [_placed(date(2017, 3, 1), "Westshire Police") for _ in range(3)]
    later = _placed(date(2017, 9, 1), "Westshire Police")
    bar = _placed(date(2017, 3, 1), "Westshire Police", end=date(2017, 6, 1))
    other_lane = _placed(date(2017, 3, 1), NO_AGENCY)
    layout = Layout([*same_day, later, bar, other_lane], [_doc(None)], None, None)
    layout.dodge(5.0, lambda d: float(d.toordinal()))
    assert [p.offset for p in same_day] == [0.0, -0.14, 0.14]
    assert later.offset == 0.0 and bar.offset == 0.0 and other_lane.offset == 0.0


def test_the_period_shown_takes_in_the_death_only_inside_from_and_to():
    placed = [_placed(date(2016, 1, 10), "Police"), _placed(date(2016, 6, 1), "Police")]
    death = [_doc("2017-02-01")]
    lo, hi = Layout(placed, death, None, None).span()
    assert lo < date(2016, 1, 10) and hi > date(2017, 2, 1)
    lo, hi = Layout(placed, death, None, date(2016, 12, 31)).span()
    assert date(2016, 12, 31) < hi < date(2017, 2, 1)


def test_lane_labels_are_shortened_and_counted_busiest_lane_first():
    long_name = "Westshire and Northbrook Integrated Mental Health Trust"
    placed = [_placed(date(2016, 1, 1), long_name), _placed(date(2016, 2, 1), long_name)]
    placed.append(_placed(date(2016, 3, 1), NO_AGENCY))
    layout = Layout(placed, [_doc(None)], None, None)
    assert layout.lanes == [long_name, NO_AGENCY]
    label = layout.lane_label(long_name)
    assert label.endswith("… (2)") and len(label) == 30 + len(" (2)")
    assert layout.title() == "DHR – Harbury: chronology, 3 events"
