"""Build the pending zoo stand-in `dhr_easy_read_picture_rows_has_it_happened_fellsmouth`: the easy
read family of `easy_read_summary.py` written a second way, a Community Safety Partnership's easy
read Domestic Homicide Review (DejaVu Sans 13), its headings "What has to change" and "What happens
next", its plan's columns "Who will do this" and "Has it happened?", and a sentence opening "In
<year>" in "About Jodie" too (no event: only "What happened" tells the story). All people, places
and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_easy_read_picture_rows_has_it_happened_fellsmouth.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

from easy_read_summary import HERE, EasyRead, build, gold
from plan_gold import save_gold

DOC = EasyRead(
    stem="dhr_easy_read_picture_rows_has_it_happened_fellsmouth",
    board="Fellsmouth Community Safety Partnership",
    area="Fellsmouth",
    review_type="DHR",
    person="Jodie",
    font="DejaVu Sans",
    size=13,
    intro=[
        "This booklet tells you about a review. A review is when people look closely at something bad "
        "that happened so it does not happen again.",
    ],
    about_review=[
        "This review is called a Domestic Homicide Review.",
        "It looks at how services helped Jodie and what they could do better.",
    ],
    about_person=[
        "Jodie was 41. She had two grown up sons.",
        "In 2009 Jodie started work at a bakery. Her friends say she was kind and funny.",
    ],
    events=[
        ("In 2017 Jodie met Ray. They moved in together a year later.", "In 2017", "2017"),
        ("In February 2020 Jodie told her doctor she felt scared at home.", "In February 2020", "2020-02"),
        (
            "On 11 August 2020 the police came after a neighbour heard shouting.",
            "On 11 August 2020",
            "2020-08-11",
        ),
        ("In January 2021 Jodie went to a support group twice.", "In January 2021", "2021-01"),
    ],
    changes=[
        "Doctors must ask again when a patient says they feel scared at home.",
        "The police must tell a support service after every call to a home like Jodie's.",
        "Support groups must phone people who stop coming.",
    ],
    plan_header=["Change", "What we will do", "Who will do this", "By when", "Has it happened?"],
    plan_rows=[
        (
            "1",
            "Teach all doctors to ask a second question about safety",
            "Fellsmouth GP practices",
            "July 2024",
            "Yes",
        ),
        (
            "2",
            "A form the police send to the support service after a call",
            "Fellsmouth Police",
            "April 2024",
            "Yes",
        ),
        (
            "3",
            "A rule that staff phone anyone who misses two groups",
            "Harbour Women's Aid",
            "October 2024",
            "Not yet",
        ),
        ("3", "A list of people to check on each month", "Harbour Women's Aid", "January 2025", "Started"),
    ],
    closing=["You can ask for this booklet in other ways, such as large print."],
    headings=(
        "About this review",
        "About {person}",
        "What happened",
        "What has to change",
        "What happens next",
    ),
)

if __name__ == "__main__":
    build(DOC)
    save_gold(HERE, DOC.stem, gold(DOC))
    print("wrote", f"{DOC.stem}.json")
