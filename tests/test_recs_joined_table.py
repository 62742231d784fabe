"""Recommendations tables in text taken out a printed line at a time with each line's cells
joined by single spaces (the corpus-text route, extractors.recommendations.joined_rows): an
agency's name and its recommendation's first words share a line, a name wrapped in its column
is interleaved with the recommendation's next lines, and the rows are rebuilt from the room
each column has."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from joined_text import printed_row as _printed

import dhrparse
from dhrparse.vocab.type_widths import Face


def _corpus_text(
    before: list[str], header: str, rows: list[list[str]], rooms: list[float], after: list[str]
) -> str:
    """The report's text as the corpus was made: every printed line followed by a blank line."""
    face = Face("calibri")
    lines = [*before, header]
    for row in rows:
        lines.extend(_printed(row, rooms, face))
    lines.extend(after)
    return "".join(f"{line} \n\n" for line in lines)


BEFORE = [
    "Marlbeck Community Safety Partnership",
    "Domestic Homicide Review: Executive Summary",
    "1. Key findings",
    "1.1 Ruth's contact with services was spread over six agencies, none of which held the",
    "whole picture of the risk she faced.",
    "2. Single agency recommendations",
    "2.1 Each agency that wrote an IMR made recommendations for its own service, set out",
    "below as the agencies wrote them.",
]
AFTER = ["3. Conclusion", "3.1 The panel thanks Ruth's family for their help with the review."]


def _recs(text: str):
    return dhrparse.extract(text).recommendations


def test_an_agency_numbered_table_gives_each_row_its_agency_and_number():
    """ "Agency | No. | Recommendation": the numbers start again at 1 beside each agency's name,
    which wraps over up to three lines interleaved with its first recommendation's lines."""
    rows = [
        [
            "Marlbeck Police",
            "1",
            "Call handlers will ask whether the caller can speak freely before taking details.",
        ],
        ["", "2", "The force will link repeat reports about the same couple on the incident log."],
        [
            "Marlbeck and Oskerby NHS Foundation Trust",
            "1",
            "Emergency staff will ask every patient who attends with a facial injury whether anyone at home has hurt them.",
        ],
        ["Rushmere Women's Refuge", "1", "Outreach workers will tell the referrer before closing any case."],
    ]
    text = _corpus_text(BEFORE, "Agency No. Recommendation", rows, [8.0, 1.5, 21.0], AFTER)
    recs = _recs(text)
    got = [(r.ref, r.agency, r.level, r.text.split()[:3]) for r in recs]
    assert got == [
        ("1", "Marlbeck Police", "agency", ["Call", "handlers", "will"]),
        ("2", "Marlbeck Police", "agency", ["The", "force", "will"]),
        ("1", "Marlbeck and Oskerby NHS Foundation Trust", "agency", ["Emergency", "staff", "will"]),
        ("1", "Rushmere Women's Refuge", "agency", ["Outreach", "workers", "will"]),
    ]
    assert recs[2].text.endswith("whether anyone at home has hurt them.")
    assert "Foundation" not in recs[2].text


def test_an_unnumbered_agency_table_ends_each_row_where_its_name_and_sentence_end():
    """ "Agency | Recommendation" with no numbers: a row opens where the recommendation above
    ended its sentence; a name's wrapped last word ("Constabulary") is the name's, not the
    recommendation's; an agency's second row prints no name."""
    rows = [
        [
            "Tilsford Constabulary",
            "Response officers to record the names of all adults present at a domestic call.",
        ],
        ["", "Supervisors to check within one week that repeat callers have been referred to an IDVA."],
        [
            "Tilsford and Greystow Mental Health Trust",
            "Care coordinators to ask about abuse at every review.",
        ],
        [
            "Durnholm Borough Council Housing Options",
            "Tenancy officers to be trained to recognise controlling behaviour.",
        ],
    ]
    text = _corpus_text(BEFORE, "Agency Recommendation", rows, [9.5, 22.0], AFTER)
    recs = _recs(text)
    assert [(r.agency, r.text) for r in recs] == [(row[0] or rows[0][0], row[1]) for row in rows]
    assert {r.level for r in recs} == {"agency"}


