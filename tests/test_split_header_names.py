"""A plan table's header whose narrow columns break their names mid-word, in text taken out a
printed line at a time (pdfplumber's extract_text, every printed line followed by a blank line):
"Recommendat" over "ion", its other columns' header words on the same printed lines. The names
are joined again, so the header is found and the tracker's rows are read; a header joined so
whose rows no reader takes is left as printed, with a warning."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.split_names import SplitNames
from dhrparse.plan.tables import ColumnMap

TRACKER = """Domestic Homicide Review – Action Plan 

Harrowby Safer Communities Partnership 

DHR 'Colin' – Recommendations tracker 

RAG key: R – not started; A – in progress; G – complete 

Rec No. Recommendat Agreed action Responsible By when RAG Progress 

ion agency update 

1 Harrowby Publish a direct Harrowby Jul 2022 G Route live since 

Council to referral route Council June; thirty 

ensure housing on the staff Housing referrals 

officers can intranet. received. 

refer directly to 

the domestic 

abuse service. 

2 The alcohol Introduce Harrowby Oct 2022 A Questions 

service to screening Recovery drafted; system 

screen every questions into Service change booked 

new client for the initial for the winter. 

domestic abuse assessment. 

3 Probation to Agree an Probation Dec 2022 R Awaiting a 

share risk information Service meeting with 

information sharing the provider. 

with the protocol. 

domestic abuse 

service. 

4 All agencies Run a Harrowby Mar 2023 A Dates agreed 

to promote the partnership Safer with three 

disclosure awareness Communities agencies. 

scheme to week. Partnership 

staff. 

"""

# a wide plan whose rows no corpus-text reader cuts: its header is warned about, no row is guessed
WIDE = """Domestic Homicide Review – Action Plan 

Domestic Homicide Review: Petra (2022) 

Fernleigh Community Safety Partnership 

DHR ACTION PLAN 

Recommen Scope of Action to Lead Key Target Date Date of 

dation recommend take Agency milestones completion 

ation achieved in and 

enacting Outcome 

1 The Local Review Fernleigh Review agreed October Completed 

Partnership leaflets for Community at the board. 2022 November 

reviews how older Safety 2022. 

support is residents. Partnership 

advertised. 

2 Fernleigh Local Add a Fernleigh Form agreed 31/03/2023 

Police to relationship Police 

record the field to the 

relationship. form. 

"""


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, 1)]


def test_broken_names_are_joined_with_the_next_line():
    out = SplitNames(ColumnMap(load_patterns())).rewrite(
        _lines("Rec No. Recommendat Agreed action Responsible By when RAG Progress ", "ion agency update ")
    )
    assert [ln.text for ln in out] == [
        "Rec No. Recommendation Agreed action Responsible By when RAG Progress",
        "agency update",
    ]


def test_a_sentence_is_not_taken_for_a_broken_header():
    lines = _lines("The panel met twice and recommen", "ded a new protocol.")
    assert SplitNames(ColumnMap(load_patterns())).rewrite(lines) == lines


def test_a_joined_name_beside_the_same_name_takes_the_word_that_numbers_it():
    # ("Actio" over "n no." beside "Action": the word wrapped beside the piece, "no.", makes the
    # joined name the actions' number column, "Action no.")
    lines = _lines("Rec Recommendation Actio Action Lead agency Target RAG", "no. n no.")
    out = SplitNames(ColumnMap(load_patterns())).rewrite(lines)
    assert [ln.text for ln in out] == ["Rec Recommendation Action no. Action Lead agency Target RAG", "no."]


def test_a_joined_name_beside_the_same_name_is_left_alone():
    # ("Actio" over "n" beside "Action", no word to tell the two columns apart)
    lines = _lines("Rec Recommendation Actio Action Lead agency Target RAG", "no. n")
    assert SplitNames(ColumnMap(load_patterns())).rewrite(lines) == lines


# a board's plan numbering its actions under each recommendation, the narrow "Action no." column
# breaking its name ("Actio" over "n no.") beside the "Action" column
NUMBERED = """Thornleigh Safeguarding Adults Board 

SAR 'Edith': multi-agency action plan 

Key: G = complete; A = in progress; R = not started or behind. Updated 2 October 2024. 

Rec Recommendation Actio Action Lead agency Target Progress RAG 

no. n no. 

1 The Board should make sure 1a Write a guide on cuckooing SAB Policy May 2024 Guide published on the G 

that housing staff can spot for housing officers Subgroup website in May 

cuckooing of an adult with 1b Brief the tenancy teams on Thornleigh 31/08/2024 Three of four teams A 

