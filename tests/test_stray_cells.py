"""A corpus-text plan (cells joined on each printed line) whose cut hands the action cell another
column's words: a Done? mark the plan's key explains, or a date in the target column's form.
Such a reading is refused (a `plan_cells_untold` warning, no records): plan.stray_cells.

The documents are small partnership plans of the cspr_week_commencing_done_plan family
(Rec | Action | Lead | By when | Done?, a key line "✓ complete ◐ in progress ✗ not started"),
written here in our own words with fictional bodies; their cells wrap so the short cells sit on
a row's middle line, or a row's first line runs on into the next row's, so the joined lines
interleave in ways the first-line cut does not know."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.stray_cells import let_go_stray
from dhrparse.plan.tables import PlanRow, PlanTable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import score  # noqa: E402  (tests/score.py)

ZOO = HERE / "zoo" / "pending"
STEM = "cspr_week_commencing_done_plan"
MARKS = {"✓", "◐", "✗"}
P = load_patterns()

HEAD = """Marlow Vale Safeguarding Children Partnership 

Child Safeguarding Practice Review: Toby 

1. Why this review was held 

1.1 Toby, aged two, was admitted to hospital with a broken arm in May 2024. He now lives with 

his aunt. 

2. Recommendations 

1. The Partnership should make sure that schools hear the outcome of every contact they make 

about a pupil. 

2. Health visitors should follow up every check a family cancels twice. 

3. Marlow Vale Police should refer every attended incident where a toddler lives at the address. 

1 

3. Partnership action plan 

Key to the Done? column: ✓ complete ◐ in progress ✗ not started 

Rec Action Lead By when Done? 

"""

TAIL = """
The plan is looked at by every meeting of the Partnership's Learning Group. 

2 
"""

# the short cells (Rec, By when, Done?) set in the middle of each row, on its second line
MIDDLE_LINE = """Sample twelve referrals from nurseries to see Audit and Assurance 
1 whether the school was told the outcome. Manager by the next Board meeting ◐ 

Send the school's designated lead the Children's Services 
1 outcome of each contact about a pupil by the Front Door 14.02.25 ✗ 
end of the next working day. 

2 Add a cancelled-check alert to the health visiting record Health Visiting Lead Ongoing ◐ 
when a family cancels twice. 

Brief all patrol officers on the duty to refer Detective Sergeant, 
3 when a toddler lives at the address. Public Protection 30.11.25 ✓ 
"""

# a row whose cells run onto more lines than its action: the next row's first line is printed
# before the last of them
RUN_ON = """1 Sample twelve referrals from nurseries to see Audit and Assurance by the next ◐ 
whether the school was told the outcome. Manager Board meeting 

1 Send the school's designated lead the Children's Services 
outcome of each contact about a pupil by the Front Door 14.02.25 ✗ 
end of the next working day. 

2 Add a cancelled-check alert to the health visiting record Health Visiting Lead Ongoing ◐ 
when a family cancels twice. 

