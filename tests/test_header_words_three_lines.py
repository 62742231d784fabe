"""A plan table's header whose narrowest column breaks its name over three printed lines
("Recom" / "mendati" / "on"), in text taken out a printed line at a time (every printed line
followed by a blank line, the cells of each line joined by single spaces). plan.split_names
joined a word broken over two lines only, so such a header was never found and the plan's rows
were lost; the word's three pieces are joined again where the first two start a header word,
the middle one is no word of its own and the last completes it."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.split_names import SplitNames
from dhrparse.plan.tables import ColumnMap

TRACKER = """Domestic Homicide Review – Action Plan 

Corringford Safer Communities Partnership 

DHR 'Irene' – Recommendations tracker 

RAG key: R – not started; A – in progress; G – complete 

Rec No. Recom Agreed action Responsible By when RAG Progress 

mendati agency update 

on 

1 Corringford Publish a direct Corringford Jul 2022 G Route live since 

Council to referral route Council June; thirty 

ensure housing on the staff Housing referrals 

officers can intranet. received. 

refer directly to 

the domestic 

abuse service. 

2 The alcohol Introduce Corringford Oct 2022 A Questions 

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

"""


def _rewrite(*texts: str) -> list[str]:
    lines = [Line(n, t) for n, t in enumerate(texts, 1)]
    return [ln.text for ln in SplitNames(ColumnMap(load_patterns())).rewrite(lines)]


def test_a_name_broken_over_three_lines_is_joined():
    assert _rewrite("Ref Recom Agreed action Responsi Target RAG", "mendati ble", "on officer") == [
        "Ref Recommendation Agreed action Responsible Target RAG",
        "officer",
    ]


def test_a_sentence_broken_over_three_lines_is_left_alone():
    texts = ("The panel met twice and recom", "mendati", "on.")
    assert _rewrite(*texts) == list(texts)


def test_a_tracker_under_such_a_header_is_read(tmp_path):
    path = tmp_path / "plan.corpus.txt"
    path.write_text(TRACKER, encoding="utf-8")
    doc = extract(path)
    assert [(a.recommendation_ref, a.status.raw) for a in doc.actions] == [("1", "G"), ("2", "A"), ("3", "R")]
    # (the tracker's rows read from their first printed lines, as under a name broken over two)
    assert [(a.action or "").split()[0] for a in doc.actions] == ["Publish", "Introduce", "Agree"]
    assert [a.lead for a in doc.actions] == ["Corringford", "Corringford", "Probation"]
