"""A thematic review's plan "Agency | Rec | Action | Target | Status" in corpus text, the agency's
cell merged down over its rows and no Lead column (plan.agency_merged_rows): each row's first
line holds its number, action, date and status; the agency's name wraps onto the lines under it
beside the action's later words, and ends where the words complete a name the report prints
whole (its agencies' headings)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def _rows(result):
    return [(a.recommendation_ref, a.lead, a.action, a.status.value) for a in result.actions]


def test_agency_name_wrapped_beside_the_actions_is_parted_off():
    result = extract(PENDING / "sar_thematic_recs_run_on_oakhurst.corpus.txt")
    rows = _rows(result)
    assert [r[0] for r in rows] == ["1", "2", "3", "4", "5", "6", "6"]
    assert rows[0] == (
        "1",
        "Oakhurst and Fenbury Integrated Care Board",
        "Appoint a GP lead in each primary care network",
        "complete",
    )
    # (the name's last line "Social Care" printed beside the action's "system")
    assert rows[2][1:3] == (
        "Oakhurst Council Adult Social Care",
        "Add a three-month review step to the case system",
    )
    # the merged cell is every row's under it
    assert rows[3][1] == "Oakhurst Council Adult Social Care"
    assert [a.target_date.start for a in result.actions][:2] == ["2025-06", "2025-09"]
    assert not any(w.code == "plan_cells_untold" for w in result.warnings)


def test_a_name_running_on_past_its_first_row_and_the_paragraph_after_the_table():
    result = extract(PENDING / "sar_thematic_recs_run_on_brindle.corpus.txt")
    rows = _rows(result)
    assert len(rows) == 7
    # (the name's third line opens the second row's first line: "NHS Foundation 2 Write ...")
    assert rows[1] == (
        "2",
        "Harrowmere Mental Health NHS Foundation Trust",
        "Write to carers at discharge",
        "in_progress",
    )
    assert rows[2][2] == "Put a fire safety visit into the hoarding procedure with a referral route"
    # (the paragraph under the table is the report's, not the last action's)
    assert rows[6][2] == "Book the venue and speakers for the learning event"


def test_a_name_the_report_never_prints_leaves_the_table_unread(tmp_path):
    # no heading names "Kelmarsh and District Community" whole: where it ends beside "Health
    # Trust" and the action's words cannot be told, so no row is cut (a wrong action is worse)
    lines = [
        "Recommendations",
        "1. Review the discharge letters for adults who decline care.",
        "2. Publish a guide on self-neglect for front-line staff.",
        "3. Audit the referrals closed in the last year.",
        "Action plan",
        "Agency Rec Action Target Status",
        "Kelmarsh and District 1 Change the letter template Jun-25 Complete",
        "Community Health Trust",
        "2 Write the guide and publish it Sep-25 On track",
        "Kelmarsh Borough 3 Sample twenty closed referrals Mar-26 Not started",
        "Council Adult Services",
    ]
    path = tmp_path / "plan.corpus.txt"
    path.write_text("".join(f"{line} \n\n" for line in lines), encoding="utf-8")
    result = extract(path)
    assert not result.actions
    # the same table under a report printing the agencies' names whole is read
    named = [
        "Kelmarsh and District Community Health Trust",
        "Kelmarsh Borough Council Adult Services",
        *lines,
    ]
    path.write_text("".join(f"{line} \n\n" for line in named), encoding="utf-8")
    result = extract(path)
    assert [(a.lead, a.action) for a in result.actions] == [
        ("Kelmarsh and District Community Health Trust", "Change the letter template"),
        ("Kelmarsh and District Community Health Trust", "Write the guide and publish it"),
        ("Kelmarsh Borough Council Adult Services", "Sample twenty closed referrals"),
    ]
