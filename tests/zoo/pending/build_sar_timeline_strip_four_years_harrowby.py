"""Build the pending zoo stand-in `sar_timeline_strip_four_years_harrowby`: a SAR summary after
the death of a man sleeping rough (URW Gothic 10) of the family in `timeline_strip_summary.py`,
its chronology a timeline strip of four year columns, 2019 | 2020 | 2021 | 2022. All people,
places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_timeline_strip_four_years_harrowby.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

from timeline_strip_summary import HERE, TimelineStrip, build, gold, save_gold

DOC = TimelineStrip(
    stem="sar_timeline_strip_four_years_harrowby",
    board="Harrowby Safeguarding Adults Board",
    area="Harrowby",
    man="Callum",
    age=44,
    font="URW Gothic",
    size=10,
    title="Safeguarding Adults Review: Callum – summary",
    intro=(
        "Callum was 44 when he died in December 2022. He had slept rough in Harrowby town centre on "
        "and off for four years. The Board held this review because agencies could have worked "
        "together better to keep him safe."
    ),
    timeline_heading="Callum's last four years",
    years={
        "2019": [
            ("Mar", "Callum lost his flat after rent arrears built up."),
            ("Aug", "Outreach workers first found him sleeping in the bus station."),
        ],
        "2020": [
            ("Apr", "He was placed in a hotel during the lockdown."),
            ("Oct", "He left the hotel after a dispute with staff."),
        ],
        "2021": [
            ("Feb", "His GP referred him to the drug and alcohol service."),
            ("Sep", "He missed three appointments and his case was closed."),
        ],
        "2022": [
            ("Jun", "A hospital discharged him to the street after a fall."),
            ("18 Dec", "Callum was found dead in a shop doorway."),
        ],
    },
    dash="–",
    family_box=(
        "In his family's words\n"
        "\u201cCallum was funny and kind. He always asked after his nieces, even on the worst days.\u201d"
    ),
    findings_heading="What the review found",
    findings=[
        "No one agency held the whole picture of Callum's health and housing.",
        "Cases were closed when he missed appointments instead of being followed up.",
        "Hospital discharge did not check where he would sleep that night.",
    ],
    count_box=(
        "Deaths of people who were homeless\n"
        "In 2022, 11 people died in Harrowby while homeless or sleeping rough."
    ),
    boxes_first=True,
    recommendations_heading="What needs to happen now",
    recommendations=[
        "The Board should agree a shared multi-agency risk meeting for people sleeping rough.",
        "The drug and alcohol service should follow up missed appointments in person before closing a case.",
        "Harrowby Hospital should not discharge a patient without knowing where they will stay.",
        "The Council's housing team should offer a named worker to anyone found sleeping rough twice.",
        "The Board should review every death of a homeless person and publish what it learns each year.",
    ],
    auto_numbers=True,
    closing="The full report is published on the Board's website.",
)

if __name__ == "__main__":
    build(DOC)
    save_gold(HERE, DOC.stem, gold(DOC))
    print("wrote", f"{DOC.stem}.json")
