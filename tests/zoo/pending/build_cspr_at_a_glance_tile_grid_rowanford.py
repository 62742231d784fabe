"""Build the pending zoo stand-in `cspr_at_a_glance_tile_grid_rowanford`: a CSPR practitioner
summary "at a glance" (C059 10) of the family in `tile_grid_summary.py`, its six recommendations in
a grid of three rows of two tiles. All people, places and bodies are fictional; the wording is
our own.

    python tests/zoo/pending/build_cspr_at_a_glance_tile_grid_rowanford.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

from plan_gold import save_gold  # (on the path tile_grid_summary sets)
from tile_grid_summary import HERE, TileGrid, build, gold

DOC = TileGrid(
    stem="cspr_at_a_glance_tile_grid_rowanford",
    partnership="Rowanford Safeguarding Children Partnership",
    area="Rowanford",
    review_type="SCR",
    child="Child T",
    age=15,
    font="C059",
    size=10,
    title="Child T – practice review at a glance",
    facts=[("Age", "15"), ("Died", "March 2023"), ("Review", "CSPR"), ("Published", "June 2024")],
    findings_heading="What the review found",
    findings=[
        "Child T moved school three times in a year and no school held a full picture of him.",
        "Concerns about older young people around him were logged but not linked together.",
        "His mother asked for help twice; each request was closed after one phone call.",
    ],
    take_aways_heading="Three things to take away",
    take_aways=[
        "Ask who else knows the child before you close a case.",
        "A missing episode is a sign of harm, not just a risk.",
        "Listen to parents who keep asking.",
    ],
    recommendations_heading="Recommendations",
    tiles=[
        (
            "School moves",
            "The Partnership should make sure a child's records reach a new school within five days.",
        ),
        (
            "Linking concerns",
            "Rowanford Police should link reports naming the same young people across incidents.",
        ),
        (
            "Parents' requests",
            "Children's social care should speak to a parent in person before closing a request.",
        ),
        (
            "Missing episodes",
            "Return home interviews should be offered within 72 hours of every missing episode.",
        ),
        (
            "Shared training",
            "The Partnership should run joint training on exploitation for school and police staff.",
        ),
        (
            "Checking change",
            "The Partnership should audit these changes after twelve months and report to the Board.",
        ),
    ],
    columns=2,
    contact="Questions about this summary: email the Partnership's business unit.",
)

if __name__ == "__main__":
    build(DOC)
    save_gold(HERE, DOC.stem, gold(DOC))
    print("wrote", f"{DOC.stem}.json")
