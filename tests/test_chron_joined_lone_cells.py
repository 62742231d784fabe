"""A chronology table printed with each line's cells joined by single spaces (joined_rows,
joined_cells), where a cell stands on its own in ways the word wrap alone does not show: a
comment cell holding only a dash (the panel had nothing to say), an agency's wrapped word printed
on a line of its own between an event's paragraphs, and a header name whose last word is its head
("Source agency")."""

from __future__ import annotations

from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.header_names import header_names
from dhrparse.extractors.chronology.joined_cells import JoinedCells
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract


def test_a_name_whose_last_word_is_its_head_is_one_column():
    names = Columns(load_patterns())
    assert header_names("Date Source agency Information Comment/analysis", names) == [
        "date",
        "agency",
        "event",
        "comment",
    ]
    # (the source's name followed by the event's stays the source's)
    assert header_names("Date Source Event Comment", names) == ["date", "source", "event", "comment"]


def _cells(rows):
    return JoinedCells(rows, [False, True], 1, organisation=frozenset({"police", "service"}))


ROWS = [
    [["Kestow", "Police", "Officers", "attend", "and", "speak"], ["to", "both", "of", "them."]],
    [["Kestow", "Health", "Centre", "Nia", "sees", "a", "nurse"], ["about", "her", "sleep."]],
    [["Kestow", "A", "case", "is", "opened", "at", "level", "1."], ["MAPPA"], ["He", "is", "on", "licence."]],
]


def test_an_agency_word_alone_between_paragraphs_finishes_the_agency():
    cells = _cells(ROWS)
    assert cells.cells(ROWS[2]) == ["Kestow MAPPA", "A case is opened at level 1. He is on licence."]


def test_a_short_line_that_goes_on_a_sentence_stays_the_events():
    row = [["Kestow", "Police", "Officers", "attend", "and", "call"], ["MAPPA"], ["Then", "they", "leave."]]
    cells = _cells([*ROWS[:2], row])
    assert cells.cells(row)[0] == "Kestow Police"  # (the line above ended no sentence)


def _corpus(lines: list[str]) -> str:
    return "".join(f"{ln} \n\n" for ln in lines)


TABLE = [
    "Appendix A – Combined chronology with panel commentary",
    "Date Agency Event Comment",
    "03/02/2020 Tenby Vale Police A neighbour rang about The officers spoke to",
    "shouting. Officers attended. both together.",
    "17/06/2020 Tenby Vale Surgery Ruth saw a nurse about No enquiry was made",
    "poor sleep. about home.",
    "09/09/2020 Tenby Vale Police Owen rang 999 to say he —",
    "had hurt Ruth. She was",
    "taken to hospital.",
]


def test_a_dash_is_the_whole_comment_of_its_row():
    events = extract(_corpus(TABLE), name="t.corpus.txt").chronology
    assert len(events) == 3
    assert events[2].text.startswith("Owen rang 999 to say he had hurt Ruth.")
    assert events[2].extra.get("comment") == "—"


def test_a_name_wrapped_over_the_rows_last_lines_is_left_to_the_wrap():
    row = [["Kestow", "Police", "Officers", "attend."], ["Refuge"], ["Service"]]
    assert _cells([*ROWS[:2], row])._name_lines(row) == (0, {})


def test_an_organisation_word_after_a_place_ends_the_agency_not_opens_the_event():
    # (the event's first line with "Police" taken off would have had room for "hurt": the wrap
    # alone reads "Police" as the event's; the agency's name cut after a place is weighed against)
    rows = [
        [
            ["Kestow", "Memory", "Ada", "is", "seen", "at", "the", "clinic", "with"],
            ["Service", "Bram", "who", "answers", "for", "her", "at", "length."],
        ],
        [
            ["Kestow", "Road", "Ada", "sees", "the", "nurse", "about", "her", "wrist"],
            ["Surgery", "and", "says", "she", "fell", "in", "the", "garden."],
        ],
        [
            ["Family", "Ada's", "brother", "sees", "that", "she", "no", "longer"],
            ["goes", "out", "alone", "or", "answers", "her", "phone."],
        ],
    ]
    row = [
        ["Kestow", "Police", "Bram", "rang", "999", "to", "say", "he", "had"],
        ["hurt", "Ada.", "She", "was", "taken", "to", "hospital."],
    ]
    cells = JoinedCells(
        [*rows, row], [False, True], 1, organisation=frozenset({"police", "service", "surgery"})
    )
    assert cells.cells(row) == [
        "Kestow Police",
        "Bram rang 999 to say he had hurt Ada. She was taken to hospital.",
    ]
    assert not cells._name_cut(("GP", "Police"), 1)  # (an acronym is a whole agency's name)
