"""An action plan appended under a heading with no appendix letter ("Appendix: Action plan"),
printed at the body's size in corpus text: the recommendations chapter ends there, and the
plan's numbered rows are not read as more recommendations (extractors.recommendations.regions)."""

from __future__ import annotations

from plan_text import corpus_text, prose_lines

from dhrparse.pipeline import extract

HEAD = "Tollmere Safeguarding Partnership – Child Practice Review – Executive Summary"
FILLER = (
    "The review looked at the care given to the child and her mother over the eighteen months before"
    " the injury, at what each agency knew and at what each shared with the others, and found that"
    " the body map procedure was not followed on two occasions when bruising was seen at nursery."
)


def _wrapped(text: str) -> list[str]:
    return prose_lines(text, 95)  # (the page's width in characters)


def test_the_plan_after_an_unlettered_appendix_heading_adds_no_recommendation(tmp_path):
    lines = ["Child Practice Review – Executive Summary", "1. Summary", *_wrapped(FILLER) * 4]
    lines += ["CPR 2024/02 Page 1 of 3", HEAD, *_wrapped(FILLER) * 2]
    lines += ["2. Recommendations", "Local recommendations"]
    lines += _wrapped(
        "1. Tollmere Health Trust should make sure that every call about an injury to a baby is recorded"
        " as a referral and seen by a senior practitioner on the same day."
    )
    lines += _wrapped(
        "2. Tollmere Police should require officers attending a domestic incident to see every child in"
        " the home and to record what they saw."
    )
    lines += [
        "CPR 2024/02 Page 2 of 3",
        HEAD,
        "Appendix: Action plan",
        "Progress as reported to the panel, May 2025.",
        "Rec Action Responsible agency Timescale Progress",
        "1 Change the call recording system so that injury Tollmere Health Trust 31/03/2025 Complete",
        "calls open a referral",
        "2 Issue a district instruction and check compliance Tollmere Police June 2025 Complete through",
        "body-worn video review",
        "CPR 2024/02 Page 3 of 3",
    ]
    path = tmp_path / "summary.corpus.txt"
    path.write_text(corpus_text(lines), encoding="utf-8")
    recs = extract(path).recommendations
    assert [(r.ref, r.text[:15]) for r in recs] == [("1", "Tollmere Health"), ("2", "Tollmere Police")]
