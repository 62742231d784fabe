"""Build nrp_footer_id_national_recs_corranbay: an Irish-style national review panel report on the
death of a young person in care. The review's code is printed only in the footer, run on into the page
number ("NRP/2023/11    2"); recommendations 7.1-7.5 after an introductory 7.0, the first three to national
services (scope national), the last two to the agency's local area (scope local); terms of
reference (a)-(c) and numbered paragraphs that are not recommendations.

Built in Word (python-docx, Liberation Sans Narrow 10.5), exported to PDF by LibreOffice and to text by
plain pdftotext; corpus text by dev/corpus_style.py.

    python tests/zoo/pending/build_nrp_footer_id_national_recs.py

All people and places are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from docx_build import docx_saver, heading, new_doc, numbered, page_break, para  # noqa: E402

STEM = "nrp_footer_id_national_recs_corranbay"


def build():
    doc = new_doc(footer_label="NRP/2023/11", font="Liberation Sans Narrow", size=10.5)
    para(doc, "National Review Panel", bold=True, size=16)
    para(
        doc,
        "Report of the review of the death of a young person in care: 'Niamh', aged 16",
        bold=True,
        size=13,
    )
    heading(doc, "1. Terms of reference", 2)
    para(doc, "The review was asked to:")
    for mark, text in [
        ("(a)", "set out the services provided to Niamh and her family in the two years before her death;"),
        ("(b)", "consider whether those services met the standards that applied at the time;"),
        ("(c)", "identify learning for the agency and for other services."),
    ]:
        numbered(doc, mark, text)
    heading(doc, "2. Background", 2)
    numbered(
        doc,
        "2.1",
        "Niamh came into care at the age of thirteen and lived in two foster placements and "
        "then a residential centre in the Corran Bay area.",
    )
    numbered(
        doc, "2.2", "She died in March 2023 after taking an overdose; she was found by staff at the centre."
    )
    heading(doc, "3. Key findings", 2)
    numbered(
        doc,
        "3.1",
        "Niamh had four allocated social workers in eighteen months and told the review team "
        "through her diary that she did not know who to call.",
    )
    numbered(doc, "3.2", "Her care plan was not reviewed after her second placement ended.")
    page_break(doc)
    heading(doc, "7. Recommendations", 2)
    numbered(
        doc,
        "7.0",
        "The review makes the following recommendations. The first three are for the agency "
        "nationally, the last two for the area.",
    )
    numbered(
        doc,
        "7.1",
        "The national care placements service should keep a register of residential places "
        "for young people at risk of self-harm and share it with every area each week.",
    )
    numbered(
        doc,
        "7.2",
        "The Child and Family Agency should set a national standard for the number of changes "
        "of allocated social worker a child in care may have in a year, and report against it.",
    )
    numbered(
        doc,
        "7.3",
        "Tusla should issue guidance to all residential centres on the care of young people "
        "who have harmed themselves, including checks through the night.",
    )
    numbered(
        doc,
        "7.4",
        "The Corran Bay area management team should review the care plans of every young "
        "person in residential care whose placement has changed in the last year.",
    )
    numbered(
        doc,
        "7.5",
        "The Child and Family Agency's Corran Bay area should agree with the local mental health "
        "service how a young person is seen within a week of an overdose.",
    )
    para(doc, "The agency's response to these recommendations will be published with this report.")
    return doc


if __name__ == "__main__":
    docx_saver(Path(__file__).parent)(build(), STEM)
