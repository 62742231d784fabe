"""A recommendation's label naming whom it is for after a dash, the name wrapped at the page's
width onto the next line ("Recommendation 3 – Kelbridge Police and Probation Board for the" /
"Northern Region"): the next line's few capitalised words end the label's name, never a
heading of their own that would part the label from its text (prepare.headings)."""

from __future__ import annotations

from plan_text import prose_lines

from dhrparse.pipeline import extract

FILLER = (
    "The panel found that no agency checked the convictions he held in another part of the country,"
    " and that the risk he posed was judged on what each agency knew locally and on nothing more."
)


def _wrapped(text: str) -> list[str]:
    return prose_lines(text, 95)  # (the page's width in characters)


def test_the_wrapped_name_stays_with_its_label(tmp_path):
    lines = ["Domestic Homicide Review – Overview Report", "6. Conclusions", *_wrapped(FILLER) * 4]
    lines += ["7. Recommendations", "Recommendation 1 – Kelbridge Council"]
    lines += _wrapped(
        "Kelbridge Council should review how its housing officers record a disclosure of abuse at a visit."
    )
    lines += ["Recommendation 2 – Kelbridge Police and the Probation Service for the Western", "Region"]
    lines += _wrapped(
        "Kelbridge Police and the Probation Service should agree a procedure for checking convictions"
        " held in other parts of the country before a risk meeting."
    )
    path = tmp_path / "report.corpus.txt"
    path.write_text("".join(f"{ln} \n\n" for ln in lines), encoding="utf-8")
    recs = extract(path).recommendations
    assert [(r.ref, r.text[:20]) for r in recs] == [
        ("1", "Kelbridge Council sh"),
        ("2", "Kelbridge Police and"),
    ]
