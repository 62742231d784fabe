"""Build a zoo DHR overview report whose chronology is a short "Key dates" list of hanging
paragraphs (a bold date phrase, a tab, what happened) and whose action plan is a landscape
appendix of eight narrow columns, long words broken inside across a cell's lines.

dhr_key_dates_landscape_plan: Carlito 10.5, `pdftotext -layout`. Page 1 portrait: the chair and
author named on a line of their own, numbered paragraphs, "2. Key dates" (seasons, months,
"End of" / "Early" a month, a day), the recommendations "1."-"4." as hanging paragraphs. Then
a landscape section (Carlito 7.5): "Appendix A – Action plan", No | Recommendation | Action |
Lead agency | Target date | Monitoring body | Success measure | Status, one action a
recommendation and no action ref (the No cell is the recommendation's), targets "Mon yyyy",
statuses Complete / In progress / Not started.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_key_dates_landscape_plan.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

from key_dates_review import KeyDatesReview, main

STEM = "dhr_key_dates_landscape_plan"

# (date phrase, what happened, iso date)
KEY_DATES = [
    ("Spring 2019", "Ottoline and Piers met through friends and began a relationship.", "2019"),
    ("August 2020", "Piers moved into Ottoline's flat in Brackley Heath.", "2020-08"),
    (
        "End of November 2020",
        "Ottoline told her GP that she felt low and was not sleeping; she was offered talking therapy "
        "and a review in four weeks, which she did not attend.",
        "2020-11",
    ),
    (
        "Early March 2021",
        "A neighbour called the police after hearing shouting from the flat late at night; officers spoke to "
        "Piers at the door and no offence was recorded.",
        "2021-03",
    ),
    ("27 April 2021", "Ottoline was found dead at the flat.", "2021-04-27"),
    ("June 2021", "Piers was charged with her murder.", "2021-06"),
]

# (number, recommendation, action, lead agency, target, monitoring body, success measure, status)
RECS = [
    (
        "1",
        "Brackley Heath Community Safety Partnership should publish guidance for neighbours on "
        "reporting concerns about domestic abuse.",
        "Commission and publish neighbour guidance",
        "Brackley Heath Community Safety Partnership",
        "Sep 2025",
        "DHR Oversight Group",
        "Guidance published and promoted",
        "Complete",
    ),
    (
        "2",
        "Moorside Police should make sure that officers attending a call about shouting ask to "
        "speak to each person alone.",
        "Update attendance guidance and brief response officers",
        "Moorside Police",
        "Nov 2025",
        "DHR Oversight Group",
        "Dip sample of twenty incidents",
        "In progress",
    ),
    (
        "3",
        "Moorside Integrated Care Board should remind GPs to ask about domestic abuse when a "
        "patient reports low mood.",
        "Issue a practice bulletin and add a prompt to the template",
        "Moorside Integrated Care Board",
        "Dec 2025",
        "Health Safeguarding Forum",
        "Prompt live in all practices",
        "Not started",
    ),
    (
        "4",
        "Brackley Heath Community Safety Partnership should share the learning from this review "
        "with commissioning partners.",
        "Hold a learning event for commissioning partners",
        "Brackley Heath Community Safety Partnership",
        "Jan 2026",
        "DHR Oversight Group",
        "Event held with feedback",
        "Not started",
    ),
]

REVIEW = KeyDatesReview(
    stem=STEM,
    area="Brackley Heath",
    partnership="Brackley Heath Community Safety Partnership",
    title="Domestic Homicide Review into the death of Ottoline",
    author="Benedikt Oyelaran-Hughes",
    introduction="1. Introduction",
    paragraphs=(
        "This review looks at how agencies responded to Ottoline, who was 34 when she "
        "was killed by her partner in April 2021.",
        "Her family took part in the review and described her as warm and funny.",
    ),
    key_dates=KEY_DATES,
    date_indent=4.0,
    recs=RECS,
    widths=[0.8, 6.0, 4.0, 2.4, 1.6, 2.2, 3.0, 1.4],
    action_words=5,
    action_line_words=3,
    description=(
        "DHR overview report (Carlito 10.5, pdftotext -layout): 'Key dates' hanging paragraphs (bold date phrase, "
        "tab, text; seasons, months, 'End of'/'Early' months, a day), recommendations 1.-4. hanging paragraphs, "
        "then a landscape appendix plan of eight narrow columns (Carlito 7.5) No | Recommendation | Action | Lead "
        "agency | Target date | Monitoring body | Success measure | Status, one action a recommendation, no action ref"
    ),
    victim="Ottoline",
    age=34,
    date_of_death="2021-04-27",
    notes=(
        "The key dates are the chronology; a season is year precision, 'End of'/'Early' a month. Each plan row is "
        "one action of the recommendation its No cell numbers; the action has no ref of its own."
    ),
)


if __name__ == "__main__":
    main(REVIEW)
