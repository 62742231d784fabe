"""Build the pending zoo stand-in `sar_at_a_glance_tile_grid_three_across_kestlemere`: the tile
grid family of `tile_grid_summary.py` written a second way, a Safeguarding Adults Board's SAR
"at a glance" (Carlito 11), its six recommendations in two rows of three tiles under "Our
recommendations", other headings and a facts strip of its own. All people, places and bodies are
fictional; the wording is our own.

    python tests/zoo/pending/build_sar_at_a_glance_tile_grid_three_across_kestlemere.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

from plan_gold import save_gold  # (on the path tile_grid_summary sets)
from tile_grid_summary import HERE, TileGrid, build, gold

DOC = TileGrid(
    stem="sar_at_a_glance_tile_grid_three_across_kestlemere",
    partnership="Kestlemere Safeguarding Adults Board",
    area="Kestlemere",
    review_type="SAR",
    child="Mr V",
    age=72,
    font="Carlito",
    size=11,
    title="SAR Mr V – the review at a glance",
    facts=[
        ("Age", "72"),
        ("Lived", "Alone, with carers"),
        ("Died", "November 2022"),
        ("Published", "May 2024"),
    ],
    findings_heading="Key findings",
    findings=[
        "Carers saw Mr V's pressure sores worsen over four weeks before anyone called the district nurses.",
        "Mr V's refusals of care were recorded but his capacity to refuse was never assessed.",
        "Three agencies held a safeguarding concern; none knew the others had one.",
    ],
    take_aways_heading="What you can do now",
    take_aways=[
        "Write down why you think a person can or cannot decide.",
        "Tell the district nurses the same day you see a sore.",
        "Check whether a concern has already been raised.",
    ],
    recommendations_heading="Our recommendations",
    tiles=[
        ("Capacity", "Care providers should assess capacity whenever a person refuses care more than twice."),
        ("Skin care", "Kestlemere Council should require home care staff to report every new pressure sore."),
        ("One record", "The Board should agree one shared log of safeguarding concerns about a person."),
        ("Nursing visits", "District nurses should visit within two days of a report of a new sore."),
        ("Training", "The Board should fund self-neglect training for home care managers."),
        ("Assurance", "The Board should ask every partner to report on these changes in a year."),
    ],
    columns=3,
    contact="Kestlemere Safeguarding Adults Board, Town Hall, Kestlemere.",
)

if __name__ == "__main__":
    build(DOC)
    save_gold(HERE, DOC.stem, gold(DOC))
    print("wrote", f"{DOC.stem}.json")
