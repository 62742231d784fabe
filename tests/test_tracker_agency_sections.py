"""A partnership's monitoring report on one review's plan in corpus text (pdfplumber's lines,
each followed by a blank line, the cells of a printed line joined by single spaces): one table
per agency section under the section's heading, refs prefixed by the section ("OR1", "KP.1"),
"Ref | Recommendation | Action | Lead officer | Target date | Q1 update (Apr–Jun 2025) | Q2
update (Jul–Sep 2025) | BRAG", a recommendation cell merged over two actions (plan.tracker_rows,
plan.tracker_header). The whole family: tests/zoo/pending/plan_monitoring_agency_tables_quarter_
updates_brag (its plain pdftotext route is not read yet; its corpus text is)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from plan_text import corpus_text, merged_rows

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.tracker_header import TrackerHeaders
from dhrparse.vocab.type_widths import Face

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402  (tests/score.py)

FACE = Face("arial")
WIDTHS = [2.4, 13.0, 11.5, 8.5, 5.6, 12.5, 12.5, 3.6]  # in ems
HEADER = "Ref Recommendation Action Lead officer Target date Q1 update (Apr–Jun 2025) Q2 update (Jul–Sep 2025) BRAG"
# (heading, [(ref, recommendation, [(action, lead, date, Q1, Q2, BRAG)])])
SECTIONS = [
    (
        "Overview report recommendations",
        [
            (
                "OR1",
                "Kelsington Safety Partnership should publish one referral route for older people "
                "harmed by a relative, with the contact times it promises.",
                [
                    (
                        "Write the referral route and agree it with the four providers",
                        "Partnership Officer",
                        "30/06/2025",
                        "Drafted.",
                        "Agreed and published.",
                        "Blue",
                    ),
                    (
                        "Check the contact times in a sample of twenty referrals",
                        "Partnership Officer",
                        "31 Jan 2026",
                        "Not yet due.",
                        "Sample chosen.",
                        "Green",
                    ),
                ],
            ),
            (
                "OR2",
                "The Partnership should ask every agency to name a lead for abuse of older people.",
                [
                    (
                        "Write to agency heads asking for a named lead",
                        "Partnership Chair",
                        "Q3 2025/26",
                        "Letter drafted.",
                        "Five of seven leads named.",
                        "Amber",
                    ),
                ],
            ),
        ],
    ),
    (
        "Kelsington Police (KP)",
        [
            (
                "KP.1",
                "Call handlers should ask who else lives at the address when an older person calls.",
                [
                    (
                        "Add the household question to the call script",
                        "Control Room Inspector",
                        "31/05/2025",
                        "Script changed.",
                        "Dip sample: question asked in 18 of 20 calls.",
                        "Blue",
                    ),
                    (
                        "Brief every call handler on the new question",
                        "Control Room Inspector",
                        "31/08/2025",
                        "Not yet begun.",
                        "Not begun; trainer on leave.",
                        "Red",
                    ),
                ],
            ),
        ],
    ),
    (
        "Kelsington Housing (KH)",
        [
            (
                "KH.1",
                "Housing officers should refer a tenant who is afraid of a relative on the same day.",
                [
                    (
                        "Brief tenancy officers on same day referrals",
                        "Tenancy Manager",
                        "Ongoing",
                        "Briefing written.",
                        "Half of the teams briefed.",
                        "Green",
                    ),
                ],
            ),
        ],
    ),
]
TALLY = "Position at 30 September 2025: 2 Blue, 2 Green, 1 Amber, 1 Red."


def _block(ref: str, rec: str, actions) -> list[str]:
    """One recommendation's printed lines: its ref and recommendation cells merged over its
    actions' rows, the recommendation's lines running on down beside them."""
    return merged_rows([ref, rec], [list(action) for action in actions], WIDTHS, FACE)


def _report() -> str:
    lines = [
        "Kelsington Safety Partnership",
        "Domestic Homicide Review 'Wilhelmina' – Action Plan Monitoring Report",
        "BRAG key: Blue – done; Green – on track; Amber – behind; Red – not started",
    ]
    for heading, recs in SECTIONS:
        lines += [heading, HEADER]
        for ref, rec, actions in recs:
            lines += _block(ref, rec, actions)
    lines.append(TALLY)
    return corpus_text(lines)


def test_every_section_s_actions_are_read_with_their_section_ref_date_and_rating():
    doc = extract(_report())
    got = [
        (
            a.recommendation_ref,
            a.agency_section,
            (a.action or "").split()[0],
            a.target_date.raw if a.target_date else None,
            a.status.value,
        )
        for a in doc.actions
    ]
    assert got == [
        ("OR1", "overview", "Write", "30/06/2025", "complete"),
        ("OR1", "overview", "Check", "31 Jan 2026", "in_progress"),
        ("OR2", "overview", "Write", "Q3 2025/26", "in_progress"),
        ("KP.1", "Kelsington Police (KP)", "Add", "31/05/2025", "complete"),
        ("KP.1", "Kelsington Police (KP)", "Brief", "31/08/2025", "not_started"),
        ("KH.1", "Kelsington Housing (KH)", "Brief", "Ongoing", "in_progress"),
    ], got
    # (the later action's row is its own: the action above, its first line only, is not carried on)
    assert doc.actions[3].action.startswith("Add the household") and "Brief" not in doc.actions[3].action
    recs = {r.ref: r for r in doc.recommendations}
    assert set(recs) == {"OR1", "OR2", "KP.1", "KH.1"}
    # (the merged cell's words opening the later action's row carry its sentence on; where a
    # wrapped line's words end is told by the column's width alone, so a word or two of the next
    # cell may run in: "it in a promises.")
    assert "people harmed by a relative, with the contact times it" in recs["OR1"].text, recs["OR1"].text


def test_the_quarter_labels_before_the_dated_names_are_taken_out_with_their_asides():
    p = load_patterns()
    headers = TrackerHeaders(ColumnMap(p), p)
    out = headers.strip([Line(1, HEADER)])
    assert out[0].text == "Ref Recommendation Action Lead officer Target date update update BRAG"
    # (a quarter's label in a header with no dated aside is no such label: left as printed)
    plain = "Ref Recommendation Action Lead Q2 Status"
    assert headers.strip([Line(2, plain)])[0].text == plain


def test_a_tally_line_ending_in_a_rating_opens_no_row():
    doc = extract(_report())
    assert not any("Position" in (a.action or "") for a in doc.actions)
    assert len(doc.actions) == 6


def test_the_pending_zoo_monitoring_report_reads_whole_in_corpus_text():
    pending = Path(__file__).resolve().parent / "zoo" / "pending"
    stem = "plan_monitoring_agency_tables_quarter_updates_brag"
    gold = json.loads((pending / f"{stem}.json").read_text(encoding="utf-8"))
    result = score.score_doc(gold, json.loads(extract(pending / f"{stem}.corpus.txt").model_dump_json()))
    assert result["recommendations"].f1() == 1.0, result["recommendations"].f1()
    # (OR1's first action opens with its verb: "Wyvernstone Safer", the two words of the
    # Partnership's name the recommendation's first line prints, stay the recommendation's)
    assert result["actions"].tp == 8 and result["actions"].out == 8, (
        result["actions"].tp,
        result["actions"].out,
    )
    for name, (ok, n) in result["actions"].fields.items():
        assert ok == n, (name, ok, n)