care and support needs. the guide Housing briefed 

2 The Board should ask the 2a Agree a shared escalation Thornleigh Adult Dec 2024 Route not yet agreed R 

police and adult social care route for cuckooing concerns Social Care 

to agree how concerns are 

escalated. 

3 The Board should check that 3a Audit ten cases for the SAB Quality January 2025 Audit tool agreed A 

the guide has changed cuckooing guide Subgroup 

practice. 

Page 1 

"""


def test_a_plan_whose_action_number_column_breaks_its_name_is_read(tmp_path):
    path = tmp_path / "plan.corpus.txt"
    path.write_text(NUMBERED, encoding="utf-8")
    doc = extract(path)
    got = [
        (
            a.ref.replace("(", "").replace(")", ""),
            a.recommendation_ref,
            (a.action or "").split()[0],
            a.status.raw,
        )
        for a in doc.actions
    ]
    assert got == [
        ("1a", "1", "Write", "G"),
        ("1b", "1", "Brief", "A"),
        ("2a", "2", "Agree", "R"),
        ("3a", "3", "Audit", "A"),
    ], got
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]


def test_tracker_with_broken_header_names_is_read(tmp_path):
    path = tmp_path / "tracker.corpus.txt"
    path.write_text(TRACKER, encoding="utf-8")
    doc = extract(path)
    assert [a.ref for a in doc.actions] == ["1", "2", "3", "4"]
    assert [a.action.split()[0] for a in doc.actions] == ["Publish", "Introduce", "Agree", "Run"]
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress", "not_started", "in_progress"]
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert all(w.code != "no_review_content" for w in doc.warnings)


def test_wide_plan_whose_rows_are_not_read_is_warned_about(tmp_path):
    path = tmp_path / "plan.corpus.txt"
    path.write_text(WIDE, encoding="utf-8")
    doc = extract(path)
    assert doc.actions == []
    assert any(w.code == "plan_cells_untold" and "mid-word" in w.message for w in doc.warnings)


def test_lower_lines_of_a_header_read_whole_are_left_alone():
    # (the Home Office template's header: its first printed line already names every column;
    # "Scope of recommendation" wraps "recomme" over "ndation" on the lines below, which the
    # joined-cells reader passes over as the header's wrapped names)
    lines = _lines(
        "Recommendation Scope of Action to take Lead Agency Target Date Outcome",
        "recomme achieved in",
        "ndation",
    )
    assert SplitNames(ColumnMap(load_patterns())).rewrite(lines) == lines


# the same tracker, its narrowest column's name broken over three printed lines
# ("Recom" / "mendati" / "on"): the pieces are joined again where the first two start a header
# word, the middle one is no word of its own and the last completes it
THREE_LINE_TRACKER = TRACKER.replace(
    "Rec No. Recommendat Agreed action Responsible By when RAG Progress \n\nion agency update \n\n",
    "Rec No. Recom Agreed action Responsible By when RAG Progress \n\nmendati agency update \n\non \n\n",
).split("4 All agencies")[0]


def test_a_name_broken_over_three_lines_is_joined():
    lines = [
        Line(n, t)
        for n, t in enumerate(("Ref Recom Agreed action Responsi Target RAG", "mendati ble", "on officer"), 1)
    ]
    assert [ln.text for ln in SplitNames(ColumnMap(load_patterns())).rewrite(lines)] == [
        "Ref Recommendation Agreed action Responsible Target RAG",
        "officer",
    ]


def test_a_sentence_broken_over_three_lines_is_left_alone():
    texts = ("The panel met twice and recom", "mendati", "on.")
    lines = [Line(n, t) for n, t in enumerate(texts, 1)]
    assert [ln.text for ln in SplitNames(ColumnMap(load_patterns())).rewrite(lines)] == list(texts)


def test_a_tracker_under_a_name_broken_over_three_lines_is_read(tmp_path):
    assert "Recom " in THREE_LINE_TRACKER and "4 All agencies" not in THREE_LINE_TRACKER
    path = tmp_path / "plan.corpus.txt"
    path.write_text(THREE_LINE_TRACKER, encoding="utf-8")
    doc = extract(path)
    assert [(a.recommendation_ref, a.status.raw) for a in doc.actions] == [("1", "G"), ("2", "A"), ("3", "R")]
    # (the tracker's rows read from their first printed lines, as under a name broken over two)
    assert [(a.action or "").split()[0] for a in doc.actions] == ["Publish", "Introduce", "Agree"]
    assert [a.lead for a in doc.actions] == ["Harrowby", "Harrowby", "Probation"]
