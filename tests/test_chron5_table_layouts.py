"""A combined multi-agency chronology table printed in the layouts real appendices come in: the
same events, under the headers authors give them (synonyms, a Time column or none, the panel's
Significance column or none, the columns in another order), as a typed table (tab rows) or as
`pdftotext -layout` prints it (whitespace-aligned columns, cells wrapped side by side). Every
event must come back with its own date and its own text, whatever the layout."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

# (date cell, ISO start, time, agency, what happened, the panel's comment)
_EVENTS = [
    (
        "Apr-18",
        "2018-04",
        "",
        "Thornbury Medical Practice",
        "Ruth registered with the practice after moving in with Callum, who answered the new patient questions for her.",
        "First sign of Callum speaking for Ruth.",
    ),
    (
        "09.06.2018",
        "2018-06-09",
        "22:10",
        "Eastmere Police",
        "A neighbour reported shouting and a crash from the flat. Officers spoke to the couple together and recorded a verbal argument.",
        "Ruth was not seen on her own.",
    ),
    (
        "09.06.2018",
        "2018-06-09",
        "23:40",
        "Eastmere Police",
        "A silent call came from Ruth's phone and the call-back went unanswered. Nobody attended.",
        "Not linked to the earlier call.",
    ),
    (
        "w/c 13/08/2018",
        "2018-08-13",
        "",
        "Eastmere Council Housing",
        "Callum asked for Ruth to be added to his tenancy and later withdrew the request.",
        "Background only.",
    ),
    (
        "Oct 2018",
        "2018-10",
        "",
        "Thornbury Medical Practice",
        "Ruth came in with a burn to her hand which she said came from the kettle. Callum stayed in the room.",
        "No routine enquiry about abuse.",
    ),
    (
        "21/01/2019",
        "2019-01-21",
        "14:05",
        "Eastmere Hospital Emergency Department",
        "Ruth was treated for a broken wrist said to be a fall on ice, with Callum beside her throughout.",
        "The explanation was not questioned.",
    ),
    (
        "early March 2019",
        "2019-03",
        "",
        "Friend (family account)",
        "Ruth told a friend by text that Callum had taken her bank card and checked her phone every night.",
        "Not known to any agency.",
    ),
    (
        "02.05.2019",
        "2019-05-02",
        "03:20",
        "Eastmere Ambulance Service",
        "Callum called an ambulance saying that Ruth had collapsed. The crew called the police to the flat.",
        "Date of death.",
    ),
]

_NAMES = {
    "date": ["Date", "Date of contact", "When"],
    "time": ["Time", "Time of call"],
    "agency": ["Agency", "Organisation", "Service"],
    "event": ["Summary of contact", "Event", "What happened", "Details"],
    "comment": ["Significance", "Panel comment", "Comments"],
}
_WIDTHS = {"date": 16, "time": 12, "agency": 22, "event": 40, "comment": 28}
_FIELD = {"date": 0, "time": 2, "agency": 3, "event": 4, "comment": 5}


@st.composite
def _layout(draw) -> dict:
    columns = ["date"] + (["time"] if draw(st.booleans()) else []) + ["agency", "event"]
    if draw(st.booleans()):
        columns.append("comment")
    if draw(st.booleans()):  # the agency first, as some agencies' chronologies are merged
        columns.remove("agency")
        columns.insert(0, "agency")
    return {
        "columns": columns,
        "names": {c: draw(st.sampled_from(_NAMES[c])) for c in columns},
        "prefix": draw(st.sampled_from(["Combined", "Combined Multi-Agency", "Integrated Multi-Agency", ""])),
        "printed": draw(st.sampled_from(["tabs", "layout"])),
        # a narrow date column wraps its longer cells ("w/c" / "13/08/2018")
        "widths": {**_WIDTHS, "date": draw(st.sampled_from([10, 16]))},
    }


def _cells(event: tuple, columns: list[str]) -> list[str]:
    return [event[_FIELD[c]] for c in columns]


def _layout_lines(cells: list[str], columns: list[str], widths: dict[str, int]) -> list[str]:
    """One row as `pdftotext -layout` prints it: each cell wrapped to its column, side by side."""
    wrapped = [textwrap.wrap(text, widths[c]) or [""] for text, c in zip(cells, columns)]
    lines = []
    for k in range(max(len(w) for w in wrapped)):
        parts = [(w[k] if k < len(w) else "").ljust(widths[c]) for w, c in zip(wrapped, columns)]
        lines.append("   " + "   ".join(parts).rstrip())
    return lines


def _document(layout: dict) -> str:
    columns, names = layout["columns"], layout["names"]
    title = " ".join(w for w in ("Appendix 2:", layout["prefix"], "Chronology") if w)
    out = [
        "Eastmere DHR 'Ruth' – Appendix 2",
        "",
        title,
        "Domestic Homicide Review into the death of Ruth, aged 34, on 2 May 2019",
        "",
        "Entries are in date order. Where an agency recorded only a week or a month, that is shown.",
        "",
    ]
    header = [names[c] for c in columns]
    if layout["printed"] == "tabs":
        out.append("\t".join(header))
        out += ["\t".join(_cells(e, columns)) for e in _EVENTS]
    else:
        out += _layout_lines(header, columns, layout["widths"])
        for e in _EVENTS:
            out += _layout_lines(_cells(e, columns), columns, layout["widths"])
    return "\n".join([*out, ""])


@settings(max_examples=30, deadline=None)
@given(_layout())
def test_every_event_comes_back_with_its_date_in_every_layout(layout):
    doc = extract(_document(layout))
    got = [(e.date.start if e.date else None, " ".join(e.text.split())) for e in doc.chronology]
    assert len(got) == len(_EVENTS), (layout, got)
    for (raw, start, *_rest), (date, text) in zip(_EVENTS, got):
        event_text = _rest[2]
        assert date == start, (layout, raw, date)
        assert event_text[:40] in text, (layout, text)
        assert (
            _rest[3][:25] not in text or "comment" not in layout["columns"]
        )  # the panel's words are not the event's


def test_a_date_qualified_by_its_week_is_a_date_cell():
    from dhrparse.extractors.chronology.dating import is_date_cell
    from dhrparse.patterns import load_patterns

    p = load_patterns()
    assert is_date_cell("w/c 05/08/2019", p)
    assert is_date_cell("week commencing 05/08/2019", p)
    assert not is_date_cell("w/c", p)
    assert not is_date_cell("w/c the practice", p)


def test_a_run_of_describing_words_before_chronology_names_it():
    from dhrparse.extractors.chronology import section_kind
    from dhrparse.patterns import load_patterns

    p = load_patterns()
    for title in (
        "Appendix 2: Combined Multi-Agency Chronology",
        "Annex B – Full Integrated Chronology",
        "Joint Agency Chronology",
    ):
        assert section_kind(title, p) is not None, title
    assert section_kind("Appendix 3: Glossary", p) is None


def test_a_pointer_to_the_analysis_closing_a_chronology_is_no_entry():
    text = "\n".join(
        [
            "4. Narrative chronology",
            "",
            "This section tells Mair's story year by year, drawing on agency records.",
            "",
            "In March 2017 Mair told her GP that she was not sleeping.",
            "",
            "Two weeks later she cancelled her follow-up appointment.",
            "",
            "On 3 June 2018 police were called to the house by a neighbour.",
            "",
            "On 9 May 2019 Mair was found dead at home.",
            "",
            "The analysis of this chronology follows in section 5.",
            "",
            "5. Analysis",
            "",
            "5.1 Nobody asked Mair about her home life.",
            "",
        ]
    )
    doc = extract(text)
    texts = [" ".join(e.text.split()) for e in doc.chronology]
    assert len(texts) == 4, texts
    assert texts[0].startswith("In March 2017")
    assert not any("analysis of this chronology" in t for t in texts)
    assert any("analysis of this chronology" in w.message for w in doc.warnings)  # named, not dropped


def test_an_agency_sub_heading_starts_its_own_story_again():
    """Under "Agency contact", each agency's paragraphs run from its own first contact: a date
    inside the first sentence under the next agency is that entry's, though earlier than the
    entry above it (another agency's)."""
    text = "\n".join(
        [
            "5. Agency contact",
            "",
            "Brookfield Surgery (GP)",
            "",
            "5.1 On 12 January 2020 Alun saw the practice nurse for a diabetes review.",
            "",
            "5.2 On 3 August 2021 the district nurse visited and found the flat very cold.",
            "",
            "5.3 On 9 September 2021 the GP wrote to Alun about missed appointments.",
            "",
            "Ashvale Homes (housing provider)",
            "",
            "5.4 Ashvale Homes tried to carry out a gas safety check on 2 March 2021 and was refused entry.",
            "",
            "5.5 On 18 November 2021 a neighbour reported a smell from the flat.",
            "",
        ]
    )
    doc = extract(text)
    dates = {" ".join(e.text.split())[:20]: e.date.start for e in doc.chronology}
    assert dates.get("Ashvale Homes tried ") == "2021-03-02", dates
