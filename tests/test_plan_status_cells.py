"""One plan's statuses printed in different cells come back the same.

A hypothesis strategy draws plan rows and, for each row, where its state is printed: the
status column in words, the status column as a colour followed by a comment (whose words may
seem to say otherwise: the colour rates the row), the progress prose ending with a colour or a
status word, or "Completed dd/mm/yyyy" in the date column. The plan's RAG key is drawn too
(Green meaning complete, or Green meaning on track with Blue for complete; printed on one line
with semicolons or with slashes, or not at all when the defaults hold): a colour means what
the plan's key says.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.document import Line, SourceDocument
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.rag_key import read_key
from dhrparse.plan.ratings import closing_rating, opening_colour

P = load_patterns()
VALUES = ("complete", "in_progress", "not_started")
ACTIONS = [
    "Write to every practice manager with the new recording standard.",
    "Add a question about coercive control to the housing triage form.",
    "Deliver a briefing to ward sisters on routine enquiry.",
    "Audit twenty referrals for the voice of the child.",
    "Publish the partnership escalation protocol on the website.",
]
LEADS = ["Ashcombe Police", "Ashcombe Borough Council", "Ashcombe Hospitals NHS Trust", "Partnership Manager"]
PROSE = {
    "complete": "Signed off at the March board and shared with all teams.",
    "in_progress": "First draft written; consultation with partners to follow.",
    "not_started": "Waiting for the new case system before work can begin.",
}
WORDS = {"complete": "Complete", "in_progress": "On track", "not_started": "Not started"}
# a comment that, read alone, names another state: the colour before it decides
COMMENT = {
    "complete": "evidence received",
    "in_progress": "stage one done, stage two booked",
    "not_started": "scoping done but no funding yet",
}
# (colour of each value, key line or None)
KEYS = [
    ({"complete": "Green", "in_progress": "Amber", "not_started": "Red"}, None),
    (
        {"complete": "Green", "in_progress": "Amber", "not_started": "Red"},
        "RAG key: Green – complete; Amber – in progress; Red – not started.",
    ),
    (
        {"complete": "Blue", "in_progress": "Green", "not_started": "Red"},
        "Progress key: Blue = complete / Green = on track / Amber = behind schedule / Red = not started.",
    ),
]
# progress prose that states the state plainly, with no status column or rating to go by
STATED = {
    "complete": ["Completed in March and shared with all teams."],
    "in_progress": [
        "Partially complete: two of five sessions held.",
        "Ongoing; the first cohort is trained.",
    ],
    "not_started": ["Not yet started: waiting for the new case system."],
}
PLACES = (
    "status_word",
    "status_colour",
    "progress_colour",
    "progress_word",
    "progress_stated",
    "date_completed",
)


@st.composite
def plans(draw):
    colours, key_line = draw(st.sampled_from(KEYS))
    n = draw(st.integers(min_value=2, max_value=5))
    rows = []
    for k in range(n):
        value = draw(st.sampled_from(VALUES))
        place = draw(st.sampled_from(PLACES if value == "complete" else PLACES[:-1]))
        stated = draw(st.sampled_from(STATED[value]))
        rows.append((str(k + 1), ACTIONS[k], draw(st.sampled_from(LEADS)), value, (place, stated)))
    return colours, key_line, rows


def _cells(value: str, where: tuple[str, str], colour: str, k: int) -> tuple[str, str, str]:
    """(target date, progress, status) cells of a row whose state is printed in `where`."""
    place, stated = where
    date, progress, status = f"3{k % 2}/0{k + 1}/2025", PROSE[value], ""
    if place == "status_word":
        status = WORDS[value]
    elif place == "status_colour":
        status = f"{colour} – {COMMENT[value]}"
    elif place == "progress_colour":
        progress = f"{PROSE[value]} {colour}"
    elif place == "progress_word":
        progress = f"{PROSE[value]} {WORDS[value]}"
    elif place == "progress_stated":
        progress = stated
    else:
        date, progress = f"Completed 1{k}/02/2025", ""
    return date, progress, status


def render(colours: dict, key_line: str | None, rows: list) -> str:
    out = ["Ashcombe Community Safety Partnership", "Domestic Homicide Review – Action Plan", ""]
    if key_line:
        out += [key_line, ""]
    out.append("\t".join(["No.", "Action", "Lead", "Target date", "Progress", "Status"]))
    for k, (ref, action, lead, value, place) in enumerate(rows):
        date, progress, status = _cells(value, place, colours[value], k)
        out.append("\t".join([ref, action, lead, date, progress, status]))
    return "\n".join(out) + "\n"


@settings(max_examples=40, deadline=None)
@given(plan=plans())
def test_a_plans_statuses_come_back_from_whichever_cell_holds_them(plan, tmp_path_factory):
    colours, key_line, rows = plan
    path = tmp_path_factory.mktemp("status") / "plan.txt"
    path.write_text(render(colours, key_line, rows), encoding="utf-8")
    got = {a.ref: a.status for a in extract(path).actions}
    assert {ref: got[ref].value for ref in got} == {ref: value for ref, _, _, value, _ in rows}
    for ref, _, _, _, (place, _) in rows:
        if place.startswith("progress"):
            # the cell the state was read from is named
            assert got[ref].judged_from.startswith("progress")


def _doc(*texts: str) -> SourceDocument:
    lines = [Line(number=k + 1, text=t, raw=t) for k, t in enumerate(texts)]
    return SourceDocument(name="k.txt", path=None, sha256="", format="text", lines=lines, pages=None)


def test_a_key_with_slashes_between_its_entries_is_read_entry_by_entry():
    key = read_key(
        _doc("RAG: Complete / Green = on track / Amber = some delay / Red = off track or not started."), P
    )
    # (green is on track here, not the default complete; amber names no state and keeps its default)
    assert key == {"green": "in_progress", "red": "not_started"}


def test_a_keys_meaning_is_its_first_clause():
    key = read_key(
        _doc("Blue – done and evidenced", "Amber – some slippage; expected to complete", "Red – not started"),
        P,
    )
    # (amber's first clause names no state: the default holds, not "complete")
    assert key == {"blue": "complete", "red": "not_started"}


def test_a_key_printed_column_by_column_finds_its_meanings_under_their_heading():
    lines = ["RAG key", "Colour", "Blue", "Green", "Red", "", "No.", "1", "Action", "Audit the files."]
    lines += ["Meaning", "Action complete", "On track to finish", "Not started"]
    assert read_key(_doc(*lines), P) == {"blue": "complete", "green": "in_progress", "red": "not_started"}
    # without the heading, the lines far below are not taken as the meanings
    assert read_key(_doc(*[t for t in lines if t != "Meaning"]), P) == {}


def test_a_rating_is_read_only_where_it_stands_alone():
    assert opening_colour("Red – panel decision awaited") == "red"
    assert opening_colour("Green 14/11/2024") == "green"
    assert opening_colour("Greenwood team to lead") is None
    assert closing_rating("Guide published in October. Blue", {"blue": "complete"}, P)[1] == "complete"
    assert closing_rating("Dip sample planned; sample selected. Amber", {}, P)[1] == "in_progress"
    # a last sentence that is a sentence, not a rating
    assert closing_rating("Briefings held. The red team will follow up", {}, P) is None
    assert closing_rating("Amber", {}, P) is None


def test_a_colour_with_two_meanings_takes_the_status_printed_beside_it(tmp_path):
    # the key lets green mean done or on track: "Green – complete" says which; a comment after
    # the colour does not, and the colour keeps its meaning
    rows = [
        ("1", ACTIONS[0], LEADS[0], "31/03/2025", "Sent to all practices in March.", "Green – complete"),
        ("2", ACTIONS[1], LEADS[1], "30/06/2025", "Form drafted.", "Green – form drafted, not yet live"),
        ("3", ACTIONS[2], LEADS[2], "30/09/2025", "Not begun.", "Red - not started"),
    ]
    out = ["Ashcombe Community Safety Partnership", "Domestic Homicide Review – Action Plan", ""]
    out += ["RAG key: Green – complete or on track; Amber – some delay; Red – not started or off track.", ""]
    out.append("\t".join(["No.", "Action", "Lead", "Target date", "Progress", "RAG"]))
    out += ["\t".join(row) for row in rows]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    got = {a.ref: (a.status.value, a.status.rag) for a in extract(path).actions}
    assert got["1"] == ("complete", "green")
    assert got["3"] == ("not_started", "red")
    assert got["2"][1] == "green" and got["2"][0] != "complete"  # (the key's green, not the word "live")


def test_an_outcome_column_stating_aims_gives_no_status(tmp_path):
    """ "Outcome" heads either the aim ("All ward staff complete the module.") or the state
    ("Completed – ..."): only cells that open with the state make it the status column."""
    head = "\t".join(["Ref", "Action", "Lead officer", "Target Date", "Outcome"])
    aims = [
        "Ashcombe Hospitals NHS Trust",
        "",
        head,
        "\t".join(
            [
                "1",
                "Add a module to the ward training.",
                "Named Nurse",
                "May 2025",
                "All ward staff complete the module.",
            ]
        ),
    ]
    states = [
        "Ashcombe Police",
        "",
        head,
        "\t".join(
            [
                "1",
                "Brief every response team.",
                "Chief Inspector",
                "May 2025",
                "Completed – all teams briefed.",
            ]
        ),
    ]
    for lines, value in ((aims, "unknown"), (states, "complete")):
        path = tmp_path / f"{value}.txt"
        path.write_text(
            "\n".join(
                [
                    "Ashcombe Community Safety Partnership",
                    "Domestic Homicide Review – Action Plan",
                    "",
                    *lines,
                ]
            )
            + "\n",
            encoding="utf-8",
        )
        actions = extract(path).actions
        assert [a.status.value for a in actions] == [value]