def test_recommendation_cells_opening_on_their_numbers_open_the_rows():
    """ "Agency | Recommendation" whose cells open "1.", "2.": each number opens a row, and a row
    broken by a page goes on under the header printed again."""
    rows = [
        ["Oskerby Police", "1. Review the handling of calls where the caller has been drinking."],
        ["", "2. Remind officers that a victim's intoxication is never a reason to close a report."],
        [
            "Greystow Drug and Alcohol Service",
            "1. Share threats made by a service user towards a partner with the police.",
        ],
    ]
    face = Face("calibri")
    first = _printed(rows[0], [10.0, 20.0], face) + _printed(rows[1], [10.0, 20.0], face)
    last = _printed(rows[2], [10.0, 20.0], face)
    lines = [
        *BEFORE,
        "Agency Recommendation",
        *first,
        "Page 1 of 2",
        "Agency Recommendation",
        *last,
        *AFTER,
        "Page 2 of 2",
    ]
    recs = _recs("".join(f"{line} \n\n" for line in lines))
    assert [(r.ref, r.agency) for r in recs] == [
        ("1", "Oskerby Police"),
        ("2", "Oskerby Police"),
        ("1", "Greystow Drug and Alcohol Service"),
    ]
    assert recs[2].text == "Share threats made by a service user towards a partner with the police."


def test_an_organisation_column_after_the_recommendation_stays_out_of_its_text():
    """ "No. | Recommendation | Organisation(s)": the organisations printed on the right of each
    line are not the recommendation's words; who acts is named in its own sentence."""
    rows = [
        [
            "1",
            "Marlbeck Hospitals NHS Trust should book professional interpreters directly.",
            "Marlbeck Hospitals NHS Trust",
        ],
        [
            "2",
            "Marlbeck Council Children's Services should speak to each parent alone.",
            "Marlbeck Council – Children's Services",
        ],
        [
            "3",
            "The Community Safety Partnership should work with community groups on awareness.",
            "Marlbeck Community Safety Partnership",
        ],
    ]
    before = [*BEFORE[:5], "2. Recommendations", "2.1 The panel makes the following recommendations."]
    text = _corpus_text(before, "No. Recommendation Organisation(s)", rows, [1.2, 15.0, 9.0], AFTER)
    recs = _recs(text)
    assert [(r.ref, r.text) for r in recs] == [(row[0], row[1]) for row in rows]
    assert recs[1].agency.startswith("Marlbeck Council")


_NAME_WORDS = ["Marlbeck", "Oskerby", "Rushmere", "Tilsford", "Greystow", "Durnholm", "North", "Vale"]
_NAME_ENDS = ["Police", "Council", "Trust", "Refuge", "Service", "Board", "Constabulary"]
_VERBS = ["Review", "Audit", "Train", "Remind", "Record", "Share", "Offer", "Publish"]
_WORDS = [
    "staff",
    "the",
    "policy",
    "so",
    "that",
    "every",
    "referral",
    "is",
    "checked",
    "within",
    "a",
    "week",
    "and",
    "victims",
    "are",
    "told",
    "of",
    "outcome",
    "risk",
    "assessment",
    "records",
]

_names = st.builds(
    lambda first, mid, end: " ".join([first, *mid, end]),
    st.sampled_from(_NAME_WORDS),
    st.lists(st.sampled_from(_NAME_WORDS + ["and"]), max_size=2).filter(lambda ws: ws[-1:] != ["and"]),
    st.sampled_from(_NAME_ENDS),
)
_ENDS = ["policy", "records", "referral", "assessment", "outcome", "week", "victims"]
_sentences = st.builds(
    lambda verb, words, end: f"{verb} {' '.join(words)} {end}.",
    st.sampled_from(_VERBS),
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=22),
    st.sampled_from(_ENDS),
)


# (each example extracts a whole report: a few, and no shrinking, keep the suite quick)
@settings(
    max_examples=10,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(_names, st.lists(_sentences, min_size=1, max_size=2)),
        min_size=2,
        max_size=4,
        unique_by=lambda agency: agency[0],
    ),
    st.floats(min_value=7.0, max_value=11.0),
    st.floats(min_value=17.0, max_value=24.0),
)
def test_any_numbered_agency_table_reads_back_its_rows(agencies, name_room, rec_room):
    """Whatever the names and sentences, and however wide the columns, a numbered agency table
    joined line by line reads back each row's agency, number and whole recommendation."""
    rows = [
        [name if n == 0 else "", str(n + 1), sentence]
        for name, sentences in agencies
        for n, sentence in enumerate(sentences)
    ]
    text = _corpus_text(BEFORE, "Agency No. Recommendation", rows, [name_room, 1.5, rec_room], AFTER)
    recs = _recs(text)
    expected = [(name, str(n + 1), s) for name, sentences in agencies for n, s in enumerate(sentences)]
    assert [(r.agency, r.ref, r.text) for r in recs] == expected


