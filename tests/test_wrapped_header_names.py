"""A plan header whose names wrap over several printed lines, the cells of each line joined
(text taken out a printed line at a time): its columns are cut out of the lines by the room
each column has (plan.header_room.wrapped_names), not read off the lines run together, where a
name's later words read as other columns' names ("Key" / "milestones" / ... / "recommendation")."""

from dhrparse.patterns import load_patterns
from dhrparse.plan.header_room import wrapped_names
from dhrparse.plan.tables import column_map

CM = column_map(load_patterns())

# the Home Office template in narrow columns, "Recommendation" broken inside its word
TEMPLATE = [
    "Recommen Scope of Action to Lead Key Target Date Date of",
    "dation recommend take Agency milestones completion",
    "ation achieved in and",
    "enacting Outcome",
    "recommend",
    "ation",
]
FIELDS = ["recommendation", "scope", "action", "lead", "progress", "target_date", "status"]


def test_wrapped_template_header_names_its_columns():
    assert wrapped_names(TEMPLATE, CM) == FIELDS


def test_lines_run_together_misread_the_same_header():
    # (the reading the cut replaces: names out of order, a field named twice)
    scanned = CM.scan(" ".join(TEMPLATE))
    assert scanned != FIELDS


def test_wider_columns_wrapping_fewer_names():
    texts = [
        "Recommendation Scope Action to Lead Agency Key Target Date Completion",
        "take milestones Date and",
        "Outcome",
    ]
    assert wrapped_names(texts, CM) == FIELDS


def test_one_line_or_no_header_tells_nothing():
    assert wrapped_names(TEMPLATE[:1], CM) is None
    assert wrapped_names(["Ashdown Council agreed a new leaflet", "for the library"], CM) is None
