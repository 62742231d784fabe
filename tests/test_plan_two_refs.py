"""A board plan whose rows open with two numbers, the recommendation's code and the action's
("R2 2.1"), under a header whose "Action no." wraps its "no." onto a line of its own, so that
in corpus text the header's line prints "Action" twice ("Rec Action Action Lead Target date
Status" / "no."). The twin names are two columns, the first with the "no." under it the
action's number; the two refs are read as one and parted again."""

from pathlib import Path

import dhrparse

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_each_row_keeps_its_recommendation_code_and_its_action_number():
    doc = dhrparse.extract(PENDING / "sar_plan_two_refs.corpus.txt")
    actions = doc.actions
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "4.1", "4.2"]
    assert [a.recommendation_ref for a in actions] == ["R1", "R1", "R2", "R2", "R3", "R4", "R4"]
    assert actions[0].action == "Add a carer strain question to the care plan review template"
    assert [a.target_date.raw for a in actions][:2] == ["31 October 2024", "March 2025"]
    assert [a.status.value for a in actions] == [
        "complete",
        "in_progress",
        "complete",
        "in_progress",
        "not_started",
        "complete",
        "not_started",
    ]


def test_a_leads_last_word_beside_an_unended_action_stays_the_leads():
    # ("Agree a discharge message from the" / "hospital to the carers' service Manager": the
    # actions end no sentence, so "Manager" is the lead's, "Carers' Service" over "Manager")
    doc = dhrparse.extract(PENDING / "sar_plan_two_refs.corpus.txt")
    by_ref = {a.ref: a for a in doc.actions}
    assert by_ref["3.1"].lead == "Carers' Service Manager"
    assert by_ref["3.1"].action.endswith("carers' service")
    assert by_ref["4.1"].lead == "SAB Business Manager"
