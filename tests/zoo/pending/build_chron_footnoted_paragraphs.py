"""Build a zoo DHR overview extract whose chronology is numbered paragraphs carrying footnotes
set by hand (a superscript number against a sentence's last word, the note typed in small print
under the paragraphs), a running head and a page footer, exported to text by `pdftotext -layout`.

chron_footnoted_paragraphs: a DHR overview report's "Background and chronology" (Cambria 11):
numbered paragraphs 4.1-4.6, each opening with its date ("In early March 2020", "On 14 May
2020"), one dated relatively ("Three weeks later"); several end with a footnote reference set
against their last word ("...at home.²"), the notes typed in 8pt under the paragraphs before the
page turns ("1 Multi-Agency Risk Assessment Conference: ..."), a number and a capital as a
numbered paragraph opens,
the page's running head ("Harwick DHR – Overview Report – Official Sensitive") and footer
("Page 3") printed between paragraphs where a page turns. The notes and the page's furniture
are no events.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_chron_footnoted_paragraphs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import footnote_line, heading, new_doc, numbered, para, sup  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402

STEM = "chron_footnoted_paragraphs"
NOTES = {
    1: "Multi-Agency Risk Assessment Conference: a meeting where agencies share information on high-risk cases.",
    2: "The officer's notes of the visit were read by the panel; the body-worn video was not kept.",
    3: "Independent Domestic Violence Adviser.",
    4: "The practice's own review of this contact was shared with the panel in June 2023.",
}
INTRO = [
    (
        "3.1",
        "This part of the report sets out what agencies knew about Tamsin and her partner, Lyle, "
        "in the two years before her death. The panel read the chronologies of nine agencies and "
        "interviewed eleven practitioners.",
        None,
    ),
    (
        "3.2",
        "Where a paragraph draws on one agency's records alone, the report says so. The panel "
        "did not find any record of contact with the local domestic abuse service before 2020.",
        None,
    ),
]
# (number, text, date raw, iso, relative, footnote)
EVENTS = [
    (
        "4.1",
        "In early March 2020 Tamsin told her GP that Lyle checked her phone and took her bank "
        "card. The GP gave her the number of the local domestic abuse service and recorded the "
        "disclosure in her notes.",
        "early March 2020",
        "2020-03",
        False,
        None,
    ),
    (
        "4.2",
        "On 14 May 2020 police were called by a neighbour who heard shouting. Officers spoke to "
        "Tamsin alone; she said there had been an argument but no violence, and the case was referred "
        "to MARAC after a risk assessment scored it as high risk.",
        "14 May 2020",
        "2020-05-14",
        False,
        1,
    ),
    (
        "4.3",
        "Three weeks later an officer visited Tamsin to check on her safety. She said Lyle had "
        "moved out and she felt safe at home.",
        "Three weeks later",
        "2020-06-04",
        True,
        2,
    ),
    (
        "4.4",
        "On 9 July 2020 the IDVA service spoke to Tamsin by telephone and offered support with "
        "a safety plan. Tamsin said she would think about it and the case was closed after two more "
        "calls went unanswered.",
        "9 July 2020",
        "2020-07-09",
        False,
        3,
    ),
    (
        "4.5",
        "In October 2021 Tamsin attended the practice with a cut to her hand. She said she had "
        "fallen in the kitchen and the GP did not ask how the injury happened or whether she was "
        "safe at home.",
        "October 2021",
        "2021-10",
        False,
        4,
    ),
    (
        "4.6",
        "On 2 February 2022 Lyle was seen by a mental health practitioner after his own GP "
        "referred him for low mood. He said his relationship had ended and did not mention Tamsin.",
        "2 February 2022",
        "2022-02-02",
        False,
        None,
    ),
]
FILLER = (
    "The panel asked each agency what its practitioners knew and what they might have known had "
    "they asked. Where the answer depends on a record that was not kept, the report says so."
)


def build() -> None:
    doc = new_doc(header="Harwick DHR – Overview Report – Official Sensitive", font="Cambria", size=11)
    doc.styles["Normal"].paragraph_format.space_after = Pt(8)
    para(doc, "Harwick Community Safety Partnership", bold=True, size=15)
    para(doc, "Domestic Homicide Review: Tamsin", bold=True, size=13)
    para(doc, "Overview Report", bold=True, size=12)
    heading(doc, "2 Introduction", 1)
    for k in range(1, 7):
        numbered(doc, f"2.{k}", FILLER)
    heading(doc, "3 Background", 1)
    for number, text, _ in INTRO:
        numbered(doc, number, text)
    heading(doc, "4 Chronology", 1)
    for number, text, _, _, _, note in EVENTS:
        p = numbered(doc, number, text)
        if note:
            sup(p, str(note))
        if number in ("4.4", "4.6"):  # (the notes so far, typed where the page ends)
            for k in range(1, 4) if number == "4.4" else (4,):
                footnote_line(doc, str(k), NOTES[k])
    heading(doc, "5 Analysis", 1)
    numbered(
        doc,
        "5.1",
        "The panel found three points at which Tamsin could have been asked again about her safety.",
    )
    save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = chronology_gold(
        lines, [(text, raw, iso, rel, {"ref": number}) for number, text, raw, iso, rel, _ in EVENTS]
    )
    return {
        "file": f"{STEM}.txt",
        "family": "chron_footnoted_paragraphs",
        "description": (
            "DHR overview report (Word, Cambria 11, pdftotext -layout): a chronology of numbered paragraphs "
            "4.1-4.6 with footnotes set by hand, their superscript numbers against a sentence's last word, the "
            "notes typed in small print under the paragraphs, a running head and page footer between paragraphs, one date relative"
        ),
        "review": {
            "review_id": None,
            "review_type": "DHR",
            "area": "Harwick",
            "doc_kind": "overview_report",
            "author": None,
            "victims": [{"pseudonym": "Tamsin", "age": None}],
            "date_of_death": None,
        },
        "recommendations": [],
        "actions": [],
        "chronology": chronology,
        "notes": "Six chronology paragraphs; the footnotes and page furniture are no events. "
        "'Three weeks later' runs from 14 May 2020.",
    }


if __name__ == "__main__":
    import json

    build()
    (HERE / f"{STEM}.json").write_text(
        json.dumps(gold(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print("wrote", f"{STEM}.json")
