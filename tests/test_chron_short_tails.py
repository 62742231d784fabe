"""A chronology table plain pdftotext printed column after column (all the dates, then every
event's lines), where the word wrap proves all but a few cuts: a short last sentence alone on a
line after a full line ("DASH completed: standard risk.") is its event's tail, and when the
other sentence ends are exactly as many as the rows still need, each is a cut (short_tails).
Whatever is read carries its own row's date; a row not read is named in a warning."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhrparse import extract
from dhrparse.extractors.chronology.short_tails import settle_by_count
from dhrparse.extractors.chronology.wrapped_cells import printed_width

UNREAD = {"chronology_table_rows_unpaired", "chronology_table_columns_apart"}

# the fictional Brackenford review: a table whose column wraps at 45 em; the first, second and
# fourth events end with a short outcome sentence on a line of its own after a full line
BRACKENFORD = [
    (
        "04/03/2019",
        "2019-03-04",
        [
            "Officers attend after a neighbour hears a woman screaming; Tamsin says",
            "that her partner, Dean, pushed her against the kitchen door and left.",
            "DASH completed: standard risk.",
        ],
    ),
    (
        "11/03/2019",
        "2019-03-11",
        [
            "Tamsin sees the practice nurse about a cut to her hand which she says",
            "came from a broken glass while washing up in the kitchen at home.",
            "Wound dressed.",
        ],
    ),
    (
        "Late April 2019",
        "2019-04",
        [
            "Housing officer visits about rent arrears; Dean answers the door and says",
            "that Tamsin is at work. A repayment plan is agreed on the doorstep today.",
        ],
    ),
    (
        "02/05/2019",
        "2019-05-02",
        [
            "Referral received from the police. The outreach worker telephones Tamsin",
            "twice, leaves messages and sends a letter to the address on the referral.",
            "Case closed.",
        ],
    ),
    (
        "16/06/2019",
        "2019-06-16",
        [
            "Tamsin cancels her appointment by text message and asks for a call back.",
        ],
    ),
]


def _table(rows: list[tuple[str, str, list[str]]]) -> str:
    out = ["Brackenford Community Safety Partnership", "Domestic Homicide Review: Tamsin", ""]
    out += ["4. Chronology", "4.1 The table sets out the agencies' contact with Tamsin.", ""]
    out += ["Date", *(d for d, _, _ in rows), "", "Event"]
    for _, _, lines in rows:
        out += lines
    return "\n".join([*out, "", "5. Analysis", "5.1 The panel's analysis follows.", ""])


def test_short_outcome_tails_stay_with_their_events():
    doc = extract(_table(BRACKENFORD))
    got = [(ev.date.start, " ".join(ev.text.split())) for ev in doc.chronology]
    assert got == [(iso, " ".join(lines)) for _, iso, lines in BRACKENFORD]


def test_a_sentence_end_too_many_leaves_the_cells_unread():
    """Three sentence ends that are no short tail, for fewer rows: the count does not settle them."""
    lines = [
        "Officers attend after a neighbour hears a woman screaming at the flat.",
        "Tamsin says her partner, Dean, pushed her against the kitchen door.",
        "Dean is arrested and later released on bail with conditions to stay away.",
        "Tamsin sees the practice nurse about a cut to her hand which she says",
        "came from a broken glass.",
    ]
    assert settle_by_count([None, None], lines) == [None, None]
    assert settle_by_count([None, None, None], lines) == [None, None, None]
    # (with four rows, every one is needed)
    assert settle_by_count([None] * 4, lines) == [(0, 1), (1, 2), (2, 3), (3, 5)]


def test_a_short_tail_is_no_cut():
    lines = [
        "Officers attend after a neighbour hears a woman screaming; Tamsin says",
        "that her partner, Dean, pushed her against the kitchen door and left.",
        "DASH completed: standard risk.",
        "Tamsin sees the practice nurse about a cut to her hand which she says",
        "came from a broken glass while washing up in the kitchen at home.",
        "Wound dressed.",
        "Housing officer visits about rent arrears; Dean answers the door.",
    ]
    assert settle_by_count([None, None, None], lines) == [(0, 3), (3, 6), (6, 7)]


# the fictional Fellby table: a one-line event ("Referral sent to the outreach team.", both its
# ends proven by the wrap) shows the table writes events of one line, so the count settles
# nothing; two rows are left to the guess, and of the two sentence ends it may cut at, one is a
# brief outcome note after a full line, its own line leaving room ("Letter sent."): the tail
FELLBY = [
    (
        "02/02/2019",
        "2019-02-02",
        [
            "Officers attend after a neighbour hears",
            "shouting at the flat. Elspeth says she",
            "dropped a tray.",
        ],
    ),
    ("09/02/2019", "2019-02-09", ["Referral sent to the outreach team."]),
    ("14/02/2019", "2019-02-14", ["The outreach worker telephones Elspeth", "twice and closes the case."]),
    (
        "Early March 2019",
        "2019-03",
        ["Oswin is arrested for shoplifting in the", "market and is sick in the custody suite."],
    ),
    (
        "11/03/2019",
        "2019-03-11",
        ["The custody nurse sees Oswin in his cell;", "he agrees to an assessment."],
    ),
    (
        "26/03/2019",
        "2019-03-26",
        [
            "Oswin does not attend his assessment at",
            "the drug and alcohol service in Fellby.",
            "Letter sent.",
        ],
    ),
    ("April 2019", "2019-04", ["Elspeth's sister calls again, worried that", "Oswin is taking money."]),
]


def test_a_guess_passes_over_a_short_tail_for_a_fuller_sentence_end():
    """A brief note alone after a full line is weaker evidence of a row's opening than a sentence
    of an event's own: the guess takes the other sentence end, and says it guessed."""
    doc = extract(_table(FELLBY))
    got = [(ev.date.start, " ".join(ev.text.split())) for ev in doc.chronology]
    assert got == [(iso, " ".join(lines)) for _, iso, lines in FELLBY]
    assert "chronology_table_rows_guessed" in {w.code for w in doc.warnings}


