"""Build `plan_printed_agency_bands.txt`: a DHR action plan whose single-agency tables (Ref |
Action (SMART) | Lead Officer | Target Date | Outcome/Progress | Status), one per GP practice,
each under the practice's name, were exported by plain pdftotext (no -layout): each row's cells
printed one after another, a printed line at a time with a blank line after each, a wrapped
line keeping its trailing space and a cell's last line none. The family's traps:

* a practice's name printed straight under the last row of the table above it and over its
  own table's header (the Word and PDF renderings have no blank line between them): it is
  that practice's part of the plan, not the row's last words;
* an action cell's wrapped line opening "recommendations from this review ..." (words of the
  row, not a "Recommendations from X" heading);
* a status wrapped over the row's last two lines ("Post" / "publication");
* a row's lead and date set on the action's line in the Word rendering;
* a status word printed straight against the next cell's first word ("OngoingThe first ..."),
  as a PDF's text layer may join them.

`tests/zoo/render.py` renders the Word document (paragraphs, no blank lines) and its PDF.

    python tests/zoo/build_plan_printed_agency_bands.py
    PYTHONPATH=src python tests/zoo/render.py tests/zoo/plan_printed_agency_bands.txt

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
STEM = "plan_printed_agency_bands"

TITLE = """Domestic Homicide Review into the death of Nell (2022)
Action Plan
Ottersby Community Safety Partnership
The single-agency actions below were agreed by each agency's senior manager and are reported to the Partnership's review group each quarter."""

# one printed line a line; "|" marks where a cell's text wrapped (the line keeps its space); a
# closing "|" keeps the space on a cell's last line too (an export may), and the Word rendering
# then sets that row's next cells on the action's line ("... consulting room Practice Manager
# 01/02/2023 ...")
PLAN = """NHS - Kestley Road Surgery
Ref Action (SMART) Lead Officer Target Date Outcome/Progress Status
1 Write a practice protocol on |asking patients about |abuse at home and share it |with every clinician
Practice Manager 01.03.23 The protocol was agreed at |the March practice meeting |and is held on the shared |drive
Action |completed
2 Give all reception staff a |short briefing on what to do |when a patient discloses |abuse
Lead GP 01.04.23 Briefings given to eleven of |the twelve reception staff; |the last is booked for May.
Ongoing
3 Send the learning and |recommendations from this |review to every practice in |the locality through the |practice managers' bulletin
Locality Safeguarding |Nurse
Three months |after |publication
Post publication Post |publication
NHS-Wenlake Medical Centre
Ref Action (SMART) Lead Officer Target Date Outcome/Progress Status
1 Add a flag to the records of |patients known to MARAC so |that every clinician sees it
Practice Manager 01/02/2023 Flags added and checked |by the practice manager
Action completed
2 Hold a case discussion on |this review at the clinical |meeting
Lead GP 01/03/2023 OngoingThe first discussion was |held in March; a second is |planned with the health |visitors.
3 Review how missed |appointments are followed |up for patients who are |known to be at risk
Senior Partner 01/06/2023 The review is waiting for |the new appointments |system.
Not commenced
4 Record the name of any |person who attends an |appointment with the |patient
Lead GP 01/05/2023 A field was added to the |consultation template.
Action |completed
NHS - Marisford Health Centre
Ref Action (SMART) Lead Officer Target Date Outcome/Progress Status
1 Train all nursing staff in |the use of the risk |checklist
Nurse Lead 01/05/2023 Nine of the fourteen |nurses have been trained.
Ongoing
2 Put the local domestic |abuse service's leaflet in |every consulting room|
Practice Manager 01/02/2023 Leaflets placed in all rooms |and the waiting area.
Action |completed"""


def export() -> str:
    out = [TITLE, ""]
    for line in PLAN.splitlines():
        parts = line.split("|")
        keep = parts[-1] == ""  # (a closing "|": the cell's last line keeps its space too)
        parts = parts[:-1] if keep else parts
        for k, part in enumerate(parts):
            out += [part if k == len(parts) - 1 and not keep else part.rstrip() + " ", ""]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    (HERE / f"{STEM}.txt").write_text(export(), encoding="utf-8")
