"""A Home Office template plan whose recommendation numbers sit in a narrow unheaded first
column, printed by plain pdftotext column by column: on each page the numbers come first under
the repeated "Recommendation" header, then the recommendation cells in the same order. Each
recommendation takes the number printed above it on its page, the count carrying over pages."""

from __future__ import annotations

from dhrparse.pipeline import extract


def _page(header: str, numbers: list[int], cells: list[str], actions: list[str], foot: int) -> str:
    out = [header, "Recommendation", ""]
    for n in numbers:
        out += [str(n), ""]
    out += cells
    out += ["", "Scope", "", "Action to take", "", "Lead", "Agency", "", "Target", "Date", "", "Outcome", ""]
    out += actions
    out += ["", str(foot), "\f"]
    return "\n".join(out)


HEAD = "Larchmere Community Safety Partnership – DHR 'Beth'"
PAGE_ONE = _page(
    HEAD,
    [1, 2],
    [
        "Larchmere Police",
        "should make sure that",
        "officers record every",
        "call about a breach of",
        "bail conditions.",
        "Larchmere Borough",
        "Council should offer a",
        "safety plan to tenants",
        "who report abuse.",
    ],
    ["Issue a briefing to", "all call handlers.", "Larchmere Police", "June 2024", "Complete"],
    1,
)
PAGE_TWO = _page(
    HEAD,
    [3, 4],
    [
        "The Partnership should",
        "commission stalking",
        "advocacy for the",
        "whole borough.",
        "NHS Larchmere",
        "Integrated Care Board",
        "should remind GPs to",
        "ask about abuse.",
    ],
    ["Write the service", "specification.", "Community Safety", "Partnership", "March 2025", "In progress"],
    2,
)
INTRO = (
    HEAD + "\n\nDomestic Homicide Review – Beth\nAction Plan\n"
    "Agreed by the Partnership Board in May 2024. RAG: Red – not started; Amber – in progress; "
    "Green – complete.\n\n"
)


def test_each_recommendation_takes_the_number_printed_above_it_on_its_page():
    doc = extract(INTRO + PAGE_ONE + PAGE_TWO, name="plan.txt")
    got = {r.ref: " ".join(r.text.split())[:30] for r in doc.recommendations}
    assert got.get("1", "").startswith("Larchmere Police")
    assert got.get("2", "").startswith("Larchmere Borough")
    assert got.get("3", "").startswith("The Partnership")
    assert got.get("4", "").startswith("NHS Larchmere")
