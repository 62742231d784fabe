"""Single-agency recommendations in corpus text (every printed line followed by a blank line):
an agency's name standing apart after the last item of the agency before, every word
capitalised and over the next list's first item, is that agency's heading, though the item
before it asked for no full stop and ran near the page's width (prepare.segment)."""

from __future__ import annotations

from plan_text import corpus_text, prose_lines

from dhrparse.pipeline import extract

FILLER = (
    "The panel looked at how each agency responded to the concerns raised over the two years before"
    " the death and at what each could have done differently to keep her safe from harm."
)


def _wrapped(text: str) -> list[str]:
    return prose_lines(text, 112)  # (the page's width in characters)


def test_the_next_agency_name_after_an_unstopped_item(tmp_path):
    lines = ["Domestic Homicide Review – Overview Report", "8. Analysis", *(_wrapped(FILLER) * 3)]
    lines += [
        "9. Individual Recommendations",
        "Ashcombe Housing Trust",
        "\uf0b7 Improve the way tenancy officers record concerns about abuse raised during home visits",
        "Wendle Probation Delivery Unit",
        "\uf0b7 Deliver refresher training on domestic abuse risk assessment to every case manager",
        "\uf0b7 Audit ten cases a quarter against the unit's standard on home visits and report findings",
    ]
    path = tmp_path / "report.corpus.txt"
    path.write_text(corpus_text(lines), encoding="utf-8")
    got = [(r.agency, r.text[:20]) for r in extract(path).recommendations]
    assert got == [
        ("Ashcombe Housing Trust", "Improve the way tena"),
        ("Wendle Probation Delivery Unit", "Deliver refresher tr"),
        ("Wendle Probation Delivery Unit", "Audit ten cases a qu"),
    ]
