"""A plan's key of status codes ("C = complete; IP = in progress; NS = not started") is the
document's own: the tracker's cut, the graded cells, the ref bands and the plan's statuses each
ask for it, and it is read once and kept on the document (SourceDocument.derived), each caller
given a copy of its own to change (plan.code_key).

Zoo: tests/zoo/pending/ hobbeck's SAR plan, its codes explained by a key line."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract, prepare
from dhrparse.plan import code_key
from dhrparse.plan.code_key import read_code_key
from dhrparse.readers import read_path

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_plan_change_needed_merged_codes_key_ref_last_mon_yy_hobbeck"


@pytest.mark.parametrize("suffix", [".txt", ".corpus.txt"])
def test_the_key_is_read_once_a_document(monkeypatch, suffix):
    reads = []
    read = code_key._document_key

    def counted(doc, p):
        reads.append(doc.name)
        return read(doc, p)

    monkeypatch.setattr(code_key, "_document_key", counted)
    doc = extract(PENDING / f"{STEM}{suffix}")
    assert len(reads) == 1
    if suffix == ".txt":  # (statuses read through the key on this route)
        assert {a.status.value for a in doc.actions} - {"unknown"}


def test_each_caller_gets_its_own_copy():
    doc = prepare(read_path(PENDING / f"{STEM}.txt"), load_patterns())
    p = load_patterns()
    first = read_code_key(doc, p)
    assert first and set(first.values()) >= {"complete", "not_started"}
    first.clear()  # (one caller changing its copy changes no other's)
    assert read_code_key(doc, p)
