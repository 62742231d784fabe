"""A progress or status cell written as dated updates one after another ("Mar 24: scoping
started; Sep 24: report to the Board completed."): the latest update says the state now, in
whichever order the plan printed them, and a status word printed after its date counts."""

from __future__ import annotations

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.dated_updates import dated_updates, latest_update
from dhrparse.plan.status import judge, normalise_status

P = load_patterns()


def test_updates_are_split_at_their_dates():
    text = "28/03/2024: Form drafted. 15/05/2024: Form agreed by the panel. 02/09/2024: Form in use."
    assert [(u.when, u.text) for u in dated_updates(text, P)] == [
        ("2024-03-28", "Form drafted."),
        ("2024-05-15", "Form agreed by the panel."),
        ("2024-09-02", "Form in use."),
    ]


def test_the_latest_update_wins_whichever_order_is_printed():
    assert latest_update("Jan-24: scoping started; Jun-24: toolkit completed.", P) == "toolkit completed."
    assert latest_update("Sep 24 – in progress. Jun 24 – not started, no provider yet.", P) == "in progress."


def test_a_cell_without_two_dated_updates_is_not_split():
    assert latest_update("Training delivered: 40 staff. Next: audit", P) is None
    assert latest_update("Completed 14/03/2024 – guidance issued.", P) is None


def test_progress_is_judged_from_the_latest_update():
    text = "Mar 24: not started – awaiting a provider; Oct 24: in progress, tender issued."
    assert judge(text, P) == "in_progress"
    status = normalise_status(None, [text], P)
    assert status.value == "in_progress" and status.judged_from.startswith("Mar 24")


def test_a_status_cell_of_dated_statuses_says_the_latest():
    assert normalise_status("Jun 24: Not started. Dec 24: On track", None, P).value == "in_progress"
    assert normalise_status("Dec 24: Complete. Jun 24: In progress", None, P).value == "complete"


def test_a_plan_with_dated_progress_and_no_status_column():
    header = "Ref\tAction\tLead\tTarget date\tProgress"
    rows = [
        ("1", "Write a guide for reception staff on helplines.", "Practice Manager", "March 2025",
         "Jul 24: not started – awaiting a writer; Nov 24: guide drafted and is being checked by the team."),
        ("2", "Add a safety question to the repeat prescription form.", "Clinical Lead", "June 2025",
         "Aug 24: question drafted; Dec 24: form has been updated and is live."),
    ]  # fmt: skip
    text = "Surgery action plan\n\n" + header + "\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    doc = dhrparse.extract(text)
    assert [(a.ref, a.status.value) for a in doc.actions] == [("1", "in_progress"), ("2", "complete")]
    assert doc.actions[0].status.judged_from.startswith("progress: Jul 24")