3 Brief all patrol officers on the duty to refer Detective Sergeant, 30.11.25 ✓ 
when a toddler lives at the address. Public Protection 
"""


def _read(tmp_path: Path, name: str, rows: str):
    path = tmp_path / f"{name}.corpus.txt"
    path.write_text(HEAD + rows + TAIL, encoding="utf-8")
    return extract(path)


def _astray(doc) -> list[str]:
    """The actions whose action or recommendation text holds a key mark or a dd.mm.yy date."""
    out = []
    for a in doc.actions:
        words = f"{a.action or ''} {a.lead or ''}".split()
        if any(w in MARKS or (w[:2].isdigit() and w.count(".") == 2) for w in words):
            out.append(a.action or "")
    return out


def test_middle_line_short_cells_give_no_wrong_records(tmp_path):
    doc = _read(tmp_path, "middle_line", MIDDLE_LINE)
    assert _astray(doc) == []
    assert not doc.actions  # the table is refused whole, not guessed
    assert any(w.code == "plan_cells_untold" for w in doc.warnings)
    # the recommendations printed as paragraphs are still read
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]


def test_run_on_rows_give_no_wrong_records(tmp_path):
    doc = _read(tmp_path, "run_on", RUN_ON)
    assert _astray(doc) == []
    assert not doc.actions
    assert any(w.code == "plan_cells_untold" for w in doc.warnings)


def _table(**cells: str) -> PlanTable:
    table = PlanTable(columns=["recommendation_ref", "action", "lead", "target_date", "status"], headers=[])
    table.rows = [PlanRow(cells={"action": "Write the pathway.", "target_date": "31.03.25"}, line_start=3)]
    table.rows.append(PlanRow(cells=dict(cells), line_start=5, line_end=6))
    table.line_start = 2
    return table


def test_a_mark_or_a_target_date_in_another_cell_refuses_the_table():
    marked = _table(action="Audit ten files Quality Assurance ◐", target_date="30.06.25")
    dated = _table(action="30.06.25 ✗ school the next day", lead="Public Protection")
    named = _table(action="Remind officers Detective Inspector 30.06.25 of the duty")
    assert let_go_stray([marked], MARKS, P) == {2: (6, None)} and not marked.rows
    assert let_go_stray([dated], {"◐"}, P) and not dated.rows
    assert let_go_stray([named], MARKS, P) and not named.rows
    # (only in a plan whose status is a key's marks)
    kept = _table(action="Remind officers Detective Inspector 30.06.25 of the duty")
    assert let_go_stray([kept], set(), P) == {} and len(kept.rows) == 2


def test_a_sentence_s_own_date_and_the_status_column_s_mark_stand():
    told = _table(action="Report to the Board by 30.06.25 on the audit.", status="✓")
    assert let_go_stray([told], MARKS, P) == {} and len(told.rows) == 2
    # (a mark not of the plan's key is no sign: a bullet the text kept)
    bullet = _table(action="Audit • ten files")
    assert let_go_stray([bullet], MARKS, P) == {} and len(bullet.rows) == 2


def test_the_zoo_plan_still_reads_whole_on_corpus_text():
    gold = json.loads((ZOO / f"{STEM}.json").read_text(encoding="utf-8"))
    out = json.loads(extract(ZOO / f"{STEM}.corpus.txt").model_dump_json())
    pairs, dup = score.match(gold["actions"], out["actions"], score.act_hit)
    assert len(pairs) == len(gold["actions"]) == len(out["actions"]) and dup == 0
    assert all(score.agency_ok(g["lead"], o["lead"]) for g, o in pairs)


def test_a_plan_whose_status_and_target_cells_all_went_astray_is_refused():
    # (tests/zoo/pending/dhr_key_dates_narrow_plan_wythenbrook: eight narrow columns read as
    # printed, the lines run together; no row kept a status, one a target)
    stem = "dhr_key_dates_narrow_plan_wythenbrook"
    doc = extract(ZOO / f"{stem}.corpus.txt")
    assert not doc.actions
    assert any(w.code == "plan_cells_untold" for w in doc.warnings)
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]


def test_a_plan_with_its_targets_but_no_status_yet_stands():
    rows = [
        PlanRow(cells={"action": f"Write part {n}.", "target_date": "31.03.25"}, line_start=n)
        for n in range(3)
    ]
    table = PlanTable(columns=["ref", "action", "lead", "target_date", "status"], headers=[], rows=rows)
    assert let_go_stray([table], set(), P) == {} and len(table.rows) == 3


def test_a_plan_whose_cells_hold_no_other_column_s_month_stands():
    # (a plan of column blocks whose statuses and targets were not paired with its rows: the
    # rows' own text is whole, no date astray in it)
    rows = [
        PlanRow(cells={"action": f"Write part {n} by March.", "lead": "Police"}, line_start=n)
        for n in range(4)
    ]
    table = PlanTable(columns=["ref", "action", "lead", "target_date", "status"], headers=[], rows=rows)
    assert let_go_stray([table], set(), P) == {} and len(table.rows) == 4
    astray = [PlanRow(cells={"action": f"Write part {n} Wythenbro Oct"}, line_start=n) for n in range(4)]
    lost = PlanTable(columns=["ref", "action", "lead", "target_date", "status"], headers=[], rows=astray)
    assert let_go_stray([lost], set(), P) and not lost.rows
