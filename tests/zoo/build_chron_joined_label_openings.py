"""A practice review's key episodes as a table (Date | Source | Event) whose events open with a
label or a sentence's first word that reads like the end of the source's name: "Child T was
born ..." after "Maternity", "The GP talked ..." after "GP". Text extracted the way the bundled
reports' text was (pdfplumber, corpus text) prints each table line with its cells joined by single
spaces ("03/02/2023 Maternity Child T was born at 38 weeks ..."): "Child" and "The" are the
event's, not the source's. Built in Word (python-docx, Arial 10.5), exported to PDF by
LibreOffice, to text by plain pdftotext; the gold is written by hand below.

    python tests/zoo/build_chron_joined_label_openings.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # (the .corpus.txt)
"""

from __future__ import annotations

from chron_report import build, chronology_table, heading, new_doc, numbered, para, review, table_gold

STEM = "chron_joined_label_openings"
WIDTHS = (2.6, 3.4, 10.5)
# (date, source, event, gold date)
ROWS = [
    (
        "03/02/2023",
        "Maternity",
        "Child T was born at 38 weeks. Mother went home the next day; the discharge letter noted that "
        "father had not visited during the stay.",
        "2023-02-03",
    ),
    (
        "14/02/2023",
        "Health visiting",
        "Health visitor saw mother and baby at home. Father was out. Mother said she was not sleeping.",
        "2023-02-14",
    ),
    (
        "27/02/2023",
        "GP",
        "Six-week check. The GP recorded a small mark on Child T's ear, which mother put down to a "
        "scratch from a bracelet.",
        "2023-02-27",
    ),
    (
        "28/02/2023",
        "GP",
        "The GP talked about the mark with the practice safeguarding lead, who said no referral was "
        "needed because mother had explained it.",
        "2023-02-28",
    ),
    (
        "09/03/2023",
        "Leaving care team",
        "Personal adviser called at the flat. Mother said father 'loses it' when the baby cries. This "
        "was not passed on.",
        "2023-03-09",
    ),
    (
        "21/03/2023",
        "Police",
        "Her neighbour reported shouting and a baby screaming. Officers spoke to father at the door; "
        "he said the baby had wind. No referral was made.",
        "2023-03-21",
    ),
    (
        "02/04/2023",
        "Ambulance / Hospital",
        "Ambulance called by father because Child T was limp and pale. Admitted to intensive care.",
        "2023-04-02",
    ),
]


def word_document():
    doc = new_doc(header="Wrenfold Safeguarding Children Partnership", footer_label="CSPR Child T – Page")
    heading(doc, "1. Introduction", 1)
    numbered(doc, "1.1", "Child T was seven weeks old when admitted to hospital with serious injuries.")
    heading(doc, "2. Key episodes", 1)
    numbered(doc, "2.1", "The rapid review and the practitioners' event picked out these episodes.")
    chronology_table(
        doc, ["Date", "Source", "Event"], WIDTHS, ([date, source, event] for date, source, event, _ in ROWS)
    )
    heading(doc, "3. Learning", 1)
    para(
        doc,
        "A bruise or mark on a baby who cannot yet move about needs a referral, whatever is said about it.",
    )
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        family="chronology: a joined-cells key episodes table whose events open with a label ('Child T') or 'The'",
        description="Child safeguarding practice review built in Word (python-docx, Arial 10.5): a 'Key "
        "episodes' table Date | Source | Event, one-line source cells ('Maternity', 'GP'), events opening with "
        "the child's label ('Child T was born') or a sentence's first word ('The GP talked'); exported to PDF "
        "by LibreOffice; text by plain pdftotext and by pdfplumber (corpus text, each table line's cells "
        "joined by single spaces).",
        review=review("SCR", "Wrenfold", "Child T"),
        events=[(event, date, iso) for date, _, event, iso in ROWS],
        notes="Written by helper s19chron; fictional. One event per table row (7); the source cell is no part "
        "of the event's text.",
    )


def main() -> None:
    build(STEM, word_document, gold)


if __name__ == "__main__":
    main()
