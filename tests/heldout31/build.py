"""Build the heldout31 blind documents as Word files (python-docx).

Run once:  python tests/heldout31/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a DHR action plan whose header spans two rows, a merged
"Progress 2025/26" cell over Q1 | Q2 | Q3 update columns, an "Evidence of completion" column, financial-quarter
targets and "Complete – evidence received" / "Complete – awaiting evidence" / "Open" statuses; an NHS mental
health homicide independent investigation with a Day 1 / Day 2 / Day 3 timed chronology and a plan carrying a
"Trust response" column; a SAR whose recommendations are Recommendation / Rationale / Intended outcome triplets
(bold labels, no table) followed by "Areas for consideration" that are not recommendations; a DHR overview whose
chronology is a two-column landscape page (Date left, several paragraphs right, "Circa 2015", "Early 2019") and
whose recommendations sit in a Finding | Recommendation | Agency table; and a DHR executive summary whose
single-agency recommendations carry agency-coded refs ("R-ADULTSC-01") in an appendix, with a plan row split by
the page break. All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set shares

from docx_build import (  # noqa: E402
    add_field,
    add_row,
    docx_saver,
    heading,
    kv_table,
    landscape_section,
    make_table,
    new_doc,
    numbered,
    page_break,
    para,
    repeat_header,
    set_text,
    set_widths,
    shade,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, footer_left, landscape=False, margins=None, colour=(0x2A, 0x2A, 0x55)):
    """A document in one font throughout (body, headings, lists), a running head and a footer."""
    doc = new_doc(landscape=landscape, header=header, font=font, size=size)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet", "List Number"):
        st = doc.styles[name]
        st.font.name = font
        rfonts = st.element.rPr.find(qn("w:rFonts")) if st.element.rPr is not None else None
        if rfonts is not None:
            for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(att), None)
            rfonts.set(qn("w:ascii"), font)
            rfonts.set(qn("w:hAnsi"), font)
        if name.startswith("Heading"):
            st.font.color.rgb = RGBColor(*colour)
    doc.styles["Heading 1"].font.size = Pt(size + 3)
    doc.styles["Heading 2"].font.size = Pt(size + 1.5)
    doc.styles["Heading 3"].font.size = Pt(size + 0.5)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    if margins:
        sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    footer(sec, footer_left)
    return doc


def footer(sec, label):
    """'<label> | Page N' at the right: a form no earlier set used."""
    sec.footer.is_linked_to_previous = False
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(label + " | Page ")
    add_field(p.add_run(), "PAGE")
    for r in p.runs:
        r.font.size = Pt(7.5)


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def labelled(doc, label, text, size=None):
    """A paragraph opening with a bold label ("Rationale:") and the text run on after it."""
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    r2 = p.add_run(text)
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


def cell_paras(cell, paras, size):
    set_text(cell, paras[0], size=size)
    for s in paras[1:]:
        cell.add_paragraph().add_run(s).font.size = Pt(size)


# ============ 1. DHR plan: two-row header, "Progress 2025/26" merged over Q1 | Q2 | Q3 (Liberation Sans 8)
S1 = "dhr_plan_two_row_header_progress_merged_over_q1_q2_q3_evidence_of_completion_fy_quarter_targets_complete_evidence_received_liberation_sans_landscape_quellmoor"
Q_RECS = [
    "Quellmoor Community Safety Partnership should make sure that every agency on the review panel can "
    "show how its staff ask about abuse when an older person is cared for by a partner.",
    "Quellmoor Borough Council's adult social care service should record the views of the cared-for person "
    "separately from those of the carer in every carer's assessment.",
    "Quellmoor Integrated Care Board should tell GP practices how to refer a patient who discloses abuse "
    "to the local specialist service without the patient's partner being told.",
]
Q_ROWS = [
    # ref, action, lead, target, q1, q2, q3, status, evidence
    (
        "1.1",
        "Each panel agency to send the Partnership a short note of how its staff ask about abuse of older people",
        "Partnership Manager",
        "Q3 2025/26",
        "Template sent to agencies.",
        "Six of nine notes returned.",
        "All nine notes returned and reviewed.",
        "Complete – evidence received",
        "Notes held on the Partnership drive",
    ),
    (
        "1.2",
        "Run a learning event on abuse in later life for front-line staff",
        "Training Coordinator",
        "end of financial year",
        "Venue booked.",
        "Event held with 84 staff.",
        "—",
        "Complete – awaiting evidence",
        "Attendance list requested",
    ),
    (
        "2.1",
        "Change the carer's assessment form so that the cared-for person's views have their own section",
        "Head of Adult Social Care",
        "Q1 2025/26",
        "New form live on the case system.",
        "—",
        "—",
        "Complete – evidence received",
        "Screenshot of the form",
    ),
    (
        "2.2",
        "Audit twenty carer's assessments for a separate record of the cared-for person's views",
        "Principal Social Worker",
        "Q4 2025/26",
        "Audit tool drafted.",
        "Audit delayed by the move to the new case system; sample now drawn from October onwards.",
        "Ten assessments audited so far.",
        "Open",
        "",
    ),
    (
        "3.1",
        "Write a short referral guide for GP practices, covering referral without the partner being told",
        "Named GP for Safeguarding Adults",
        "30 September 2025",
        "First draft shared with two practices.",
        "Guide agreed by the Board.",
        "Guide sent to every practice.",
        "Complete – evidence received",
        "Copy of the guide and the covering email",
    ),
    (
        "3.2",
        "Check with practices six months later whether the guide has been used",
        "Named GP for Safeguarding Adults",
        "end of financial year",
        "—",
        "—",
        "Survey written.",
        "Open",
        "",
    ),
]


def progress_table(doc, size):
    """A plan table whose header spans two rows: 'Progress 2025/26' merged over Q1 | Q2 | Q3, every other
    header cell merged down over both rows."""
    widths = [1.1, 5.6, 3.0, 2.4, 3.1, 3.1, 3.1, 2.6, 2.7]
    top = ["Ref", "Action", "Lead", "Target", "Progress 2025/26", "", "", "Status", "Evidence of completion"]
    t = doc.add_table(rows=2, cols=len(widths))
    t.style = "Table Grid"
    for i, h in enumerate(top):
        set_text(t.cell(0, i), h, bold=True, size=size)
    for i, q in zip((4, 5, 6), ("Q1", "Q2", "Q3")):
        set_text(t.cell(1, i), q, bold=True, size=size)
    for i in (0, 1, 2, 3, 7, 8):
        t.cell(0, i).merge(t.cell(1, i))
    m = t.cell(0, 4).merge(t.cell(0, 6))
    set_text(m, "Progress 2025/26", bold=True, size=size)
    for r in t.rows[:2]:
        repeat_header(r)
        for c in r.cells:
            shade(c, "D6E4F0")
    set_widths(t, widths)
    for row in Q_ROWS:
        add_row(t, list(row), widths, size=size)
    return t


def build_quellmoor():
    size = 8
    doc = word_doc(
        "Liberation Sans",
        size,
        "Quellmoor CSP  ·  DHR QM-2022-04  ·  Action plan",
        "Quellmoor Community Safety Partnership",
        landscape=True,
        margins=(1.5, 1.5, 1.6, 1.4),
    )
    heading(doc, "Domestic Homicide Review QM-2022-04 ('Tilde'): action plan and quarterly monitoring", 1)
    kv_table(
        doc,
        [
            ("Victim", "'Tilde', aged 74, died 6 August 2022"),
            ("Chair and author", "Ottoline Brasenose"),
            ("Plan owner", "Quellmoor Community Safety Partnership"),
            ("Reporting year", "2025/26 (financial year, April to March)"),
        ],
        widths=(4.5, 12),
        size=size,
    )
    heading(doc, "Recommendations", 2)
    for i, text in enumerate(Q_RECS, 1):
        numbered(doc, f"{i}.", text)
    para(
        doc,
        "Each action's progress is reported to the Partnership each quarter. Status is set by the Partnership "
        "Manager: an action is only closed when evidence of completion has been received.",
        size=size,
        italic=True,
    )
    para(
        doc,
        "Note on targets: quarters are financial quarters (Q1 = April to June). 'End of financial year' means "
        "the end of the reporting year shown above.",
        size=size,
        italic=True,
    )
    for _ in range(9):
        para(doc, "")
    heading(doc, "Monitoring table", 2)
    progress_table(doc, size)
    para(doc, "")
    para(doc, "Closed with evidence: 3   Awaiting evidence: 1   Open: 2", size=size, bold=True)
    save(doc, S1)


# ============ 2. NHS mental health homicide investigation: Day 1 / Day 2 timed chronology, Trust response (Liberation Serif 10)
S2 = "mh_homicide_independent_investigation_day_numbered_timed_chronology_r_recs_plan_trust_response_col_open_closed_liberation_serif_sennacott"
S_DAYS = [
    (
        "Day 1 – Thursday 7 March 2024",
        [
            (
                "08:50",
                "Mr K telephoned the community team duty line and asked for his depot injection to be brought forward.",
            ),
            ("14:32", "The duty worker called back; Mr K did not answer and a message was left."),
            ("21:15", "Mr K's sister called the crisis line to say he had not slept for three nights."),
        ],
    ),
    (
        "Day 2",
        [
            ("10:05", "A crisis team nurse visited. Mr K said he felt watched by his neighbour, Mr Ellery."),
            (
                "16:40",
                "The visit was discussed at the team huddle and a home visit was planned for the next week.",
            ),
        ],
    ),
    (
        "Day 3 – Saturday 9 March 2024",
        [
            (
                "19:20",
                "Police were called to the flats after Mr Ellery was found injured on the stairs. He died later that night.",
            ),
        ],
    ),
]
S_RECS = [
    "The Trust should make sure that a request from a patient to bring a depot injection forward is reviewed by "
    "a prescriber on the same working day.",
    "The Trust's crisis team should speak to the family member who made a referral before deciding how urgent a "
    "visit is.",
    "The Trust should record any named person who features in a patient's persecutory beliefs and consider "
    "whether a risk to that person needs to be shared.",
]
S_PLAN = [
    # rec, trust response, action, lead, target, status
    (
        "R1",
        "Accepted.",
        "Add a same-day prescriber review to the depot clinic procedure",
        "Clinical Director, Community Services",
        "31/10/2024",
        "Closed",
    ),
    (
        "R2",
        "Accepted.",
        "Change the crisis triage form so that the referrer is contacted first",
        "Crisis Service Manager",
        "30/11/2024",
        "Closed",
    ),
    (
        "R2",
        "",
        "Audit forty crisis referrals from family members",
        "Crisis Service Manager",
        "31/03/2025",
        "Open – on track",
    ),
    (
        "R3",
        "Accepted in part: the Trust will record named persons; sharing is decided case by case.",
        "Add a 'named person in beliefs' field to the risk assessment",
        "Head of Patient Safety",
        "30/06/2025",
        "Open – overdue",
    ),
]


def build_sennacott():
    size = 10
    doc = word_doc(
        "Liberation Serif",
        size,
        "Independent investigation – Mr K – FINAL",
        "Sennacott investigation report",
        margins=(2.4, 2.0, 2.0, 2.0),
        colour=(0x3B, 0x1F, 0x1F),
    )
    heading(doc, "An independent investigation into the care and treatment of Mr K", 1)
    para(
        doc,
        "Commissioned by NHS England following the death of Mr Ellery, aged 67, on 9 March 2024. Lead "
        "investigator: Perpetua Varley-Nunn, Harbourline Review Associates.",
    )
    heading(doc, "1. Background", 2)
    para(
        doc,
        "Mr K was 41 and had been under the care of Sennacott Partnership NHS Foundation Trust for paranoid "
        "schizophrenia since 2016. He lived alone in a flat on the floor above Mr Ellery. In January 2025 Mr K was "
        "found not guilty of murder by reason of insanity and was made subject to a hospital order.",
    )
    heading(doc, "2. The last three days", 2)
    para(doc, "Times are taken from the Trust's electronic record and the police log.", italic=True)
    for day, events in S_DAYS:
        para(doc, day, bold=True)
        for time, text in events:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.6)
            p.paragraph_format.first_line_indent = Cm(-1.6)
            p.add_run(time + "\t" + text)
    heading(doc, "3. Findings", 2)
    bullets(
        doc,
        [
            "The request to bring the depot forward was an early warning that was not recognised as one.",
            "The sister's call was not followed by a call back to her.",
            "Mr Ellery's name appeared in the notes twice but no risk to him was considered.",
        ],
    )
    heading(doc, "4. Recommendations", 2)
    for i, text in enumerate(S_RECS, 1):
        numbered(doc, f"R{i}", text)
    page_break(doc)
    heading(doc, "5. Trust response and action plan", 2)
    para(
        doc,
        "The Trust's response to each recommendation was agreed by its Quality Committee in September 2024.",
    )
    widths = [1.0, 4.2, 4.6, 3.0, 1.9, 1.9]
    t = make_table(
        doc,
        ["Rec", "Trust response", "Action", "Lead", "Target", "Status"],
        widths,
        header_fill="EADCDC",
        size=9,
    )
    for row in S_PLAN:
        add_row(t, list(row), widths, size=9)
    para(doc, "")
    para(doc, "Status: Closed – evidence seen by the commissioner; Open – on track; Open – overdue.", size=9)
    save(doc, S2)


# ============ 3. SAR: Recommendation / Rationale / Intended outcome triplets; Areas for consideration (DejaVu Sans Condensed)
S3 = "sar_recommendation_rationale_intended_outcome_triplets_bold_labels_areas_for_consideration_not_recs_board_plan_dejavu_sans_condensed_drumlowe"
D_RECS = [
    (
        "Hoarding and fire risk",
        "Drumlowe Fire and Rescue Service and Drumlowe Council should agree a joint visit for any adult whose home "
        "is assessed as a high fire risk because of hoarding.",
        "Fire officers and social workers each saw part of the risk; neither saw all of it.",
        "Adults at high risk from hoarding have one shared plan that both services know about.",
    ),
    (
        "Declined services",
        "The Board should publish a short procedure for what practitioners do when an adult with care needs "
        "repeatedly declines help.",
        "Each refusal was recorded on its own and the pattern was missed.",
        "Practitioners escalate repeated refusals to a multi-agency meeting.",
    ),
    (
        "Pharmacy concerns",
        "Drumlowe Community Pharmacy Group should give its pharmacists a route to raise a safeguarding concern "
        "when a regular customer stops collecting medicines.",
        "The pharmacist noticed the missed collections but had no way to tell anyone.",
        "Concerns from pharmacies reach the local authority's safeguarding team.",
    ),
]
D_AREAS = [
    "The Board may wish to consider whether its self-neglect training reaches voluntary sector staff.",
    "Partners may wish to consider a single list of contacts for out-of-hours advice.",
]
D_PLAN = [
    (
        "1",
        "Joint visit agreement signed by both services",
        "Station Manager, Prevention",
        "30/04/2026",
        "Under way",
    ),
    (
        "1",
        "Shared high-risk list set up and checked monthly",
        "Safeguarding Adults Manager",
        "31/07/2026",
        "Yet to start",
    ),
    ("2", "Repeated refusal procedure written and published", "Board Business Manager", "28/02/2026", "Done"),
    (
        "3",
        "Pharmacy concern form and contact route agreed",
        "Superintendent Pharmacist",
        "31/03/2026",
        "Under way",
    ),
]


def build_drumlowe():
    size = 10.5
    doc = word_doc(
        "DejaVu Sans Condensed",
        size,
        "Drumlowe SAB  –  SAR 'Alwyn'",
        "Drumlowe Safeguarding Adults Board",
        margins=(2.2, 2.2, 2.0, 1.9),
        colour=(0x1E, 0x4D, 0x3A),
    )
    heading(doc, "Safeguarding Adults Review: 'Alwyn'", 1)
    para(
        doc,
        "Drumlowe Safeguarding Adults Board. Independent author: Hesketh Marrable. Published February 2026.",
    )
    heading(doc, "Introduction", 2)
    para(
        doc,
        "Alwyn was 79 when he died in a fire at his home on 11 December 2024. He had lived alone since his wife "
        "died and his house had become filled with papers and boxes. Several services knew him, but he declined "
        "most of the help he was offered.",
    )
    heading(doc, "What the review found", 2)
    bullets(
        doc,
        [
            "Services respected Alwyn's choices but did not test whether he understood the fire risk.",
            "Each service held part of the picture.",
        ],
    )
    heading(doc, "Recommendations", 2)
    for i, (title, rec, why, outcome) in enumerate(D_RECS, 1):
        heading(doc, f"Recommendation {i} – {title}", 3)
        labelled(doc, "Recommendation:", rec)
        labelled(doc, "Rationale:", why)
        labelled(doc, "Intended outcome:", outcome)
    heading(doc, "Areas for consideration", 2)
    para(doc, "These are not recommendations. They are offered to the Board for discussion.", italic=True)
    for i, text in enumerate(D_AREAS, 1):
        numbered(doc, f"AC{i}", text)
    page_break(doc)
    heading(doc, "Board action plan", 2)
    widths = [1.2, 6.6, 4.2, 2.2, 2.2]
    t = make_table(
        doc, ["Rec", "What will be done", "Who", "By", "Progress"], widths, header_fill="DCEBE2", size=9.5
    )
    for row in D_PLAN:
        add_row(t, list(row), widths, size=9.5)
    para(doc, "")
    para(doc, "Progress is one of: Done, Under way, Yet to start.", size=9, italic=True)
    save(doc, S3)


# ============ 4. DHR overview: two-column landscape chronology page; Finding | Recommendation | Agency table (Caladea 11)
S4 = "dhr_overview_landscape_two_column_chronology_several_paragraphs_per_date_circa_early_year_finding_recommendation_agency_table_caladea_farrowdene"
F_CHRON = [
    (
        "Circa 2015",
        [
            "Rhiannon met Dale through friends from work. Her mother told the review that he was charming at first, "
            "that he collected Rhiannon from every night out and that the family saw this as thoughtful.",
            "Within a year Rhiannon had stopped going to her weekly netball club. Her friend said Dale would ring "
            "during matches and that Rhiannon left early to answer him.",
        ],
    ),
    (
        "Early 2019",
        [
            "Rhiannon told her GP she was tired and low and was not sleeping. She was given leaflets about "
            "counselling but did not take them up, and no one asked her about her relationship.",
        ],
    ),
    (
        "14 February 2021",
        [
            "Farrowdene Police were called by a neighbour who heard shouting and a door being slammed. Dale had "
            "left before officers arrived and was not traced that night.",
            "Rhiannon said nothing had happened. A risk assessment was completed with her at the door and graded "
            "standard; the officers did not check Dale's record.",
            "No referral was made to the domestic abuse service because Rhiannon did not consent, and the "
            "incident was not shared with her GP.",
        ],
    ),
    (
        "3 September 2021",
        [
            "Rhiannon attended the emergency department with a cut to her hand. She said she had dropped a glass "
            "while washing up and the wound was closed with steri-strips.",
            "Dale waited in the car park and rang her mobile phone four times during the consultation. The nurse "
            "noted the calls in the record but did not ask Rhiannon about them.",
        ],
    ),
    (
        "27 November 2021",
        [
            "Dale called an ambulance at 23:10 saying Rhiannon had fallen down the stairs. Paramedics found injuries "
            "that did not fit a fall and called the police.",
            "Rhiannon was pronounced dead at the scene. Dale was arrested the same night.",
        ],
    ),
]
F_TABLE = [
    (
        "Isolation from friends and activities was not seen as a warning sign.",
        "R1  Farrowdene Community Safety Partnership should run a public campaign on how controlling behaviour "
        "can look from the outside.",
        "Farrowdene Community Safety Partnership",
    ),
    (
        "Low mood was treated without asking about the relationship at home.",
        "R2  Farrowdene Primary Care Network should remind GPs to ask about safety at home when a patient "
        "presents with low mood.",
        "Farrowdene Primary Care Network",
    ),
    (
        "A standard risk grading was not reviewed when Dale's history became known.",
        "R3  Farrowdene Police should review a risk grading when new information about the suspect is found "
        "after the first assessment.",
        "Farrowdene Police",
    ),
    (
        "The partner's repeated calls during treatment were not noticed.",
        "R4  Farrowdene Hospital should record the presence of a partner who waits or phones during a "
        "consultation for an injury.",
        "Farrowdene Hospital",
    ),
]


def build_farrowdene():
    size = 11
    doc = word_doc(
        "Caladea",
        size,
        "Farrowdene DHR 'Rhiannon' – Overview Report",
        "Farrowdene CSP",
        margins=(2.5, 2.0, 2.2, 2.0),
        colour=(0x4A, 0x2C, 0x0E),
    )
    heading(doc, "Domestic Homicide Review: 'Rhiannon'", 1)
    para(
        doc,
        "Overview report for Farrowdene Community Safety Partnership. Chair and author: Linnea Saxby-Oduya.",
    )
    heading(doc, "1. Introduction", 2)
    para(
        doc,
        "Rhiannon, aged 34, was killed by her partner Dale at their home on 27 November 2021. Dale was convicted "
        "of her murder in 2022. This review looks at the contact agencies had with them from 2015.",
    )
    heading(doc, "2. Sources", 2)
    para(
        doc,
        "Five agencies gave chronologies. Rhiannon's mother and a close friend spoke to the chair. Where the "
        "family could not give an exact date, the chronology shows the time of year they remembered.",
    )
    sec = landscape_section(doc)
    footer(sec, "Farrowdene CSP")
    heading(doc, "3. Chronology of significant events", 2)
    widths = [4.0, 22.0]
    t = make_table(doc, ["Date", "What happened"], widths, header_fill="F1E6D8", size=10)
    for date, paras in F_CHRON:
        row = add_row(t, [date, ""], widths, size=10)
        cell_paras(row.cells[1], paras, 10)
    sec = doc.add_section()
    sec.orientation = 0
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    heading(doc, "4. Findings and recommendations", 2)
    para(doc, "Each recommendation follows from the finding in the same row.")
    widths = [5.0, 8.0, 3.5]
    t = make_table(doc, ["Finding", "Recommendation", "Agency"], widths, header_fill="F1E6D8", size=10)
    for row in F_TABLE:
        add_row(t, list(row), widths, size=10)
    para(doc, "")
    heading(doc, "5. Conclusion", 2)
    para(doc, "The panel thanks Rhiannon's family for their help and dedicates this review to her memory.")
    save(doc, S4)


# ============ 5. DHR exec summary: agency-coded appendix recs "R-ADULTSC-01"; plan row split by the page break (Liberation Mono 9.5)
S5 = "dhr_exec_summary_agency_coded_appendix_recs_r_adultsc_01_plan_code_col_row_split_over_page_break_open_closed_liberation_mono_hollinvale"
H_MA = [
    (
        "R-MA-01",
        "Hollinvale Community Safety Partnership should agree how a concern raised by a housing officer reaches "
        "the local risk assessment conference.",
    ),
    (
        "R-MA-02",
        "Hollinvale Community Safety Partnership should check within a year that the agencies named in "
        "Appendix A have acted on their recommendations.",
    ),
]
H_SA = [
    (
        "R-ADULTSC-01",
        "Hollinvale Adult Social Care",
        "Adult Social Care should ask about domestic abuse at every review of a care package for a person whose partner is their main carer.",
    ),
    (
        "R-ADULTSC-02",
        "Hollinvale Adult Social Care",
        "Adult Social Care should give its reviewing officers refresher training on coercive control.",
    ),
    (
        "R-POL-01",
        "Marlshire Constabulary",
        "Marlshire Constabulary should pass details of call-outs to an address with a known vulnerable adult to Adult Social Care.",
    ),
    (
        "R-HOUS-01",
        "Hollinvale Homes",
        "Hollinvale Homes should record who is present when a tenancy visit takes place.",
    ),
]
LONG_ACTION = (
    "Write a prompt into the care package review template asking about abuse by a partner who is also the main "
    "carer; pilot it in the east locality team for two months; gather feedback from reviewing officers and "
    "from two carers' groups; revise the wording; then make the prompt mandatory for every review and report "
    "the first three months of completion rates to the Partnership's delivery group."
)
H_PLAN = [
    (
        "R-MA-01",
        "Agree a referral route from housing officers to the risk conference",
        "Partnership Manager",
        "Jan 2026",
        "Closed",
    ),
    (
        "R-ADULTSC-02",
        "Refresher training on coercive control for all reviewing officers",
        "Workforce Development Lead",
        "Dec 2025",
        "Closed",
    ),
    (
        "R-POL-01",
        "Daily call-out list shared with the adult safeguarding hub",
        "Superintendent, Partnerships",
        "Nov 2025",
        "Closed",
    ),
    (
        "R-HOUS-01",
        "Tenancy visit record changed to list who was present",
        "Tenancy Services Lead",
        "Feb 2026",
        "Open",
    ),
    ("R-ADULTSC-01", LONG_ACTION, "Head of Reviews, Adult Social Care", "Mar 2026", "Open"),
    ("R-MA-02", "Partnership review of single-agency progress", "Partnership Manager", "Sep 2026", "Open"),
]


def build_hollinvale():
    size = 9.5
    doc = word_doc(
        "Liberation Mono",
        size,
        "HOLLINVALE DHR 09 - EXECUTIVE SUMMARY",
        "Hollinvale CSP",
        margins=(2.0, 2.0, 2.0, 1.8),
        colour=(0x22, 0x22, 0x22),
    )
    heading(doc, "Domestic Homicide Review 09: Executive Summary", 1)
    para(
        doc,
        "The death of 'Bernadine', aged 69, on 15 April 2023. Independent chair: Caspian Whitlock-Eze. Report "
        "for Hollinvale Community Safety Partnership.",
    )
    heading(doc, "The review", 2)
    para(
        doc,
        "Bernadine had multiple sclerosis and was cared for by her husband, who killed her and then himself. "
        "The review found that agencies saw him as a devoted carer and did not ask Bernadine about her safety "
        "when he was out of the room.",
    )
    heading(doc, "Multi-agency recommendations", 2)
    for code, text in H_MA:
        numbered(doc, code, text)
    heading(doc, "Appendix A – Single-agency recommendations", 2)
    para(doc, "Each agency's recommendations carry a code made of the agency's short name and a number.")
    widths = [3.4, 4.2, 8.8]
    t = make_table(doc, ["Code", "Agency", "Recommendation"], widths, header_fill="E8E8E8", size=size - 0.5)
    for row in H_SA:
        add_row(t, list(row), widths, size=size - 0.5)
    para(doc, "")
    heading(doc, "Appendix B – Action plan", 2)
    para(
        doc,
        "The plan below was agreed by the Partnership in September 2025. Agencies report on their own "
        "actions to the delivery group each quarter; the Partnership Manager reports on the multi-agency "
        "actions. Status: Open or Closed. An action is closed by the Partnership's delivery group.",
        italic=True,
    )
    widths = [3.2, 6.6, 3.4, 1.8, 1.6]
    t = make_table(
        doc, ["Code", "Action", "Owner", "Due", "Status"], widths, header_fill="E8E8E8", size=size - 0.5
    )
    for row in H_PLAN:
        add_row(t, list(row), widths, size=size - 0.5)
    save(doc, S5)


def main():
    build_quellmoor()
    build_sennacott()
    build_drumlowe()
    build_farrowdene()
    build_hollinvale()


if __name__ == "__main__":
    main()
