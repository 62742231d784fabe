"""A short title printed word for word on several pages, with no page number to tell the pages
by (a running head in corpus text that cleaning did not learn, a table header printed again),
carries no paragraph on to the line after it: the heading printed under it stays a heading
(prepare.segment)."""

from __future__ import annotations

from pathlib import Path

from plan_text import corpus_text, prose_lines

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract, prepare
from dhrparse.readers import read_path

HEAD = "Kelbridge DHR – Mr T – Summary and action plan"
FILLER = (
    "The panel met six times and heard from the family, whose account of the last year of his life"
    " shaped the questions this review asked of every agency that knew him."
)


def _wrapped(text: str) -> list[str]:
    return prose_lines(text, 100)  # (the page's width in characters)


def _report(tmp_path: Path) -> Path:
    lines = [HEAD, "Recommendations", *_wrapped(FILLER) * 2]
    lines += ["1. Kelbridge Police should record who else is present when officers speak to a victim."]
    lines += [HEAD, "Action plan", "Progress reported to the Partnership board in May 2025."]
    lines += [
        "1 Record who is present Local Add a field to the incident form Kelbridge Police May 2025 Complete"
    ]
    path = tmp_path / "report.corpus.txt"
    path.write_text(corpus_text(lines), encoding="utf-8")
    return path


def test_the_heading_under_a_repeated_title_stays_a_heading(tmp_path):
    p = load_patterns()
    doc = read_path(_report(tmp_path), patterns=p)
    prepare(doc, p)
    assert any(b.kind == "heading" and b.text == "Action plan" for b in doc.blocks)


def test_the_plan_under_it_adds_no_recommendation(tmp_path):
    recs = extract(_report(tmp_path)).recommendations
    assert [r.text[:20] for r in recs] == ["Kelbridge Police sho"]