# --- generated tables: the same events printed column after column, cells of any length --------

_SENTENCES = [
    "Officers attend after a neighbour hears a woman screaming at the flat",
    "Tamsin sees the practice nurse about a cut to her hand",
    "The housing officer visits about rent arrears and speaks to Dean at the door",
    "A referral is received from the police and allocated to an outreach worker",
    "Tamsin cancels her appointment by text message",
    "Dean is arrested for criminal damage and released on bail",
    "The school nurse notes that the younger boy is often late and hungry",
    "Tamsin tells the health visitor she is tired but coping",
    "An anonymous caller reports shouting at the address late at night",
    "The outreach worker telephones twice and leaves messages",
]
_TAILS = [
    "Wound dressed.",
    "Case closed.",
    "DASH completed: standard risk.",
    "No further action.",
    "Letter sent.",
]
_DAYS = [f"{d:02d}/{m:02d}/2020" for m in range(1, 13) for d in (3, 17)]


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        joined = f"{line} {word}" if line else word
        if line and printed_width(joined) > width:
            lines.append(line)
            line = word
        else:
            line = joined
    return [*lines, line]


@st.composite
def _rows(draw) -> list[tuple[str, str, str]]:
    n = draw(st.integers(3, 9))
    days = sorted(
        draw(st.lists(st.sampled_from(_DAYS), min_size=n, max_size=n, unique=True)), key=_DAYS.index
    )
    rows = []
    for day in days:
        said = draw(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=3, unique=True))
        tails = draw(st.lists(st.sampled_from(_TAILS), max_size=2, unique=True))
        event = " ".join([*(f"{s}." for s in said), *tails])
        # (a row's event is a sentence about a contact, perhaps one line; a brief outcome note is
        # written after it in its cell, never a row alone: short_tails' note)
        iso = f"{day[6:]}-{day[3:5]}-{day[:2]}"
        rows.append((day, iso, event))
    return rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=_rows(), width=st.integers(16000, 40000))
def test_generated_tables_read_rows_only_with_their_own_dates(rows, width):
    wrapped = [(d, iso, _wrap(e, width)) for d, iso, e in rows]
    doc = extract(_table(wrapped))
    given_rows = set()
    for ev in doc.chronology:
        body = " ".join(ev.text.split())
        owners = [k for k, (_, _, e) in enumerate(rows) if e == body]
        assert owners, f"event not one row's whole text: {body!r}"
        assert ev.date is not None and any(rows[k][1] == ev.date.start for k in owners), (body, ev.date)
        given_rows.update(k for k in owners if rows[k][1] == ev.date.start)
    if len(given_rows) < len(rows):
        assert {w.code for w in doc.warnings} & UNREAD
