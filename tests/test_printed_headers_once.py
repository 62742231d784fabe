"""The plan headers a document prints are the document's own: the recommendations reader asks
for them (a code under one is a plan row's, extractors.recommendations.plan_code_rows) and the
check for unread plans asks again once every action is read (plan.unread_plans). They are found
once and kept on the document (SourceDocument.derived), each caller given copies of its own.

Zoo: tests/zoo/pending/ pellerby's performance-system export, whose codes the recommendations
reader tests against the plan's header."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract, prepare
from dhrparse.plan import unread_plans
from dhrparse.readers import read_path

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_plan_performance_export_rec_action_rows_pellerby"


def test_the_headers_are_found_once_a_document(monkeypatch):
    finds = []
    find = unread_plans._headers

    def counted(doc, cm):
        finds.append(doc.name)
        return find(doc, cm)

    monkeypatch.setattr(unread_plans, "_headers", counted)
    doc = extract(PENDING / f"{STEM}.txt")
    assert len(finds) == 1
    assert doc.actions  # (the export's rows read, as before)


def test_each_caller_gets_its_own_copy():
    p = load_patterns()
    source = prepare(read_path(PENDING / f"{STEM}.txt"), p)
    first = unread_plans.header_lines(source, p)
    first.clear()
    assert unread_plans.header_lines(source, p)
