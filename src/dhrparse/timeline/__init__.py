"""A picture of a review's chronology: what happened when, and which agency saw it.

One lane per agency (events naming none share a lane of their own), a time axis,
exact dates as filled marks, approximate and relative dates hollow, date ranges as bars,
the date of death as a line across every lane. Labels are the events' first words,
placed only where they fit, never over each other; in the SVG every event is an element
`event-<record id>` with a `<title>` (date and first words) a browser shows on hover.

`events` places the events on the axis and in lanes, `layout` decides the page (lanes,
colours, period shown), `drawing` draws it with matplotlib, `command` is `dhrparse timeline`.
matplotlib is an optional dependency (`pip install 'dhrparse[plot]'`); it is imported
only when a picture is asked for.
"""

from dhrparse.timeline.drawing import TimelineError, add_titles, draw
from dhrparse.timeline.events import NO_AGENCY, OTHER_AGENCIES, Placed, first_words, parse_bound, place_events

__all__ = [
    "NO_AGENCY",
    "OTHER_AGENCIES",
    "Placed",
    "TimelineError",
    "add_titles",
    "draw",
    "first_words",
    "parse_bound",
    "place_events",
]
