"""Build the pending zoo stand-in `sar_easy_read_picture_rows_done_yet_cradlestone`: an easy read
Safeguarding Adults Review summary (Liberation Sans 14) of the family described in
`easy_read_summary.py`, its plan's last column "Done yet?". All people, places and bodies are
fictional; the wording is our own.

    python tests/zoo/pending/build_sar_easy_read_picture_rows_done_yet_cradlestone.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

from easy_read_summary import HERE, EasyRead, build, gold
from plan_gold import save_gold

DOC = EasyRead(
    stem="sar_easy_read_picture_rows_done_yet_cradlestone",
    board="Cradlestone Safeguarding Adults Board",
    area="Cradlestone",
    review_type="SAR",
    person="Maisie",
    font="Liberation Sans",
    intro=[
        "This is an easy read version of a report. The report is called a Safeguarding Adults Review.",
        "Some words are in bold. Ask someone you trust to help you read this if you want.",
    ],
    about_review=[
        "A review looks at what happened to a person who was hurt or who died.",
        "It asks how the people who help adults can do better next time.",
        "The Board asked an independent reviewer to write the report.",
    ],
    about_person=[
        "Maisie was 29 years old. She had a learning disability.",
        "In 2015 Maisie moved into her own flat. She was proud of it.",
        "Maisie liked music, her cat and going to the market with her sister.",
    ],
    events=[
        ("In 2018 Maisie started to get help from a support worker every week.", "In 2018", "2018"),
        ("In May 2021 the support worker left and nobody came for six weeks.", "In May 2021", "2021-05"),
        (
            "In October 2021 a neighbour told the council that Maisie looked very thin.",
            "In October 2021",
            "2021-10",
        ),
        (
            "On 3 June 2022 Maisie went to hospital because she could not breathe well.",
            "On 3 June 2022",
            "2022-06-03",
        ),
        ("On 19 June 2022 Maisie died in hospital.", "On 19 June 2022", "2022-06-19"),
    ],
    changes=[
        "When a support worker leaves, someone must visit the person within one week.",
        "Staff must write down when a person is losing weight and tell their doctor.",
        "The council must call back every neighbour who rings about an adult.",
        "Hospitals must ask who helps the person at home before they go home.",
    ],
    plan_header=["Change", "What will be done", "Who will do it", "By when", "Done yet?"],
    plan_rows=[
        (
            "1",
            "A new rule so a new worker is found before the old one leaves",
            "Adult social care",
            "March 2024",
            "Yes",
        ),
        ("2", "Training for support staff about weight and eating", "Care providers", "June 2024", "Started"),
        ("2", "A weight check form added to the support plan", "Adult social care", "June 2024", "Yes"),
        (
            "3",
            "A phone team that calls people back the same day",
            "Cradlestone Council",
            "September 2024",
            "Started",
        ),
        (
            "4",
            "A checklist for hospital staff before someone goes home",
            "Cradlestone Hospital",
            "December 2024",
            "Not yet",
        ),
    ],
    closing=["If you want to talk about this report, ring 0300 555 0199."],
)

if __name__ == "__main__":
    build(DOC)
    save_gold(HERE, DOC.stem, gold(DOC))
    print("wrote", f"{DOC.stem}.json")
