"""Build a zoo DHR overview report whose chronology is a "Key dates" list of hanging paragraphs
(a bold date phrase, a tab, what happened) and whose action plan is a landscape appendix of
eight columns so narrow that long words break inside ("Commissi" / "oning", "Complet" / "e",
place names split), varied from build_dhr_key_dates_landscape_plan.py: narrower columns,
longer place names, recommendations opening with the body's full name, one action each.

dhr_key_dates_narrow_plan_wythenbrook: Carlito 10.5, `pdftotext -layout`; the appendix in
Carlito 7.5: No | Recommendation | Action | Lead agency | Target date | Monitoring body |
Success measure | Status; statuses Complete / In progress / Not started.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_key_dates_narrow_plan.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

from key_dates_review import KeyDatesReview, main

STEM = "dhr_key_dates_narrow_plan_wythenbrook"

# (date phrase, what happened, iso date)
KEY_DATES = [
    ("Summer 2018", "Rosalind met Callum at the gym where she worked.", "2018"),
    ("January 2020", "They moved together to a rented house in Wythenbrook.", "2020-01"),
    ("Late September 2020", "Rosalind's sister told a health visitor that Callum checked Rosalind's "
     "phone and kept her bank card.", "2020-09"),
    ("Early February 2021", "The police were called to the house after a neighbour heard a woman "
     "screaming; Callum said they had argued about money.", "2021-02"),
    ("11 May 2021", "Rosalind died at the house.", "2021-05-11"),
]  # fmt: skip

# (number, recommendation, action, lead agency, target, monitoring body, success measure, status)
RECS = [
    ("1", "Wythenbrook Safer Neighbourhoods Partnership should commission training for health "
     "visitors on recognising economic abuse.", "Commissioning of a training package on economic abuse",
     "Wythenbrook Safer Neighbourhoods Partnership", "Jul 2025", "Domestic Abuse Partnership Board",
     "Training delivered to every team", "Complete"),
    ("2", "Wythenbrook Police should check that officers record a victim's own account separately "
     "when a couple has argued.", "Refresh the domestic incident checklist",
     "Wythenbrook Police", "Oct 2025", "Domestic Abuse Partnership Board",
     "Quarterly audit of incident records", "In progress"),
    ("3", "Wythenbrook Community Health Services should ask a family member who raises a concern "
     "whether the victim knows they have done so.", "Include third-party disclosures in supervision",
     "Wythenbrook Community Health Services", "Feb 2026", "Health Safeguarding Group",
     "Supervision records show the question", "Not started"),
    ("4", "Wythenbrook Safer Neighbourhoods Partnership should tell local banks about the learning "
     "from this review.", "Write to the branch managers of local banks",
     "Wythenbrook Safer Neighbourhoods Partnership", "Mar 2026", "Domestic Abuse Partnership Board",
     "Letters sent and replies logged", "Not started"),
]  # fmt: skip

REVIEW = KeyDatesReview(
    stem=STEM,
    area="Wythenbrook",
    partnership="Wythenbrook Safer Neighbourhoods Partnership",
    title="Domestic Homicide Review: Rosalind",
    author="Delphine Okonkwo-Marsh",
    introduction="1. About this review",
    paragraphs=(
        "Rosalind was 29 when she was killed by her partner at their home in May 2021.",
        "Her mother and sister helped the panel understand her life.",
    ),
    key_dates=KEY_DATES,
    date_indent=4.2,
    recs=RECS,
    widths=[0.7, 5.2, 3.0, 1.7, 1.3, 1.8, 2.4, 1.2],
    action_words=4,
    action_line_words=2,
    description=(
        "DHR overview report (Carlito 10.5, pdftotext -layout): 'Key dates' hanging paragraphs, recommendations "
        "1.-4. hanging paragraphs, then a landscape appendix plan of eight very narrow columns (Carlito 7.5) whose "
        "long words break inside, one action a recommendation, no action ref"
    ),
    victim="Rosalind",
    age=29,
    date_of_death="2021-05-11",
    notes="One action a recommendation; the No cell is the recommendation's ref. Seasons are years.",
)


if __name__ == "__main__":
    main(REVIEW)
