"""A report of two pages printed as text with no page breaks (pdfplumber's lines, a blank line
after each) prints its numbered footer twice: at page 1's end, over the running head repeated
at page 2's top, and as the very last line. Taken as page furniture, it no longer cuts the
numbered list it falls inside."""

from __future__ import annotations

from plan_text import corpus_text

from dhrparse.pipeline import extract

HEAD = "Ashbeck Regional Safeguarding Board"
FOOT = "ARSB APR 2/2024"


def _report(second_footer=True):
    page1 = [
        HEAD,
        "Concise Adult Practice Review",
        "Brief outline of circumstances",
        "Mr T, a retired baker, was 79; his daughter looked after him until he died after a stroke.",
        "Practice and organisational learning",
        "Nobody put the daughter's own needs to the carers' support team.",
        "Improving Systems and Practice",
        "The review asks the Board and its partners to take these actions:",
        "1. The Board should publish a one-page guide for families on respite care and how to ask",
        "for it, in print as well as online.",
        f"{FOOT} 1",
    ]
    page2 = [
        HEAD,
        "2. Ashbeck University Health Board should give stroke ward discharge teams a checklist on",
        "the carer's health as well as the patient's.",
        "3. Ashbeck Council should tell every carer known to it about the respite guide by March.",
        "Statement by Reviewer",
        "Reviewer Hywel Maddox",
        "Date 3 May 2024",
        "For Welsh Government use only",
        "Date information received",
        "Date acknowledgment letter sent to Board Chair",
    ] + ([f"{FOOT} 2"] if second_footer else [])
    return corpus_text(page1 + page2)


def test_the_list_runs_on_over_a_two_page_footer():
    recs = extract(_report(), name="apr.corpus.txt").recommendations
    assert [r.ref for r in recs] == ["1", "2", "3"]
    assert FOOT not in recs[0].text


def test_a_line_printed_once_with_a_number_stays_text():
    # without the last page's printing, nothing shows the line is a footer
    recs = extract(_report(second_footer=False), name="apr.corpus.txt").recommendations
    assert [r.ref for r in recs] == ["1"]