def test_a_wide_paragraph_just_below_the_table_does_not_widen_it():
    """The table's last row is short and an unnumbered appendix heading follows, then a
    landscape plan's preamble printed wider than the table: the table's width is its rows'
    own, so the agencies on the right stay out of the recommendations' text."""
    rows = [
        [
            "1",
            "Tarnwick Community Safety Partnership should run a campaign aimed at the neighbours of older people.",
            "Tarnwick Community Safety Partnership",
        ],
        [
            "2",
            "Tarnwick Police should ensure that a supervisor reviews the risk when a victim withdraws support.",
            "Tarnwick Police",
        ],
        [
            "3",
            "Tarnwick Borough Council Housing should offer each joint applicant a private conversation.",
            "Tarnwick Borough Council Housing",
        ],
        ["4", "The Home Office should consider amending the statutory guidance.", "Home Office"],
    ]
    before = [*BEFORE[:5], "2. Recommendations", "2.1 The panel makes the following recommendations."]
    after = [
        "Appendix A: Action plan",
        "Domestic Homicide Review action plan for Mary (TCSP 2023-01), its position at 31 March 2025, with"
        " each recommendation repeated on every row of its actions.",
        "No. Recommendation Scope Action Lead Agency Target Date Outcome",
    ]
    text = _corpus_text(before, "No. Recommendation Agency", rows, [1.2, 24.0, 10.0], after)
    recs = _recs(text)
    assert [(r.ref, r.text) for r in recs] == [(row[0], row[1]) for row in rows]


def test_a_column_of_agencies_to_act_beside_numbered_recommendations():
    """ "Recommendation | Agencies to act": each recommendation opens on its number, and the
    bodies listed on the right (a list of them, parted by semicolons) are not its words."""
    rows = [
        [
            "1. The Board should publish a protocol for people who repeatedly refuse care that puts"
            " their health at serious risk.",
            "Kelderby SAB; all partners",
        ],
        [
            "2. Kelderby Council Adult Social Care should make sure that capacity assessments are"
            " recorded when a person declines care.",
            "Kelderby Council Adult Social Care",
        ],
        [
            "3. Kelderby Community Health Services NHS Trust should review how district nurses escalate"
            " refused wound care.",
            "Kelderby Community Health Services NHS Trust",
        ],
        ["4. The Board should write to the Department of Health and Social Care.", "Kelderby SAB"],
    ]
    before = [*BEFORE[:5], "2. Recommendations", "2.1 The reviewer makes four recommendations."]
    text = _corpus_text(before, "Recommendation Agencies to act", rows, [26.0, 10.0], AFTER)
    recs = _recs(text)
    assert [(r.ref, r.text) for r in recs] == [(row[0][0], row[0][3:]) for row in rows]


def test_an_appendix_heading_without_a_letter_ends_the_table():
    """ "Appendix: Board action plan" below the last row opens the plan: neither it, nor the
    plan's key and header printed under it, are rows of the recommendations table."""
    rows = [
        ["1. The Board should publish a protocol for people who refuse essential care.", "Kelderby SAB"],
        [
            "2. Kelderby Council Adult Social Care should record capacity assessments when a person"
            " declines care.",
            "Kelderby Council Adult Social Care",
        ],
        ["3. The Board should write to the Department of Health and Social Care.", "Kelderby SAB"],
    ]
    before = [*BEFORE[:5], "5. Recommendations", "5.1 The reviewer makes three recommendations."]
    after = [
        "Appendix: Board action plan",
        "RAG: G = complete; A = in progress; R = not started.",
        "No. Action Owner Deadline RAG Commentary",
        "1 Agree a refusal of care protocol SAB Business Manager 30/06/2025 A Draft out for comment.",
    ]
    text = _corpus_text(before, "Recommendation Agencies to act", rows, [26.0, 10.0], after)
    recs = _recs(text)
    assert [(r.ref, r.text) for r in recs] == [(row[0][0], row[0][3:]) for row in rows]
