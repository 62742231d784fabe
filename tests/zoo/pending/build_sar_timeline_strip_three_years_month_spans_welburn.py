"""Build the pending zoo stand-in `sar_timeline_strip_three_years_month_spans_welburn`: the
timeline strip family of `timeline_strip_summary.py` written a second way, a SAR summary (DejaVu
Sans 9.5) with three year columns, full month names and a span of months ("October–November"),
hyphens after the months, and the findings before the boxes. All people, places and bodies are
fictional; the wording is our own.

    python tests/zoo/pending/build_sar_timeline_strip_three_years_month_spans_welburn.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

from timeline_strip_summary import HERE, TimelineStrip, build, gold, save_gold

DOC = TimelineStrip(
    stem="sar_timeline_strip_three_years_month_spans_welburn",
    board="Welburn and Dunmore Safeguarding Adults Partnership",
    area="Welburn and Dunmore",
    man="Mr Eastley",
    age=57,
    font="DejaVu Sans",
    size=9.5,
    title="Mr Eastley: what happened and what must change",
    intro=(
        "Mr Eastley died aged 57 in a tent by the river in Welburn. This summary of the Safeguarding "
        "Adults Review tells his story over his last three years and sets out what the Partnership "
        "has asked agencies to change."
    ),
    timeline_heading="Timeline",
    years={
        "2020": [
            ("January", "Mr Eastley's marriage ended and he began sleeping in his car."),
            ("July", "Police moved him on from a supermarket car park."),
        ],
        "2021": [
            ("March", "A street nurse treated an infected leg wound."),
            ("October–November", "He stayed in a winter night shelter."),
        ],
        "2022": [
            ("5 May", "An adult social care referral was not accepted."),
            ("August", "He told an outreach worker he had stopped eating."),
            ("2 October", "He was found dead by a dog walker."),
        ],
    },
    dash="-",
    family_box=(
        "What his sister told us\n"
        "\u201cHe was proud. He would never ask for help, so somebody needed to ask him.\u201d"
    ),
    findings_heading="Key findings",
    findings=[
        "Self-neglect was not recognised as a reason for a care and support assessment.",
        "Night shelter staff were not told about his leg wound.",
        "The police and outreach teams did not share what they saw.",
    ],
    count_box=(
        "Homeless deaths in Welburn\n"
        "Seven people died while homeless in Welburn in the two years to March 2023."
    ),
    boxes_first=False,
    recommendations_heading="What the Partnership recommends",
    recommendations=[
        "Adult social care should treat self-neglect by a person sleeping rough as a safeguarding concern.",
        "Night shelters should be given a health summary for each guest who agrees to share it.",
        "Police and outreach teams should meet monthly to share concerns about people sleeping rough.",
        "The Partnership should train frontline staff in how to ask about self-neglect.",
    ],
    auto_numbers=False,
    closing="Published by the Welburn and Dunmore Safeguarding Adults Partnership.",
)

if __name__ == "__main__":
    build(DOC)
    save_gold(HERE, DOC.stem, gold(DOC))
    print("wrote", f"{DOC.stem}.json")
